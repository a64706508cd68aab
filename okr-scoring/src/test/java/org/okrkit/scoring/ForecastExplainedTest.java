package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.Fixtures.Q1;
import static org.okrkit.scoring.Fixtures.checkIn;
import static org.okrkit.scoring.Fixtures.date;
import static org.okrkit.scoring.Fixtures.dec;
import static org.okrkit.scoring.Fixtures.keyResult;
import static org.okrkit.scoring.Fixtures.keyResultBuilder;
import static org.okrkit.scoring.Fixtures.metric;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Checklist;
import org.okrkit.core.ChecklistItem;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KpiAggregation;
import org.okrkit.core.KpiId;
import org.okrkit.core.KpiLink;
import org.okrkit.core.Period;
import org.okrkit.core.Threshold;
import org.okrkit.core.UnknownKpiException;

/**
 * Forecasts at their edges: the target date next to the latest value and next to the limits (a
 * century after the period's start, the last day okrkit supports), targets already met by
 * thresholds and checklists, and the explanation and text that say what was projected.
 */
class ForecastExplainedTest {

  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());
  private static final String FIRST_DAY = "first day at target (x)";

  private static Projection projectionOf(Forecast forecast) {
    return forecast.projection().orElseThrow();
  }

  @Test
  void aCrossingOnTheLatestDay_movesToTheDayAfterIt() {
    // (0, 0), (10, 100), (20, 80): n = 3, sum x = 30, sum y = 180, sum xx = 500,
    // sum xy = 1000 + 1600 = 2600; N = 7800 - 5400 = 2400, D = 1500 - 900 = 600: slope 4 and
    // the line 20 + 4x, which reaches 100 exactly at x = 20, the latest value's day. That value
    // (80) misses 100, so the earliest date still possible is day 21: Jan 22.
    KeyResult keyResult = keyResult("kr", metric("0", "100"),
        checkIn(1, 1, "0"), checkIn(1, 11, "100"), checkIn(1, 21, "80"));
    Forecast forecast = GOOGLE.forecast(keyResult, Q1, date(1, 21));
    Projection projection = projectionOf(forecast);
    assertEquals(Optional.empty(), projection.reachedOn());
    assertEquals(Optional.of(date(1, 22)), projection.targetDate());
    assertEquals("21: the line passes the target at x = 20, but the latest value (x = 20) still"
        + " misses it, so the day after it is the earliest date still possible",
        forecast.explanation().intermediates().get(FIRST_DAY));
    // 20 + 4 x 89 = 376 on Mar 31: reached by the period's end, capped at 1
    assertEquals("projected 376 on 2026-03-31, score 1 (grade 1.0, GREEN), reaches the target by"
        + " period end; first on 2026-01-22", forecast.explanation().result());
    assertEquals("forecast 376 by period end; reaches the target by period end, first on"
        + " 2026-01-22", projection.toString());
    assertEquals("100", forecast.explanation().inputs().get("target"));
  }

  @Test
  void aLineMovingAway_saysSoAndMissesTheTarget() {
    // (0, 50) and (30, 40): y = 50 - x / 3; y(89) = 50 - 29.666... = 20.333... (34 digits),
    // progress 20.333... / 100 = 0.2033 at 4 places, grade 0.2: red
    KeyResult falling = keyResult("kr", metric("0", "100"),
        checkIn(1, 1, "50"), checkIn(1, 31, "40"));
    Forecast forecast = GOOGLE.forecast(falling, Q1, date(2, 1));
    assertEquals("none: the line does not move toward the target",
        forecast.explanation().intermediates().get(FIRST_DAY));
    assertEquals("100", forecast.explanation().inputs().get("target"));
    assertEquals("2026-01-01=50, 2026-01-31=40", forecast.explanation().inputs().get("points"));
    assertEquals("projected 20.33333333333333333333333333333333 on 2026-03-31, score 0.2033"
        + " (grade 0.2, RED), misses the target by period end", forecast.explanation().result());
    assertEquals("forecast 20.33333333333333333333333333333333 by period end; misses the target"
        + " by period end", projectionOf(forecast).toString());
  }

  @Test
  void aTargetDateAfterThePeriod_isWhenItWouldBeReached() {
    // churn 8 -> 5 with (0, 8) and (30, 7): y = 8 - x / 30 reaches 5 at x = 90, Apr 1, after
    // the period: y(89) = 5.0333... misses it
    KeyResult churn = keyResult("churn", metric("8", "5"), checkIn(1, 1, "8"), checkIn(1, 31, "7"));
    Forecast forecast = GOOGLE.forecast(churn, Q1, date(1, 31));
    assertTrue(forecast.explanation().result().endsWith(
        ", misses the target by period end; would reach it on 2026-04-01"),
        forecast.explanation().result());
    assertTrue(projectionOf(forecast).toString().endsWith(
        "misses the target by period end; would reach it on 2026-04-01"));
  }

  @Test
  void aTargetAlreadyMet_isNamedInTheResult() {
    // metric 0 -> 40 with 50 on Jan 1 and 60 on Jan 11: met since Jan 1; y = 50 + x, 139 on day 89
    KeyResult keyResult = keyResult("kr", metric("0", "40"),
        checkIn(1, 1, "50"), checkIn(1, 11, "60"));
    assertEquals("projected 139 on 2026-03-31, score 1 (grade 1.0, GREEN), reaches the target by"
        + " period end; already reached: met since 2026-01-01",
        GOOGLE.forecast(keyResult, Q1, date(1, 11)).explanation().result());
  }

  @Test
  void noValues_showNoPoints() {
    Forecast none = GOOGLE.forecast(keyResult("kr", metric("0", "100")), Q1, date(2, 1));
    assertEquals("none", none.explanation().inputs().get("points"));
  }

  @Test
  void theTargetDate_isGivenUpToACenturyAfterThePeriodsStart() {
    // (0, 0) and (1, 1): y = x, so the line reaches a target t on day t
    LocalDate jan2 = date(1, 2);
    KeyResult lastDayAllowed = keyResult("kr", metric("0", "36525"),
        checkIn(1, 1, "0"), checkIn(1, 2, "1"));
    // 2026-01-01 + 36524 days is 2126-01-01 (100 years of 365 days and 24 leap days, 2100 is not
    // one), so day 36525 is 2126-01-02
    assertEquals(Optional.of(LocalDate.of(2126, 1, 2)),
        projectionOf(GOOGLE.forecast(lastDayAllowed, Q1, jan2)).targetDate());
    KeyResult oneDayMore = keyResult("kr", metric("0", "36526"),
        checkIn(1, 1, "0"), checkIn(1, 2, "1"));
    Forecast tooFar = GOOGLE.forecast(oneDayMore, Q1, jan2);
    assertEquals(Optional.empty(), projectionOf(tooFar).targetDate());
    assertEquals("36526, more than 36525 days (100 years) after the period's start: no date",
        tooFar.explanation().intermediates().get(FIRST_DAY));
  }

  @Test
  void theTargetDate_isGivenUpToTheLastDayOkrkitSupports() {
    // the last quarter okrkit supports: 9999-10-01 to 9999-12-31, which is day 91
    Period last = Period.calendarQuarter(9999, 4);
    LocalDate oct2 = LocalDate.of(9999, 10, 2);
    CheckIn first = CheckIn.of(LocalDate.of(9999, 10, 1), dec("0"));
    CheckIn second = CheckIn.of(oct2, dec("1"));
    // y = x reaches 91 on day 91: 9999-12-31
    KeyResult onTheLastDay = keyResult("kr", metric("0", "91"), first, second);
    assertEquals(Optional.of(Period.LAST_DATE),
        projectionOf(GOOGLE.forecast(onTheLastDay, last, oct2)).targetDate());
    // 92 would be reached on day 92, which does not exist
    KeyResult beyond = keyResult("kr", metric("0", "92"), first, second);
    Forecast forecast = GOOGLE.forecast(beyond, last, oct2);
    assertEquals(Optional.empty(), projectionOf(forecast).targetDate());
    assertEquals("92, after 9999-12-31, the last day okrkit supports: no date",
        forecast.explanation().intermediates().get(FIRST_DAY));
  }

  @Test
  void threshold_alreadyMet_sinceTheFirstValueOnItsGoodSide() {
    Threshold csat = Threshold.atOrAbove(dec("40"), "points");
    KeyResult keyResult = keyResult("csat", csat, checkIn(1, 1, "40"), checkIn(1, 11, "45"));
    // 40 is on the level: it meets it, except under Quantive's strict comparison
    assertEquals(Optional.of(date(1, 1)),
        projectionOf(GOOGLE.forecast(keyResult, Q1, date(1, 11))).reachedOn());
    assertEquals(Optional.of(date(1, 11)), projectionOf(Scorer.of(ScoringProfile.quantive())
        .forecast(keyResult, Q1, date(1, 11))).reachedOn());
  }

  @Test
  void threshold_projectedScore_isOneOnTheGoodSideAndZeroOtherwise() {
    Threshold csat = Threshold.atOrAbove(dec("9"), "CSAT");
    // y = 8 + x / 20: 12.45 on day 89, above 9
    KeyResult rising = keyResult("csat", csat, checkIn(1, 1, "8"), checkIn(1, 11, "8.5"));
    Projection up = projectionOf(GOOGLE.forecast(rising, Q1, date(1, 11)));
    assertEquals(dec("1"), up.projectedScore().value());
    // y = 8.5 - x / 20: 4.05 on day 89, below 9
    KeyResult falling = keyResult("csat", csat, checkIn(1, 1, "8.5"), checkIn(1, 11, "8"));
    Projection down = projectionOf(GOOGLE.forecast(falling, Q1, date(1, 11)));
    assertEquals(dec("0"), down.projectedScore().value());
    assertFalse(down.reachesTarget());
  }

  @Test
  void checklist_reachesOnlyWhenEveryItemIsProjectedDone() {
    Checklist steps = Checklist.of(ChecklistItem.of("a"), ChecklistItem.of("b"));
    // nothing done on Jan 1 (x = 0), everything on Mar 31 (x = 89): the line ends exactly at 1
    KeyResult done = keyResult("steps", steps,
        CheckIn.of(date(1, 1), CheckInValue.itemsDone(List.of())),
        CheckIn.of(date(3, 31), CheckInValue.itemsDone(List.of("a", "b"))));
    Projection finished = projectionOf(GOOGLE.forecast(done, Q1, date(3, 31)));
    assertTrue(finished.reachesTarget());
    assertEquals(Optional.of(date(3, 31)), finished.reachedOn());
    // half done on Jan 1 and on Jan 31: a flat line at 0.5 never reaches 1
    KeyResult stalled = keyResult("steps", steps,
        CheckIn.of(date(1, 1), CheckInValue.itemsDone(List.of("a"))),
        CheckIn.of(date(1, 31), CheckInValue.itemsDone(List.of("a"))));
    Projection flat = projectionOf(GOOGLE.forecast(stalled, Q1, date(1, 31)));
    assertFalse(flat.reachesTarget());
    assertEquals(Optional.empty(), flat.reachedOn());
  }

  @Test
  void aKeyResultDrawnFromAnUnknownKpi_cannotBeForecast() {
    KeyResult drawn = keyResultBuilder("kr", metric("0", "100"))
        .kpi(KpiLink.of(KpiId.of("missing"), KpiAggregation.LATEST)).build();
    UnknownKpiException error =
        assertThrows(UnknownKpiException.class, () -> GOOGLE.forecast(drawn, Q1, date(2, 1)));
    assertEquals("kpi", error.field());
    assertEquals("missing", error.rejectedValue());
  }
}
