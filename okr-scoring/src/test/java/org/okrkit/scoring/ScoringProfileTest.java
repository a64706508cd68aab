package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.Fixtures.dec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okrkit.core.OkrException;

class ScoringProfileTest {

  private static final ScoringProfile GOOGLE = ScoringProfile.google();

  @Test
  void google_isTheDefaultOfEveryPart() {
    ScoringProfile defaults = ScoringProfile.builder().name("google").build();
    assertEquals(GOOGLE, defaults);
    assertEquals(MetricFormula.LINEAR, GOOGLE.metricFormula());
    assertEquals(ThresholdMode.LATEST_CHECK_IN, GOOGLE.threshold().mode());
    assertEquals(LevelComparison.INCLUSIVE, GOOGLE.threshold().comparison());
    assertEquals(BandMode.ZERO_OUTSIDE, GOOGLE.band().mode());
    assertEquals(ObjectiveAggregation.WEIGHTED_MEAN, GOOGLE.aggregation());
    assertEquals(MissingValues.COUNT_AS_ZERO, GOOGLE.missingValues());
    assertEquals(4, GOOGLE.rounding().scale());
    assertEquals(RoundingMode.HALF_EVEN, GOOGLE.rounding().mode());
    assertEquals(RoundingMode.HALF_UP, GOOGLE.rounding().gradeMode());
    assertEquals(ScoreCap.atOne(), GOOGLE.cap());
    assertEquals(GradeBands.google(), GOOGLE.gradeBands());
    assertEquals(PaceRule.standard(), GOOGLE.paceRule());
    assertEquals(StatusRollUp.OBJECTIVE_PROGRESS, GOOGLE.statusRollUp());
  }

  @Test
  void publishedProfiles_differOnlyWhereTheirMethodsDiffer() {
    assertEquals(ObjectiveAggregation.MEAN, ScoringProfile.vivaGoals().aggregation());
    assertFalse(ScoringProfile.quantive().cap().isCapped());
    assertEquals(LevelComparison.STRICT, ScoringProfile.quantive().threshold().comparison());
    assertEquals(StatusRollUp.WEAKEST_KEY_RESULT, ScoringProfile.perdoo().statusRollUp());
    assertEquals(ObjectiveAggregation.WEIGHTED_MEAN, ScoringProfile.okrTracker().aggregation());
    assertEquals(ScoreCap.atOne(), ScoringProfile.okrTracker().cap());
  }

  @Test
  void builder_fromAProfile_changesOnlyWhatIsSet() {
    ScoringProfile control = ScoringProfile.builder().from(GOOGLE).name("control")
        .threshold(ThresholdScoring.of(ThresholdMode.SHARE_OF_CHECK_INS, LevelComparison.INCLUSIVE))
        .build();
    assertEquals(ThresholdMode.SHARE_OF_CHECK_INS, control.threshold().mode());
    assertEquals(GOOGLE.aggregation(), control.aggregation());
  }

