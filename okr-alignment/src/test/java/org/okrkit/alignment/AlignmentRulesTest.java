package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.alignment.ValidationFixtures.Q1;
import static org.okrkit.alignment.ValidationFixtures.check;
import static org.okrkit.alignment.ValidationFixtures.ids;
import static org.okrkit.alignment.ValidationFixtures.keyResult;
import static org.okrkit.alignment.ValidationFixtures.metric;
import static org.okrkit.alignment.ValidationFixtures.objective;
import static org.okrkit.alignment.ValidationFixtures.to;
import static org.okrkit.alignment.ValidationFixtures.toKeyResult;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Milestone;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;

/**
 * One small plan per built-in rule, written out by hand, with the violations worked out from it:
 * rule id, severity, ids in the documented order, and a message that names them.
 */
class AlignmentRulesTest {

  private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

  private static void assertViolation(Violation violation, String ruleId, Severity severity,
      List<ObjectiveId> ids) {
    assertEquals(ruleId, violation.ruleId());
    assertEquals(severity, violation.severity());
    assertEquals(ids, violation.objectiveIds());
    assertEquals(ids.size(), violation.objectiveCount());
    for (ObjectiveId id : ids) {
      assertTrue(violation.message().contains(id.toString()), violation::message);
    }
  }

  @Test
  void alignmentCycle_startsAtTheLinkNotToAHigherLevel_andGoesRound() {
    // b -> a and c -> b climb; a -> c goes down from COMPANY to TEAM and closes the loop, so a
    // comes first, then c (a's parent), then b (c's parent).
    Plan plan = Plan.of(List.of(
        objective("a", Level.COMPANY).addAlignment(to("c", "1")).build(),
        objective("b", Level.DEPARTMENT).addAlignment(to("a", "1")).build(),
        objective("c", Level.TEAM).addAlignment(to("b", "1")).build()));

    List<Violation> found = check(AlignmentRules.alignmentCycle(), plan);

    assertEquals(1, found.size());
    assertViolation(found.get(0), "alignment-cycle", Severity.ERROR, ids("a", "c", "b"));
    assertEquals(Optional.of(CascadeRule.ALIGNMENT_CYCLE), found.get(0).cascadeRule());
    assertTrue(found.get(0).message().contains("a -> c -> b -> a"), found.get(0).message());
    // The links of the cycle break level and period by its nature: not reported again.
    assertEquals(List.of(), check(AlignmentRules.levelInversion(), plan));
  }

  @Test
  void alignmentCycle_throughAKeyResult_goesThroughItsObjective() {
    // b -> a's key result k1 and a -> b: a cycle of two.
    Plan plan = Plan.of(List.of(
        objective("a", Level.COMPANY).addAlignment(to("b", "1")).build(),
        objective("b", Level.DEPARTMENT).addAlignment(toKeyResult("a", "k1", "1")).build()));

    List<Violation> found = check(AlignmentRules.alignmentCycle(), plan);

    assertEquals(1, found.size());
    assertViolation(found.get(0), "alignment-cycle", Severity.ERROR, ids("a", "b"));
  }

  @Test
  void selfAlignment_isACycleOfOne() {
    Plan plan = Plan.of(List.of(
        objective("a", Level.DEPARTMENT).addAlignment(to("a", "1")).build()));

    List<Violation> found = check(AlignmentRules.alignmentCycle(), plan);

    assertEquals(1, found.size());
    assertViolation(found.get(0), "alignment-cycle", Severity.ERROR, ids("a"));
    assertTrue(found.get(0).message().contains("aligns to itself"), found.get(0).message());
  }

  @Test
  void danglingParent_oneViolationPerLink_andNothingElseOnIt() {
    // b links to a missing objective; c (TEAM) links to a key result k9 that d (TEAM) lacks,
    // which would be a level inversion if the link did not dangle.
    Plan plan = Plan.of(List.of(
        objective("a", Level.COMPANY).build(),
        objective("b", Level.DEPARTMENT).addAlignment(to("a", "1"))
            .addAlignment(to("ghost", "1")).build(),
        objective("c", Level.TEAM).addAlignment(toKeyResult("d", "k9", "1")).build(),
        objective("d", Level.TEAM).addAlignment(to("b", "1")).build()));

    List<Violation> found = check(AlignmentRules.danglingParent(), plan);

    assertEquals(2, found.size());
    assertViolation(found.get(0), "dangling-parent", Severity.ERROR, ids("b", "ghost"));
    assertEquals(Optional.empty(), found.get(0).keyResultId());
    assertViolation(found.get(1), "dangling-parent", Severity.ERROR, ids("c", "d"));
    assertEquals(Optional.of(KeyResultId.of("k9")), found.get(1).keyResultId());
    assertTrue(found.get(1).message().contains("k9"));
    assertEquals(List.of(), check(AlignmentRules.levelInversion(), plan));
  }

