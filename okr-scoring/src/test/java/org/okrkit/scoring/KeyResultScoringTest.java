package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.Fixtures.END;
import static org.okrkit.scoring.Fixtures.Q1;
import static org.okrkit.scoring.Fixtures.checkIn;
import static org.okrkit.scoring.Fixtures.date;
import static org.okrkit.scoring.Fixtures.dec;
import static org.okrkit.scoring.Fixtures.keyResult;
import static org.okrkit.scoring.Fixtures.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okrkit.core.Adjustment;
import org.okrkit.core.Band;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Checklist;
import org.okrkit.core.ChecklistItem;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Measure;
import org.okrkit.core.Milestone;
import org.okrkit.core.Threshold;

class KeyResultScoringTest {

  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());

  private static Optional<BigDecimal> scoreOf(Scorer scorer, Measure measure, String value) {
    KeyResult keyResult = keyResult("kr", measure, checkIn(2, 10, value));
    return scorer.score(keyResult, Q1, END).score().map(Score::value);
  }

  private static BigDecimal googleScore(Measure measure, String value) {
    return scoreOf(GOOGLE, measure, value).orElseThrow();
  }

  /** Expected values are (value - start) / (target - start), by hand, at scale 4 half-even. */
  @ParameterizedTest
  @CsvSource({
    "100, 150, 125, 0.5",     // 25 / 50
    "100, 150, 100, 0",       // at the start
    "100, 150, 150, 1",       // at the target
    "100, 150, 90, 0",        // -10 / 50 = -0.2: below the start scores 0, never negative
    "100, 150, 180, 1",       // 80 / 50 = 1.6: capped at 1
    "0, 3, 1, 0.3333",        // 1 / 3 = 0.33333...
    "0, 3, 2, 0.6667",        // 2 / 3 = 0.66666...
    "8, 5, 6, 0.6667",        // decreasing: (8 - 6) / (8 - 5) = 2 / 3
    "8, 5, 5, 1",             // decreasing, at the target
    "8, 5, 9, 0",             // decreasing, beyond the start: (8 - 9) / 3 < 0 scores 0
    "8, 5, 2, 1",             // decreasing, beyond the target: 6 / 3 = 2, capped at 1
    "-8, -5, -6, 0.6667",     // negative numbers: (-6 + 8) / (-5 + 8) = 2 / 3
  })
  void metric_scoresLinearProgressInItsDirection(
      String start, String target, String value, String expected) {
    assertEquals(dec(expected), googleScore(metric(start, target), value));
  }

  @Test
  void metric_decreasingMirrorsIncreasing() {
    // churn from 8 % to 5 % at 6 % has come 2 of 3 points, like 5 -> 8 at 7.
    assertEquals(googleScore(metric("5", "8"), "7"), googleScore(metric("8", "5"), "6"));
    assertEquals(googleScore(metric("5", "8"), "7"), googleScore(metric("-5", "-8"), "-7"));
  }

  @Test
  void metric_allOrNothing_scoresOnlyReachedTargets() {
    Scorer scorer = Scorer.of(ScoringProfile.builder().name("binary")
        .metricFormula(MetricFormula.ALL_OR_NOTHING).build());
    assertEquals(Optional.of(BigDecimal.ZERO), scoreOf(scorer, metric("100", "150"), "149.9"));
    assertEquals(Optional.of(BigDecimal.ONE), scoreOf(scorer, metric("100", "150"), "150"));
    assertEquals(Optional.of(BigDecimal.ONE), scoreOf(scorer, metric("8", "5"), "4"));
    assertEquals(Optional.of(BigDecimal.ZERO), scoreOf(scorer, metric("8", "5"), "5.1"));
  }

  @Test
  void noCheckIn_isNotScored_whichIsNotZero() {
    KeyResultScore score = GOOGLE.score(keyResult("kr", metric("0", "10")), Q1, END);
    assertFalse(score.isScored());
    assertEquals(Optional.empty(), score.score());
    assertEquals(ScoringRule.NOT_SCORED, score.rule());
    assertEquals("kr: not scored", score.toString());
    KeyResultScore zero = GOOGLE.score(
        keyResult("kr", metric("0", "10"), checkIn(1, 5, "0")), Q1, END);
    assertEquals(Optional.of(BigDecimal.ZERO), zero.score().map(Score::value));
  }

  @Test
  void asOf_usesOnlyCheckInsOnOrBeforeTheDate() {
    KeyResult keyResult = keyResult("kr", metric("100", "150"),
        checkIn(1, 15, "110"), checkIn(2, 15, "130"));
    assertFalse(GOOGLE.score(keyResult, Q1, date(1, 14)).isScored());
    // (110 - 100) / 50 = 0.2
    assertEquals(dec("0.2"), GOOGLE.score(keyResult, Q1, date(1, 15)).score().orElseThrow().value());
    assertEquals(dec("0.2"), GOOGLE.score(keyResult, Q1, date(2, 14)).score().orElseThrow().value());
    // (130 - 100) / 50 = 0.6
    KeyResultScore latest = GOOGLE.score(keyResult, Q1, date(2, 15));
    assertEquals(dec("0.6"), latest.score().orElseThrow().value());
    assertEquals(Optional.of(date(2, 15)), latest.valueDate());
  }

  @Test
  void asOf_appliesTheMeasureInForceOnTheDate() {
    KeyResult keyResult = Fixtures.keyResultBuilder("kr", metric("100", "150"))
        .addCheckIns(checkIn(1, 15, "110"), checkIn(2, 15, "130"))
        .addAdjustment(Adjustment.of(date(2, 1), metric("100", "200"), "market grew"))
        .build();
    // before the adjustment: (110 - 100) / (150 - 100) = 0.2
    assertEquals(dec("0.2"), GOOGLE.score(keyResult, Q1, date(1, 31)).score().orElseThrow().value());
    // after it: (130 - 100) / (200 - 100) = 0.3
    KeyResultScore after = GOOGLE.score(keyResult, Q1, date(2, 15));
    assertEquals(dec("0.3"), after.score().orElseThrow().value());
    assertEquals(metric("100", "200"), after.measure());
  }

  @Test
  void checkInsBeforeThePeriod_areIgnored() {
    KeyResult keyResult = keyResult("kr", metric("0", "10"),
        CheckIn.of(LocalDate.of(2025, 12, 31), dec("9")));
    assertFalse(GOOGLE.score(keyResult, Q1, END).isScored());
  }

  private static final Threshold UPTIME = Threshold.atOrAbove(dec("99.9"), "%");

  /** Met on Jan 10 (99.95), missed on Feb 1 (99.8), on the level on Mar 1 (99.9). */
  private static KeyResult uptime() {
    return keyResult("uptime", UPTIME,
        checkIn(1, 10, "99.95"), checkIn(2, 1, "99.8"), checkIn(3, 1, "99.9"));
  }

  private static Scorer thresholds(ThresholdMode mode, LevelComparison comparison) {
    return Scorer.of(ScoringProfile.builder().name("thresholds").thresholdMode(mode)
        .levelComparison(comparison).build());
  }

  @Test
  void threshold_latestCheckIn_metOrNot() {
    assertEquals(dec("1"), GOOGLE.score(uptime(), Q1, END).score().orElseThrow().value());
    assertEquals(dec("0"), GOOGLE.score(uptime(), Q1, date(2, 20)).score().orElseThrow().value());
    Scorer strict = thresholds(ThresholdMode.LATEST_CHECK_IN, LevelComparison.STRICT);
    // on the level: met inclusively, missed strictly
    assertEquals(dec("0"), strict.score(uptime(), Q1, END).score().orElseThrow().value());
    assertEquals(dec("0"), googleScore(Threshold.atOrBelow(dec("5"), "%"), "5.01"));
    assertEquals(dec("1"), googleScore(Threshold.atOrBelow(dec("5"), "%"), "5"));
  }

  @Test
  void threshold_shareOfCheckIns_isTheControlMetric() {
    KeyResultScore inclusive = thresholds(ThresholdMode.SHARE_OF_CHECK_INS, LevelComparison.INCLUSIVE)
        .score(uptime(), Q1, END);
    // 2 of 3 check-ins met: 0.66666... -> 0.6667
    assertEquals(dec("0.6667"), inclusive.score().orElseThrow().value());
    assertEquals(2, inclusive.counted());
    assertEquals(3, inclusive.observed());
    KeyResultScore strict = thresholds(ThresholdMode.SHARE_OF_CHECK_INS, LevelComparison.STRICT)
        .score(uptime(), Q1, END);
    // 1 of 3: 0.33333... -> 0.3333
    assertEquals(dec("0.3333"), strict.score().orElseThrow().value());
  }

  @Test
  void threshold_shareOfTime_countsTheDaysEachValueHeld() {
    Scorer scorer = thresholds(ThresholdMode.SHARE_OF_TIME, LevelComparison.INCLUSIVE);
    // Jan 10..31 met (22 days), Feb 1..28 missed (28), Mar 1..31 met (31): 53 of 81 days.
    KeyResultScore atEnd = scorer.score(uptime(), Q1, END);
    assertEquals(53, atEnd.counted());
    assertEquals(81, atEnd.observed());
    // 53 / 81 = 0.654320... -> 0.6543
    assertEquals(dec("0.6543"), atEnd.score().orElseThrow().value());
    // As of Feb 14: Jan 10..31 met (22), Feb 1..14 missed (14): 22 / 36 = 0.61111... -> 0.6111
    assertEquals(dec("0.6111"), scorer.score(uptime(), Q1, date(2, 14)).score().orElseThrow().value());
    // Days after the period's end do not count, even as of a later date: still 53 of 81.
    assertEquals(dec("0.6543"),
        scorer.score(uptime(), Q1, date(4, 10)).score().orElseThrow().value());
  }

  @Test
  void threshold_shareOfTime_withOnlyAClosingCheckIn_isDecidedByIt() {
    Scorer scorer = thresholds(ThresholdMode.SHARE_OF_TIME, LevelComparison.INCLUSIVE);
    KeyResult closing = keyResult("uptime", UPTIME, checkIn(4, 5, "99.95"));
    KeyResultScore score = scorer.score(closing, Q1, date(4, 5));
    assertEquals(1, score.counted());
    assertEquals(1, score.observed());
    assertEquals(dec("1"), score.score().orElseThrow().value());
  }

  private static final Band LATENCY = Band.of(dec("100"), dec("300"), "ms");

  @ParameterizedTest
  @CsvSource({
    "200, 1, 1, 1",
    "100, 1, 1, 1",        // both ends included
    "300, 1, 1, 1",
    "350, 1, 0, 0.75",     // 50 beyond, width 1 x 200: 1 - 50 / 200
    "50, 1, 0, 0.75",      // 50 below, same
    "350, 0.5, 0, 0.5",    // width 0.5 x 200 = 100: 1 - 50 / 100
    "500, 1, 0, 0",        // 200 beyond: the fall-off reaches 0
    "600, 1, 0, 0",        // never below 0
  })
  void band_scoresOneInsideAndFallsOffOutside(
      String value, String width, String zeroOutside, String falloff) {
    assertEquals(dec(zeroOutside), googleScore(LATENCY, value));
    Scorer scorer = Scorer.of(ScoringProfile.builder().name("falloff")
        .bandMode(BandMode.LINEAR_FALLOFF).bandFalloffWidth(dec(width)).build());
    assertEquals(Optional.of(dec(falloff)), scoreOf(scorer, LATENCY, value));
  }

  @Test
  void milestone_scoresZeroOrOne() {
    KeyResult notDone = keyResult("launch", Milestone.of(),
        CheckIn.of(date(1, 20), CheckInValue.notDone()));
    KeyResult done = keyResult("launch", Milestone.of(),
        CheckIn.of(date(1, 20), CheckInValue.notDone()), CheckIn.of(date(3, 2), CheckInValue.done()));
    assertEquals(dec("0"), GOOGLE.score(notDone, Q1, END).score().orElseThrow().value());
    assertEquals(dec("1"), GOOGLE.score(done, Q1, END).score().orElseThrow().value());
    assertEquals(ScoringRule.MILESTONE, GOOGLE.score(done, Q1, END).rule());
  }

  @Test
  void checklist_scoresTheWeightedShareDone() {
    Checklist rollout = Checklist.of(ChecklistItem.of("pilot"),
        ChecklistItem.of("rollout", dec("2")), ChecklistItem.of("training"));
    KeyResult keyResult = keyResult("rollout", rollout,
        CheckIn.of(date(2, 1), CheckInValue.itemsDone(List.of("pilot", "rollout"))));
    // (1 + 2) / (1 + 2 + 1) = 0.75
    assertEquals(dec("0.75"), GOOGLE.score(keyResult, Q1, END).score().orElseThrow().value());
    KeyResult nothing = keyResult("rollout", rollout,
        CheckIn.of(date(2, 1), CheckInValue.itemsDone(List.of())));
    assertEquals(dec("0"), GOOGLE.score(nothing, Q1, END).score().orElseThrow().value());
  }

  @Test
  void explanation_showsInputsFormulaIntermediatesAndRounding() {
    KeyResult churn = keyResult("churn", metric("8", "5"), checkIn(2, 10, "6"));
    Explanation explanation = GOOGLE.score(churn, Q1, date(2, 14)).explanation();
    assertEquals("key result churn as of 2026-02-14", explanation.subject());
    assertEquals("google", explanation.profile());
    assertEquals(ScoringRule.METRIC_LINEAR.formula(), explanation.rule());
    assertEquals("8", explanation.inputs().get("start"));
    assertEquals("5", explanation.inputs().get("target"));
    assertEquals("6", explanation.inputs().get("value"));
    assertEquals("2026-02-10", explanation.inputs().get("check-in date"));
    assertEquals("DECREASE", explanation.inputs().get("direction"));
    assertEquals("2", explanation.intermediates().get("start - value"));
    assertEquals("3", explanation.intermediates().get("start - target"));
    assertEquals("0.6667", explanation.intermediates().get("progress"));
    assertEquals("scale 4 HALF_EVEN; grade to tenths HALF_UP", explanation.rounding());
    assertEquals("0.6667 (grade 0.7, GREEN)", explanation.result());
    assertEquals("key result churn as of 2026-02-14 [profile google]\n"
        + "  rule: " + ScoringRule.METRIC_LINEAR.formula() + "\n"
        + "  inputs: measure=metric 8 -> 5 units, source=check-ins, weight=1, value=6,"
        + " check-in date=2026-02-10, start=8, target=5, direction=DECREASE\n"
        + "  intermediates: start - value=2, start - target=3, progress=0.6667, cap=capped at 1\n"
        + "  rounding: scale 4 HALF_EVEN; grade to tenths HALF_UP\n"
        + "  result: 0.6667 (grade 0.7, GREEN)", explanation.toString());
  }

  @Test
  void explanation_ofANotScoredKeyResult_saysSo() {
    Explanation explanation = GOOGLE.score(keyResult("kr", metric("0", "1")), Q1, END).explanation();
    assertEquals("not scored", explanation.result());
    assertFalse(explanation.inputs().containsKey("value"));
    assertTrue(explanation.rule().contains("not 0"));
  }

  @Test
  void explanation_ofShares_showsTheCounts() {
    Explanation explanation = thresholds(ThresholdMode.SHARE_OF_TIME, LevelComparison.INCLUSIVE)
        .score(uptime(), Q1, END).explanation();
    assertEquals("53", explanation.intermediates().get("days met"));
    assertEquals("81", explanation.intermediates().get("days observed"));
    assertEquals("0.6543", explanation.intermediates().get("share"));
    assertEquals("AT_OR_ABOVE, the level included", explanation.inputs().get("comparison"));
  }
}
