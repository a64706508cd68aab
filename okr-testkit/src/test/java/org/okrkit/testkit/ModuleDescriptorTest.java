package org.okrkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.architecture.ModuleGraph;

class ModuleDescriptorTest {

  @Test
  void exportsTheApiAndProvidesTheDefaultArbitraries() {
    ModuleGraph.assertExportsOnly("org.okrkit.testkit", "org.okrkit.testkit");
    ModuleDescriptor.Provides provides =
        ModuleGraph.compiled("org.okrkit.testkit").provides().iterator().next();
    assertEquals("net.jqwik.api.providers.ArbitraryProvider", provides.service());
    assertEquals(List.of("org.okrkit.testkit.internal.TestkitArbitraryProvider"),
        provides.providers());
  }
}
