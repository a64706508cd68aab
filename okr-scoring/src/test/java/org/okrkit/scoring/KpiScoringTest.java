package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.Fixtures.END;
import static org.okrkit.scoring.Fixtures.OWNER;
import static org.okrkit.scoring.Fixtures.Q1;
import static org.okrkit.scoring.Fixtures.date;
import static org.okrkit.scoring.Fixtures.dec;
import static org.okrkit.scoring.Fixtures.keyResultBuilder;
import static org.okrkit.scoring.Fixtures.objective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okrkit.core.Commitment;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiAggregation;
import org.okrkit.core.KpiId;
import org.okrkit.core.KpiLink;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Period;
import org.okrkit.core.UnitMismatchException;
import org.okrkit.core.UnknownKpiException;
import org.okrkit.core.Adjustment;
import org.okrkit.core.KpiReading;
import org.okrkit.core.Measure;
import org.okrkit.core.Metric;
import org.okrkit.core.Milestone;
import org.okrkit.core.OkrException;
import org.okrkit.core.Threshold;

class KpiScoringTest {

  private static final KpiId LEADS_ID = KpiId.of("leads");

  /**
   * Weekly leads, healthy at 250 or more a week: one reading before Q1 and one after it, which
   * never count, and 300, 200, 400 in January.
   */
  private static Kpi leads(String unit) {
    Kpi.Builder builder = Kpi.builder();
    builder.id(LEADS_ID).name("Qualified leads").unit(unit).owner(OWNER)
        .healthTarget(HealthTarget.stayAtOrAbove(dec("250")))
        .addReadings(KpiReading.of(LocalDate.of(2025, 12, 29), dec("999")),
            KpiReading.of(date(1, 5), dec("300")),
            KpiReading.of(date(1, 12), dec("200")),
            KpiReading.of(date(1, 19), dec("400")),
            KpiReading.of(date(4, 6), dec("999")));
    return builder.build();
  }

  /** A key result drawn from the leads KPI; {@link Bound} sets the aggregation it scores with. */
  private static KeyResult drawnFromLeads(Measure measure) {
    return drawnFromLeads(measure, KpiAggregation.SUM);
  }

  private static KeyResult drawnFromLeads(Measure measure, KpiAggregation aggregation) {
    return keyResultBuilder("leads-kr", measure).kpi(KpiLink.of(LEADS_ID, aggregation)).build();
  }

  /** A scorer given a KPI, scoring key results drawn from it with one aggregation. */
  private record Bound(Scorer scorer, KpiAggregation aggregation) {
    KeyResultScore score(KeyResult keyResult, Period period, LocalDate asOf) {
      return scorer.score(relinked(keyResult), period, asOf);
    }

    Forecast forecast(KeyResult keyResult, Period period, LocalDate asOf) {
      return scorer.forecast(relinked(keyResult), period, asOf);
    }

    private KeyResult relinked(KeyResult keyResult) {
      return KeyResult.builder().from(keyResult)
          .kpi(KpiLink.of(keyResult.kpi().orElseThrow().kpiId(), aggregation)).build();
    }
  }

  private static Bound bound(KpiAggregation aggregation) {
    return bound(leads("leads"), aggregation);
  }

  /** A leads KPI read weekly from January 5, one reading per value given. */
  private static Kpi weeklyLeads(String... values) {
    Kpi.Builder builder = Kpi.builder().id(LEADS_ID).name("Leads").unit("leads").owner(OWNER)
        .healthTarget(HealthTarget.stayAtOrAbove(dec("1")));
    for (int week = 0; week < values.length; week++) {
      builder.addReading(KpiReading.of(date(1, 5 + 7 * week), dec(values[week])));
    }
    return builder.build();
  }

  private static Bound bound(Kpi kpi, KpiAggregation aggregation) {
    return new Bound(Scorer.of(ScoringProfile.google()).withKpis(List.of(kpi)), aggregation);
  }

  /** "1000 leads per quarter", drawn from the weekly KPI. */
  private static final Metric THOUSAND_LEADS = Metric.of(BigDecimal.ZERO, dec("1000"), "leads");

