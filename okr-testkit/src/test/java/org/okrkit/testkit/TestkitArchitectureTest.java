package org.okrkit.testkit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.okrkit.core.architecture.OkrArchitectureRules;

@AnalyzeClasses(packages = "org.okrkit.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class TestkitArchitectureTest {

  @ArchTest
  static final ArchRule okrkitRules =
      OkrArchitectureRules.allFor("org.okrkit.testkit", "org.okrkit.core");
}
