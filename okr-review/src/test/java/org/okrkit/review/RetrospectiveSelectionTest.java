package org.okrkit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.review.RetrospectiveScenario.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.Violation;
import org.okrkit.core.Alignment;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/**
 * Which objectives a retrospective takes, which annual key results the period supports and which
 * objectives it finds unaligned, on small plans built for each rule; the objective a rule is about
 * stands first in its plan, where a walk that skipped the first objective would miss it.
 */
class RetrospectiveSelectionTest {

  private static final Plan PLAN = plan();
  private static final Scorer SCORER = Scorer.of(ScoringProfile.google()).withKpisOf(PLAN);
  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());

  private static KeyResultId kr(String objective) {
    return KeyResultId.of(objective + "-kr");
  }

  /** An active aspirational objective with one key result 0 -> 10, named after it. */
  private static Objective.Builder objective(String id, Level level, Period period) {
    return Objective.builder().id(ObjectiveId.of(id)).title("objective " + id).level(level)
        .owner(ADA).period(period).commitment(Commitment.ASPIRATIONAL)
        .addKeyResults(KeyResult.builder().id(kr(id)).title("kr of " + id).owner(ADA)
            .measure(Metric.of(BigDecimal.ZERO, BigDecimal.TEN, "u")).build())
        .addLifecycleEvent(LifecycleEvent.activated(day(1, 1)));
  }

  private static Alignment toKeyResultOf(String objective) {
    return Alignment.toKeyResult(ObjectiveId.of(objective), kr(objective));
  }

  private static List<ObjectiveId> ids(List<RetrospectiveObjective> objectives) {
    return objectives.stream().map(RetrospectiveObjective::objectiveId)
        .collect(Collectors.toList());
  }

  private static AlignmentTarget target(String objective) {
    return AlignmentTarget.of(ObjectiveId.of(objective), kr(objective));
  }

  @Test
  void aYearRetrospective_takesEveryObjectiveOfTheYear_butCountsNoAnnualObjectiveAsSupport() {
    Retrospective year = Retrospective.of(PLAN, YEAR, SCORER, END_OF_Q1);
    // every objective of the plan lies in 2026, the annual one first, in plan order
    assertEquals(List.of(GROW, SALES_Q1, HIRING_Q1, OPS_Q2), ids(year.objectives()));
    assertEquals(List.of(GROW), year.yearObjectives().stream()
        .map(RetrospectiveYearObjective::objectiveId).collect(Collectors.toList()));
    // the three shorter objectives may support the year, grow-2026 itself may not: sales-q1
    // supports revenue and ops-q2 retention (both 2026 now), so 2 of 2 are supported; hiring-q1
    // is aligned to nothing, and grow-2026 is not counted among the unaligned
    assertEquals(ImmutableQuestionSupport.of(2, List.of(), 3, List.of(HIRING_Q1)), year.support());
    assertEquals(List.of(HIRING_Q1), year.unalignedObjectives());
  }

  @Test
  void aCancelledObjective_firstInThePlan_supportsNothing() {
    Objective cancelled = objective("q", Level.TEAM, Q1).addAlignments(toKeyResultOf("y"))
        .build().cancel(day(1, 5), "dropped");
    Objective year = objective("y", Level.COMPANY, YEAR).build();
    Retrospective retrospective =
        Retrospective.of(Plan.of(List.of(cancelled, year)), Q1, GOOGLE, END_OF_Q1);
    assertEquals(List.of(ObjectiveId.of("q")), ids(retrospective.objectives()));
    assertEquals(List.of(target("y")), retrospective.unsupportedKeyResults());
    assertEquals(0, retrospective.support().periodObjectives());
  }

  @Test
  void anObjectiveFirstInThePlan_supportsTheKeyResultItIsAlignedTo() {
    Objective quarter = objective("q", Level.TEAM, Q1).addAlignments(toKeyResultOf("y")).build();
    Objective year = objective("y", Level.COMPANY, YEAR).build();
    Retrospective retrospective =
        Retrospective.of(Plan.of(List.of(quarter, year)), Q1, GOOGLE, END_OF_Q1);
    assertEquals(ImmutableQuestionSupport.of(1, List.of(), 1, List.of()),
        retrospective.support());
    assertTrue(retrospective.yearObjectives().get(0).keyResults().get(0).isSupportedInPeriod());
  }

  @Test
  void supportCarriesUpTheCascade_throughAnAnnualObjectiveToTheOneAboveIt() {
    // q -> department d's key result -> company c's key result: q supports both
    Objective company = objective("c", Level.COMPANY, YEAR).build();
    Objective department = objective("d", Level.DEPARTMENT, YEAR)
        .addAlignments(toKeyResultOf("c")).build();
    Objective quarter = objective("q", Level.TEAM, Q1).addAlignments(toKeyResultOf("d")).build();
    Retrospective retrospective = Retrospective.of(
        Plan.of(List.of(company, department, quarter)), Q1, GOOGLE, END_OF_Q1);
    assertEquals(ImmutableQuestionSupport.of(2, List.of(), 1, List.of()),
        retrospective.support());
  }

  @Test
  void aCycleAboveThePeriod_isNotRolledUp_andItsKeyResultsAreStillSupported() {
    // the annual a and b are aligned to each other's key result; q supports a, hence b
    Objective a = objective("a", Level.COMPANY, YEAR).addAlignments(toKeyResultOf("b")).build();
    Objective b = objective("b", Level.COMPANY, YEAR).addAlignments(toKeyResultOf("a")).build();
    Objective quarter = objective("q", Level.TEAM, Q1).addAlignments(toKeyResultOf("a")).build();
    Retrospective retrospective =
        Retrospective.of(Plan.of(List.of(a, b, quarter)), Q1, GOOGLE, END_OF_Q1);
    assertEquals(2, retrospective.yearObjectives().size());
    for (RetrospectiveYearObjective year : retrospective.yearObjectives()) {
      // no check-in: each key result counts as 0 from the activation, so the own score is 0
      assertEquals(0, BigDecimal.ZERO.compareTo(year.ownScore().orElseThrow().value()));
      assertEquals(Optional.empty(), year.progress(), year.toString());
      assertEquals(year.objectiveId() + ": no progress", year.toString());
    }
    assertEquals(List.of(), retrospective.unsupportedKeyResults());
  }

  @Test
  void anErrorOtherThanACycleOrADanglingLink_doesNotStopTheRollUp() {
    // q1 and q2 both give y's key result their full weight: 1 + 1 = 2, a weight overflow, an
    // error that a roll-up survives (each mean divides by its own sum of weights)
    Objective year = objective("y", Level.COMPANY, YEAR).build()
        .checkIn(kr("y"), CheckIn.of(day(3, 1), dec("5")));
    Objective first = objective("q1", Level.TEAM, Q1).addAlignments(toKeyResultOf("y")).build();
    Objective second = objective("q2", Level.TEAM, Q1).addAlignments(toKeyResultOf("y")).build();
    Retrospective retrospective =
        Retrospective.of(Plan.of(List.of(year, first, second)), Q1, GOOGLE, END_OF_Q1);
    assertTrue(retrospective.setting().findings().stream()
        .anyMatch(finding -> finding.ruleId().equals("weight-overflow")),
        retrospective.setting().findings().toString());
    RetrospectiveYearObjective rolled = retrospective.yearObjectives().get(0);
    // own: 5 of 10 = 0.5; progress blended half and half with the children's mean, both never
    // checked in and counted 0: 0.5 x 0.5 + 0 x 0.5 = 0.25
    assertEquals(0, dec("0.5").compareTo(rolled.ownScore().orElseThrow().value()));
    assertEquals(0, dec("0.25").compareTo(rolled.progress().orElseThrow().value()));
  }

  @Test
  void theFindingsOfTheFirstObjectiveOfThePlan_areReported() {
    // a team objective aligned to nothing is an orphan
    Plan orphanFirst = Plan.of(List.of(objective("q", Level.TEAM, Q1).build(),
        objective("y", Level.COMPANY, YEAR).build()));
    List<String> rules = Retrospective.of(orphanFirst, Q1, GOOGLE, END_OF_Q1).setting()
        .findings().stream().map(Violation::ruleId).collect(Collectors.toList());
    assertTrue(rules.contains("orphan"), rules.toString());
  }

  @Test
  void anOwnerWithNothingInThePeriod_hasNoFinding_evenWhenOthersHaveSome() {
    // bob owns only ops-q2, of the second quarter; hiring-q1 (ada's) is an orphan
    Retrospective bob = Retrospective.of(PLAN, Q1, SCORER, END_OF_Q1,
        RetrospectiveScope.forOwner(BOB));
    assertEquals(List.of(), bob.setting().findings());
    assertEquals("sound: no validation finding and no objective set too safe",
        bob.setting().verdict());
  }

  @Test
  void aUnitHoldingObjectives_needsNoUnitTree() {
    Plan noTree = Plan.of(List.of(objective("q", Level.TEAM, Q1).orgUnit(SALES).build(),
        objective("r", Level.TEAM, Q1).build()));
    Retrospective sales = Retrospective.of(noTree, Q1, GOOGLE, END_OF_Q1,
        RetrospectiveScope.forUnit(SALES));
    assertEquals(List.of(ObjectiveId.of("q")), ids(sales.objectives()));
  }

  @Test
  void aUnitOfTheTreeHoldingNothing_givesAnEmptyRetrospective() {
    OrgUnitId legal = OrgUnitId.of("legal");
    Plan plan = Plan.of(List.of(objective("q", Level.TEAM, Q1).orgUnit(SALES).build()),
        Map.of(legal, ACME, SALES, ACME));
    Retrospective retrospective = Retrospective.of(plan, Q1, GOOGLE, END_OF_Q1,
        RetrospectiveScope.forUnit(legal));
    assertTrue(retrospective.isEmpty());
  }

  @Test
  void aUnitTakesTheObjectivesOfItsSubUnitsSubUnits() {
    OrgUnitId europe = OrgUnitId.of("sales-europe");
    Plan plan = Plan.of(List.of(objective("q", Level.TEAM, Q1).orgUnit(europe).build()),
        Map.of(europe, SALES, SALES, ACME));
    Retrospective acme = Retrospective.of(plan, Q1, GOOGLE, END_OF_Q1,
        RetrospectiveScope.forUnit(ACME));
    assertEquals(List.of(ObjectiveId.of("q")), ids(acme.objectives()));
  }

  @Test
  void theAdjustmentsOfAnnualKeyResults_areListedForQuestionSix() {
    Plan adjusted = PLAN.with(PLAN.objective(GROW)
        .adjustTarget(RETENTION, day(2, 1), dec("88"), "Market shrank"));
    Retrospective retrospective = Retrospective.of(adjusted, Q1, SCORER, END_OF_Q1);
    // retention 80 -> 90 % becomes 80 -> 88 % from 1 February
    assertEquals(List.of(ImmutableRetrospectiveAdjustment.of(GROW, RETENTION, day(2, 1),
        Metric.of(dec("80"), dec("88"), "%"), "Market shrank")),
        retrospective.adjustment().annualAdjustments());
    // revenue still falls short; 1 annual adjustment (retention) and 1 of the period (NPS)
    assertEquals("consider it: 1 annual key results fall short at the current pace; "
        + "1 annual and 1 period adjustments already made", retrospective.adjustment().verdict());
  }

  @Test
  void theScenariosQuarter_readsAsTextInItsOwnWords() {
    Retrospective q1 = Retrospective.of(PLAN, Q1, SCORER, END_OF_Q1);
    assertFalse(q1.isEmpty());
    assertEquals(List.of(HIRING_Q1), q1.unalignedObjectives());
    assertEquals("Retrospective[QUARTER[2026-01-01..2026-03-31], whole plan, as of 2026-03-31, "
        + "2 objectives, 1 annual objectives]", q1.toString());
    RetrospectiveObjective sales = q1.objectives().get(0);
    // 14/15 = 0.9333, grade 0.9, green; deals 8 of 10 missed the committed target
    assertEquals("sales-q1: 0.9333 (grade 0.9, GREEN) NEEDS_EXPLANATION", sales.toString());
    assertEquals("sales-q1/deals: 0.8 (grade 0.8, GREEN)", sales.keyResults().get(0).toString());
    assertEquals("hiring-q1/onboarding: never checked in",
        q1.objectives().get(1).keyResults().get(1).toString());
    // the progress so far worked out in RetrospectiveTest: 0.275, grade 0.3, red
    assertEquals("grow-2026: 0.275 (grade 0.3, RED)", q1.yearObjectives().get(0).toString());
  }

  @Test
  void aForecastShortByARoundAmount_isWrittenWithoutAnExponent() {
    // checked in 0, 10, 20 on days 0, 40 and 80: 0.25 a day, 0.25 x 364 = 91 on 31 December,
    // short of 121 by 30; score 91 / 121 = 0.75206.. -> 0.7521, short of 1 by 0.2479.
    // The line reaches 121 on day 484, 2027-04-30.
    Objective year = objective("y", Level.COMPANY, YEAR)
        .keyResults(List.of(KeyResult.builder().id(kr("y")).title("kr of y").owner(ADA)
            .measure(Metric.of(BigDecimal.ZERO, dec("121"), "u")).build()))
        .build()
        .checkIn(kr("y"), CheckIn.of(day(1, 1), dec("0")))
        .checkIn(kr("y"), CheckIn.of(day(2, 10), dec("10")))
        .checkIn(kr("y"), CheckIn.of(day(3, 22), dec("20")));
    RetrospectiveForecast forecast = Retrospective.of(Plan.of(List.of(year)), Q1, GOOGLE,
        END_OF_Q1).yearObjectives().get(0).keyResults().get(0);
    // equal also in scale: 30, not 3E+1
    assertEquals(Optional.of(new BigDecimal("30")), forecast.valueShortfall());
    assertEquals("30", forecast.valueShortfall().orElseThrow().toString());
    assertEquals(Optional.of(dec("0.2479")), forecast.scoreShortfall());
    assertFalse(forecast.reachesTarget());
    assertEquals("y/y-kr y-kr forecast 91 by period end; misses the target by period end; "
        + "would reach it on 2027-04-30", forecast.toString());
  }

  @Test
  void aForecastThatReachesItsTarget_isOnCourse() {
    // checked in 0, 20, 40 on days 0, 40 and 80: 0.5 a day, 0.5 x 364 = 182 by 31 December,
    // past the target 100; the line first reaches 100 on day 200, 2026-07-20
    Objective year = objective("y", Level.COMPANY, YEAR)
        .keyResults(List.of(KeyResult.builder().id(kr("y")).title("kr of y").owner(ADA)
            .measure(Metric.of(BigDecimal.ZERO, dec("100"), "u")).build()))
        .build()
        .checkIn(kr("y"), CheckIn.of(day(1, 1), dec("0")))
        .checkIn(kr("y"), CheckIn.of(day(2, 10), dec("20")))
        .checkIn(kr("y"), CheckIn.of(day(3, 22), dec("40")));
    Retrospective retrospective = Retrospective.of(Plan.of(List.of(year)), Q1, GOOGLE, END_OF_Q1);
    RetrospectiveForecast forecast = retrospective.yearObjectives().get(0).keyResults().get(0);
    assertTrue(forecast.reachesTarget());
    assertFalse(forecast.fallsShort());
    assertEquals(Optional.empty(), forecast.valueShortfall());
    assertEquals(Optional.empty(), forecast.scoreShortfall());
    assertEquals(ImmutableQuestionReach.of(List.of(target("y")), List.of(), List.of()),
        retrospective.reach());
    assertEquals(List.of(), retrospective.adjustment().candidates());
  }
}