  @ParameterizedTest
  @CsvSource({
    "SUM, 0.9",      // (300 + 200 + 400) / 1000
    "LATEST, 0.4",   // 400 / 1000
    "MEAN, 0.3",     // (900 / 3) / 1000
    "MINIMUM, 0.2",  // 200 / 1000
    "MAXIMUM, 0.4",  // 400 / 1000
  })
  void aggregation_overTheReadingsInThePeriod(KpiAggregation aggregation, String expected) {
    KeyResultScore score = bound(aggregation).score(drawnFromLeads(THOUSAND_LEADS), Q1, END);
    assertEquals(dec(expected), score.score().orElseThrow().value());
    assertEquals(date(1, 19), score.assessment().orElseThrow().inputDate());
    assertEquals(new ValueSource.KpiAggregate(LEADS_ID, aggregation, 3, Optional.of(date(1, 5)),
        Optional.of(date(1, 19))), score.source());
    assertEquals("KPI leads: " + aggregation + " of 3 readings from 2026-01-05 to 2026-01-19",
        score.source().toString());
    assertEquals("2026-01-19", score.explanation().inputs().get("reading date"));
  }

  @Test
  void aggregation_asOfADate_usesTheReadingsUpToIt() {
    // Jan 12: 300 + 200 = 500 -> 0.5
    assertEquals(dec("0.5"), bound(KpiAggregation.SUM)
        .score(drawnFromLeads(THOUSAND_LEADS), Q1, date(1, 12)).score().orElseThrow().value());
    // Jan 4: no reading in the period yet
    KeyResultScore early = bound(KpiAggregation.SUM).score(drawnFromLeads(THOUSAND_LEADS), Q1,
        date(1, 4));
    assertEquals(Optional.empty(), early.score());
    assertEquals("KPI leads: SUM of 0 readings in the period", early.source().toString());
  }

  @Test
  void sum_beyondTheDecimalRange_namesTheKpiAndAggregation() {
    String sixtyFourNines = "9".repeat(64);
    Bound scorer = bound(weeklyLeads(sixtyFourNines, sixtyFourNines), KpiAggregation.SUM);
    OkrException e = assertThrows(OkrException.class,
        () -> scorer.score(drawnFromLeads(THOUSAND_LEADS), Q1, END));
    assertEquals("KPI leads SUM", e.field());
    assertTrue(e.getMessage().contains("at most 64 digits"), e.getMessage());
  }

  @Test
  void mean_thatDoesNotTerminate_isRoundedTo32Places() {
    Bound scorer = bound(weeklyLeads("100", "200", "200"), KpiAggregation.MEAN);
    KeyResultScore score = scorer.score(drawnFromLeads(THOUSAND_LEADS), Q1, END);
    // 500 / 3 = 166.666... to 32 decimal places; / 1000 = 0.1667
    assertEquals("166.66666666666666666666666666666667", score.assessment().orElseThrow().input().toString());
    assertEquals(dec("0.1667"), score.score().orElseThrow().value());
  }

  @Test
  void mean_belowOne_staysWithinTheDecimalRange() {
    // (1 + 0 + 0) / 3 = 0.333...: 34 significant digits would be 34 decimal places, more than a
    // value may have; rounded to 32 places it is 0.33333333333333333333333333333333
    Bound scorer = bound(weeklyLeads("1", "0", "0"), KpiAggregation.MEAN);
    KeyResultScore score = scorer.score(drawnFromLeads(Metric.of(dec("0"), dec("1"), "leads")),
        Q1, END);
    assertEquals("0.33333333333333333333333333333333", score.assessment().orElseThrow().input().toString());
    assertEquals(dec("0.3333"), score.score().orElseThrow().value());
  }

