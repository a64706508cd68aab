package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.alignment.ValidationFixtures.ids;
import static org.okrkit.alignment.ValidationFixtures.metric;
import static org.okrkit.alignment.ValidationFixtures.objective;
import static org.okrkit.alignment.ValidationFixtures.to;
import static org.okrkit.alignment.ValidationFixtures.toKeyResult;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Plan;

/**
 * weight-overflow: which contributor comes first, how the weights are spelled out (at most ten),
 * which target is named, and that a dangling link weighs nothing.
 */
class WeightOverflowRuleTest {

  private static List<Violation> check(Plan plan) {
    return ValidationFixtures.check(AlignmentRules.weightOverflow(), plan);
  }

  /** p (key results grow, keep) first, then {@code count} children c01... into keep. */
  private static Plan contributorsToKeep(int count, String weight) {
    List<Objective> objectives = new ArrayList<>();
    objectives.add(objective("p", Level.COMPANY)
        .keyResults(List.of(metric("grow"), metric("keep"))).build());
    for (int k = 1; k <= count; k++) {
      objectives.add(objective(String.format("c%02d", k), Level.DEPARTMENT)
          .addAlignment(toKeyResult("p", "keep", weight)).build());
    }
    return Plan.of(objectives);
  }

  @Test
  void theHeaviestComesFirst_evenWhenItIsThePlansFirstLink() {
    // c1's link is link 0 of the plan and the heavier: 0.75 + 0.5 = 1.25 > 1.
    Plan plan = Plan.of(List.of(
        objective("p", Level.COMPANY).build(),
        objective("c1", Level.DEPARTMENT).addAlignment(to("p", "0.75")).build(),
        objective("c2", Level.DEPARTMENT).addAlignment(to("p", "0.5")).build()));

    List<Violation> found = check(plan);

    assertEquals(1, found.size());
    assertEquals(ids("c1", "p", "c2"), found.get(0).objectiveIds());
    assertEquals("The contribution weights into p sum to 1.25, more than 1 (c1 0.75, c2 0.5): "
        + "lower them so that they sum to at most 1.", found.get(0).message());
  }

  @Test
  void elevenContributors_tenAreSpelledOut_intoTheKeyResultNamed() {
    // 11 x 0.1 = 1.1 into p's second key result, keep; all equal, so c01 (first) comes first,
    // then p, then c02..c11. The message names 10 and 11 - 10 = 1 more.
    List<Violation> found = check(contributorsToKeep(11, "0.1"));

    assertEquals(1, found.size());
    List<ObjectiveId> expected = new ArrayList<>(ids("c01", "p"));
    for (int k = 2; k <= 11; k++) {
      expected.add(ObjectiveId.of(String.format("c%02d", k)));
    }
    assertEquals(expected, found.get(0).objectiveIds());
    assertEquals(12, found.get(0).objectiveCount());
    assertEquals("The contribution weights into key result keep of p sum to 1.1, more than 1 "
        + "(c01 0.1, c02 0.1, c03 0.1, c04 0.1, c05 0.1, c06 0.1, c07 0.1, c08 0.1, c09 0.1, "
        + "c10 0.1 and 1 more): lower them so that they sum to at most 1.",
        found.get(0).message());
  }

  @Test
  void tenContributors_areAllSpelledOut() {
    // 10 x 0.11 = 1.10.
    List<Violation> found = check(contributorsToKeep(10, "0.11"));

    assertEquals(1, found.size());
    assertEquals(11, found.get(0).objectiveCount());
    assertEquals("The contribution weights into key result keep of p sum to 1.10, more than 1 "
        + "(c01 0.11, c02 0.11, c03 0.11, c04 0.11, c05 0.11, c06 0.11, c07 0.11, c08 0.11, "
        + "c09 0.11, c10 0.11): lower them so that they sum to at most 1.",
        found.get(0).message());
  }

  @Test
  void aDanglingLinkToAKeyResult_weighsNothing() {
    // a's 0.6 into p is valid; b's 0.6 names p's missing key result k9, so it only dangles:
    // p receives 0.6, not 1.2.
    Plan plan = Plan.of(List.of(
        objective("p", Level.COMPANY).build(),
        objective("a", Level.DEPARTMENT).addAlignment(to("p", "0.6")).build(),
        objective("b", Level.DEPARTMENT).addAlignment(toKeyResult("p", "k9", "0.6")).build()));

    assertEquals(List.of(), check(plan));
  }
}
