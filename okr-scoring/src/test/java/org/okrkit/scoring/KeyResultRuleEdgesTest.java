package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.Fixtures.END;
import static org.okrkit.scoring.Fixtures.OWNER;
import static org.okrkit.scoring.Fixtures.Q1;
import static org.okrkit.scoring.Fixtures.checkIn;
import static org.okrkit.scoring.Fixtures.date;
import static org.okrkit.scoring.Fixtures.dec;
import static org.okrkit.scoring.Fixtures.keyResult;
import static org.okrkit.scoring.Fixtures.keyResultBuilder;
import static org.okrkit.scoring.Fixtures.metric;

import java.math.BigDecimal;
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
import org.okrkit.core.Commitment;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiAggregation;
import org.okrkit.core.KpiId;
import org.okrkit.core.KpiLink;
import org.okrkit.core.KpiReading;
import org.okrkit.core.Level;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Threshold;

/**
 * Key results scored at the edges of their rules: which values count (adjustments after the date,
 * closing check-ins, levels changed during the period, KPI extremes), values that no longer fit,
 * and the steps each rule shows in its explanation.
 */
class KeyResultRuleEdgesTest {

  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());
  private static final Threshold AT_LEAST_40 = Threshold.atOrAbove(dec("40"), "points");
  private static final Band LATENCY = Band.of(dec("100"), dec("300"), "ms");

  private static Scorer thresholds(ThresholdMode mode) {
    return Scorer.of(ScoringProfile.builder().name("shares")
        .threshold(ThresholdScoring.of(mode, LevelComparison.INCLUSIVE)).build());
  }

  private static Scorer falloffOfOneBandWidth() {
    return Scorer.of(ScoringProfile.builder().name("falloff")
        .band(BandScoring.linearFalloff(BigDecimal.ONE, FalloffUnit.BAND_WIDTHS)).build());
  }

  @Test
  void anAdjustmentAfterTheDateScored_doesNotHideEarlierValues() {
    // the metric becomes a checklist on Mar 1; as of Feb 1 the metric and its 50 still count
    KeyResult keyResult = keyResultBuilder("kr", metric("0", "100"))
        .addCheckIns(checkIn(1, 10, "50"))
        .addAdjustment(Adjustment.of(date(3, 1), Checklist.of(ChecklistItem.of("a")),
            "shipping in steps"))
        .build();
    // 50 / 100 = 0.5
    assertEquals(dec("0.5"), GOOGLE.score(keyResult, Q1, date(2, 1)).score().orElseThrow().value());
  }

  @Test
  void aLatestValueThatNoLongerFits_isNotScored() {
    // b was done under [a, b]; from Feb 15 the checklist is [a, c], which has no item b
    KeyResult keyResult = keyResultBuilder("steps",
            Checklist.of(ChecklistItem.of("a"), ChecklistItem.of("b")))
        .addCheckIns(CheckIn.of(date(1, 10), CheckInValue.itemsDone("b")))
        .addAdjustment(Adjustment.of(date(2, 15),
            Checklist.of(ChecklistItem.of("a"), ChecklistItem.of("c")), "b was dropped"))
        .build();
    KeyResultScore score = GOOGLE.score(keyResult, Q1, END);
    assertEquals(Optional.empty(), score.score());
    assertEquals(ScoringRule.NOT_SCORED, score.rule());
    assertEquals("the latest value does not fit the measure",
        score.explanation().intermediates().get("why not scored"));
    // under the old checklist, as of Feb 14, b is 1 of 2 items
    assertEquals(dec("0.5"),
        GOOGLE.score(keyResult, Q1, date(2, 14)).score().orElseThrow().value());
  }

  /** A key result judged on a threshold at or above 40 until Feb 14 and at or above 50 from Feb 15. */
  private static KeyResult raisedLevel() {
    return keyResultBuilder("csat", AT_LEAST_40)
        .addCheckIns(checkIn(2, 1, "45"), checkIn(3, 1, "55"), checkIn(3, 10, "45"))
        .addAdjustment(Adjustment.of(date(2, 15), Threshold.atOrAbove(dec("50"), "points"),
            "raised"))
        .build();
  }

  @Test
  void shareOfCheckIns_judgesEachCheckInByTheLevelOnItsDate() {
    // Feb 1: 45 >= 40 met; Mar 1: 55 >= 50 met; Mar 10: 45 < 50 missed: 2 of 3 = 0.6667
    KeyResultScore score = thresholds(ThresholdMode.SHARE_OF_CHECK_INS)
        .score(raisedLevel(), Q1, END);
    assertEquals(2, score.share().orElseThrow().met());
    assertEquals(3, score.share().orElseThrow().whole());
    assertEquals(dec("0.6667"), score.score().orElseThrow().value());
  }

  @Test
  void shareOfTime_judgesEachValueByTheLevelOnItsDate() {
    // Jan 1..31 unobserved (31 days); Feb 1..28 at 45, met by Feb 1's level 40 (28 days);
    // Mar 1..9 at 55 met (9 days); Mar 10..31 at 45 missed by 50: 37 of 90 = 0.41111...
    KeyResultScore score = thresholds(ThresholdMode.SHARE_OF_TIME).score(raisedLevel(), Q1, END);
    assertEquals(37, score.share().orElseThrow().met());
    assertEquals(31, score.share().orElseThrow().unobserved());
    assertEquals(dec("0.4111"), score.score().orElseThrow().value());
    assertEquals("37 of 90 days (31 unobserved)", score.share().orElseThrow().toString());
  }

  @Test
  void shareOfTime_endsTheLastValueOfThePeriodOnItsLastDay() {
    // Mar 1 at 45 holds until the day before the next check-in, Apr 5 in the closing grace, but
    // only the period's days count: Mar 1..31 met (31 days), Jan 1..Feb 28 unobserved (59):
    // 31 of 90 = 0.34444...
    KeyResult keyResult = keyResult("csat", AT_LEAST_40, checkIn(3, 1, "45"), checkIn(4, 5, "30"));
    KeyResultScore score = thresholds(ThresholdMode.SHARE_OF_TIME)
        .score(keyResult, Q1, date(4, 10));
    assertEquals(31, score.share().orElseThrow().met());
    assertEquals(90, score.share().orElseThrow().whole());
    assertEquals(59, score.share().orElseThrow().unobserved());
    assertEquals(dec("0.3444"), score.score().orElseThrow().value());
  }

  @Test
  void shareOfCheckIns_isCountedInCheckIns() {
    KeyResult keyResult = keyResult("csat", AT_LEAST_40,
        checkIn(1, 5, "45"), checkIn(1, 12, "38"), checkIn(1, 19, "41"));
    // 45 and 41 meet 40, 38 does not: 2 of 3
    assertEquals("2 of 3 check-ins", thresholds(ThresholdMode.SHARE_OF_CHECK_INS)
        .score(keyResult, Q1, END).share().orElseThrow().toString());
  }

  @Test
  void threshold_explanationNamesTheStrictComparison() {
    KeyResult keyResult = keyResult("csat", AT_LEAST_40, checkIn(2, 1, "40"));
    assertEquals("AT_OR_ABOVE, strictly: the level itself does not meet it",
        Scorer.of(ScoringProfile.quantive()).score(keyResult, Q1, END).explanation().inputs()
            .get("comparison"));
    assertEquals("AT_OR_ABOVE, the level included",
        GOOGLE.score(keyResult, Q1, END).explanation().inputs().get("comparison"));
  }

  @Test
  void increasingMetric_explanationShowsValueMinusStart() {
    KeyResultScore score = GOOGLE.score(keyResult("kr", metric("100", "150"), checkIn(2, 1, "125")),
        Q1, END);
    // (125 - 100) / (150 - 100) = 25 / 50 = 0.5
    assertEquals("25", score.explanation().intermediates().get("value - start"));
    assertEquals("50", score.explanation().intermediates().get("target - start"));
    assertFalse(score.explanation().intermediates().containsKey("start - value"));
  }

  @Test
  void progressOfExactlyZero_isNeitherFlooredNorCapped() {
    KeyResultScore score = GOOGLE.score(keyResult("kr", metric("100", "150"), checkIn(2, 1, "100")),
        Q1, END);
    assertEquals("0", score.explanation().intermediates().get("exact"));
    assertFalse(score.explanation().intermediates().containsKey("floored"));
    assertFalse(score.explanation().intermediates().containsKey("capped"));
    assertEquals("no: exact progress is below 1",
        score.explanation().intermediates().get("target reached"));
  }

  @Test
  void aReachedTarget_isSaidReachedInTheExplanation() {
    KeyResultScore score = GOOGLE.score(keyResult("kr", metric("100", "150"), checkIn(2, 1, "150")),
        Q1, END);
    assertEquals("yes: exact progress is 1 or more",
        score.explanation().intermediates().get("target reached"));
  }

  @Test
  void band_beyondTheFallOffWidth_hasProgressZeroNotBelow() {
    // 600 is 300 above 100..300, beyond one band width (200): progress 0, nothing to floor
    KeyResultScore score = falloffOfOneBandWidth()
        .score(keyResult("latency", LATENCY, checkIn(2, 1, "600")), Q1, END);
    assertEquals("0", score.explanation().intermediates().get("1 - distance / width"));
    assertEquals("0", score.explanation().intermediates().get("exact"));
    assertFalse(score.explanation().intermediates().containsKey("floored"));
    assertEquals("200 (1 x (upper - lower))",
        score.explanation().intermediates().get("fall-off width"));
  }

  @Test
  void band_ruleNamesTheBandMode() {
    KeyResult keyResult = keyResult("latency", LATENCY, checkIn(2, 1, "350"));
    assertEquals(ScoringRule.BAND_LINEAR_FALLOFF,
        falloffOfOneBandWidth().score(keyResult, Q1, END).rule());
    assertEquals(ScoringRule.BAND_ZERO_OUTSIDE, GOOGLE.score(keyResult, Q1, END).rule());
  }

  /** Leads read on Jan 5, 12 and 19, the latest of which is neither the lowest nor the highest. */
  private static final KpiId LEADS = KpiId.of("leads");

  private static Scorer withLeads(String... values) {
    Kpi.Builder kpi = Kpi.builder().id(LEADS).name("Leads").unit("leads").owner(OWNER)
        .healthTarget(HealthTarget.stayAtOrAbove(dec("1")));
    for (int week = 0; week < values.length; week++) {
      kpi.addReading(KpiReading.of(date(1, 5 + 7 * week), dec(values[week])));
    }
    return GOOGLE.withKpis(List.of(kpi.build()));
  }

  private static KeyResult drawnFromLeads(String id, KpiAggregation aggregation) {
    return keyResultBuilder(id, Metric.of(BigDecimal.ZERO, dec("1000"), "leads"))
        .kpi(KpiLink.of(LEADS, aggregation)).build();
  }

  @ParameterizedTest
  @CsvSource({
    "MAXIMUM, 0.3",  // max(300, 200, 250) / 1000
    "MINIMUM, 0.2",  // min(300, 200, 250) / 1000
  })
  void kpiExtremes_areOverAllReadingsSoFar(KpiAggregation aggregation, String expected) {
    assertEquals(dec(expected), withLeads("300", "200", "250")
        .score(drawnFromLeads("kr", aggregation), Q1, END).score().orElseThrow().value());
  }

  @Test
  void beforeAnyCheckInWasPossible_onlyScoredKeyResultsCount() {
    // a draft objective: no check-in was possible, so the silent key result b is left out; a,
    // drawn from a KPI with readings, still scores (300 of 1000 = 0.3) and is the whole mean
    Objective draft = Objective.builder().id(ObjectiveId.of("grow")).title("Grow")
        .level(Level.TEAM).owner(OWNER).period(Q1).commitment(Commitment.ASPIRATIONAL)
        .addKeyResults(drawnFromLeads("a", KpiAggregation.SUM), keyResult("b", metric("0", "10")))
        .build();
    ObjectiveScore score = withLeads("300").score(draft, date(2, 1));
    assertEquals(1, score.counted());
    assertEquals(dec("0.3"), score.score().orElseThrow().value());
    assertTrue(score.keyResults().get(1).score().isEmpty());
  }
}