  @Test
  void thresholdDrawnFromAKpi_canCountTheShareOfReadingsMet() {
    Scorer scorer = Scorer.of(ScoringProfile.builder().name("control")
        .threshold(ThresholdScoring.of(ThresholdMode.SHARE_OF_CHECK_INS, LevelComparison.INCLUSIVE))
        .build())
        .withKpis(List.of(leads("leads")));
    KeyResult weekly =
        drawnFromLeads(Threshold.atOrAbove(dec("250"), "leads"), KpiAggregation.LATEST);
    // 300 and 400 meet 250, 200 does not: 2 of 3
    assertEquals(dec("0.6667"), scorer.score(weekly, Q1, END).score().orElseThrow().value());
  }

  @Test
  void unitsMustMatch() {
    UnitMismatchException mismatch = assertThrows(UnitMismatchException.class,
        () -> bound(KpiAggregation.SUM)
            .score(drawnFromLeads(Metric.of(BigDecimal.ZERO, dec("1000"), "MQL")), Q1, END));
    assertEquals("kpi.unit", mismatch.field());
    assertEquals("\"leads\"", mismatch.rejectedValue());
    assertEquals("leads", mismatch.kpiUnit());
    assertEquals("MQL", mismatch.measureUnit());
    assertEquals(LEADS_ID, mismatch.kpiId());
    assertEquals(KeyResultId.of("leads-kr"), mismatch.keyResultId());
    assertTrue(mismatch.getMessage().contains("\"MQL\""), mismatch.getMessage());
  }

  @Test
  void unboundKpi_isAClearError() {
    UnknownKpiException unbound = assertThrows(UnknownKpiException.class, () -> Scorer.of(
        ScoringProfile.google()).score(drawnFromLeads(THOUSAND_LEADS), Q1, END));
    assertEquals("kpi", unbound.field());
    assertEquals("leads", unbound.rejectedValue());
    assertEquals(LEADS_ID, unbound.kpiId());
    assertEquals(KeyResultId.of("leads-kr"), unbound.keyResultId());
    assertThrows(UnknownKpiException.class, () -> Scorer.of(ScoringProfile.google())
        .score(objective(Commitment.COMMITTED, drawnFromLeads(THOUSAND_LEADS)), END));
  }

  @Test
  void nonNumericMeasure_cannotBeDrawnFromAKpi() {
    assertEquals("measure", assertThrows(OkrException.class, () -> bound(KpiAggregation.SUM)
        .score(drawnFromLeads(Milestone.of()), Q1, END)).field());
  }

  @Test
  void kpis_areUniquePerId() {
    Kpi kpi = leads("leads");
    assertEquals("kpis", assertThrows(OkrException.class, () -> Scorer.of(
        ScoringProfile.google()).withKpis(List.of(kpi, kpi))).field());
    assertEquals(List.of(kpi), Scorer.of(ScoringProfile.google()).withKpis(List.of(kpi)).kpis());
  }

  @Test
  void aMeasureAdjustedIntoAnotherUnit_isRejectedBeforeScoring() {
    // the key result is in leads today, but an adjustment in MQL awaits in February: the link is
    // checked against every measure it ever had, before anything is scored
    KeyResult adjusted = KeyResult.builder().from(drawnFromLeads(THOUSAND_LEADS))
        .addAdjustment(Adjustment.of(date(2, 1), Metric.of(BigDecimal.ZERO, dec("50"), "MQL"),
            "counted as marketing-qualified leads"))
        .build();
    UnitMismatchException mismatch = assertThrows(UnitMismatchException.class,
        () -> bound(KpiAggregation.SUM).score(adjusted, Q1, date(1, 20)));
    assertEquals("MQL", mismatch.measureUnit());
  }

