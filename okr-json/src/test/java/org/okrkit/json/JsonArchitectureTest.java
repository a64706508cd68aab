package org.okrkit.json;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.okrkit.core.architecture.OkrArchitectureRules;

/** okr-json obeys okrkit's rules, with its own I/O rule; JsonInputOutputRuleTest shows it can fail. */
@AnalyzeClasses(packages = "org.okrkit.json", importOptions = ImportOption.DoNotIncludeTests.class)
class JsonArchitectureTest {

  @ArchTest
  static final ArchRule okrkitRules = OkrArchitectureRules.allForJson(
      "org.okrkit.core", "org.okrkit.scoring", "org.okrkit.alignment", "org.okrkit.review");
}
