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

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Band;
import org.okrkit.core.KeyResult;

/**
 * Forecasts of band key results: the projected value's distance outside the band, scored by the
 * profile's band rule. x is the number of days since Jan 1, 2026; Mar 31 is x = 89.
 */
class BandForecastTest {

  private static final Band HOURS = Band.of(dec("40"), dec("60"), "hours");

  private static Scorer falloff(String width, FalloffUnit unit) {
    return Scorer.of(ScoringProfile.builder().name("falloff")
        .band(BandScoring.linearFalloff(dec(width), unit)).build());
  }

  private static Projection projection(Scorer scorer, KeyResult keyResult, java.time.LocalDate asOf) {
    return scorer.forecast(keyResult, Q1, asOf).projection().orElseThrow();
  }

  private static void assertScore(String expected, Projection projection) {
    assertEquals(0, dec(expected).compareTo(projection.projectedScore().value()),
        "projected score " + projection.projectedScore().value());
  }

  // (0, 70) and (30, 67): slope -0.1 a day, y(89) = 70 - 8.9 = 61.1, 1.1 above the band.
  private static final KeyResult FALLING_ABOVE = keyResult("hours", HOURS,
      checkIn(1, 1, "70"), checkIn(1, 31, "67"));

  @Test
  void aLineEndingAboveTheBand_scoresZeroOutside() {
    Projection projection = projection(Scorer.of(ScoringProfile.google()), FALLING_ABOVE, date(2, 1));
    assertEquals(0, dec("61.1").compareTo(projection.projectedValue()));
    assertFalse(projection.reachesTarget());
    assertScore("0", projection);
  }

  @Test
  void aLineEndingAboveTheBand_fallsOffLinearly() {
    // width 2 hours: 1 - 1.1 / 2 = 0.45; width 1 band width = 20 hours: 1 - 1.1 / 20 = 0.945
    assertScore("0.45", projection(falloff("2", FalloffUnit.MEASURE_UNITS), FALLING_ABOVE, date(2, 1)));
    assertScore("0.945",
        projection(falloff("1", FalloffUnit.BAND_WIDTHS), FALLING_ABOVE, date(2, 1)));
    // width 1 hour: 1.1 is beyond it, so 0
    assertScore("0", projection(falloff("1", FalloffUnit.MEASURE_UNITS), FALLING_ABOVE, date(2, 1)));
  }

  @Test
  void aLineEndingBelowTheBand_fallsOffByItsDistanceBelowTheLowerEnd() {
    // (0, 30) and (30, 33): slope 0.1, y(89) = 38.9, 1.1 below 40: 1 - 1.1 / 2 = 0.45
    KeyResult risingBelow = keyResult("hours", HOURS, checkIn(1, 1, "30"), checkIn(1, 31, "33"));
    Projection projection = projection(falloff("2", FalloffUnit.MEASURE_UNITS), risingBelow, date(2, 1));
    assertEquals(0, dec("38.9").compareTo(projection.projectedValue()));
    assertFalse(projection.reachesTarget());
    assertScore("0.45", projection);
  }

  @Test
  void aLineEndingExactlyOnTheUpperEnd_isInsideTheBand() {
    // (0, 69.8) and (89, 60): y(89) = 60, the upper end itself
    KeyResult onEdge = keyResult("hours", HOURS, checkIn(1, 1, "69.8"), checkIn(3, 31, "60"));
    for (Scorer scorer : new Scorer[] {
        Scorer.of(ScoringProfile.google()), falloff("2", FalloffUnit.MEASURE_UNITS)}) {
      Projection projection = projection(scorer, onEdge, END);
      assertTrue(projection.reachesTarget());
      assertScore("1", projection);
    }
  }
}
