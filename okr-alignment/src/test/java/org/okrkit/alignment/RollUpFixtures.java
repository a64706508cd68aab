package org.okrkit.alignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;

/** Small builders for the roll-up examples; everything lies in the first quarter of 2026. */
final class RollUpFixtures {

  static final Period Q1 = Period.calendarQuarter(2026, 1);
  static final LocalDate END = LocalDate.of(2026, 3, 31);
  static final LocalDate CHECKED = LocalDate.of(2026, 2, 1);

  private RollUpFixtures() {}

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  static ObjectiveId id(String id) {
    return ObjectiveId.of(id);
  }

  /** A metric key result from start to target in a unit, checked in at a value on February 1. */
  static KeyResult kr(String id, String start, String target, String unit, String value) {
    KeyResult.Builder builder = KeyResult.builder().id(KeyResultId.of(id)).title("kr " + id)
        .owner(PersonId.of("ada")).measure(Metric.of(dec(start), dec(target), unit));
    if (value != null) {
      builder.addCheckIn(CheckIn.of(CHECKED, dec(value)));
    }
    return builder.build();
  }

  /** A key result from 0 to 10 units at a value. */
  static KeyResult kr(String id, String value) {
    return kr(id, "0", "10", "units", value);
  }

  /** An objective active since January 1, with key results and links. */
  static Objective objective(String id, Level level, List<KeyResult> keyResults,
      Alignment... alignments) {
    return Objective.builder().id(ObjectiveId.of(id)).title("objective " + id).level(level)
        .owner(PersonId.of("ada")).period(Q1).commitment(Commitment.ASPIRATIONAL)
        .addAllKeyResults(keyResults).addAlignments(alignments)
        .addLifecycleEvent(LifecycleEvent.activated(LocalDate.of(2026, 1, 1))).build();
  }

  static Alignment to(String parent, String weight) {
    return Alignment.toObjective(ObjectiveId.of(parent), dec(weight));
  }

  static Alignment toKr(String parent, String keyResult, String weight) {
    return Alignment.toKeyResult(ObjectiveId.of(parent), KeyResultId.of(keyResult), dec(weight));
  }
}
