package org.okrkit.scoring;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.internal.OkrStyle;

/**
 * What a scored key result was scored on and what it scored, together: the input value and its
 * date, the exact progress and the score. A key result that is not scored has none of these.
 * Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Assessment {

  Assessment() {}

  static Assessment of(CheckInValue input, LocalDate inputDate, Fraction progress, Score score) {
    return ImmutableAssessment.of(input, inputDate, progress, score);
  }

  /**
   * Returns the value scored: the latest check-in's value, or the KPI readings' aggregate.
   *
   * @return the input, not null
   */
  @Value.Parameter
  public abstract CheckInValue input();

  /**
   * Returns the date of the input: the check-in's, or the latest KPI reading's.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate inputDate();

  /**
   * Returns the exact progress, before the floor at 0 and the cap: for example {@code -1/4} for a
   * value below the start, or {@code 5/4} beyond the target.
   *
   * @return the exact progress, not null
   */
  @Value.Parameter
  public abstract Fraction progress();

  /**
   * Returns the score: the progress floored, capped and rounded once.
   *
   * @return the score, not null
   */
  @Value.Parameter
  public abstract Score score();

  /**
   * Tells whether the target was reached: the exact progress, before any rounding or cap, is 1 or
   * more. A progress of 0.99995 that rounds to 1 has not reached it.
   *
   * @return true if the target was reached
   */
  public boolean isTargetReached() {
    return progress().compareTo(Fraction.ONE) >= 0;
  }

  /** Returns the input, its date and the score, for example {@code 7.2 on 2026-02-01: 0.2667 ...}. */
  @Override
  public String toString() {
    return input() + " on " + inputDate() + ": " + score();
  }
}
