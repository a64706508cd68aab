package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.architecture.ModuleGraph;

class ModuleDescriptorTest {

  @Test
  void exportsTheApiOnly() {
    ModuleGraph.assertExportsOnly("org.okrkit.json", "org.okrkit.json");
  }

  /**
   * The API shows okr-core's values and exceptions (through okr-review, which passes them on),
   * Jackson's {@code SimpleModule} and {@code ObjectMapper} (databind) and {@code JacksonException}
   * (core), so a user who requires org.okrkit.json reads all of them.
   */
  @Test
  void requiresTransitivelyWhatItsApiShows() {
    Set<String> transitive = ModuleGraph.compiled("org.okrkit.json").requires().stream()
        .filter(requires -> requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toCollection(TreeSet::new));

    assertTrue(transitive.containsAll(
        Set.of("org.okrkit.review", "tools.jackson.core", "tools.jackson.databind")),
        transitive.toString());
  }

  @Test
  void resolvesOnTheModulePathWithOkrkitJacksonAndSnakeYaml() {
    Set<String> modules = ModuleGraph.resolve("org.okrkit.json", "okr-review-", "okr-alignment-",
        "okr-scoring-", "okr-core-", "guava-", "failureaccess-", "jspecify-", "jackson-",
        "snakeyaml-engine-");

    assertTrue(modules.containsAll(Set.of("org.okrkit.core", "org.okrkit.review",
        "tools.jackson.core", "tools.jackson.databind", "tools.jackson.dataformat.yaml",
        "org.snakeyaml.engine")), modules.toString());
    assertFalse(modules.contains("org.immutables.value.annotations"), modules.toString());
  }
}
