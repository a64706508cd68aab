package org.okrkit.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.okrkit.core.architecture.OkrArchitectureRules;

@AnalyzeClasses(packages = "org.okrkit.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule okrkitRules = OkrArchitectureRules.allFor("org.okrkit.core");
}
