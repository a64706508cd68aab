package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.alignment.ValidationFixtures.id;
import static org.okrkit.alignment.ValidationFixtures.objective;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Alignment;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.Level;
import org.okrkit.core.Plan;

/**
 * Which top {@link Cascade#pathToTop} ends at when several are above: the nearest company
 * objective, at one distance the first in plan order; without one, the nearest objective with no
 * parent in the plan, likewise; without either, the objective itself.
 */
class CascadePathToTopChoiceTest {

  private static Alignment to(String parent) {
    return Alignment.toObjective(id(parent));
  }

  @Test
  void theNearestCompany_winsOverAFartherOneEarlierInThePlan() {
    // [0] far (company) <- [2] dept <- [3] team -> [1] near (company). team lists dept first, so
    // dept is reached (distance 1), then near (distance 1), then far through dept (distance 2):
    // near is the nearest company although far comes first in the plan.
    Plan plan = Plan.of(List.of(
        objective("far", Level.COMPANY).build(),
        objective("near", Level.COMPANY).build(),
        objective("dept", Level.DEPARTMENT).addAlignments(to("far")).build(),
        objective("team", Level.TEAM).addAlignments(to("dept"), to("near")).build()));
    CascadePath path = Cascade.of(plan).pathToTop(id("team"));
    assertEquals(id("near"), path.top());
    assertEquals(List.of(AlignmentTarget.of(id("near"))), path.steps());
    assertTrue(path.reachesCompany());
  }

  @Test
  void companiesAtOneDistance_theFirstInPlanOrderWins() {
    // team lists b [1] before a [0]; both are 1 link away, and a comes first in the plan.
    Plan plan = Plan.of(List.of(
        objective("a", Level.COMPANY).build(),
        objective("b", Level.COMPANY).build(),
        objective("team", Level.TEAM).addAlignments(to("b"), to("a")).build()));
    CascadePath path = Cascade.of(plan).pathToTop(id("team"));
    assertEquals(id("a"), path.top());
    assertEquals(List.of(AlignmentTarget.of(id("a"))), path.steps());
    assertTrue(path.reachesCompany());
  }

  @Test
  void rootsAtOneDistance_theFirstInPlanOrderWins() {
    // No company: team lists root-b [1] before root-a [0], neither has a parent, both are 1 link
    // away, and root-a comes first in the plan.
    Plan plan = Plan.of(List.of(
        objective("root-a", Level.DEPARTMENT).build(),
        objective("root-b", Level.DEPARTMENT).build(),
        objective("team", Level.TEAM).addAlignments(to("root-b"), to("root-a")).build()));
    CascadePath path = Cascade.of(plan).pathToTop(id("team"));
    assertEquals(id("root-a"), path.top());
    assertEquals(List.of(AlignmentTarget.of(id("root-a"))), path.steps());
    assertFalse(path.reachesCompany());
  }

  @Test
  void theNearestRoot_winsOverAFartherOneEarlierInThePlan() {
    // [0] far-root <- [1] mid <- [3] team -> [2] near-root: near-root is 1 link away, far-root
    // 2 (through mid), so near-root is the top although far-root comes first in the plan.
    Plan plan = Plan.of(List.of(
        objective("far-root", Level.DEPARTMENT).build(),
        objective("mid", Level.DEPARTMENT).addAlignments(to("far-root")).build(),
        objective("near-root", Level.DEPARTMENT).build(),
        objective("team", Level.TEAM).addAlignments(to("mid"), to("near-root")).build()));
    CascadePath path = Cascade.of(plan).pathToTop(id("team"));
    assertEquals(id("near-root"), path.top());
    assertEquals(List.of(AlignmentTarget.of(id("near-root"))), path.steps());
    assertFalse(path.reachesCompany());
  }

  @Test
  void aCycleAbove_notThroughTheObjective_endsAtTheObjectiveItself() {
    // team -> a -> b -> a: every way up leads round the cycle of a and b, which the walk passes
    // once; nothing above has no parent, so the path is empty and ends at team.
    Plan plan = Plan.of(List.of(
        objective("a", Level.DEPARTMENT).addAlignments(to("b")).build(),
        objective("b", Level.DEPARTMENT).addAlignments(to("a")).build(),
        objective("team", Level.TEAM).addAlignments(to("a")).build()));
    CascadePath path = Cascade.of(plan).pathToTop(id("team"));
    assertEquals(List.of(), path.steps());
    assertEquals(id("team"), path.top());
    assertFalse(path.reachesCompany());
  }
}
