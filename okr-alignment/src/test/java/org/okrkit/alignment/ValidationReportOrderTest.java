package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.alignment.ValidationFixtures.ids;
import static org.okrkit.alignment.ValidationFixtures.objective;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Plan;

/**
 * The documented order of a report's violations, one key at a time: each test gives two
 * violations equal in every earlier key, in the wrong order, and with every later key (message
 * last) pointing the other way, so only the key under test can put them right.
 */
class ValidationReportOrderTest {

  /** [0] a, [1] b; ghost is not in the plan. */
  private static final AlignmentIndex INDEX = AlignmentIndex.of(Plan.of(List.of(
      objective("a", Level.COMPANY).build(), objective("b", Level.DEPARTMENT).build())));

  private static Violation violation(Severity severity, String rule, String keyResult,
      int objectiveCount, String message, String... objectives) {
    return Violation.of(rule, severity, ids(objectives), objectiveCount,
        Optional.ofNullable(keyResult).map(KeyResultId::of), message, Optional.empty());
  }

  private static List<Violation> sorted(Violation... violations) {
    return ValidationReport.of(INDEX, List.of(violations)).violations();
  }

  @Test
  void bySeverity_errorsFirst() {
    Violation error = violation(Severity.ERROR, "z-rule", "k9", 9, "z", "b");
    Violation warning = violation(Severity.WARNING, "a-rule", null, 1, "a", "a");
    Violation info = violation(Severity.INFO, "a-rule", null, 1, "a", "a");
    assertEquals(List.of(error, warning, info), sorted(info, warning, error));
  }

  @Test
  void thenByThePlanPositionOfTheFirstObjective() {
    // a [0] before b [1], whatever the rule ids and messages say.
    Violation onA = violation(Severity.ERROR, "z-rule", "k9", 9, "z", "a", "b");
    Violation onB = violation(Severity.ERROR, "a-rule", null, 1, "a", "b");
    assertEquals(List.of(onA, onB), sorted(onB, onA));
  }

  @Test
  void violationsNamingNoObjectiveOfThePlan_comeLast_thenByRule() {
    // b [1] has a position; ghost is not in the plan, and the last names no objective at all:
    // both after b, and between themselves by rule id, b-rule before c-rule.
    Violation onB = violation(Severity.ERROR, "z-rule", null, 1, "z", "b");
    Violation onGhost = violation(Severity.ERROR, "c-rule", null, 1, "a", "ghost");
    Violation onNothing = violation(Severity.ERROR, "b-rule", null, 0, "a");
    assertEquals(List.of(onB, onNothing, onGhost), sorted(onGhost, onNothing, onB));
  }

  @Test
  void thenByRuleId() {
    Violation first = violation(Severity.WARNING, "a-rule", "k9", 9, "z", "a", "b");
    Violation second = violation(Severity.WARNING, "b-rule", null, 1, "a", "a");
    assertEquals(List.of(first, second), sorted(second, first));
  }

  @Test
  void thenByKeyResultId_noneFirst() {
    // None, then k1, then k2; the ids after them point the other way: [a, c] > [a, b].
    Violation none = violation(Severity.INFO, "rule", null, 9, "z", "a", "c");
    Violation k1 = violation(Severity.INFO, "rule", "k1", 9, "z", "a", "c");
    Violation k2 = violation(Severity.INFO, "rule", "k2", 2, "a", "a", "b");
    assertEquals(List.of(none, k1, k2), sorted(k2, k1, none));
  }

  @Test
  void thenByTheOtherIds_oneByOne() {
    // [a, b] before [a, c]: the second ids decide, though the counts and messages say otherwise.
    Violation ab = violation(Severity.ERROR, "rule", "k1", 3, "z", "a", "b");
    Violation ac = violation(Severity.ERROR, "rule", "k1", 2, "a", "a", "c");
    assertEquals(List.of(ab, ac), sorted(ac, ab));
  }

  @Test
  void thenByTheOtherIds_aPrefixFirst() {
    // [a] is a prefix of [a, b], so it comes first, though it counts 5 objectives and [a, b] 2.
    Violation a = violation(Severity.ERROR, "rule", null, 5, "z", "a");
    Violation ab = violation(Severity.ERROR, "rule", null, 2, "a", "a", "b");
    assertEquals(List.of(a, ab), sorted(ab, a));
  }

  @Test
  void thenByObjectiveCount() {
    Violation two = violation(Severity.ERROR, "rule", null, 2, "z", "a");
    Violation three = violation(Severity.ERROR, "rule", null, 3, "a", "a");
    assertEquals(List.of(two, three), sorted(three, two));
  }

  @Test
  void thenByMessage() {
    Violation alpha = violation(Severity.ERROR, "rule", null, 1, "alpha", "a");
    Violation beta = violation(Severity.ERROR, "rule", null, 1, "beta", "a");
    assertEquals(List.of(alpha, beta), sorted(beta, alpha));
  }
}
