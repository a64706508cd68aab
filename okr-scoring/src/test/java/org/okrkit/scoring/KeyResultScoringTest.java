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
import static org.okrkit.scoring.Fixtures.keyResultBuilder;
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
    assertEquals(date(2, 15), latest.assessment().orElseThrow().inputDate());
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
    return Scorer.of(ScoringProfile.builder().name("thresholds")
        .threshold(ThresholdScoring.of(mode, comparison)).build());
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
    assertEquals(2, inclusive.share().orElseThrow().met());
    assertEquals(3, inclusive.share().orElseThrow().whole());
    KeyResultScore strict = thresholds(ThresholdMode.SHARE_OF_CHECK_INS, LevelComparison.STRICT)
        .score(uptime(), Q1, END);
    // 1 of 3: 0.33333... -> 0.3333
    assertEquals(dec("0.3333"), strict.score().orElseThrow().value());
  }

  @Test
  void threshold_shareOfTime_countsTheDaysEachValueHeld() {
    Scorer scorer = thresholds(ThresholdMode.SHARE_OF_TIME, LevelComparison.INCLUSIVE);
    // Jan 1..9 unobserved (9 days, not met), Jan 10..31 met (22), Feb 1..28 missed (28),
    // Mar 1..31 met (31): 53 of the period's 90 days.
    KeyResultScore atEnd = scorer.score(uptime(), Q1, END);
    assertEquals(53, atEnd.share().orElseThrow().met());
    assertEquals(90, atEnd.share().orElseThrow().whole());
    assertEquals(9, atEnd.share().orElseThrow().unobserved());
    // 53 / 90 = 0.58888... -> 0.5889
    assertEquals(dec("0.5889"), atEnd.score().orElseThrow().value());
    // As of Feb 14: 45 days; Jan 10..31 met (22), Feb 1..14 missed: 22 / 45 = 0.48888... -> 0.4889
    assertEquals(dec("0.4889"), scorer.score(uptime(), Q1, date(2, 14)).score().orElseThrow().value());
    // Days after the period's end do not count, even as of a later date: still 53 of 90.
    assertEquals(dec("0.5889"),
        scorer.score(uptime(), Q1, date(4, 10)).score().orElseThrow().value());
  }

  @Test
  void shares_withOnlyAClosingCheckIn_areNotScored() {
    // a check-in after the period's end holds on no day of it, and is no check-in of the period
    KeyResult closing = keyResult("uptime", UPTIME, checkIn(4, 5, "99.95"));
    for (ThresholdMode mode : List.of(ThresholdMode.SHARE_OF_TIME, ThresholdMode.SHARE_OF_CHECK_INS)) {
      KeyResultScore score = thresholds(mode, LevelComparison.INCLUSIVE)
          .score(closing, Q1, date(4, 5));
      assertFalse(score.isScored());
      assertEquals(ValueSource.checkIns(), score.source());
      assertTrue(score.explanation().intermediates().get("why not scored")
          .contains("no check-in inside the period"), score.explanation()::toString);
    }
    // the latest value alone still decides under LATEST_CHECK_IN
    assertTrue(thresholds(ThresholdMode.LATEST_CHECK_IN, LevelComparison.INCLUSIVE)
        .score(closing, Q1, date(4, 5)).isTargetReached());
  }

  @Test
  void threshold_shareOfTime_oneLateCheckInDoesNotDecideThePeriod() {
    Scorer scorer = thresholds(ThresholdMode.SHARE_OF_TIME, LevelComparison.INCLUSIVE);
    // a single good check-in on Mar 31 holds for 1 of the 90 days; Jan 1..Mar 30 are unobserved
    KeyResult late = keyResult("uptime", UPTIME, checkIn(3, 31, "99.95"));
    KeyResultScore score = scorer.score(late, Q1, END);
    assertEquals(1, score.share().orElseThrow().met());
    assertEquals(90, score.share().orElseThrow().whole());
    assertEquals(89, score.share().orElseThrow().unobserved());
    // 1 / 90 = 0.01111... -> 0.0111
    assertEquals(dec("0.0111"), score.score().orElseThrow().value());
    assertFalse(score.isTargetReached());
    assertEquals("89 (before the first check-in: no value known, counted as not met)",
        score.explanation().intermediates().get("days unobserved"));
  }

  @Test
  void threshold_shareOfCheckIns_skipsCheckInsAfterThePeriod() {
    Scorer scorer = thresholds(ThresholdMode.SHARE_OF_CHECK_INS, LevelComparison.INCLUSIVE);
    // Feb 1 missed, Mar 1 met, Apr 5 (after the end, in the grace window) met: 1 of 2, not 2 of 3
    KeyResult keyResult = keyResult("uptime", UPTIME,
        checkIn(2, 1, "99.5"), checkIn(3, 1, "99.95"), checkIn(4, 5, "99.95"));
    KeyResultScore score = scorer.score(keyResult, Q1, date(4, 10));
    assertEquals(1, score.share().orElseThrow().met());
    assertEquals(2, score.share().orElseThrow().whole());
    assertEquals(dec("0.5"), score.score().orElseThrow().value());
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
        .band(BandScoring.linearFalloff(dec(width), FalloffUnit.BAND_WIDTHS)).build());
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
    // (8 - 6) / (8 - 5) = 2/3 exactly, rounded once: 0.6667 at scale 4, 0.7 to tenths
    assertEquals("2/3", explanation.intermediates().get("progress"));
    assertEquals("scale 4 HALF_EVEN; grade to tenths HALF_UP", explanation.rounding());
    assertEquals("0.6667 (grade 0.7, GREEN)", explanation.result());
    assertEquals("key result churn as of 2026-02-14 [profile google]\n"
        + "  rule: " + ScoringRule.METRIC_LINEAR.formula() + "\n"
        + "  inputs: measure=metric 8 -> 5 units, source=check-ins, weight=1, value=6,"
        + " check-in date=2026-02-10, start=8, target=5, direction=DECREASE\n"
        + "  intermediates: start - value=2, start - target=3, progress=2/3, cap=capped at 1,"
        + " exact=2/3, value=2/3 rounded to scale 4 HALF_EVEN = 0.6667,"
        + " grade=2/3 rounded to tenths HALF_UP = 0.7, GREEN (red < 0.4 <= yellow < 0.7 <= green),"
        + " target reached=no: exact progress is below 1\n"
        + "  rounding: scale 4 HALF_EVEN; grade to tenths HALF_UP\n"
        + "  result: 0.6667 (grade 0.7, GREEN)", explanation.toString());
  }

  @Test
  void explanation_ofANotScoredKeyResult_saysSo() {
    Explanation explanation = GOOGLE.score(keyResult("kr", metric("0", "1")), Q1, END).explanation();
    assertEquals("not scored", explanation.result());
    assertEquals("no value to score on or before 2026-03-31",
        explanation.intermediates().get("why not scored"));
    assertFalse(explanation.inputs().containsKey("value"));
    assertTrue(explanation.rule().contains("not 0"));
  }

  @Test
  void explanation_ofShares_showsTheCounts() {
    Explanation explanation = thresholds(ThresholdMode.SHARE_OF_TIME, LevelComparison.INCLUSIVE)
        .score(uptime(), Q1, END).explanation();
    assertEquals("53", explanation.intermediates().get("days met"));
    assertEquals("90", explanation.intermediates().get("days from the period's start"));
    // 53/90 does not terminate, so the exact share is shown as a fraction
    assertEquals("53/90", explanation.intermediates().get("share"));
    assertEquals("AT_OR_ABOVE, the level included", explanation.inputs().get("comparison"));
  }

  @Test
  void explanation_showsTheFloorAndTheCap() {
    // (80 - 100) / (200 - 100) = -0.2, raised to 0
    KeyResultScore below = GOOGLE.score(keyResult("kr", metric("100", "200"), checkIn(2, 1, "80")),
        Q1, END);
    assertEquals("-0.2", below.explanation().intermediates().get("exact"));
    assertEquals("0 (below 0 counts as 0)", below.explanation().intermediates().get("floored"));
    // (225 - 100) / (200 - 100) = 1.25, limited to 1 by Google's cap; Quantive keeps it
    KeyResult over = keyResult("kr", metric("100", "200"), checkIn(2, 1, "225"));
    KeyResultScore capped = GOOGLE.score(over, Q1, END);
    assertEquals("1.25", capped.explanation().intermediates().get("exact"));
    assertEquals("1 (capped at 1)", capped.explanation().intermediates().get("capped"));
    assertTrue(capped.isTargetReached());
    KeyResultScore uncapped = Scorer.of(ScoringProfile.quantive()).score(over, Q1, END);
    assertFalse(uncapped.explanation().intermediates().containsKey("capped"));
    assertEquals(dec("1.25"), uncapped.score().orElseThrow().value());
  }

  @Test
  void band_fallOffWidth_inTheMeasuresUnit() {
    // 325 ms is 25 outside 100..300
    KeyResult latency = keyResult("latency", LATENCY, checkIn(2, 1, "325"));
    Scorer absolute = Scorer.of(ScoringProfile.builder().name("absolute")
        .band(BandScoring.linearFalloff(dec("50"), FalloffUnit.MEASURE_UNITS)).build());
    // 1 - 25 / 50 = 0.5
    KeyResultScore score = absolute.score(latency, Q1, END);
    assertEquals(dec("0.5"), score.score().orElseThrow().value());
    assertEquals("50 (in the band's unit)",
        score.explanation().intermediates().get("fall-off width"));
    Scorer relative = Scorer.of(ScoringProfile.builder().name("relative")
        .band(BandScoring.linearFalloff(BigDecimal.ONE, FalloffUnit.BAND_WIDTHS)).build());
    // 1 - 25 / (1 x (300 - 100)) = 1 - 0.125 = 0.875
    assertEquals(dec("0.875"), relative.score(latency, Q1, END).score().orElseThrow().value());
    // 50 units or more outside scores 0
    assertEquals(dec("0"), absolute.score(keyResult("latency", LATENCY, checkIn(2, 1, "350")),
        Q1, END).score().orElseThrow().value());
  }

  @Test
  void shares_judgeOnlyValuesOnTheScaleOfTheMeasureInForce() {
    // a metric in % checked in at 50 on Jan 2, turned on Mar 29 into a threshold of at least 1 ms
    // and checked in at 0.5 on Mar 30: the 50 % is not a latency, so it is not judged
    KeyResult keyResult = keyResultBuilder("latency", metric("0", "100"))
        .addCheckIns(checkIn(1, 2, "50"), checkIn(3, 30, "0.5"))
        .addAdjustment(org.okrkit.core.Adjustment.of(date(3, 29),
            Threshold.atOrAbove(dec("1"), "ms"), "measured as latency now"))
        .build();
    KeyResultScore score = thresholds(ThresholdMode.SHARE_OF_TIME, LevelComparison.INCLUSIVE)
        .score(keyResult, Q1, END);
    // Jan 1 .. Mar 29 unobserved on the new scale (88 days), Mar 30 .. 31 at 0.5 < 1: 0 of 90
    assertEquals(0, score.share().orElseThrow().met());
    assertEquals(90, score.share().orElseThrow().whole());
    assertEquals(88, score.share().orElseThrow().unobserved());
    assertEquals(dec("0"), score.score().orElseThrow().value());
    // one check-in on the new scale: 0 of 1
    KeyResultScore checkIns = thresholds(ThresholdMode.SHARE_OF_CHECK_INS,
        LevelComparison.INCLUSIVE).score(keyResult, Q1, END);
    assertEquals(1, checkIns.share().orElseThrow().whole());
  }
}
