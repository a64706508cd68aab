package org.okrkit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.review.RetrospectiveScenario.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.Violation;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.Confidence;
import org.okrkit.core.Metric;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.core.Status;
import org.okrkit.scoring.GradeColour;
import org.okrkit.scoring.Judgement;
import org.okrkit.scoring.PaceStatus;
import org.okrkit.scoring.Projection;
import org.okrkit.scoring.Score;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

class RetrospectiveTest {

  private static final Plan PLAN = plan();
  private static final Scorer SCORER = Scorer.of(ScoringProfile.google()).withKpisOf(PLAN);

  private static Retrospective q1() {
    return Retrospective.of(PLAN, Q1, SCORER, END_OF_Q1);
  }

  private static void assertScore(String value, String grade, GradeColour colour,
      Optional<Score> score) {
    assertTrue(score.isPresent(), "scored");
    assertEquals(0, dec(value).compareTo(score.get().value()), score.get().toString());
    assertEquals(0, dec(grade).compareTo(score.get().grade()), score.get().toString());
    assertEquals(colour, score.get().colour(), score.get().toString());
  }

  @Test
  void theQuarterHasItsTwoObjectivesInPlanOrderAndNothingOfTheSecondQuarter() {
    Retrospective retrospective = q1();
    assertEquals(List.of(SALES_Q1, HIRING_Q1), retrospective.objectives().stream()
        .map(RetrospectiveObjective::objectiveId).collect(Collectors.toList()));
    assertEquals(List.of(GROW), retrospective.yearObjectives().stream()
        .map(RetrospectiveYearObjective::objectiveId).collect(Collectors.toList()));
    assertFalse(retrospective.toText().contains(OPS_Q2.toString()));
    assertFalse(retrospective.toMarkdown().contains(OPS_Q2.toString()));
  }

  @Test
  void theCommittedQuarterMissedOnDealsAndNeedsAnExplanation() {
    RetrospectiveObjective sales = q1().objectives().get(0);
    // deals 8 of 10 = 0.8; pipeline SUM of the KPI's three readings 100 + 100 + 100 = 300 of 300
    // = 1; NPS 45 against the adjusted target 45 from 30 = (45 - 30) / (45 - 30) = 1.
    // Mean (0.8 + 1 + 1) / 3 = 2.8 / 3 = 0.93333.. -> 0.9333, grade 0.9, green; deals short of
    // its target, so the committed objective needs an explanation.
    assertScore("0.9333", "0.9", GradeColour.GREEN, sales.score());
    assertEquals(Judgement.NEEDS_EXPLANATION, sales.judgement());
    assertTrue(sales.needsExplanation());
    assertFalse(sales.isTooSafe());
    assertEquals(Status.ACTIVE, sales.status());
    assertEquals(List.of(sales), q1().committedMissed());

    RetrospectiveKeyResult deals = sales.keyResults().get(0);
    assertScore("0.8", "0.8", GradeColour.GREEN, deals.score());
    assertFalse(deals.isTargetReached());
    // on the quarter's last day 1 is expected; 0.8 is 0.2 behind, within google's 0.25: on track
    assertEquals(PaceStatus.ON_TRACK, deals.paceStatus());
    assertEquals(0, BigDecimal.ONE.compareTo(deals.expectedProgress()));
    assertEquals(Optional.empty(), deals.confidence());

    RetrospectiveKeyResult pipeline = sales.keyResults().get(1);
    assertEquals(Optional.of(PIPELINE_KPI), pipeline.kpi());
    assertScore("1", "1", GradeColour.GREEN, pipeline.score());
    assertTrue(pipeline.isTargetReached());
    assertFalse(pipeline.isNeverCheckedIn());

    RetrospectiveKeyResult nps = sales.keyResults().get(2);
    assertScore("1", "1", GradeColour.GREEN, nps.score());
    assertEquals(BOB, nps.owner());
    assertEquals(List.of(ImmutableRetrospectiveAdjustment.of(SALES_Q1, NPS, day(2, 15),
        Metric.of(dec("30"), dec("45"), "points"), "Survey scale changed")), nps.adjustments());
    assertEquals(List.of(nps), q1().adjusted());
  }

