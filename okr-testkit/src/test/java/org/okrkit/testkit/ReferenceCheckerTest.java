package org.okrkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.testkit.TestPlans.COMPANY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Alignment;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;

/**
 * The reference checker on small plans written out by hand, one or two rules at a time. Each
 * expected violation is worked out from the plan: its kind, then its ids (for a link, the child
 * then the parent; for a cycle, its objectives in plan order; for weights, the parent then the
 * contributors in plan order).
 */
class ReferenceCheckerTest {

  private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

  @Test
  void validPlan_breaksNoRule() {
    assertEquals(List.of(), found(TestPlans.companySalesTeam()));
  }

  @Test
  void selfLink_isACycleOfOne_andNotAlsoALevelInversion() {
    // grow -> grow: same level, which would be an inversion off a cycle.
    Plan plan = Plan.of(List.of(objective("grow", Level.COMPANY, to("grow", "1"))));

    assertEquals(List.of("ALIGNMENT_CYCLE [grow]"), found(plan));
  }

  @Test
  void twoCycle_skipsLevelAndPeriodOnItsLinks_butNotOnALinkIntoIt() {
    // grow <-> sell-more; grow -> sell-more climbs down a level and runs out of sell-more's
    // quarter, both implied by the cycle. boss -> sell-more is off the cycle: an inversion.
    Plan plan = Plan.of(List.of(
        objective("grow", Level.COMPANY, to("sell-more", "0.5")),
        inPeriod(objective("sell-more", Level.DEPARTMENT, to("grow", "1")),
            Period.calendarQuarter(2026, 1)),
        objective("boss", Level.COMPANY, to("sell-more", "0.5"))));

    assertEquals(List.of(
        "ALIGNMENT_CYCLE [grow, sell-more]",
        "LEVEL_INVERSION [boss, sell-more]",
        "PERIOD_OVERRUN [boss, sell-more]"), found(plan));
  }

  @Test
  void cycle_withAnActiveObjectiveUnderACancelledOne_reportsBoth() {
    // Only level and period are implied by a cycle; active under cancelled is a second defect.
    Plan plan = Plan.of(List.of(
        objective("grow", Level.COMPANY, to("sell-more", "0.5")).activate(JAN_5),
        objective("sell-more", Level.DEPARTMENT, to("grow", "1")).cancel(JAN_5, "Dropped")));

    assertEquals(List.of(
        "ALIGNMENT_CYCLE [grow, sell-more]",
        "ACTIVE_UNDER_CANCELLED_PARENT [grow, sell-more]"), found(plan));
  }

  @Test
  void separateCycles_areReportedOneEach() {
    // a <-> b and c -> c; d -> a leads into a cycle but is not on one.
    Plan plan = Plan.of(List.of(
        objective("a", Level.TEAM, to("b", "1")),
        objective("b", Level.TEAM, to("a", "0.5")),
        objective("c", Level.TEAM, to("c", "1")),
        objective("d", Level.INDIVIDUAL, to("a", "0.5"))));

    assertEquals(List.of("ALIGNMENT_CYCLE [a, b]", "ALIGNMENT_CYCLE [c]"), found(plan));
  }

  @Test
  void danglingLinks_areOnlyDangling_andNoEdgeOfACycle() {
    // grow -> win-emea's kr-9, which win-emea does not have: were it there, the link would be
    // a level inversion and would close grow -> win-emea -> sell-more -> grow.
    Plan plan = Plan.of(List.of(
        objective("grow", Level.COMPANY,
            Alignment.toKeyResult(ObjectiveId.of("win-emea"), KeyResultId.of("kr-9"))),
        objective("sell-more", Level.DEPARTMENT, to("grow", "0.5"), to("gone", "0.5")),
        objective("win-emea", Level.TEAM, to("sell-more", "1"))));

    assertEquals(List.of(
        "DANGLING_PARENT [grow, win-emea]",
        "DANGLING_PARENT [sell-more, gone]"), found(plan));
  }

  @Test
  void parentAtTheSameOrALowerLevel_isALevelInversion() {
    Plan plan = Plan.of(List.of(
        objective("grow", Level.COMPANY),
        objective("sell-more", Level.DEPARTMENT, to("grow", "1")),
        objective("win-apac", Level.TEAM, to("sell-more", "1")),
        // Same level: not above.
        objective("win-emea", Level.TEAM, to("win-apac", "1")),
        // A department under a team, through its key result.
        objective("ops", Level.DEPARTMENT,
            Alignment.toKeyResult(ObjectiveId.of("win-apac"), KeyResultId.of("kr-1")))));

    assertEquals(List.of(
        "LEVEL_INVERSION [win-emea, win-apac]",
        "LEVEL_INVERSION [ops, win-apac]"), found(plan));
  }

