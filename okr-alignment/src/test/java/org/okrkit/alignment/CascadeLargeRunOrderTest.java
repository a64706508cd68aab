package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.alignment.CascadeTestPlans.id;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Alignment;
import org.okrkit.core.Commitment;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;

/**
 * More than 2,048 objectives at one distance are put in plan order by another sort than a few
 * are (a radix sort, to stay linear): the order must be the documented one all the same.
 */
class CascadeLargeRunOrderTest {

  /** Objectives below each of the two departments: 2 x 1,025 = 2,050 at distance 2, over 2,048. */
  private static final int BELOW_EACH = 1025;

  /**
   * In plan order: [0] top (company); [1] first and [2] second (departments, aligned to top);
   * [3 .. 1027] early-0 .. early-1024, aligned to second; [1028 .. 2052] late-0 .. late-1024,
   * aligned to first. Breadth-first, first's children are reached before second's, so the late
   * ones are reached before the early ones, the reverse of plan order.
   */
  private static final Plan PLAN = plan();

  private static Plan plan() {
    List<Objective> objectives = new ArrayList<>();
    objectives.add(objective("top", Level.COMPANY).build());
    objectives.add(objective("first", Level.DEPARTMENT)
        .addAlignments(Alignment.toObjective(id("top"))).build());
    objectives.add(objective("second", Level.DEPARTMENT)
        .addAlignments(Alignment.toObjective(id("top"))).build());
    for (int k = 0; k < BELOW_EACH; k++) {
      objectives.add(objective("early-" + k, Level.TEAM)
          .addAlignments(Alignment.toObjective(id("second"))).build());
    }
    for (int k = 0; k < BELOW_EACH; k++) {
      objectives.add(objective("late-" + k, Level.TEAM)
          .addAlignments(Alignment.toObjective(id("first"))).build());
    }
    return Plan.of(objectives);
  }

  private static Objective.Builder objective(String id, Level level) {
    return Objective.builder().id(id(id)).title("objective " + id).level(level)
        .owner(PersonId.of("ada")).period(Period.calendarYear(2026))
        .commitment(Commitment.ASPIRATIONAL);
  }

  @Test
  void descendants_aLongRunAtOneDistance_isInPlanOrder() {
    // Distance 1: first [1], second [2]; distance 2: all 2,050 others, in plan order, that is
    // early-0 [3] .. early-1024 [1027] then late-0 [1028] .. late-1024 [2052]. So the answer is
    // the plan's objectives after top, in plan order. (The numbers 3 .. 2052 need two 11-bit
    // digits, and 2048 .. 2052 have the low digits 0 .. 4: ordered by their low digit only, the
    // late ones would not be last.)
    List<ObjectiveId> expected = new ArrayList<>();
    expected.add(id("first"));
    expected.add(id("second"));
    for (int k = 0; k < BELOW_EACH; k++) {
      expected.add(id("early-" + k));
    }
    for (int k = 0; k < BELOW_EACH; k++) {
      expected.add(id("late-" + k));
    }
    assertEquals(expected, Cascade.of(PLAN).descendants(id("top")));
  }

  @Test
  void ancestors_ofTheLastObjective_stayShort() {
    // late-1024 -> first -> top: a short run at each distance, however large the plan.
    assertEquals(List.of(id("first"), id("top")), Cascade.of(PLAN).ancestors(id("late-1024")));
  }
}
