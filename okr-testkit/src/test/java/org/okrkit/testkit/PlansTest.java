package org.okrkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Plan;

class PlansTest {

  @Test
  void generate_tenThousandObjectives_givesAValidPlanOfExactlyThatSize() {
    Plan plan = Plans.generate(PlanSpec.of(10_000), 2026);

    assertEquals(10_000, plan.size());
    List<ReferenceChecker.Violation> violations = ReferenceChecker.check(plan);
    assertTrue(violations.isEmpty(), () -> violations.subList(0, 3).toString());
    Set<Level> levels = EnumSet.noneOf(Level.class);
    plan.objectives().forEach(objective -> levels.add(objective.level()));
    assertEquals(EnumSet.allOf(Level.class), levels);
  }

  @Test
  void generate_everyObjectiveOnItsLatestPeer_chainsTheWholeLevel() {
    Plan plan = Plans.generate(
        PlanSpec.of(10_000).withDepth(1).withDependencyShare(1).withLatestPeerShare(1), 7);

    assertEquals(10_000, longestDependencyChain(plan, Level.COMPANY));
    assertTrue(ReferenceChecker.check(plan).isEmpty());

    // Half of that chain closed into one cycle, which the checker finds whole.
    InjectedDefect cycle = Defects.dependencyCycle(plan, 5_000, 7).orElseThrow();
    List<ReferenceChecker.Violation> violations = ReferenceChecker.check(cycle.plan());
    assertEquals(1, violations.size());
    assertEquals(CascadeRule.DEPENDENCY_CYCLE, violations.get(0).kind());
    assertEquals(5_000, cycle.ids().size());
    assertEquals(Set.copyOf(cycle.ids()), violations.get(0).ids());
    assertTrue(cycle.description().startsWith("dependency cycle of length 5000: "),
        cycle::description);
    assertTrue(Defects.dependencyCycle(plan, 10_001, 7).isEmpty());
  }

  @Test
  void generate_everyObjectiveOnItsLatestPeer_chainsEachLevelOfACascade() {
    Plan plan = Plans.generate(
        PlanSpec.of(20_000).withDependencyShare(1).withLatestPeerShare(1).withFanOut(2), 7);

    for (Level level : Level.values()) {
      long peers = plan.objectives().stream().filter(o -> o.level() == level).count();
      assertTrue(peers > 1_000, () -> level + " has " + peers);
      assertEquals(peers, longestDependencyChain(plan, level), level::toString);
    }
  }

  /**
   * Counts the objectives on the longest chain of dependencies among one level's objectives. One
   * pass in plan order, since a generated plan lists every objective after those it depends on.
   */
  private static int longestDependencyChain(Plan plan, Level level) {
    int[] chain = new int[plan.size()];
    int longest = 0;
    for (int i = 0; i < plan.size(); i++) {
      Objective objective = plan.objectives().get(i);
      chain[i] = 1;
      for (ObjectiveId target : objective.dependsOn()) {
        int before = plan.indexOf(target);
        assertTrue(before < i, objective::toString);
        assertEquals(level == objective.level(), level == plan.objective(target).level());
        chain[i] = Math.max(chain[i], chain[before] + 1);
      }
      if (objective.level() == level) {
        longest = Math.max(longest, chain[i]);
      }
    }
    return longest;
  }

  @Test
  void generate_placesEveryUnitUnderTheUnitOfItsParentObjectives() {
    Plan plan = Plans.generate(PlanSpec.of(2_000).withMultiParentShare(0.5), 11);
    for (Objective child : plan.objectives()) {
      OrgUnitId unit = child.orgUnit().orElseThrow();
      child.alignments().forEach(link -> {
        Objective parent = plan.objective(link.parentObjective());
        OrgUnitId parentUnit = parent.orgUnit().orElseThrow();
        // An individual's objective is held by their team, the unit of its parent.
        OrgUnitId expected = child.level() == Level.INDIVIDUAL
            ? unit : plan.parentUnit(unit);
        assertEquals(expected, parentUnit, child::toString);
        assertEquals(child.level().ordinal() - 1, parent.level().ordinal(), child::toString);
      });
    }
  }

  @Test
  void withAlignmentCycle_lengthOutOfRange_isRejected() {
    assertEquals("length",
        assertThrows(OkrException.class, () -> Plans.withAlignmentCycle(0)).field());
    assertThrows(OkrException.class, () -> Plans.withAlignmentCycle(5));
  }

  @Test
  void withDefect_shapeWithNoPlaceForTheDefect_isRejectedUpFront() {
    PlanSpec companyOnly = PlanSpec.of(100).withDepth(1);
    for (CascadeRule kind : List.of(CascadeRule.LEVEL_INVERSION, CascadeRule.PERIOD_OVERRUN,
        CascadeRule.ORPHAN, CascadeRule.WEIGHT_OVERFLOW, CascadeRule.ACTIVE_UNDER_CANCELLED_PARENT)) {
      OkrException thrown =
          assertThrows(OkrException.class, () -> Plans.withDefect(companyOnly, kind));
      assertEquals("depth", thrown.field(), kind::toString);
      assertEquals("1", thrown.rejectedValue());
    }
    assertEquals("objectives", assertThrows(OkrException.class,
        () -> Plans.withDefect(PlanSpec.of(1), CascadeRule.ORPHAN)).field());
    assertEquals("objectives", assertThrows(OkrException.class, () -> Plans.withDefect(
        PlanSpec.of(3).withDepth(2).withFanOut(1), CascadeRule.WEIGHT_OVERFLOW)).field());
  }

  @Test
  void withDefect_smallestShapesWithAPlace_findIt() {
    // Each of these shapes has a place in some of its plans, so sampling ends.
    assertEquals(CascadeRule.WEIGHT_OVERFLOW, Plans.withDefect(
        PlanSpec.of(4).withDepth(2).withFanOut(1), CascadeRule.WEIGHT_OVERFLOW).sample().kind());
    assertEquals(CascadeRule.WEIGHT_OVERFLOW, Plans.withDefect(
        PlanSpec.of(3).withDepth(2), CascadeRule.WEIGHT_OVERFLOW).sample().kind());
    for (CascadeRule kind : List.of(CascadeRule.ALIGNMENT_CYCLE, CascadeRule.DANGLING_PARENT,
        CascadeRule.DEPENDENCY_CYCLE, CascadeRule.DANGLING_DEPENDENCY)) {
      assertEquals(kind, Plans.withDefect(PlanSpec.of(1), kind).sample().kind());
    }
    assertEquals(CascadeRule.ACTIVE_UNDER_CANCELLED_PARENT, Plans.withDefect(
        PlanSpec.of(2).withDepth(2), CascadeRule.ACTIVE_UNDER_CANCELLED_PARENT).sample().kind());
  }

  @Test
  void nulls_areRejectedNamingTheParameter() {
    new NullPointerTester()
        .setDefault(PlanSpec.class, PlanSpec.of(3))
        .testAllPublicStaticMethods(Plans.class);
  }
}