  @Test
  void periodBeyondTheParentsByOneDay_isAnOverrun() {
    Period q1 = Period.calendarQuarter(2026, 1);
    Plan plan = Plan.of(List.of(
        inPeriod(objective("grow", Level.COMPANY), q1),
        inPeriod(objective("same", Level.DEPARTMENT, to("grow", "0.3")), q1),
        inPeriod(objective("early", Level.DEPARTMENT, to("grow", "0.3")),
            Period.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31))),
        inPeriod(objective("late", Level.DEPARTMENT, to("grow", "0.3")),
            Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)))));

    assertEquals(List.of(
        "PERIOD_OVERRUN [early, grow]",
        "PERIOD_OVERRUN [late, grow]"), found(plan));
  }

  @Test
  void objectiveBelowTheCompanyWithoutLinks_isAnOrphan() {
    Plan plan = Plan.of(List.of(
        objective("grow", Level.COMPANY),
        objective("sell-more", Level.DEPARTMENT),
        objective("me", Level.INDIVIDUAL)));

    assertEquals(List.of("ORPHAN [sell-more]", "ORPHAN [me]"), found(plan));
  }

  @Test
  void weightsOverOneIntoOneTarget_overflow_eachKeyResultApart() {
    // Into grow: 0.6 + 0.4 = 1, allowed. Into grow's kr-1: 0.6 + 0.5 = 1.1, an overflow.
    Plan plan = Plan.of(List.of(
        objective("grow", Level.COMPANY),
        objective("a", Level.DEPARTMENT, to("grow", "0.6")),
        objective("b", Level.DEPARTMENT, to("grow", "0.4")),
        objective("c", Level.DEPARTMENT, toKeyResult("grow", "kr-1", "0.6")),
        objective("d", Level.DEPARTMENT, toKeyResult("grow", "kr-1", "0.5"))));

    assertEquals(List.of("WEIGHT_OVERFLOW [grow, c, d]"), found(plan));
  }

  @Test
  void targetsWhoseIdsJoinToTheSameText_areKeptApart() {
    // a's key result "b|c" and a|b's key result "c" both read "a|b|c" if joined with a bar.
    Plan plan = Plan.of(List.of(
        withKeyResult(objective("a", Level.COMPANY), "b|c"),
        withKeyResult(objective("a|b", Level.COMPANY), "c"),
        objective("x", Level.DEPARTMENT, toKeyResult("a", "b|c", "0.6")),
        objective("y", Level.DEPARTMENT, toKeyResult("a|b", "c", "0.6"))));

    assertEquals(List.of(), found(plan));
  }

  @Test
  void activeObjectiveUnderACancelledParent_isReported_otherStatesAreNot() {
    Plan plan = Plan.of(List.of(
        objective("grow", Level.COMPANY).cancel(JAN_5, "Dropped"),
        objective("sell-more", Level.DEPARTMENT, to("grow", "0.3")).activate(JAN_5),
        objective("hire", Level.DEPARTMENT, to("grow", "0.3")),
        objective("ops", Level.DEPARTMENT, to("grow", "0.3")).cancel(JAN_5, "Dropped")));

    assertEquals(List.of("ACTIVE_UNDER_CANCELLED_PARENT [sell-more, grow]"), found(plan));
  }

  @Test
  void dependencyCycles_areReportedOneEach_andDanglingDependenciesApart() {
    // a -> b -> a and c -> c; d -> a leads into a cycle; e depends on a missing objective.
    Plan plan = Plan.of(List.of(
        dependingOn(objective("a", Level.COMPANY), "b"),
        dependingOn(objective("b", Level.COMPANY), "a"),
        dependingOn(objective("c", Level.COMPANY), "c"),
        dependingOn(objective("d", Level.COMPANY), "a"),
        dependingOn(objective("e", Level.COMPANY), "gone")));

    assertEquals(List.of(
        "DANGLING_DEPENDENCY [e, gone]",
        "DEPENDENCY_CYCLE [a, b]",
        "DEPENDENCY_CYCLE [c]"), found(plan));
  }

  @Test
  void cycleOfTenThousand_isOneViolationThroughAllOfThem() {
    // o-0 depends on o-1, ..., o-9999 on o-0; the search neither recurses nor repeats itself.
    int length = 10_000;
    List<Objective> objectives = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      objectives.add(dependingOn(objective("o-" + i, Level.COMPANY), "o-" + (i + 1) % length));
    }

    List<ReferenceChecker.Violation> violations = ReferenceChecker.check(Plan.of(objectives));

    assertEquals(1, violations.size());
    assertEquals(CascadeRule.DEPENDENCY_CYCLE, violations.get(0).kind());
    assertEquals(length, violations.get(0).ids().size());
  }

  private static List<String> found(Plan plan) {
    return ReferenceChecker.check(plan).stream()
        .map(violation -> violation.kind() + " " + violation.ids())
        .toList();
  }

  private static Objective objective(String id, Level level, Alignment... links) {
    return TestPlans.objective(id, level, COMPANY, links);
  }

  private static Alignment to(String parent, String weight) {
    return TestPlans.to(parent, weight);
  }

  private static Alignment toKeyResult(String parent, String keyResult, String weight) {
    return Alignment.toKeyResult(
        ObjectiveId.of(parent), KeyResultId.of(keyResult), new BigDecimal(weight));
  }

  private static Objective inPeriod(Objective objective, Period period) {
    return Objective.builder().from(objective).period(period).build();
  }

  private static Objective withKeyResult(Objective objective, String keyResult) {
    return Objective.builder().from(objective).keyResults(List.of(KeyResult.builder()
        .id(KeyResultId.of(keyResult))
        .title("Key result " + keyResult)
        .owner(PersonId.of("owner"))
        .measure(Milestone.of())
        .build())).build();
  }

  private static Objective dependingOn(Objective objective, String target) {
    return objective.dependOn(ObjectiveId.of(target));
  }
}
