package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.okrkit.alignment.CascadeTestPlans.id;
import static org.okrkit.alignment.CascadeTestPlans.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Commitment;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;

/**
 * A cascade built on an index already made, and the cross-team dependencies of objectives
 * without a unit.
 */
class CascadeOnAnIndexTest {

  @Test
  void ofAnIndex_queriesThatIndex() {
    AlignmentIndex index = AlignmentIndex.of(CascadeTestPlans.example());
    Cascade cascade = Cascade.of(index);
    assertSame(index, cascade.index());
    // The example's c [0] has sales [1] and product [2] directly below it.
    assertEquals(List.of(id("sales"), id("product")), cascade.descendants(id("c")).subList(0, 2));
    // 8 objectives; 3 + 2 + 2 + 1 + 2 + 1 + 1 + 1 = 13 key results; links: sales 1, product 1,
    // emea 1, growth 2, platform 1, ben 1, stray 2 = 9; dependencies: emea, growth, ben, stray = 4.
    assertEquals("Cascade[AlignmentIndex[8 objectives, 13 key results, 9 links, "
        + "4 dependencies]]", cascade.toString());
  }

  @Test
  void crossTeamDependencies_leaveOutObjectivesWithoutAUnit() {
    // [0] a (unit x) depends on [1] loose (no unit) and on [2] c (unit y); loose depends on a;
    // c depends on loose: only a -> c is between two units.
    Plan plan = Plan.of(List.of(
        objective("a").orgUnit(unit("x")).addDependsOn(id("loose"), id("c")).build(),
        objective("loose").addDependsOn(id("a")).build(),
        objective("c").orgUnit(unit("y")).addDependsOn(id("loose")).build()));
    assertEquals(List.of(Dependency.of(id("a"), unit("x"), id("c"), unit("y"))),
        Cascade.of(plan).crossTeamDependencies());
  }

  private static Objective.Builder objective(String id) {
    return Objective.builder().id(id(id)).title("objective " + id).level(Level.TEAM)
        .owner(PersonId.of("ada")).period(Period.calendarYear(2026))
        .commitment(Commitment.ASPIRATIONAL);
  }
}
