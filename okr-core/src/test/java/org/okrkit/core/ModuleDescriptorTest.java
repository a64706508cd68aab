package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.architecture.ModuleGraph;

class ModuleDescriptorTest {

  @Test
  void exportsTheApiAndTheStyleOnlyToFriendModules() {
    ModuleGraph.assertExportsOnly("org.okrkit.core", "org.okrkit.core");
    ModuleDescriptor.Exports internal = ModuleGraph.compiled("org.okrkit.core").exports().stream()
        .filter(ModuleDescriptor.Exports::isQualified).findFirst().orElseThrow();
    assertEquals("org.okrkit.core.internal", internal.source());
    assertEquals(Set.of("org.okrkit.scoring", "org.okrkit.alignment", "org.okrkit.review",
        "org.okrkit.json", "org.okrkit.testkit"),
        internal.targets());
  }

  @Test
  void immutablesIsNeededAtCompileTimeOnly() {
    Set<String> staticRequires = ModuleGraph.compiled("org.okrkit.core").requires().stream()
        .filter(requires -> requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
        .map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toSet());
    assertTrue(staticRequires.contains("org.immutables.value.annotations"), staticRequires.toString());
  }

  @Test
  void resolvesOnTheModulePathWithGuavaAlone() {
    Set<String> modules = ModuleGraph.resolve("org.okrkit.core", "guava-", "failureaccess-",
        "jspecify-");
    assertTrue(modules.contains("org.okrkit.core"), modules.toString());
    assertTrue(modules.contains("com.google.common"), modules.toString());
    assertFalse(modules.contains("org.immutables.value.annotations"), modules.toString());
  }
}
