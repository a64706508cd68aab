package org.okrkit.scoring;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.okrkit.core.architecture.OkrArchitectureRules;

@AnalyzeClasses(packages = "org.okrkit.scoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ScoringArchitectureTest {

  @ArchTest
  static final ArchRule okrkitRules = OkrArchitectureRules.allFor("org.okrkit.scoring", "org.okrkit.core");
}
