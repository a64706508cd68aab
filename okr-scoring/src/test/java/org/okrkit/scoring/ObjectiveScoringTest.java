package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.Fixtures.END;
import static org.okrkit.scoring.Fixtures.checkIn;
import static org.okrkit.scoring.Fixtures.date;
import static org.okrkit.scoring.Fixtures.dec;
import static org.okrkit.scoring.Fixtures.keyResult;
import static org.okrkit.scoring.Fixtures.keyResultBuilder;
import static org.okrkit.scoring.Fixtures.metric;
import static org.okrkit.scoring.Fixtures.objective;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;

class ObjectiveScoringTest {

  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());

  /** 100 -> 150 at 125 scores 0.5. */
  private static KeyResult half(String id, String weight) {
    return keyResultBuilder(id, metric("100", "150")).weight(dec(weight))
        .addCheckIn(checkIn(2, 1, "125")).build();
  }

  /** A milestone done on Feb 2 scores 1. */
  private static KeyResult done(String id, String weight) {
    return keyResultBuilder(id, Milestone.of()).weight(dec(weight))
        .addCheckIn(CheckIn.of(date(2, 2), CheckInValue.done())).build();
  }

  private static BigDecimal value(ObjectiveScore score) {
    return score.score().orElseThrow().value();
  }

  private static Scorer withAggregation(ObjectiveAggregation aggregation) {
    return Scorer.of(ScoringProfile.builder().name("p").aggregation(aggregation).build());
  }

  @Test
  void weightedMean_normalisesTheWeights() {
    Objective objective = objective(Commitment.ASPIRATIONAL, half("a", "3"), done("b", "1"));
    // (3 x 0.5 + 1 x 1) / (3 + 1) = 2.5 / 4 = 0.625; grade 0.6 (half-up of 0.625), yellow
    ObjectiveScore score = GOOGLE.score(objective, END);
    assertEquals(dec("0.625"), value(score));
    assertEquals(dec("0.6"), score.score().orElseThrow().grade());
    assertEquals(GradeColour.YELLOW, score.score().orElseThrow().colour());
    assertEquals(2, score.counted());
    Objective scaled = objective(Commitment.ASPIRATIONAL, half("a", "0.6"), done("b", "0.2"));
    // (0.6 x 0.5 + 0.2 x 1) / 0.8 = 0.5 / 0.8 = 0.625: scaling every weight changes nothing
    assertEquals(dec("0.625"), value(GOOGLE.score(scaled, END)));
  }

  @Test
  void mean_ignoresTheWeights() {
    Objective objective = objective(Commitment.ASPIRATIONAL, half("a", "3"), done("b", "1"));
    // (0.5 + 1) / 2 = 0.75
    assertEquals(dec("0.75"), value(withAggregation(ObjectiveAggregation.MEAN).score(objective, END)));
  }

  @Test
  void weakest_takesTheLowestKeyResult() {
    Objective objective = objective(Commitment.ASPIRATIONAL, half("a", "3"), done("b", "1"));
    ObjectiveScore score = withAggregation(ObjectiveAggregation.WEAKEST).score(objective, END);
    assertEquals(dec("0.5"), value(score));
    assertEquals("a", score.explanation().intermediates().get("weakest key result"));
  }

  @Test
  void mixingIncreasingAndDecreasingKeyResults_scoresEachInItsDirection() {
    KeyResult revenue = keyResult("revenue", metric("100", "200"), checkIn(2, 1, "150"));
    KeyResult churn = keyResult("churn", metric("8", "4"), checkIn(2, 1, "5"));
    // revenue: 50 / 100 = 0.5; churn: (8 - 5) / (8 - 4) = 3 / 4 = 0.75; mean 0.625
    ObjectiveScore score = GOOGLE.score(objective(Commitment.ASPIRATIONAL, revenue, churn), END);
    assertEquals(dec("0.5"), score.keyResults().get(0).score().orElseThrow().value());
    assertEquals(dec("0.75"), score.keyResults().get(1).score().orElseThrow().value());
    assertEquals(dec("0.625"), value(score));
  }

  @Test
  void equalWeights_whenTargetsDifferByOrdersOfMagnitude_countEquallyInProgress() {
    KeyResult revenue = keyResult("revenue", metric("0", "1000000"), checkIn(2, 1, "500000"));
    KeyResult nps = keyResult("nps", metric("0", "10"), checkIn(2, 1, "10"));
    // 500000 / 1000000 = 0.5 and 10 / 10 = 1, each weighing 1: (0.5 + 1) / 2 = 0.75, grade 0.8
    ObjectiveScore score = GOOGLE.score(objective(Commitment.ASPIRATIONAL, revenue, nps), END);
    assertEquals(dec("0.75"), value(score));
    assertEquals(dec("0.8"), score.score().orElseThrow().grade());
  }

  @Test
  void notScoredKeyResults_countAsZeroOrAreSkipped_asThePolicySays() {
    KeyResult silent = keyResult("silent", metric("0", "10"));
    Objective objective = objective(Commitment.ASPIRATIONAL, half("a", "1"), silent);
    ObjectiveScore countAsZero = GOOGLE.score(objective, END);
    // (0.5 + 0) / 2 = 0.25, while the silent key result itself stays not scored
    assertEquals(dec("0.25"), value(countAsZero));
    assertFalse(countAsZero.keyResults().get(1).isScored());
    assertEquals(2, countAsZero.counted());
    Scorer skip = Scorer.of(ScoringProfile.builder().name("skip")
        .missingValues(MissingValues.SKIP).build());
    ObjectiveScore skipped = skip.score(objective, END);
    assertEquals(dec("0.5"), value(skipped));
    assertEquals(1, skipped.counted());
    ObjectiveScore nothing = skip.score(objective(Commitment.COMMITTED, silent), END);
    assertFalse(nothing.isScored());
    assertEquals(Judgement.NOT_SCORED, nothing.judgement());
    assertEquals(0, nothing.counted());
  }

  @Test
  void committed_isAchievedOnlyAtOne_andOtherwiseNeedsAnExplanation() {
    KeyResult almost = keyResult("almost", metric("0", "100"), checkIn(3, 30, "96"));
    ObjectiveScore score = GOOGLE.score(objective(Commitment.COMMITTED, almost), END);
    // 96 / 100 = 0.96: grade 1.0, green, and still short of the commitment
    assertEquals(dec("0.96"), value(score));
    assertEquals(dec("1"), score.score().orElseThrow().grade());
    assertEquals(Judgement.NEEDS_EXPLANATION, score.judgement());
    assertTrue(score.needsExplanation());
    ObjectiveScore achieved = GOOGLE.score(objective(Commitment.COMMITTED, done("d", "1")), END);
    assertEquals(Judgement.ACHIEVED, achieved.judgement());
    assertFalse(achieved.isTooSafe());
  }

  @Test
  void aspirational_isJudgedAgainstSevenTenths() {
    KeyResult seventy = keyResult("k", metric("0", "10"), checkIn(3, 1, "7"));
    KeyResult twoThirds = keyResult("k", metric("0", "3"), checkIn(3, 1, "2"));
    assertEquals(Judgement.MEETS_EXPECTATION,
        GOOGLE.score(objective(Commitment.ASPIRATIONAL, seventy), END).judgement());
    // 2 / 3 = 0.6667 < 0.7, although its grade rounds to 0.7
    assertEquals(Judgement.BELOW_EXPECTATION,
        GOOGLE.score(objective(Commitment.ASPIRATIONAL, twoThirds), END).judgement());
  }

  @Test
  void aspirational_isTooSafe_whenThreeQuartersReachOne() {
    Objective threeOfFour = objective(Commitment.ASPIRATIONAL,
        done("a", "1"), done("b", "1"), done("c", "1"), half("d", "1"));
    assertTrue(GOOGLE.score(threeOfFour, END).isTooSafe());
    Objective twoOfFour = objective(Commitment.ASPIRATIONAL,
        done("a", "1"), done("b", "1"), half("c", "1"), half("d", "1"));
    assertFalse(GOOGLE.score(twoOfFour, END).isTooSafe());
    Objective twoOfThree = objective(Commitment.ASPIRATIONAL,
        done("a", "1"), done("b", "1"), half("c", "1"));
    // 2 / 3 = 66.7 % < 75 %
    assertFalse(GOOGLE.score(twoOfThree, END).isTooSafe());
    Objective committed = objective(Commitment.COMMITTED,
        done("a", "1"), done("b", "1"), done("c", "1"), half("d", "1"));
    assertFalse(GOOGLE.score(committed, END).isTooSafe());
  }

  @Test
  void asOf_scoresTheObjectiveAsItWasThen() {
    KeyResult revenue = keyResult("revenue", metric("100", "150"),
        checkIn(1, 15, "110"), checkIn(2, 15, "130"));
    Objective objective = objective(Commitment.ASPIRATIONAL, revenue)
        .adjustTarget(KeyResultId.of("revenue"), date(2, 1), dec("200"), "market grew");
    // Jan 31: (110 - 100) / (150 - 100) = 0.2; Feb 15: (130 - 100) / (200 - 100) = 0.3
    assertEquals(dec("0.2"), value(GOOGLE.score(objective, date(1, 31))));
    assertEquals(dec("0.3"), value(GOOGLE.score(objective, date(2, 15))));
    assertSameScore(GOOGLE.score(objective, date(1, 31)),
        GOOGLE.score(objective.asOf(date(1, 31)), date(1, 31)));
  }

  @Test
  void explanation_showsTheSumsAndThePartsInOrder() {
    Objective objective = objective(Commitment.ASPIRATIONAL, half("a", "3"), done("b", "1"));
    Explanation explanation = GOOGLE.score(objective, END).explanation();
    assertEquals("objective grow-q1 as of 2026-03-31", explanation.subject());
    assertEquals("0.5 x weight 3", explanation.inputs().get("key result a"));
    assertEquals("1 x weight 1", explanation.inputs().get("key result b"));
    assertEquals("2.5", explanation.intermediates().get("sum(weight x score)"));
    assertEquals("4", explanation.intermediates().get("sum(weight)"));
    assertEquals("0.625", explanation.intermediates().get("aggregate"));
    assertEquals("1 of 2", explanation.intermediates().get("key results at 1.0 or more"));
    assertEquals("0.625 (grade 0.6, YELLOW); BELOW_EXPECTATION", explanation.result());
    assertEquals(2, explanation.parts().size());
    assertEquals("key result a as of 2026-03-31", explanation.parts().get(0).subject());
    assertTrue(explanation.toString().contains("\n  key result b as of 2026-03-31 [profile google]"));
  }

  @Test
  void sameInput_givesEqualResultsAndExplanations() {
    Objective objective = objective(Commitment.ASPIRATIONAL, half("a", "3"), done("b", "1"));
    ObjectiveScore first = GOOGLE.score(objective, END);
    ObjectiveScore second = Scorer.of(ScoringProfile.google()).score(objective, END);
    assertEquals(first, second);
    assertEquals(first.explanation(), second.explanation());
    assertEquals(first.explanation().toString(), second.explanation().toString());
    assertSame(first.explanation(), first.explanation());
    assertEquals(Optional.of(first.score().orElseThrow()), second.score());
  }

  /** Compares two objective scores part by part, so a failure names the part. */
  private static void assertSameScore(ObjectiveScore expected, ObjectiveScore actual) {
    assertEquals(expected.score(), actual.score());
    assertEquals(expected.keyResults(), actual.keyResults());
    assertEquals(expected.explanation().toString(), actual.explanation().toString());
    assertEquals(expected, actual);
  }
}
