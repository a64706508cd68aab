package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.Fixtures.END;
import static org.okrkit.scoring.Fixtures.Q1;
import static org.okrkit.scoring.Fixtures.checkIn;
import static org.okrkit.scoring.Fixtures.date;
import static org.okrkit.scoring.Fixtures.dec;
import static org.okrkit.scoring.Fixtures.keyResult;
import static org.okrkit.scoring.Fixtures.metric;
import static org.okrkit.scoring.Fixtures.objective;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Commitment;
import org.okrkit.core.Confidence;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;

/**
 * What objective scores and paces say about themselves: judgements, the aggregation rule named
 * in the explanation, how unscored key results are shown, the nested explanation text, and the
 * short texts of scores, paces and the scorer.
 */
class ObjectiveAndPaceTextTest {

  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());

  /** Two key results from 0 to 10, at the values given on Feb 1. */
  private static Objective twoKeyResults(Commitment commitment, String a, String b) {
    return objective(commitment,
        keyResult("a", metric("0", "10"), checkIn(2, 1, a)),
        keyResult("b", metric("0", "10"), checkIn(2, 1, b)));
  }

  @Test
  void aspirational_everyTargetReached_isTooSafe() {
    // 10 of 10 twice: mean 1, 2 of 2 reached (4 x 2 >= 3 x 2)
    ObjectiveScore score = GOOGLE.score(twoKeyResults(Commitment.ASPIRATIONAL, "10", "10"), END);
    assertEquals(Judgement.MEETS_EXPECTATION, score.judgement());
    assertFalse(score.needsExplanation());
    assertEquals("1 (grade 1.0, GREEN); MEETS_EXPECTATION; too safe",
        score.explanation().result());
    assertEquals("grow-q1: 1 (grade 1.0, GREEN) MEETS_EXPECTATION too safe", score.toString());
    assertTrue(score.explanation().intermediates().get("expected").startsWith("aspirational: "));
  }

  @Test
  void committed_withAMiss_needsAnExplanation() {
    // (0.5 + 1) / 2 = 0.75, grade 0.8; a missed its target
    ObjectiveScore score = GOOGLE.score(twoKeyResults(Commitment.COMMITTED, "5", "10"), END);
    assertTrue(score.needsExplanation());
    assertEquals("0.75 (grade 0.8, GREEN); NEEDS_EXPLANATION", score.explanation().result());
    assertEquals("grow-q1: 0.75 (grade 0.8, GREEN) NEEDS_EXPLANATION", score.toString());
    assertEquals("committed: achieved only when every key result reached its target (exact"
        + " progress 1 or more), whatever the mean",
        score.explanation().intermediates().get("expected"));
    // a terminating fraction is shown as a decimal
    assertEquals("0.5 (shown 0.5) x weight 1", score.explanation().inputs().get("key result a"));
    assertEquals("1 (shown 1), target reached x weight 1",
        score.explanation().inputs().get("key result b"));
  }

  @Test
  void theExplanationsRule_namesTheAggregation() {
    Objective objective = twoKeyResults(Commitment.ASPIRATIONAL, "5", "10");
    assertEquals("sum(weight x score) / sum(weight), weights normalised",
        GOOGLE.score(objective, END).explanation().rule());
    assertEquals("sum(score) / count, weights ignored",
        Scorer.of(ScoringProfile.vivaGoals()).score(objective, END).explanation().rule());
    ObjectiveScore weakest = Scorer.of(ScoringProfile.builder().name("weakest")
        .aggregation(ObjectiveAggregation.WEAKEST).build()).score(objective, END);
    assertEquals("the weakest key result's score", weakest.explanation().rule());
    // the weakest is a at 0.5
    assertEquals(dec("0.5"), weakest.score().orElseThrow().value());
  }

  @Test
  void aSkippedKeyResult_isShownSkipped() {
    Objective objective = objective(Commitment.ASPIRATIONAL,
        keyResult("a", metric("0", "10"), checkIn(2, 1, "5")), keyResult("b", metric("0", "10")));
    ObjectiveScore score = Scorer.of(ScoringProfile.builder().name("skip")
        .missingValues(MissingValues.SKIP).build()).score(objective, END);
    assertEquals("not scored, skipped x weight 1", score.explanation().inputs().get("key result b"));
    // only a counts: 0.5
    assertEquals(dec("0.5"), score.score().orElseThrow().value());
  }

  @Test
  void theExplanationText_nestsEveryKeyResultInOrder() {
    String text = GOOGLE.score(twoKeyResults(Commitment.ASPIRATIONAL, "5", "10"), END)
        .explanation().toString();
    assertTrue(text.startsWith("objective grow-q1 as of 2026-03-31 [profile google]\n"), text);
    int first = text.indexOf("\n  key result a as of 2026-03-31 [profile google]\n");
    int second = text.indexOf("\n  key result b as of 2026-03-31 [profile google]\n");
    assertTrue(first > 0, text);
    assertTrue(second > first, text);
  }

  @Test
  void theExplanationText_saysNoneForAnEmptySection() {
    // a forecast without values records inputs but no intermediates
    String text = GOOGLE.forecast(keyResult("kr", metric("0", "100")), Q1, date(2, 1))
        .explanation().toString();
    assertTrue(text.contains("\n  intermediates: none\n"), text);
  }

  @Test
  void objectivePace_namesTheObjective() {
    // Feb 14 is day 45 of 90: 0.5 expected; a at 5 of 10 is 0.5: on track
    Objective objective = objective(Commitment.ASPIRATIONAL,
        keyResult("a", metric("0", "10"), checkIn(2, 1, "5")));
    ObjectivePace pace = GOOGLE.pace(objective, date(2, 14));
    assertEquals(ObjectiveId.of("grow-q1"), pace.objectiveId());
    assertEquals("grow-q1 ON_TRACK (0.5 of 0.5 expected)", pace.toString());
    Pace keyResultPace = pace.keyResults().get(0);
    assertEquals(date(2, 14), keyResultPace.asOf());
    assertEquals("elapsed share of QUARTER[2026-01-01..2026-03-31]", keyResultPace.expectation());
  }

  private static CheckIn withConfidence(int month, int day, String value, Confidence confidence) {
    return CheckIn.builder().date(date(month, day)).value(CheckInValue.of(dec(value)))
        .confidence(confidence).build();
  }

  @Test
  void aLowConfidence_isShownAndMakesOnTrackAtRisk() {
    // Feb 1 is day 32 of 90: 0.3555555556 expected; 40 of 100 is ahead, but said with low confidence
    KeyResult keyResult = keyResult("kr", metric("0", "100"),
        withConfidence(1, 20, "40", Confidence.LOW));
    Pace pace = GOOGLE.pace(keyResult, Q1, date(2, 1));
    assertEquals(PaceStatus.ON_TRACK, pace.progressStatus());
    assertEquals(PaceStatus.AT_RISK, pace.status());
    assertEquals("0.2 LOW on 2026-01-20", pace.explanation().inputs().get("latest confidence"));
  }

  @Test
  void aConfidenceGivenAfterTheDate_isNotYetKnown() {
    KeyResult keyResult = keyResult("kr", metric("0", "100"), checkIn(1, 20, "40"),
        withConfidence(2, 10, "45", Confidence.LOW));
    Pace pace = GOOGLE.pace(keyResult, Q1, date(2, 1));
    assertEquals(PaceStatus.ON_TRACK, pace.status());
    assertEquals("none", pace.explanation().inputs().get("latest confidence"));
  }

  @Test
  void onlyAtRiskAndOffTrack_areBehind() {
    assertTrue(PaceStatus.AT_RISK.isBehind());
    assertTrue(PaceStatus.OFF_TRACK.isBehind());
    assertFalse(PaceStatus.ON_TRACK.isBehind());
    assertFalse(PaceStatus.NOT_SCORED.isBehind());
  }

  @Test
  void anAssessment_showsItsInputDateAndScore() {
    KeyResultScore score = GOOGLE.score(keyResult("kr", metric("100", "150"), checkIn(2, 1, "125")),
        Q1, END);
    // (125 - 100) / 50 = 0.5, grade 0.5: yellow
    assertEquals("125 on 2026-02-01: 0.5 (grade 0.5, YELLOW)",
        score.assessment().orElseThrow().toString());
  }

  @Test
  void theScorer_showsItsProfileAndKpis() {
    ScoringProfile perdoo = ScoringProfile.perdoo();
    assertSame(perdoo, Scorer.of(perdoo).profile());
    assertEquals("Scorer[google, kpis=[]]", GOOGLE.toString());
  }

  @Test
  void aPaceBeforeAnyValue_isNotScoredAtTheDate() {
    LocalDate jan10 = date(1, 10);
    Pace pace = GOOGLE.pace(keyResult("kr", metric("0", "100")), Q1, jan10);
    assertEquals(jan10, pace.asOf());
    assertEquals(PaceStatus.NOT_SCORED, pace.status());
  }
}
