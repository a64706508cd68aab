package org.okrkit.scoring;

import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;

/**
 * What a threshold key result scored as a share was counted on: how many check-ins or days met the
 * threshold, out of how many, and (for a share of time) how many days came before the first value
 * and so counted as not met. The exact share is {@code met / whole}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class ThresholdShare {

  ThresholdShare() {}

  static ThresholdShare of(ThresholdMode basis, long met, long whole, long unobserved) {
    return ImmutableThresholdShare.of(basis, met, whole, unobserved);
  }

  /**
   * Returns what was counted: check-ins ({@link ThresholdMode#SHARE_OF_CHECK_INS}) or days ({@link
   * ThresholdMode#SHARE_OF_TIME}).
   *
   * @return the basis, not null
   */
  @Value.Parameter
  public abstract ThresholdMode basis();

  /**
   * Returns how many check-ins or days met the threshold.
   *
   * @return the count met, not negative
   */
  @Value.Parameter
  public abstract long met();

  /**
   * Returns the whole the share is of: the check-ins in the period up to the date, or the days from
   * the period's start to the date or the period's end, whichever is first.
   *
   * @return the whole, positive
   */
  @Value.Parameter
  public abstract long whole();

  /**
   * Returns, for a share of time, how many of the days came before the first check-in, so that no
   * value was known on them; they count as not met. 0 for a share of check-ins.
   *
   * @return the days without a value, not negative
   */
  @Value.Parameter
  public abstract long unobserved();

  /**
   * Returns the exact share.
   *
   * @return {@code met / whole}, not null
   */
  public Fraction share() {
    return Fraction.of(met(), whole());
  }

  /** Returns the counts, for example {@code 3 of 4 check-ins} or {@code 60 of 90 days}. */
  @Override
  public String toString() {
    return met() + " of " + whole()
        + (basis() == ThresholdMode.SHARE_OF_CHECK_INS ? " check-ins" : " days")
        + (unobserved() > 0 ? " (" + unobserved() + " unobserved)" : "");
  }
}
