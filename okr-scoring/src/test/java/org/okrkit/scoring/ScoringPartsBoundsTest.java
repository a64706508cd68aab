package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.scoring.Fixtures.Q1;
import static org.okrkit.scoring.Fixtures.date;
import static org.okrkit.scoring.Fixtures.dec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okrkit.core.KpiAggregation;
import org.okrkit.core.KpiId;
import org.okrkit.core.OkrException;

/**
 * The parts of scoring that callers build or call directly, at the bounds of what they accept:
 * pace tolerances, phased targets, a KPI aggregate's description, and
 * {@link ScoringProfile#aggregate}.
 */
class ScoringPartsBoundsTest {

  @ParameterizedTest
  @CsvSource({
    "0, 0",     // no tolerance at all
    "0.3, 0.3", // off track as soon as at risk
    "0.5, 1",
    "1, 1",
  })
  void paceRule_acceptsTolerancesFromZeroToOne(String atRisk, String offTrack) {
    PaceRule rule = PaceRule.of(dec(atRisk), dec(offTrack));
    assertEquals(dec(atRisk), rule.atRiskAbove());
    assertEquals(dec(offTrack), rule.offTrackAbove());
  }

  @ParameterizedTest
  @CsvSource({
    "-0.1, 0.5, atRiskAbove, -0.1",
    "1.5, 1, atRiskAbove, 1.5",
    "0.5, 0.4, offTrackAbove, 0.4",
    "0.5, 1.1, offTrackAbove, 1.1",
  })
  void paceRule_rejectsTolerancesOutOfOrderOrRange(
      String atRisk, String offTrack, String field, String rejected) {
    OkrException error = assertThrows(OkrException.class,
        () -> PaceRule.of(dec(atRisk), dec(offTrack)));
    assertEquals(field, error.field());
    assertEquals(rejected, error.rejectedValue());
  }

  @Test
  void phasedTargets_acceptZeroAndOne_rejectBelowZero() {
    PhasedTargets full = PhasedTargets.of(Map.of(date(1, 31), BigDecimal.ZERO, date(2, 28),
        BigDecimal.ONE));
    // the phase dates themselves: 0 on Jan 31, 1 on Feb 28
    assertEquals(BigDecimal.ZERO, full.expectedAt(Q1, date(1, 31)));
    assertEquals(BigDecimal.ONE, full.expectedAt(Q1, date(2, 28)));
    OkrException error = assertThrows(OkrException.class,
        () -> PhasedTargets.of(Map.of(date(1, 31), dec("-0.1"))));
    assertEquals("targets", error.field());
    assertEquals("2026-01-31=-0.1", error.rejectedValue());
  }

  @Test
  void phasedTargets_onAPhaseDate_expectItsValueUnrounded() {
    // only interpolated values are rounded to 10 places; Feb 14's own 12 places are kept
    PhasedTargets precise = PhasedTargets.of(Map.of(date(2, 14), dec("0.123456789012")));
    assertEquals(dec("0.123456789012"), precise.expectedAt(Q1, date(2, 14)));
  }

  @Test
  void phasedTargets_showTheirDatesInOrder() {
    PhasedTargets ramp = PhasedTargets.of(Map.of(date(2, 28), dec("0.6"), date(1, 31),
        dec("0.1")));
    assertEquals("phased{2026-01-31=0.1, 2026-02-28=0.6}", ramp.toString());
  }

  private static final KpiId LEADS = KpiId.of("leads");

  @Test
  void kpiAggregate_describesOneReadingOrNone() {
    assertEquals("KPI leads: LATEST of 1 reading from 2026-01-05 to 2026-01-05",
        new ValueSource.KpiAggregate(LEADS, KpiAggregation.LATEST, 1, Optional.of(date(1, 5)),
            Optional.of(date(1, 5))).toString());
    assertEquals("KPI leads: SUM of 0 readings in the period",
        new ValueSource.KpiAggregate(LEADS, KpiAggregation.SUM, 0, Optional.empty(),
            Optional.empty()).toString());
  }

  @Test
  void kpiAggregate_rejectsACountThatDoesNotMatchItsDates() {
    OkrException negative = assertThrows(OkrException.class, () -> new ValueSource.KpiAggregate(
        LEADS, KpiAggregation.SUM, -1, Optional.empty(), Optional.empty()));
    assertEquals("readings", negative.field());
    assertEquals("-1", negative.rejectedValue());
    OkrException noDates = assertThrows(OkrException.class, () -> new ValueSource.KpiAggregate(
        LEADS, KpiAggregation.SUM, 1, Optional.empty(), Optional.empty()));
    assertEquals("firstReading", noDates.field());
    assertEquals("none", noDates.rejectedValue());
    OkrException noLastDate = assertThrows(OkrException.class, () -> new ValueSource.KpiAggregate(
        LEADS, KpiAggregation.SUM, 1, Optional.of(date(1, 5)), Optional.empty()));
    assertEquals("firstReading", noLastDate.field());
    assertEquals("2026-01-05", noLastDate.rejectedValue());
    OkrException datesWithoutReadings = assertThrows(OkrException.class,
        () -> new ValueSource.KpiAggregate(LEADS, KpiAggregation.SUM, 0, Optional.of(date(1, 5)),
            Optional.of(date(1, 5))));
    assertEquals("firstReading", datesWithoutReadings.field());
  }

  @Test
  void aggregate_isTheWeightedMeanOfTheExactScores() {
    // (1 x 1/2 + 3 x 1) / (1 + 3) = 3.5 / 4 = 7/8
    assertEquals(Optional.of(Fraction.of(7, 8)), ScoringProfile.google().aggregate(
        List.of(Optional.of(Fraction.of(1, 2)), Optional.of(Fraction.ONE)),
        List.of(BigDecimal.ONE, dec("3"))));
  }

  @Test
  void aggregate_followsTheMissingValuePolicy() {
    List<Optional<Fraction>> oneMissing = List.of(Optional.of(Fraction.of(1, 2)), Optional.empty());
    List<BigDecimal> ones = List.of(BigDecimal.ONE, BigDecimal.ONE);
    // Google counts the missing score as 0: (1/2 + 0) / 2 = 1/4
    assertEquals(Optional.of(Fraction.of(1, 4)), ScoringProfile.google().aggregate(oneMissing, ones));
    ScoringProfile skip = ScoringProfile.builder().name("skip")
        .missingValues(MissingValues.SKIP).build();
    // skipped: 1/2 alone
    assertEquals(Optional.of(Fraction.of(1, 2)), skip.aggregate(oneMissing, ones));
    // nothing counted: no score
    assertEquals(Optional.empty(), skip.aggregate(List.of(Optional.empty()), List.of(BigDecimal.ONE)));
  }

  @Test
  void aggregate_rejectsWeightsThatDoNotFit() {
    OkrException tooFew = assertThrows(OkrException.class, () -> ScoringProfile.google()
        .aggregate(List.of(Optional.of(Fraction.ONE), Optional.of(Fraction.ONE)),
            List.of(BigDecimal.ONE)));
    assertEquals("weights", tooFew.field());
    assertEquals("1 weights", tooFew.rejectedValue());
    OkrException zero = assertThrows(OkrException.class, () -> ScoringProfile.google()
        .aggregate(List.of(Optional.of(Fraction.ONE)), List.of(BigDecimal.ZERO)));
    assertEquals("weights", zero.field());
  }
}
