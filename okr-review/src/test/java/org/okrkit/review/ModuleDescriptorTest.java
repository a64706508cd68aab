package org.okrkit.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okrkit.core.architecture.ModuleGraph;

class ModuleDescriptorTest {

  @Test
  void exportsTheApiOnly() {
    ModuleGraph.assertExportsOnly("org.okrkit.review", "org.okrkit.review");
  }

  @Test
  void resolvesOnTheModulePathWithAlignmentScoringCoreAndGuava() {
    Set<String> modules = ModuleGraph.resolve("org.okrkit.review", "okr-alignment-",
        "okr-scoring-", "okr-core-", "guava-", "failureaccess-", "jspecify-");
    assertTrue(modules.contains("org.okrkit.alignment"), modules.toString());
    assertFalse(modules.contains("org.immutables.value.annotations"), modules.toString());
  }
}
