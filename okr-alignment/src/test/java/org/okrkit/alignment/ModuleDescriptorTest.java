package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okrkit.core.architecture.ModuleGraph;

class ModuleDescriptorTest {

  @Test
  void exportsTheApiOnly() {
    ModuleGraph.assertExportsOnly("org.okrkit.alignment", "org.okrkit.alignment");
  }

  @Test
  void resolvesOnTheModulePathWithScoringCoreAndGuava() {
    Set<String> modules = ModuleGraph.resolve("org.okrkit.alignment", "okr-scoring-", "okr-core-",
        "guava-", "failureaccess-", "jspecify-");
    assertTrue(modules.contains("org.okrkit.scoring"), modules.toString());
    assertTrue(modules.contains("org.okrkit.core"), modules.toString());
    assertFalse(modules.contains("org.immutables.value.annotations"), modules.toString());
  }
}