  @Test
  void theAspirationalQuarterIsBelowExpectationWithOnboardingNeverCheckedIn() {
    RetrospectiveObjective hiring = q1().objectives().get(1);
    // hires 1 of 4 = 0.25; onboarding has no check-in and counts as 0 under google:
    // (0.25 + 0) / 2 = 0.125 -> grade 0.1, red; below the expected 0.7.
    assertScore("0.125", "0.1", GradeColour.RED, hiring.score());
    assertEquals(Judgement.BELOW_EXPECTATION, hiring.judgement());
    assertFalse(hiring.isTooSafe());
    RetrospectiveKeyResult hires = hiring.keyResults().get(0);
    // 0.25 where 1 is expected: 0.75 behind, beyond google's off-track tolerance of 0.5
    assertEquals(PaceStatus.OFF_TRACK, hires.paceStatus());
    RetrospectiveKeyResult onboarding = hiring.keyResults().get(1);
    assertTrue(onboarding.isNeverCheckedIn());
    assertEquals(PaceStatus.NOT_SCORED, onboarding.paceStatus());
    assertEquals(List.of(onboarding), q1().neverCheckedIn());
  }

  @Test
  void theYearIsRolledUpAndForecast() {
    RetrospectiveYearObjective grow = q1().yearObjectives().get(0);
    // own: revenue's latest 20 of 120 = 1/6, retention never checked in counts as 0:
    // (1/6 + 0) / 2 = 1/12 = 0.08333.. -> 0.0833, grade 0.1, red
    assertScore("0.0833", "0.1", GradeColour.RED, grow.ownScore());
    // blended 0.5: revenue takes 1/6 x 0.5 + 14/15 (sales-q1, aligned to it) x 0.5
    // = 1/12 + 7/15 = 5/60 + 28/60 = 33/60 = 0.55; retention has no child and stays 0;
    // (0.55 + 0) / 2 = 0.275, grade 0.3, red
    assertScore("0.275", "0.3", GradeColour.RED, grow.progress());
    assertEquals(Retrospective.defaultPolicy(), grow.policy());

    RetrospectiveForecast revenue = grow.keyResults().get(0);
    assertTrue(revenue.isSupportedInPeriod());
    // points (day 0, 0), (40, 10), (80, 20): slope 10 / 40 = 0.25 a day through the origin;
    // the year's last day is day 364: 0.25 x 364 = 91, short of 120 by 29; score 91/120 =
    // 0.758333.. -> 0.7583, short of 1 by 0.2417. The line reaches 120 on day 480, which is
    // 2027-04-26 (day 365 is 2027-01-01, plus 115 days).
    Projection projection = revenue.forecast().projection().orElseThrow();
    assertEquals(3, revenue.forecast().points());
    assertEquals(0, dec("0.25").compareTo(projection.slopePerDay()));
    assertEquals(0, dec("91").compareTo(projection.projectedValue()));
    assertFalse(projection.reachesTarget());
    assertTrue(revenue.fallsShort());
    assertEquals(Optional.of(LocalDate.of(2027, 4, 26)), projection.targetDate());
    assertEquals(Optional.of(dec("29")), revenue.valueShortfall());
    assertEquals(Optional.of(dec("0.2417")), revenue.scoreShortfall());

    RetrospectiveForecast retention = grow.keyResults().get(1);
    // ops-q2 supports retention, but in the second quarter
    assertFalse(retention.isSupportedInPeriod());
    assertFalse(retention.forecast().isDefined());
    assertEquals(Optional.empty(), retention.valueShortfall());
    assertEquals(Optional.empty(), retention.scoreShortfall());
  }