  @Test
  void kpiHealth_isReportedApartFromTheKeyResultScore() {
    KeyResult stretch = drawnFromLeads(Metric.of(BigDecimal.ZERO, dec("3000"), "leads"));
    // the KPI's latest reading, 400, meets its 250 a week: healthy;
    // the stretch key result has 900 of 3000: 0.3
    assertEquals(KpiHealthStatus.HEALTHY, KpiHealth.of(leads("leads"), END).status());
    assertEquals(dec("0.3"),
        bound(KpiAggregation.SUM).score(stretch, Q1, END).score().orElseThrow().value());
    KpiHealth jan12 = KpiHealth.of(leads("leads"), date(1, 12));
    assertEquals(KpiHealthStatus.UNHEALTHY, jan12.status());
    assertEquals(Optional.of(KpiReading.of(date(1, 12), dec("200"))), jan12.reading());
    assertEquals("leads UNHEALTHY as of 2026-01-12 (2026-01-12=200)", jan12.toString());
    assertEquals("UNHEALTHY", jan12.explanation().result());
  }

  @ParameterizedTest
  @CsvSource({
    "STAY_AT_OR_ABOVE, 5, , 5, HEALTHY",
    "STAY_AT_OR_ABOVE, 5, , 4.9, UNHEALTHY",
    "INCREASE_TO, 100, , 100, HEALTHY",
    "INCREASE_TO, 100, , 99, UNHEALTHY",
    "STAY_AT_OR_BELOW, 5, , 5, HEALTHY",
    "STAY_AT_OR_BELOW, 5, , 6, UNHEALTHY",
    "DECREASE_TO, 10, , 10, HEALTHY",
    "DECREASE_TO, 10, , 11, UNHEALTHY",
    "STAY_WITHIN_BAND, 1, 3, 1, HEALTHY",
    "STAY_WITHIN_BAND, 1, 3, 3, HEALTHY",
    "STAY_WITHIN_BAND, 1, 3, 3.1, UNHEALTHY",
    "STAY_WITHIN_BAND, 1, 3, 0.9, UNHEALTHY",
  })
  void kpiHealth_meetsEveryTargetType(
      HealthTarget.Kind kind, String value, String upper, String reading, KpiHealthStatus expected) {
    HealthTarget target;
    switch (kind) {
      case STAY_AT_OR_ABOVE:
        target = HealthTarget.stayAtOrAbove(dec(value));
        break;
      case STAY_AT_OR_BELOW:
        target = HealthTarget.stayAtOrBelow(dec(value));
        break;
      case INCREASE_TO:
        target = HealthTarget.increaseTo(dec(value));
        break;
      case DECREASE_TO:
        target = HealthTarget.decreaseTo(dec(value));
        break;
      default:
        target = HealthTarget.stayWithin(dec(value), dec(upper));
        break;
    }
    Kpi kpi = Kpi.builder().id(KpiId.of("k")).name("K").unit("u").owner(OWNER)
        .healthTarget(target).addReading(KpiReading.of(date(2, 1), dec(reading))).build();
    assertEquals(expected, KpiHealth.of(kpi, END).status());
    assertEquals(KpiHealthStatus.NO_READING, KpiHealth.of(kpi, date(1, 31)).status());
  }

  @Test
  void forecast_ofASummedKpi_projectsTheRunningTotal() {
    // running totals (4, 300), (11, 500), (18, 900): n = 3, sum x = 33, sum y = 1700,
    // sum xx = 16 + 121 + 324 = 461, sum xy = 1200 + 5500 + 16200 = 22900
    // N = 3 x 22900 - 33 x 1700 = 68700 - 56100 = 12600; D = 3 x 461 - 1089 = 294
    // slope = 12600 / 294 = 42.857142857142857142857142857142857...
    Forecast forecast = bound(KpiAggregation.SUM)
        .forecast(drawnFromLeads(THOUSAND_LEADS), Q1, END);
    assertEquals(3, forecast.points());
    Projection projection = forecast.projection().orElseThrow();
    assertEquals(dec("42.85714285714285714285714285714286"), projection.slopePerDay());
    // y(89) = (1700 x 294 + 12600 x (267 - 33)) / (3 x 294) = (499800 + 2948400) / 882
    //       = 3448200 / 882 = 3909.523809 523809 ... rounded to 34 digits ends in ...523810,
    //       kept in canonical form without the trailing zero
    assertEquals(dec("3909.52380952380952380952380952381"), projection.projectedValue());
    assertTrue(projection.reachesTarget());
  }
}
