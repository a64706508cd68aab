package org.example.okrconsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.json.OkrJson;
import org.okrkit.review.Retrospective;

class ClassPathConsumerTest {

  @Test
  void runsOnTheClassPath() {
    assertFalse(Objective.class.getModule().isNamed(), "okr-core must be on the class path here");
    assertFalse(Retrospective.class.getModule().isNamed());
  }

  @Test
  void needsNoImmutablesAtRunTime() {
    // Immutables' annotations are compile-only in okrkit: a generated class that still needed
    // them would fail for users too, so they must not be reachable here.
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.immutables.value.Value"));
  }

  @Test
  void scoresValidatesRollsUpAndReviews() {
    OkrkitConsumer.Outcome outcome = OkrkitConsumer.run();
    // churn 8 -> 5 at 7.2: 0.8/3 = 4/15; nps 30 -> 45 (adjusted) at 38: 8/15, weight 2;
    // launch done: 1. (4/15 + 2 x 8/15 + 1) / (1 + 2 + 1) = (35/15) / 4 = 7/12 = 0.58333...
    assertEquals(new BigDecimal("0.5833"), outcome.score().value());
    assertTrue(outcome.report().isValid(), () -> outcome.report().toString());
    // retention has no children: its own 7/12. The department's key result has no check-in (0
    // under google); blended 0.5: 0 x 0.5 + 7/12 x 0.5 = 7/24 = 0.29166...; the company's arr has
    // no check-in either: 0 x 0.5 + 7/24 x 0.5 = 7/48 = 0.14583...
    assertEquals(new BigDecimal("0.5833"), rolledUp(outcome, OkrkitConsumer.RETENTION));
    assertEquals(new BigDecimal("0.2917"), rolledUp(outcome, OkrkitConsumer.KEEP_CUSTOMERS));
    assertEquals(new BigDecimal("0.1458"), rolledUp(outcome, OkrkitConsumer.LOVE));
    assertEquals(OkrkitConsumer.RETENTION,
        outcome.retrospective().objectives().get(0).objectiveId());
    assertTrue(outcome.retrospective().toMarkdown().contains("0.5833"));
  }

  @Test
  void storesThePlanAsJsonAndYamlAndReadsItBackEqual() {
    OkrkitConsumer.Stored stored = OkrkitConsumer.run().stored();
    assertFalse(OkrJson.class.getModule().isNamed());
    assertEquals(stored.plan(), stored.fromJson(), stored.json());
    assertEquals(stored.plan(), stored.fromYaml(), stored.yaml());
    // the format's version heads the document; the adjusted NPS target is a string of digits
    assertTrue(stored.json().startsWith("{\n  \"formatVersion\": 1,\n"), stored.json());
    assertTrue(stored.json().contains("\"target\": \"45\""), stored.json());
    assertEquals(stored.json(), OkrJson.json().write(stored.fromJson()));
  }

  private static BigDecimal rolledUp(OkrkitConsumer.Outcome outcome, ObjectiveId id) {
    return outcome.rolledUp().objective(id).score().orElseThrow().value();
  }
}
