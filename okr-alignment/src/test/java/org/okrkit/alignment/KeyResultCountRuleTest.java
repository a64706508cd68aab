package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.alignment.ValidationFixtures.check;
import static org.okrkit.alignment.ValidationFixtures.ids;
import static org.okrkit.alignment.ValidationFixtures.metric;
import static org.okrkit.alignment.ValidationFixtures.objective;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;

/** key-result-count: both ends of the range allowed, the messages, and the thresholds' checks. */
class KeyResultCountRuleTest {

  @Test
  void exactlyMinAndExactlyMax_areAllowed_fewerAndMoreAreNot() {
    // From 2 to 3: one (1) is too few, two (2) and three (3) fit, four (4) is too many.
    Plan plan = Plan.of(List.of(
        objective("one", Level.COMPANY).keyResults(List.of(metric("k1"))).build(),
        objective("two", Level.COMPANY).build(),
        objective("three", Level.COMPANY).addKeyResults(metric("k3")).build(),
        objective("four", Level.COMPANY).addKeyResults(metric("k3"), metric("k4")).build()));

    List<Violation> found = check(AlignmentRules.keyResultCount(2, 3), plan);

    assertEquals(2, found.size());
    assertEquals(ids("one"), found.get(0).objectiveIds());
    assertEquals("one has 1 key result, fewer than 2: add measurable key results, 2 to 3 in "
        + "all.", found.get(0).message());
    assertEquals(ids("four"), found.get(1).objectiveIds());
    assertEquals("four has 4 key results, more than 3: keep the 3 that matter most.",
        found.get(1).message());
  }

  @Test
  void twoKeyResults_belowAMinimumOfThree_arePlural() {
    Plan plan = Plan.of(List.of(objective("two", Level.COMPANY).build()));

    List<Violation> found = check(AlignmentRules.keyResultCount(3, 4), plan);

    assertEquals(1, found.size());
    assertEquals("two has 2 key results, fewer than 3: add measurable key results, 3 to 4 in "
        + "all.", found.get(0).message());
  }

  @Test
  void thresholds_atTheirLimits_areAccepted() {
    assertEquals("key-result-count(0..1)", AlignmentRules.keyResultCount(0, 1).toString());
    assertEquals("key-result-count(2..2)", AlignmentRules.keyResultCount(2, 2).toString());
  }

  @Test
  void thresholds_pastTheirLimits_areRejectedByName() {
    OkrException negative = assertThrows(OkrException.class,
        () -> AlignmentRules.keyResultCount(-1, 2));
    assertEquals("min", negative.field());
    assertEquals("-1", negative.rejectedValue());
    OkrException zero = assertThrows(OkrException.class,
        () -> AlignmentRules.keyResultCount(0, 0));
    assertEquals("max", zero.field());
    assertEquals("0", zero.rejectedValue());
    OkrException belowMin = assertThrows(OkrException.class,
        () -> AlignmentRules.keyResultCount(3, 2));
    assertEquals("max", belowMin.field());
    assertEquals("2", belowMin.rejectedValue());
  }
}