  @Test
  void levelInversion_namesEachParentNotAbove_inLinkOrder() {
    // child (TEAM) links to p3 (INDIVIDUAL), p2 (COMPANY, above it) and p1 (TEAM).
    Plan plan = Plan.of(List.of(
        objective("p1", Level.TEAM).build(),
        objective("p2", Level.COMPANY).build(),
        objective("p3", Level.INDIVIDUAL).build(),
        objective("child", Level.TEAM).addAlignment(to("p3", "1")).addAlignment(to("p2", "1"))
            .addAlignment(to("p1", "1")).build()));

    List<Violation> found = check(AlignmentRules.levelInversion(), plan);

    assertEquals(1, found.size());
    assertViolation(found.get(0), "level-inversion", Severity.ERROR, ids("child", "p3", "p1"));
    assertEquals("child at TEAM aligns to p3 at INDIVIDUAL, p1 at TEAM, not above it: align it "
        + "to a parent of a higher level, or correct its level.", found.get(0).message());
  }

  @Test
  void periodOverrun_whenTheParentsPeriodDoesNotHoldTheChilds() {
    // parent runs Q1 2026, child the whole of 2026.
    Plan plan = Plan.of(List.of(
        objective("parent", Level.COMPANY).period(Q1).build(),
        objective("ok", Level.COMPANY).build(),
        objective("child", Level.DEPARTMENT).addAlignment(to("ok", "0.5"))
            .addAlignment(to("parent", "1")).build()));

    List<Violation> found = check(AlignmentRules.periodOverrun(), plan);

    assertEquals(1, found.size());
    assertViolation(found.get(0), "period-overrun", Severity.ERROR, ids("child", "parent"));
  }

  @Test
  void orphan_belowTheCompanyOnly() {
    Plan plan = Plan.of(List.of(
        objective("company", Level.COMPANY).build(),
        objective("lost", Level.DEPARTMENT).build()));

    List<Violation> found = check(AlignmentRules.orphan(), plan);

    assertEquals(1, found.size());
    assertViolation(found.get(0), "orphan", Severity.WARNING, ids("lost"));
  }

  @Test
  void alignedTwice_toAnObjectiveAndOneOfItsKeyResults() {
    // child supports p as a whole (0.5) and p's k1 (0.5): in a roll-up it reaches p twice;
    // other supports p's k1 and k2, which is two different key results, not twice
    Plan plan = Plan.of(List.of(
        objective("p", Level.COMPANY).build(),
        objective("child", Level.DEPARTMENT)
            .addAlignments(to("p", "0.5"), toKeyResult("p", "k1", "0.5")).build(),
        objective("other", Level.DEPARTMENT)
            .addAlignments(toKeyResult("p", "k1", "0.5"), toKeyResult("p", "k2", "0.5")).build()));

    List<Violation> found = check(AlignmentRules.alignedTwice(), plan);

    assertEquals(1, found.size());
    assertViolation(found.get(0), "aligned-twice", Severity.WARNING, ids("child", "p"));
    assertEquals(Optional.of(KeyResultId.of("k1")), found.get(0).keyResultId());
  }

