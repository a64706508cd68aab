package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Level;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Measure;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;

/** Small builders for the example tests; every date lies in the first quarter of 2026. */
final class Fixtures {

  /** 2026-01-01 to 2026-03-31: 31 + 28 + 31 = 90 days. */
  static final Period Q1 = Period.calendarQuarter(2026, 1);
  static final LocalDate END = LocalDate.of(2026, 3, 31);
  static final PersonId OWNER = PersonId.of("ada");

  private Fixtures() {}

  static LocalDate date(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  static Metric metric(String start, String target) {
    return Metric.of(dec(start), dec(target), "units");
  }

  static CheckIn checkIn(int month, int day, String value) {
    return CheckIn.of(date(month, day), dec(value));
  }

  static KeyResult.Builder keyResultBuilder(String id, Measure measure) {
    KeyResult.Builder builder = KeyResult.builder();
    builder.id(org.okrkit.core.KeyResultId.of(id)).title("Key result " + id).owner(OWNER)
        .measure(measure);
    return builder;
  }

  static KeyResult keyResult(String id, Measure measure, CheckIn... checkIns) {
    KeyResult.Builder builder = keyResultBuilder(id, measure);
    builder.addCheckIns(checkIns);
    return builder.build();
  }

  /** An objective for Q1 2026, active since January 1. */
  static Objective objective(Commitment commitment, KeyResult... keyResults) {
    Objective.Builder builder = Objective.builder();
    builder.id(ObjectiveId.of("grow-q1")).title("Grow in Q1").level(Level.TEAM).owner(OWNER)
        .period(Q1).commitment(commitment).addKeyResults(keyResults)
        .addLifecycleEvent(LifecycleEvent.activated(date(1, 1)));
    return builder.build();
  }
}
