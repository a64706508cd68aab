package org.okrkit.core;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * A dated change of an active key result's measure, with the reason for it. Adjustments are
 * history: the earlier measure stays on record and governs every date before the adjustment.
 * Immutable and thread-safe.
 *
 * <p>Apply one with {@link Objective#adjust(KeyResultId, Adjustment)}.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Adjustment {

  Adjustment() {}

  /**
   * Obtains an adjustment.
   *
   * @param date  the date from which the new measure applies, not null
   * @param measure  the new measure, not null
   * @param reason  why the key result changed, not blank
   * @return the adjustment, not null
   * @throws OkrException if the reason is blank
   */
  public static Adjustment of(LocalDate date, Measure measure, String reason) {
    return ImmutableAdjustment.of(date, measure, reason);
  }

  /**
   * Returns the date from which the new measure applies.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the new measure.
   *
   * @return the measure, not null
   */
  @Value.Parameter
  public abstract Measure measure();

  /**
   * Returns why the key result changed.
   *
   * @return the reason, not null
   */
  @Value.Parameter
  public abstract String reason();

  @Value.Check
  void check() {
    Require.text("reason", reason());
  }
}