  @Test
  void theSixQuestionsAreAnsweredWithTheirFigures() {
    Retrospective retrospective = q1();
    AlignmentTarget retention = AlignmentTarget.of(GROW, RETENTION);
    AlignmentTarget revenue = AlignmentTarget.of(GROW, REVENUE);

    // 1: hiring-q1 is a team objective aligned to nothing: an orphan
    List<String> rules = retrospective.setting().findings().stream().map(Violation::ruleId)
        .collect(Collectors.toList());
    assertTrue(rules.contains("orphan"), rules.toString());
    assertTrue(retrospective.setting().findings().stream()
        .allMatch(v -> v.objectiveIds().contains(SALES_Q1)
            || v.objectiveIds().contains(HIRING_Q1)));
    assertEquals(List.of(), retrospective.setting().tooSafe());

    assertEquals(ImmutableQuestionCompletion.of(2, List.of(), List.of(SALES_Q1), List.of(),
        List.of(HIRING_Q1), List.of(), 5, 2), retrospective.completion());
    assertEquals(ImmutableQuestionBlockers.of(List.of(AlignmentTarget.of(HIRING_Q1, HIRES)),
        List.of(AlignmentTarget.of(HIRING_Q1, ONBOARDING))), retrospective.blockers());
    assertEquals(ImmutableQuestionSupport.of(2, List.of(retention), 2, List.of(HIRING_Q1)),
        retrospective.support());
    assertEquals(ImmutableQuestionReach.of(List.of(), List.of(revenue), List.of(retention)),
        retrospective.reach());
    assertEquals(List.of(retrospective.yearObjectives().get(0).keyResults().get(0)),
        retrospective.adjustment().candidates());
    assertEquals(List.of(), retrospective.adjustment().annualAdjustments());
    assertEquals(retrospective.objectives().get(0).keyResults().get(2).adjustments(),
        retrospective.adjustment().periodAdjustments());
    assertEquals(List.of(1, 2, 3, 4, 5, 6), retrospective.questions().stream()
        .map(Question::number).collect(Collectors.toList()));
    assertEquals("partly: 1 of 2 annual key results supported, 1 of 2 objectives of the period "
        + "aligned to no annual objective", retrospective.support().verdict());
  }

  @Test
  void aUnitScopeTakesItsSubUnitsAndAnOwnerScopeTheirObjectives() {
    Retrospective acme = Retrospective.of(PLAN, Q1, SCORER, END_OF_Q1,
        RetrospectiveScope.forUnit(ACME));
    assertEquals(q1().objectives(), acme.objectives());
    Retrospective ops = Retrospective.of(PLAN, Q1, SCORER, END_OF_Q1,
        RetrospectiveScope.forUnit(OPS));
    assertTrue(ops.isEmpty());
    Retrospective bob = Retrospective.of(PLAN, Q1, SCORER, END_OF_Q1,
        RetrospectiveScope.forOwner(BOB));
    assertTrue(bob.isEmpty());
    Retrospective grace = Retrospective.of(PLAN, Q1, SCORER, END_OF_Q1,
        RetrospectiveScope.forOwner(GRACE));
    assertEquals(List.of(), grace.objectives());
    assertEquals(1, grace.yearObjectives().size());
    // support counts from the whole plan: sales-q1 (ada's) supports grace's revenue
    assertEquals(List.of(AlignmentTarget.of(GROW, RETENTION)), grace.unsupportedKeyResults());
  }

  @Test
  void aUnitNotInThePlanIsRejectedAndAnEmptyPlanGivesAnEmptyRetrospective() {
    OkrException e = assertThrows(OkrException.class, () -> Retrospective.of(PLAN, Q1, SCORER,
        END_OF_Q1, RetrospectiveScope.forUnit(OrgUnitId.of("nowhere"))));
    assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    Retrospective empty = Retrospective.of(Plan.empty(), Q1, SCORER, END_OF_Q1);
    assertTrue(empty.isEmpty());
    assertEquals("sound: no validation finding and no objective set too safe",
        empty.setting().verdict());
    assertEquals(0, empty.completion().objectives());
    assertTrue(Retrospective.of(PLAN, Q1, SCORER, END_OF_Q1,
        RetrospectiveScope.forOwner(PersonId.of("nobody"))).isEmpty());
  }

  @Test
  void theLatestConfidenceIsCarried() {
    Plan confident = PLAN.with(PLAN.objective(HIRING_Q1).checkIn(HIRES,
        org.okrkit.core.CheckIn.builder().date(day(3, 20))
            .value(org.okrkit.core.CheckInValue.of(dec("1"))).confidence(Confidence.LOW)
            .build()));
    RetrospectiveKeyResult hires = Retrospective.of(confident, Q1, SCORER, END_OF_Q1)
        .objectives().get(1).keyResults().get(0);
    assertEquals(Optional.of(Confidence.LOW), hires.confidence());
  }

  @Test
  void aClosedObjectiveShowsItsStatusAsOfTheDate() {
    Plan closed = PLAN.with(PLAN.objective(SALES_Q1).close(day(3, 31), "Quarter over"));
    assertEquals(Status.CLOSED,
        Retrospective.of(closed, Q1, SCORER, END_OF_Q1).objectives().get(0).status());
    assertEquals(Status.ACTIVE,
        Retrospective.of(closed, Q1, SCORER, day(3, 30)).objectives().get(0).status());
    ObjectiveId none = ObjectiveId.of("none");
    assertFalse(closed.contains(none));
  }
}
