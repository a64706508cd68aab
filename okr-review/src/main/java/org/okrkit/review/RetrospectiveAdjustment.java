package org.okrkit.review;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Measure;
import org.okrkit.core.ObjectiveId;

/**
 * One mid-cycle adjustment of a key result, as the retrospective shows it: the date from which it
 * applies, the new measure and the reason given. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class RetrospectiveAdjustment {

  RetrospectiveAdjustment() {}

  /**
   * Returns the objective of the key result adjusted.
   *
   * @return the objective's id, not null
   */
  @Value.Parameter
  public abstract ObjectiveId objectiveId();

  /**
   * Returns the key result adjusted.
   *
   * @return the key result's id, not null
   */
  @Value.Parameter
  public abstract KeyResultId keyResultId();

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
   * Returns why the key result was adjusted.
   *
   * @return the reason, not null
   */
  @Value.Parameter
  public abstract String reason();

  /** Returns the adjustment as text, for example {@code 2026-02-15 to metric 30 -> 45 points: ...}. */
  @Override
  public String toString() {
    return date() + " to " + measure() + ": " + reason();
  }
}
