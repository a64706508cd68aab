package org.okrkit.scoring;

import org.okrkit.core.Period;
import java.time.LocalDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.Fixtures.Q1;
import static org.okrkit.scoring.Fixtures.checkIn;
import static org.okrkit.scoring.Fixtures.date;
import static org.okrkit.scoring.Fixtures.dec;
import static org.okrkit.scoring.Fixtures.objective;
import static org.okrkit.scoring.Fixtures.keyResultBuilder;
import static org.okrkit.scoring.Fixtures.keyResult;
import static org.okrkit.scoring.Fixtures.metric;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.core.UnknownKeyResultException;
import org.okrkit.core.Objective;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Commitment;
import org.okrkit.core.Adjustment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Checklist;
import org.okrkit.core.ChecklistItem;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Milestone;
import org.okrkit.core.Threshold;

/** x is the number of days since Jan 1, 2026; Mar 31, the period's last day, is x = 89. */
class ForecastTest {

  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());

  @Test
  void twoPoints_projectTheirLine() {
    // (0, 10) and (30, 40): y = 10 + x; at x = 89: 99
    KeyResult keyResult = keyResult("kr", metric("0", "100"),
        checkIn(1, 1, "10"), checkIn(1, 31, "40"));
    Forecast forecast = GOOGLE.forecast(keyResult, Q1, date(2, 1));
    assertTrue(forecast.isDefined());
    assertEquals(2, forecast.points());
    assertEquals(dec("1"),
        forecast.projection().orElseThrow().slopePerDay());
    assertEquals(dec("99"),
        forecast.projection().orElseThrow().projectedValue());
    assertEquals(dec("0.99"), forecast.projection().orElseThrow().projectedScore().value());
    assertFalse(forecast.projection().orElseThrow().reachesTarget());
    // 10 + x >= 100 from x = 90: Jan 1 + 90 days = Apr 1
    assertEquals(Optional.of(date(4, 1)), forecast.projection().orElseThrow().targetDate());
    assertEquals(Optional.of(dec("100")), forecast.projection().orElseThrow().target());
  }

  @Test
  void threePoints_leastSquaresExactly() {
    // (0, 0), (10, 20), (20, 30): n = 3, sum x = 30, sum y = 50, sum xx = 500, sum xy = 800
    // N = 3 x 800 - 30 x 50 = 900, D = 3 x 500 - 900 = 600, slope = 1.5
    // y(x) = (50 x 600 + 900 x (3x - 30)) / 1800 = 5/3 + 1.5 x; y(89) = 135.1666...
    KeyResult keyResult = keyResult("kr", metric("0", "100"),
        checkIn(1, 1, "0"), checkIn(1, 11, "20"), checkIn(1, 21, "30"));
    Forecast forecast = GOOGLE.forecast(keyResult, Q1, date(1, 21));
    assertEquals(dec("1.5"),
        forecast.projection().orElseThrow().slopePerDay());
    assertEquals(dec("135.1666666666666666666666666666667"),
        forecast.projection().orElseThrow().projectedValue());
    assertTrue(forecast.projection().orElseThrow().reachesTarget());
    assertEquals(dec("1"), forecast.projection().orElseThrow().projectedScore().value());
    // 5/3 + 1.5 x >= 100 from x = 65.55..., so day 66: Jan 1 + 66 days = Mar 8
    assertEquals(Optional.of(date(3, 8)), forecast.projection().orElseThrow().targetDate());
    // uncapped, the projected score shows the overshoot: 135.1666... / 100 = 1.3517
    assertEquals(dec("1.3517"), Scorer.of(ScoringProfile.quantive())
        .forecast(keyResult, Q1, date(1, 21)).projection().orElseThrow().projectedScore().value());
    assertEquals("900", forecast.explanation().intermediates().get("N = n*sum(xy) - sum(x)*sum(y)"));
    assertEquals("600", forecast.explanation().intermediates().get("D = n*sum(xx) - sum(x)^2"));
  }

  @Test
  void decreasingMetric() {
    // (0, 8) and (30, 7): y = 8 - x / 30; y(89) = 8 - 2.9666... = 5.0333...
    KeyResult churn = keyResult("churn", metric("8", "5"),
        checkIn(1, 1, "8"), checkIn(1, 31, "7"));
    Forecast forecast = GOOGLE.forecast(churn, Q1, date(1, 31));
    assertEquals(dec("5.033333333333333333333333333333333"),
        forecast.projection().orElseThrow().projectedValue());
    assertFalse(forecast.projection().orElseThrow().reachesTarget());
    // (8 - 5.0333...) / (8 - 5) = 0.98888... -> 0.9889
    assertEquals(dec("0.9889"), forecast.projection().orElseThrow().projectedScore().value());
    // 8 - x / 30 <= 5 from x = 90: Apr 1
    assertEquals(Optional.of(date(4, 1)), forecast.projection().orElseThrow().targetDate());
  }

  @Test
  void flatOrWrongWayLines_haveNoTargetDate() {
    KeyResult flat = keyResult("kr", metric("0", "100"), checkIn(1, 1, "50"), checkIn(1, 31, "50"));
    Forecast flatForecast = GOOGLE.forecast(flat, Q1, date(2, 1));
    assertEquals(dec("50"),
        flatForecast.projection().orElseThrow().projectedValue());
    assertEquals(Optional.empty(), flatForecast.projection().orElseThrow().targetDate());
    KeyResult falling = keyResult("kr", metric("0", "100"), checkIn(1, 1, "50"), checkIn(1, 31, "40"));
    Forecast fallingForecast = GOOGLE.forecast(falling, Q1, date(2, 1));
    assertFalse(fallingForecast.projection().orElseThrow().reachesTarget());
    assertEquals(Optional.empty(), fallingForecast.projection().orElseThrow().targetDate());
    // (0, 50) and (30, 40): y = 50 - x / 3; y(89) = 50 - 29.666... = 20.333...;
    // progress (20.333... - 0) / (100 - 0) = 0.20333... -> 0.2033
    assertEquals(dec("0.2033"), fallingForecast.projection().orElseThrow().projectedScore().value());
  }

  @Test
  void fewerThanTwoValues_isExplicitlyUndefined() {
    Forecast none = GOOGLE.forecast(keyResult("kr", metric("0", "100")), Q1, date(2, 1));
    assertFalse(none.isDefined());
    assertEquals(0, none.points());
    assertEquals(Optional.empty(), none.projection());
    KeyResult one = keyResult("kr", metric("0", "100"), checkIn(1, 5, "10"), checkIn(2, 5, "30"));
    Forecast single = GOOGLE.forecast(one, Q1, date(1, 31));
    assertEquals(Optional.of(
        "a forecast needs at least two values of the measure in force from 2026-01-01 to 2026-01-31; found 1"),
        single.undefinedReason());
    assertEquals("kr forecast undefined: a forecast needs at least two values of the measure in"
        + " force from 2026-01-01 to 2026-01-31; found 1", single.toString());
    assertTrue(single.explanation().result().startsWith("undefined: "));
  }

  @Test
  void milestone_hasNoTrend() {
    KeyResult launch = keyResult("launch", Milestone.of(),
        CheckIn.of(date(1, 5), CheckInValue.notDone()), CheckIn.of(date(2, 5), CheckInValue.notDone()));
    Forecast forecast = GOOGLE.forecast(launch, Q1, date(3, 1));
    assertFalse(forecast.isDefined());
    assertEquals(Optional.of("a milestone is done or not; it has no trend to project"),
        forecast.undefinedReason());
  }

  @Test
  void checklist_projectsTheShareDone() {
    Checklist steps = Checklist.of(ChecklistItem.of("a"), ChecklistItem.of("b"),
        ChecklistItem.of("c"), ChecklistItem.of("d"));
    KeyResult keyResult = keyResult("steps", steps,
        CheckIn.of(date(1, 1), CheckInValue.itemsDone(List.of())),
        CheckIn.of(date(1, 31), CheckInValue.itemsDone(List.of("a"))));
    // (0, 0) and (30, 0.25): y = x / 120; y(89) = 0.741666...; all done (1) from x = 120
    Forecast forecast = GOOGLE.forecast(keyResult, Q1, date(2, 1));
    assertEquals(dec("0.7416666666666666666666666666666667"),
        forecast.projection().orElseThrow().projectedValue());
    assertEquals(dec("0.7417"), forecast.projection().orElseThrow().projectedScore().value());
    assertEquals(Optional.of(date(1, 1).plusDays(120)), forecast.projection().orElseThrow().targetDate());
  }

  @Test
  void threshold_targetIsTheLevel_strictlyBeyondItUnderQuantive() {
    Threshold csat = Threshold.atOrAbove(dec("9"), "CSAT");
    KeyResult keyResult = keyResult("csat", csat, checkIn(1, 1, "8"), checkIn(1, 11, "8.5"));
    // y = 8 + x / 20: reaches 9 exactly at x = 20 (Jan 21); strictly above it from x = 21 (Jan 22)
    assertEquals(Optional.of(date(1, 21)), GOOGLE.forecast(keyResult, Q1, date(1, 11)).projection().orElseThrow().targetDate());
    assertEquals(Optional.of(date(1, 22)), Scorer.of(ScoringProfile.quantive())
        .forecast(keyResult, Q1, date(1, 11)).projection().orElseThrow().targetDate());
    assertTrue(GOOGLE.forecast(keyResult, Q1, date(1, 11)).projection().orElseThrow().reachesTarget());
  }

  @Test
  void alreadyReached_saysSinceWhen_neverADateBeforeTheData() {
    // metric 0 -> 40: 50 on Jan 1 and 60 on Jan 11 both meet it. The line y = 50 + x crosses 40
    // at x = -10 (Dec 22, 2025), before the period and the data: no such date is reported.
    KeyResult keyResult = keyResult("kr", metric("0", "40"),
        checkIn(1, 1, "50"), checkIn(1, 11, "60"));
    Forecast forecast = GOOGLE.forecast(keyResult, Q1, date(1, 11));
    assertEquals(Optional.of(date(1, 1)), forecast.projection().orElseThrow().reachedOn());
    assertEquals(Optional.empty(), forecast.projection().orElseThrow().targetDate());
    assertTrue(forecast.projection().orElseThrow().reachesTarget());
    assertEquals("kr forecast 139 by period end; target already reached on 2026-01-01",
        forecast.toString());
    assertTrue(forecast.explanation().intermediates().get("first day at target (x)")
        .startsWith("none projected: the target is already met"));
  }

  @Test
  void reachedOn_isTheStartOfTheRunEndingWithTheLatestValue() {
    // met on Jan 1 (50), missed on Jan 5 (30), met again on Jan 11 (45): met since Jan 11
    KeyResult keyResult = keyResult("kr", metric("0", "40"),
        checkIn(1, 1, "50"), checkIn(1, 5, "30"), checkIn(1, 11, "45"));
    assertEquals(Optional.of(date(1, 11)), GOOGLE.forecast(keyResult, Q1, date(1, 11)).projection().orElseThrow().reachedOn());
    // as of Jan 5 the latest value misses: not reached
    assertEquals(Optional.empty(), GOOGLE.forecast(keyResult, Q1, date(1, 5)).projection().orElseThrow().reachedOn());
  }

  @Test
  void aLineAheadOfItsLatestValue_givesTheDayAfterIt() {
    // (0, 0), (10, 99), (20, 95): n = 3, sum x = 30, sum y = 194, sum xx = 500,
    // sum xy = 990 + 1900 = 2890; N = 8670 - 5820 = 2850, D = 1500 - 900 = 600.
    // Crossing 100: (100 x 3 x 600 - 194 x 600 + 2850 x 30) / (2850 x 3) = 149100 / 8550
    // = 17.43..., day 18 (Jan 19), before the latest value (day 20, 95 < 100). The earliest date
    // still possible is day 21: Jan 22.
    KeyResult keyResult = keyResult("kr", metric("0", "100"),
        checkIn(1, 1, "0"), checkIn(1, 11, "99"), checkIn(1, 21, "95"));
    Forecast forecast = GOOGLE.forecast(keyResult, Q1, date(1, 21));
    assertEquals(Optional.empty(), forecast.projection().orElseThrow().reachedOn());
    assertEquals(Optional.of(date(1, 22)), forecast.projection().orElseThrow().targetDate());
    assertTrue(forecast.explanation().intermediates().get("first day at target (x)")
        .startsWith("21: the line passes the target at x = 18"));
  }

  @Test
  void toString_saysWhenAMissedTargetWouldBeReached() {
    KeyResult keyResult = keyResult("kr", metric("0", "100"),
        checkIn(1, 1, "10"), checkIn(1, 31, "40"));
    assertEquals("kr forecast 99 by period end; misses the target by period end;"
        + " would reach it on 2026-04-01", GOOGLE.forecast(keyResult, Q1, date(2, 1)).toString());
  }

  @Test
  void aDateAfterTheLastSupportedDay_isNotGiven() {
    // Q4 9999 (Oct 1 .. Dec 31, x = 0 .. 91): y = x / 10 reaches 100 at x = 1000, in year 10002
    Period last = Period.calendarQuarter(9999, 4);
    KeyResult keyResult = keyResult("kr", metric("0", "100"),
        CheckIn.of(LocalDate.of(9999, 10, 1), dec("0")),
        CheckIn.of(LocalDate.of(9999, 10, 11), dec("1")));
    Forecast forecast = GOOGLE.forecast(keyResult, last, LocalDate.of(9999, 10, 11));
    assertTrue(forecast.isDefined());
    assertEquals(Optional.empty(), forecast.projection().orElseThrow().targetDate());
    assertEquals("1000, after 9999-12-31, the last day okrkit supports: no date",
        forecast.explanation().intermediates().get("first day at target (x)"));
  }

  @Test
  void afterAChangeOfMeasure_onlyValuesOfTheMeasureInForceAreFitted() {
    // a metric 0 -> 100 checked in at 10 and 40, then turned into a checklist of four items on
    // Feb 1: one item done on Feb 10 (x = 40, share 0.25), two on Mar 2 (x = 60, share 0.5)
    Checklist steps = Checklist.of(ChecklistItem.of("a"), ChecklistItem.of("b"),
        ChecklistItem.of("c"), ChecklistItem.of("d"));
    KeyResult keyResult = keyResultBuilder("kr", metric("0", "100"))
        .addCheckIns(checkIn(1, 1, "10"), checkIn(1, 31, "40"),
            CheckIn.of(date(2, 10), CheckInValue.itemsDone(List.of("a"))),
            CheckIn.of(date(3, 2), CheckInValue.itemsDone(List.of("a", "b"))))
        .addAdjustment(Adjustment.of(date(2, 1), steps, "shipping in steps instead"))
        .build();
    Forecast forecast = GOOGLE.forecast(keyResult, Q1, date(3, 2));
    // only the two done shares: slope = (0.5 - 0.25) / 20 = 0.0125 a day;
    // y(89) = 0.25 + 0.0125 x (89 - 40) = 0.8625; all done (1) at x = 40 + 0.75 / 0.0125 = 100
    assertEquals(2, forecast.points());
    Projection projection = forecast.projection().orElseThrow();
    assertEquals(dec("0.0125"), projection.slopePerDay());
    assertEquals(dec("0.8625"), projection.projectedValue());
    assertEquals(dec("0.8625"), projection.projectedScore().value());
    assertEquals(Optional.of(date(1, 1).plusDays(100)), projection.targetDate());
    assertEquals("2026-02-10=0.25, 2026-03-02=0.5", forecast.explanation().inputs().get("points"));
    // a change of target alone keeps the scale: every value of the metric is fitted
    KeyResult retargeted = keyResultBuilder("kr", metric("0", "100"))
        .addCheckIns(checkIn(1, 1, "10"), checkIn(1, 31, "40"), checkIn(3, 2, "70"))
        .addAdjustment(Adjustment.of(date(2, 1), metric("0", "120"), "raised"))
        .build();
    assertEquals(3, GOOGLE.forecast(retargeted, Q1, date(3, 2)).points());
  }

  @Test
  void objectiveLevelForm_usesTheObjectivesPeriod() {
    KeyResult keyResult = keyResult("kr", metric("0", "100"),
        checkIn(1, 1, "10"), checkIn(1, 31, "40"));
    Objective objective = objective(Commitment.COMMITTED, keyResult);
    assertEquals(GOOGLE.forecast(keyResult, Q1, date(2, 1)),
        GOOGLE.forecast(objective, KeyResultId.of("kr"), date(2, 1)));
    UnknownKeyResultException unknown = assertThrows(UnknownKeyResultException.class,
        () -> GOOGLE.forecast(objective, KeyResultId.of("nope"), date(2, 1)));
    assertEquals(KeyResultId.of("nope"), unknown.keyResultId());
    assertEquals(objective.id(), unknown.objectiveId());
    assertEquals("keyResultId", unknown.field());
  }
}
