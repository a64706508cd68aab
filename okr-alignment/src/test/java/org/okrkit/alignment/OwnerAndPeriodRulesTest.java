package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.alignment.ValidationFixtures.check;
import static org.okrkit.alignment.ValidationFixtures.ids;
import static org.okrkit.alignment.ValidationFixtures.objective;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.OkrException;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;

/**
 * too-many-objectives-per-owner and duplicate-titles: the threshold's edge, and the list of
 * names in the message ("a, b and c", at most ten, then how many more).
 */
class OwnerAndPeriodRulesTest {

  private static final PersonId ADA = PersonId.of("ada");
  private static final String YEAR = "YEAR[2026-01-01..2026-12-31]";

  /** {@code count} objectives o01... of ada in 2026. */
  private static Plan adasObjectives(int count) {
    List<Objective> objectives = new ArrayList<>();
    for (int k = 1; k <= count; k++) {
      objectives.add(objective(String.format("o%02d", k), Level.COMPANY).owner(ADA).build());
    }
    return Plan.of(objectives);
  }

  @Test
  void threeObjectivesOverAMaximumOfTwo_areNamedWithAnAnd() {
    List<Violation> found = check(AlignmentRules.tooManyObjectivesPerOwner(2), adasObjectives(3));

    assertEquals(1, found.size());
    assertEquals(ids("o01", "o02", "o03"), found.get(0).objectiveIds());
    assertEquals("ada owns 3 objectives in " + YEAR + " (o01, o02 and o03), more than 2: focus "
        + "on the few that matter most and drop or merge the others.", found.get(0).message());
  }

  @Test
  void twelveObjectives_tenAreNamed_andTwoMoreCounted() {
    // 12 - 10 = 2 more.
    List<Violation> found = check(AlignmentRules.tooManyObjectivesPerOwner(1),
        adasObjectives(12));

    assertEquals(1, found.size());
    assertEquals(12, found.get(0).objectiveIds().size());
    assertEquals(12, found.get(0).objectiveCount());
    assertEquals("ada owns 12 objectives in " + YEAR + " (o01, o02, o03, o04, o05, o06, o07, "
        + "o08, o09, o10 and 2 more), more than 1: focus on the few that matter most and drop or "
        + "merge the others.", found.get(0).message());
  }

  @Test
  void aMaximumOfOne_isAllowed_andOneObjectiveKeepsToIt() {
    AlignmentRule rule = AlignmentRules.tooManyObjectivesPerOwner(1);

    assertEquals("too-many-objectives-per-owner(1)", rule.toString());
    assertEquals(List.of(), check(rule, adasObjectives(1)));
    OkrException zero = assertThrows(OkrException.class,
        () -> AlignmentRules.tooManyObjectivesPerOwner(0));
    assertEquals("max", zero.field());
    assertEquals("0", zero.rejectedValue());
  }

  @Test
  void twoObjectivesWithTheSameTitle_andNoOther_areDuplicates() {
    Plan plan = Plan.of(List.of(
        objective("a", Level.COMPANY).owner(ADA).title("Grow revenue").build(),
        objective("b", Level.COMPANY).owner(ADA).title("grow  Revenue").build()));

    List<Violation> found = check(AlignmentRules.duplicateTitles(), plan);

    assertEquals(1, found.size());
    assertEquals(ids("a", "b"), found.get(0).objectiveIds());
    assertEquals("ada has 2 objectives titled \"Grow revenue\" in " + YEAR + ": a and b; merge "
        + "them or give each a title of its own.", found.get(0).message());
  }
}
