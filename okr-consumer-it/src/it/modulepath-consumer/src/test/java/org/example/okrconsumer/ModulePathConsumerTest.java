package org.example.okrconsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.RolledUpPlan;
import org.okrkit.core.Objective;
import org.okrkit.json.OkrJson;
import org.okrkit.review.Retrospective;
import org.okrkit.scoring.Scorer;
import tools.jackson.databind.ObjectMapper;

class ModulePathConsumerTest {

  @Test
  void runsOnTheModulePath() {
    assertEquals("org.example.okrconsumer", OkrkitConsumer.class.getModule().getName());
    assertEquals("org.okrkit.core", Objective.class.getModule().getName());
    assertEquals("org.okrkit.scoring", Scorer.class.getModule().getName());
    assertEquals("org.okrkit.alignment", RolledUpPlan.class.getModule().getName());
    assertEquals("org.okrkit.review", Retrospective.class.getModule().getName());
    assertEquals("org.okrkit.json", OkrJson.class.getModule().getName());
    assertEquals("tools.jackson.databind", ObjectMapper.class.getModule().getName());
  }

  @Test
  void resolvesWithoutImmutables() {
    // okrkit requires Immutables' annotations statically: the module graph resolves without
    // them, and a plain "requires" would have stopped the JVM before this test ran.
    assertTrue(ModuleLayer.boot().findModule("org.immutables.value.annotations").isEmpty(),
        "Immutables' annotations are on the module path: okrkit's pom lets them leak to users");
  }

  @Test
  void storesThePlanAsJsonAndYamlAndReadsItBackEqual() {
    OkrkitConsumer.Stored stored = OkrkitConsumer.run().stored();
    assertEquals(stored.plan(), stored.fromJson(), stored.json());
    assertEquals(stored.plan(), stored.fromYaml(), stored.yaml());
    assertEquals(stored.json(), OkrJson.json().write(stored.fromJson()));
  }

  @Test
  void scoresValidatesRollsUpAndReviews() {
    OkrkitConsumer.Outcome outcome = OkrkitConsumer.run();
    // The classpath consumer's figures, worked by hand there: 7/12, 7/24 and 7/48.
    assertEquals(new BigDecimal("0.5833"), outcome.score().value());
    assertTrue(outcome.report().isValid(), () -> outcome.report().toString());
    assertEquals(new BigDecimal("0.1458"),
        outcome.rolledUp().objective(OkrkitConsumer.LOVE).score().orElseThrow().value());
    assertTrue(outcome.retrospective().toMarkdown().contains("0.5833"));
  }
}