  @Test
  void weightOverflow_perParentObjective_andSeparatelyPerKeyResult() {
    // Into p itself: c1 0.5 + c2 0.75 = 1.25 > 1, heaviest c2 first.
    // Into p's k1: c3 0.6 + c4 0.4 = 1.0, fine (and not added to p's 1.25).
    // Into p's k2: c5 0.7 + c6 0.7 = 1.4 > 1, a tie: the first in the plan, c5, first.
    Plan plan = Plan.of(List.of(
        objective("p", Level.COMPANY).build(),
        objective("c1", Level.DEPARTMENT).addAlignment(to("p", "0.5")).build(),
        objective("c2", Level.DEPARTMENT).addAlignment(to("p", "0.75")).build(),
        objective("c3", Level.DEPARTMENT).addAlignment(toKeyResult("p", "k1", "0.6")).build(),
        objective("c4", Level.DEPARTMENT).addAlignment(toKeyResult("p", "k1", "0.4")).build(),
        objective("c5", Level.DEPARTMENT).addAlignment(toKeyResult("p", "k2", "0.7")).build(),
        objective("c6", Level.DEPARTMENT).addAlignment(toKeyResult("p", "k2", "0.7")).build()));

    List<Violation> found = check(AlignmentRules.weightOverflow(), plan);

    assertEquals(2, found.size());
    assertViolation(found.get(0), "weight-overflow", Severity.ERROR, ids("c2", "p", "c1"));
    assertTrue(found.get(0).message().contains("1.25"), found.get(0).message());
    assertViolation(found.get(1), "weight-overflow", Severity.ERROR, ids("c5", "p", "c6"));
    assertTrue(found.get(1).message().contains("key result k2"), found.get(1).message());
    assertTrue(found.get(1).message().contains("1.4"), found.get(1).message());
  }

  @Test
  void activeUnderCancelledParent_groupsAParentWithItsActiveChildren() {
    // p cancelled with active a and b under it: one violation, children first. c is active
    // under cancelled q and r: one violation, c then its parents in link order.
    Plan plan = Plan.of(List.of(
        objective("p", Level.COMPANY).build().cancel(JAN_5, "Dropped"),
        objective("q", Level.COMPANY).build().cancel(JAN_5, "Dropped"),
        objective("r", Level.COMPANY).build().cancel(JAN_5, "Dropped"),
        objective("a", Level.DEPARTMENT).addAlignment(to("p", "0.5")).build().activate(JAN_5),
        objective("b", Level.DEPARTMENT).addAlignment(to("p", "0.5")).build().activate(JAN_5),
        objective("c", Level.DEPARTMENT).addAlignment(to("r", "0.5"))
            .addAlignment(to("q", "0.5")).build().activate(JAN_5),
        objective("draft", Level.DEPARTMENT).addAlignment(toKeyResult("p", "k1", "1")).build()));

    List<Violation> found = check(AlignmentRules.activeUnderCancelledParent(), plan);

    assertEquals(2, found.size());
    assertViolation(found.get(0), "active-under-cancelled-parent", Severity.WARNING,
        ids("a", "b", "p"));
    assertViolation(found.get(1), "active-under-cancelled-parent", Severity.WARNING,
        ids("c", "r", "q"));
  }

  @Test
  void activeUnderClosedParent_isAWarningOfItsOwn() {
    Plan plan = Plan.of(List.of(
        objective("p", Level.COMPANY).build().activate(JAN_5)
            .close(LocalDate.of(2026, 3, 1), "Done early"),
        objective("a", Level.DEPARTMENT).addAlignment(to("p", "1")).build().activate(JAN_5)));

    List<Violation> found = check(AlignmentRules.activeUnderClosedParent(), plan);

    assertEquals(1, found.size());
    assertViolation(found.get(0), "active-under-closed-parent", Severity.WARNING, ids("a", "p"));
    assertEquals(Optional.empty(), found.get(0).cascadeRule());
    assertEquals(List.of(), check(AlignmentRules.activeUnderCancelledParent(), plan));
  }

  @Test
  void dependencyCycle_startsAtTheDependencyOnALaterObjective() {
    // y -> x and z -> y point back in the plan; x -> z points forward and closes the loop.
    Plan plan = Plan.of(List.of(
        objective("x", Level.COMPANY).addDependsOn(ObjectiveId.of("z")).build(),
        objective("y", Level.COMPANY).addDependsOn(ObjectiveId.of("x")).build(),
        objective("z", Level.COMPANY).addDependsOn(ObjectiveId.of("y")).build(),
        objective("w", Level.COMPANY).addDependsOn(ObjectiveId.of("w")).build()));

    List<Violation> found = check(AlignmentRules.dependencyCycle(), plan);

    assertEquals(2, found.size());
    assertViolation(found.get(0), "dependency-cycle", Severity.WARNING, ids("x", "z", "y"));
    assertViolation(found.get(1), "dependency-cycle", Severity.WARNING, ids("w"));
  }

  @Test
  void danglingDependency() {
    Plan plan = Plan.of(List.of(
        objective("x", Level.COMPANY).addDependsOn(ObjectiveId.of("ghost")).build()));

    List<Violation> found = check(AlignmentRules.danglingDependency(), plan);

    assertEquals(1, found.size());
    assertViolation(found.get(0), "dangling-dependency", Severity.ERROR, ids("x", "ghost"));
  }

