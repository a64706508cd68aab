package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;

/**
 * A million check-ins on one key result (one a day, so the period is a custom range of 2,000,000
 * days, 2000-01-01 to 7475-11-08): built, extended by commands, scored, paced and forecast without
 * anything quadratic or recursive. Slow (seconds), so tagged for exclusion from the mutation run.
 */
@Tag("scale")
class MillionCheckInsScaleTest {

  private static final int N = 1_000_000;
  private static final LocalDate START = LocalDate.of(2000, 1, 1);
  private static final KeyResultId KR = KeyResultId.of("k");

  @Test
  void aMillionCheckIns_onOneKeyResult() {
    Period period = Period.ofDays(START, 2 * N);
    // day i carries the value i: a straight line of slope 1 per day
    List<CheckIn> checkIns = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      checkIns.add(CheckIn.of(START.plusDays(i), BigDecimal.valueOf(i)));
    }
    KeyResult keyResult = KeyResult.builder().id(KR).title("Count").owner(PersonId.of("p"))
        .measure(Metric.of(BigDecimal.ZERO, BigDecimal.valueOf(2L * N), "items"))
        .checkIns(checkIns).build();
    Objective objective = Objective.builder().id(ObjectiveId.of("o")).title("Count")
        .level(Level.TEAM).owner(PersonId.of("p")).period(period)
        .commitment(Commitment.COMMITTED).addKeyResults(keyResult)
        .addLifecycleEvent(LifecycleEvent.activated(START)).build();

    // 1,000 more by command, each appending in place (amortised O(1), not a copy of a million)
    Objective extended = objective;
    for (int i = N; i < N + 1_000; i++) {
      extended = extended.checkIn(KR, CheckIn.of(START.plusDays(i), BigDecimal.valueOf(i)));
    }
    assertEquals(N + 1_000, extended.keyResults().get(0).checkIns().size());
    assertEquals(N, objective.keyResults().get(0).checkIns().size());
    // a second check-in on a date already taken is rejected, naming the date
    OkrException twice = assertThrows(OkrException.class,
        () -> objective.checkIn(KR, CheckIn.of(START.plusDays(5), BigDecimal.ONE)));
    assertEquals("2000-01-06", twice.rejectedValue());

    Scorer scorer = Scorer.of(ScoringProfile.google());
    LocalDate last = START.plusDays(N + 999);
    // latest value 1,000,999 of 0 -> 2,000,000: 1000999 / 2000000 = 0.5004995, shown 0.5
    ObjectiveScore score = scorer.score(extended, last);
    assertEquals(new BigDecimal("0.5004995"),
        score.score().orElseThrow().exact().round(7, java.math.RoundingMode.UNNECESSARY));
    // as of the middle day 500,000 the latest value is 500,000: 0.25 exactly
    assertEquals(new BigDecimal("0.25"),
        scorer.score(extended, KR, START.plusDays(N / 2)).score().orElseThrow().value());

    // the least-squares line through (i, i) has slope exactly 1 per day and reaches
    // 2,000,000 - 1 = 1,999,999 on the period's last day (day 1,999,999)
    Forecast forecast = scorer.forecast(extended, KR, last);
    assertEquals(N + 1_000, forecast.points());
    Projection line = forecast.projection().orElseThrow();
    assertEquals(0, BigDecimal.ONE.compareTo(line.slopePerDay()), line.toString());
    assertEquals(0, BigDecimal.valueOf(2L * N - 1).compareTo(line.projectedValue()),
        line.toString());
  }
}