  @Test
  void builder_canonicalisesTheFalloffWidth() {
    BandScoring band = BandScoring.linearFalloff(dec("2.50"), FalloffUnit.BAND_WIDTHS);
    assertEquals(Optional.of(dec("2.5")), band.falloffWidth());
    assertEquals(band, BandScoring.linearFalloff(dec("2.5"), FalloffUnit.BAND_WIDTHS));
    assertEquals(BandMode.LINEAR_FALLOFF, band.mode());
    assertEquals("LINEAR_FALLOFF width 2.5x", band.toString());
    assertEquals("ZERO_OUTSIDE", BandScoring.zeroOutside().toString());
    java.math.BigDecimal extreme =
        new java.math.BigDecimal(java.math.BigInteger.ONE.negate(), -2147483647);
    org.okrkit.core.OkrException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.okrkit.core.OkrException.class,
        () -> BandScoring.linearFalloff(extreme, FalloffUnit.MEASURE_UNITS));
    assertEquals("width", e.field());
  }

  @Test
  void builder_rejectsBadParts() {
    OkrException scale = assertThrows(OkrException.class,
        () -> Rounding.ofScale(0));
    assertEquals("scale", scale.field());
    assertEquals("0", scale.rejectedValue());
    assertThrows(OkrException.class, () -> Rounding.ofScale(19));
    OkrException rounding = assertThrows(OkrException.class,
        () -> Rounding.of(4, RoundingMode.UNNECESSARY, RoundingMode.HALF_UP));
    assertEquals("mode", rounding.field());
    assertEquals("gradeMode", assertThrows(OkrException.class,
        () -> Rounding.of(4, RoundingMode.HALF_UP, RoundingMode.UNNECESSARY)).field());
    OkrException width = assertThrows(OkrException.class,
        () -> BandScoring.linearFalloff(BigDecimal.ZERO, FalloffUnit.BAND_WIDTHS));
    assertEquals("width", width.field());
    assertThrows(OkrException.class, () -> ScoringProfile.builder().name(" ").build());
    assertThrows(OkrException.class, () -> ScoringProfile.builder().build());
  }

  /** Scale 4, half-even: a tie goes to the even neighbour; the grade is then rounded half-up. */
  @ParameterizedTest
  @CsvSource({
    "0.12345, 0.1234, 0.1",  // tie at the 5th place, 4 is even
    "0.12355, 0.1236, 0.1",  // tie at the 5th place, 6 is even
    "0.123451, 0.1235, 0.1", // above the tie
    "0.5, 0.5, 0.5",
    "0.50000, 0.5, 0.5",     // canonical: no trailing zeros
    "-0.2, 0, 0",            // never below 0
    "1.6, 1, 1",             // capped at 1
    "1, 1, 1",
  })
  void score_roundsOnceThenClampsThenGrades(String raw, String value, String grade) {
    Score score = GOOGLE.score(dec(raw));
    assertEquals(dec(value), score.value());
    assertEquals(dec(grade), score.grade());
  }

  /**
   * Google's bands leave gaps between 0.3 and 0.4 and between 0.6 and 0.7; grading to tenths
   * half-up first puts every score in exactly one band: below 0.35 red, from 0.35 to below 0.65
   * yellow, from 0.65 green.
   */
  @ParameterizedTest
  @CsvSource({
    "0, 0, RED",
    "0.3, 0.3, RED",
    "0.34, 0.3, RED",
    "0.3499, 0.3, RED",
    "0.35, 0.4, YELLOW",
    "0.4, 0.4, YELLOW",
    "0.6, 0.6, YELLOW",
    "0.6499, 0.6, YELLOW",
    "0.65, 0.7, GREEN",
    "0.7, 0.7, GREEN",
    "1, 1, GREEN",
  })
  void google_settlesTheBandGaps(String raw, String grade, GradeColour colour) {
    Score score = GOOGLE.score(dec(raw));
    assertEquals(dec(grade), score.grade());
    assertEquals(colour, score.colour());
  }

  @Test
  void googleBands_coverEveryTenthExactlyAsPublished() {
    for (int tenths = 0; tenths <= 10; tenths++) {
      BigDecimal grade = BigDecimal.valueOf(tenths, 1);
      GradeColour expected = tenths <= 3 ? GradeColour.RED
          : tenths <= 6 ? GradeColour.YELLOW : GradeColour.GREEN;
      assertEquals(expected, GradeBands.google().colourOf(grade), "grade " + grade);
    }
  }

  @Test
  void gradeBands_rejectBoundsThatAreNotOrderedTenths() {
    assertEquals("yellowFrom", assertThrows(OkrException.class,
        () -> GradeBands.of(dec("0.35"), dec("0.7"))).field());
    assertEquals("yellowFrom", assertThrows(OkrException.class,
        () -> GradeBands.of(BigDecimal.ZERO, dec("0.7"))).field());
    assertEquals("greenFrom", assertThrows(OkrException.class,
        () -> GradeBands.of(dec("0.5"), dec("0.5"))).field());
    assertEquals("greenFrom", assertThrows(OkrException.class,
        () -> GradeBands.of(dec("0.5"), dec("1.1"))).field());
    assertEquals(GradeBands.google(), GradeBands.of(dec("0.40"), dec("0.7")));
  }

  @Test
  void caps_sayWhatTheyAllow() {
    assertTrue(ScoreCap.atOne().isCapped());
    assertEquals(Optional.of(BigDecimal.ONE), ScoreCap.atOne().limit());
    assertEquals(Optional.empty(), ScoreCap.uncapped().limit());
    assertEquals("uncapped", ScoreCap.uncapped().toString());
    assertEquals("capped at 1.2", ScoreCap.of(dec("1.20")).toString());
    assertEquals("limit", assertThrows(OkrException.class, () -> ScoreCap.of(dec("0.9"))).field());
    ScoringProfile stretch = ScoringProfile.builder().name("stretch").cap(ScoreCap.of(dec("1.2"))).build();
    assertEquals(dec("1.2"), stretch.score(dec("1.6")).value());
    assertEquals(dec("1.1"), stretch.score(dec("1.1")).value());
    Score uncapped = ScoringProfile.quantive().score(dec("1.6"));
    assertEquals(dec("1.6"), uncapped.value());
    assertTrue(uncapped.isOverachieved());
    assertEquals(ScoreCap.uncapped(), uncapped.cap());
    assertFalse(GOOGLE.score(dec("1.6")).isOverachieved());
  }

  @Test
  void paceRule_rejectsTolerancesOutOfOrder() {
    assertEquals("atRiskAbove", assertThrows(OkrException.class,
        () -> PaceRule.of(dec("-0.1"), dec("0.5"))).field());
    assertEquals("offTrackAbove", assertThrows(OkrException.class,
        () -> PaceRule.of(dec("0.5"), dec("0.4"))).field());
    assertEquals("offTrackAbove", assertThrows(OkrException.class,
        () -> PaceRule.of(dec("0.5"), dec("1.5"))).field());
  }

  @Test
  void toString_namesEveryPart() {
    assertEquals("google[metric LINEAR, threshold LATEST_CHECK_IN INCLUSIVE, band ZERO_OUTSIDE,"
        + " objective WEIGHTED_MEAN, missing COUNT_AS_ZERO, scale 4 HALF_EVEN; grade to tenths"
        + " HALF_UP, capped at 1, red < 0.4 <= yellow < 0.7 <= green, pace at risk > 0.25 behind,"
        + " off track > 0.5 behind (in points of progress), status OBJECTIVE_PROGRESS]",
        GOOGLE.toString());
    assertEquals("0.6667 (grade 0.7, GREEN)", GOOGLE.score(dec("0.66666")).toString());
    assertEquals("1 (grade 1.0, GREEN)", GOOGLE.score(BigDecimal.ONE).toString());
  }

  @Test
  void publishedNames_areReservedForThePublishedParts() {
    assertEquals(GOOGLE, ScoringProfile.builder().name("google").build());
    assertEquals(ScoringProfile.quantive(), ScoringProfile.builder().name("quantive")
        .cap(ScoreCap.uncapped())
        .threshold(ThresholdScoring.of(ThresholdMode.LATEST_CHECK_IN, LevelComparison.STRICT))
        .build());
    OkrException google = assertThrows(OkrException.class,
        () -> ScoringProfile.builder().name("google").rounding(Rounding.ofScale(2)).build());
    assertEquals("name", google.field());
    assertEquals("google", google.rejectedValue());
    assertThrows(OkrException.class,
        () -> ScoringProfile.builder().from(ScoringProfile.perdoo()).aggregation(
            ObjectiveAggregation.MEAN).build());
    // a name of one's own is free
    assertEquals(2, ScoringProfile.builder().name("google-2dp").rounding(Rounding.ofScale(2))
        .build().rounding().scale());
  }

  @Test
  void cap_mustBeShownAtTheScale() {
    // a cap of 1.25 cannot be shown at scale 1, and rounding up could then pass it
    OkrException error = assertThrows(OkrException.class, () -> ScoringProfile.builder()
        .name("coarse").rounding(Rounding.ofScale(1)).cap(ScoreCap.of(dec("1.25"))).build());
    assertEquals("cap", error.field());
  }

  @Test
  void grade_isTheExactRatioRoundedOnce() {
    // 0.649996 shows as 0.65 at scale 4 but grades 0.6 (yellow), not 0.65 -> 0.7 (green)
    Score score = GOOGLE.score(dec("0.649996"));
    assertEquals(dec("0.65"), score.value());
    assertEquals(dec("0.6"), score.grade());
    assertEquals(GradeColour.YELLOW, score.colour());
    assertEquals(GradeColour.GREEN, GOOGLE.score(dec("0.65")).colour());
  }

  @Test
  void score_rejectsNumbersBeyondTheDecimalRange() {
    assertEquals("value", assertThrows(OkrException.class,
        () -> GOOGLE.score(new BigDecimal("1E+100"))).field());
  }
}