  @Test
  void unsupportedParentKeyResult_ofObjectivesWithChildrenOnly() {
    // p has a child on k1, so its k2 is unsupported; q has no child at all.
    Plan plan = Plan.of(List.of(
        objective("p", Level.COMPANY).build(),
        objective("q", Level.COMPANY).build(),
        objective("c", Level.DEPARTMENT).addAlignment(toKeyResult("p", "k1", "1")).build()));

    List<Violation> found = check(AlignmentRules.unsupportedParentKeyResult(), plan);

    assertEquals(1, found.size());
    assertViolation(found.get(0), "unsupported-parent-key-result", Severity.INFO, ids("p"));
    assertEquals(Optional.of(KeyResultId.of("k2")), found.get(0).keyResultId());
    assertTrue(found.get(0).message().contains("k2"));
  }

  @Test
  void tooManyObjectivesPerOwner_perOwnerAndPeriod() {
    // ada has 3 objectives in 2026 and 1 in Q1: over a maximum of 2 in 2026 only.
    PersonId ada = PersonId.of("ada");
    Plan plan = Plan.of(List.of(
        objective("a1", Level.COMPANY).owner(ada).build(),
        objective("a2", Level.COMPANY).owner(ada).build(),
        objective("q", Level.COMPANY).owner(ada).period(Q1).build(),
        objective("a3", Level.COMPANY).owner(ada).build()));

    List<Violation> found = check(AlignmentRules.tooManyObjectivesPerOwner(2), plan);

    assertEquals(1, found.size());
    assertViolation(found.get(0), "too-many-objectives-per-owner", Severity.WARNING,
        ids("a1", "a2", "a3"));
    assertTrue(found.get(0).message().contains("ada owns 3 objectives"), found.get(0).message());
    assertEquals(List.of(), check(AlignmentRules.tooManyObjectivesPerOwner(3), plan));
  }

  @Test
  void keyResultCount_outsideTheRange() {
    Plan plan = Plan.of(List.of(
        objective("two", Level.COMPANY).build(),
        objective("one", Level.COMPANY).keyResults(List.of(metric("k1"))).build(),
        objective("four", Level.COMPANY).addKeyResults(metric("k3"), metric("k4")).build()));

    List<Violation> found = check(AlignmentRules.keyResultCount(2, 3), plan);

    assertEquals(2, found.size());
    assertViolation(found.get(0), "key-result-count", Severity.WARNING, ids("one"));
    assertViolation(found.get(1), "key-result-count", Severity.WARNING, ids("four"));
    assertThrows(OkrException.class, () -> AlignmentRules.keyResultCount(3, 2));
    assertThrows(OkrException.class, () -> AlignmentRules.keyResultCount(-1, 2));
    assertThrows(OkrException.class, () -> AlignmentRules.tooManyObjectivesPerOwner(0));
  }

  @Test
  void onlyMilestones() {
    Plan plan = Plan.of(List.of(
        objective("tasks", Level.COMPANY).keyResults(List.of(
            keyResult("m1", Milestone.of()), keyResult("m2", Milestone.of()))).build(),
        objective("mixed", Level.COMPANY).addKeyResults(keyResult("m1", Milestone.of())).build()));

    List<Violation> found = check(AlignmentRules.onlyMilestones(), plan);

    assertEquals(1, found.size());
    assertViolation(found.get(0), "only-milestones", Severity.WARNING, ids("tasks"));
  }

  @Test
  void duplicateTitles_ignoringCaseAndSpacing_perOwnerAndPeriod() {
    PersonId ada = PersonId.of("ada");
    Plan plan = Plan.of(List.of(
        objective("a", Level.COMPANY).owner(ada).title("Grow revenue").build(),
        objective("b", Level.COMPANY).owner(ada).title("Win the market").build(),
        objective("c", Level.COMPANY).owner(ada).title("  grow   REVENUE ").build(),
        objective("other-owner", Level.COMPANY).title("Grow revenue").build(),
        objective("other-period", Level.COMPANY).owner(ada).period(Q1).title("Grow revenue")
            .build()));

    List<Violation> found = check(AlignmentRules.duplicateTitles(), plan);

    assertEquals(1, found.size());
    assertViolation(found.get(0), "duplicate-titles", Severity.WARNING, ids("a", "c"));
  }
}
