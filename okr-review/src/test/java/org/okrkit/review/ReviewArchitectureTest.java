package org.okrkit.review;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.okrkit.core.architecture.OkrArchitectureRules;

@AnalyzeClasses(packages = "org.okrkit.review", importOptions = ImportOption.DoNotIncludeTests.class)
class ReviewArchitectureTest {

  @ArchTest
  static final ArchRule okrkitRules = OkrArchitectureRules.allFor("org.okrkit.review",
      "org.okrkit.core", "org.okrkit.scoring", "org.okrkit.alignment");
}
