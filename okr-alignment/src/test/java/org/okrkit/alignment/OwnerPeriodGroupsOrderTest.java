package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.alignment.ValidationFixtures.Q1;
import static org.okrkit.alignment.ValidationFixtures.YEAR;
import static org.okrkit.alignment.ValidationFixtures.objective;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;

/**
 * Objectives grouped by owner and period (same first and last day): each group in plan order,
 * the groups in the order of their first objective.
 */
class OwnerPeriodGroupsOrderTest {

  private static Objective owned(String id, String owner, Period period) {
    return objective(id, Level.TEAM).owner(PersonId.of(owner)).period(period).build();
  }

  @Test
  void groupsInOrderOfTheirFirstObjective_eachInPlanOrder() {
    // 2026-01-01 .. 2026-06-30 starts with the year but ends earlier: a period of its own.
    Period half = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    OwnerPeriodGroups groups = OwnerPeriodGroups.of(AlignmentIndex.of(Plan.of(List.of(
        owned("a", "ada", YEAR), owned("b", "bob", YEAR), owned("c", "ada", YEAR),
        owned("d", "ada", Q1), owned("e", "bob", YEAR), owned("f", "ada", half),
        owned("g", "ada", YEAR)))));
    // ada/year: a [0], c [2], g [6]; bob/year: b [1], e [4]; ada/Q1: d [3]; ada/half: f [5].
    assertEquals(4, groups.count());
    assertEquals(List.of(List.of(0, 2, 6), List.of(1, 4), List.of(3), List.of(5)),
        members(groups));
    // Laid end to end: 0 .. 3, 3 .. 5, 5 .. 6, 6 .. 7.
    assertEquals(List.of(0, 3, 5, 6), List.of(groups.start(0), groups.start(1),
        groups.start(2), groups.start(3)));
    assertEquals(List.of(3, 2, 1, 1), List.of(groups.size(0), groups.size(1), groups.size(2),
        groups.size(3)));
  }

  private static List<List<Integer>> members(OwnerPeriodGroups groups) {
    List<List<Integer>> members = new ArrayList<>();
    for (int group = 0; group < groups.count(); group++) {
      List<Integer> inGroup = new ArrayList<>();
      for (int position = groups.start(group); position < groups.end(group); position++) {
        inGroup.add(groups.member(position));
      }
      members.add(inGroup);
    }
    return members;
  }
}
