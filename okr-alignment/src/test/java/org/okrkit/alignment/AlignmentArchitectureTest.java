package org.okrkit.alignment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.okrkit.core.architecture.OkrArchitectureRules;

@AnalyzeClasses(packages = "org.okrkit.alignment", importOptions = ImportOption.DoNotIncludeTests.class)
class AlignmentArchitectureTest {

  @ArchTest
  static final ArchRule okrkitRules = OkrArchitectureRules.allFor("org.okrkit.alignment", "org.okrkit.core", "org.okrkit.scoring");
}
