package org.okrkit.review;

import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.OkrException;

/**
 * How often a key result is expected to be checked in, as a number of days: a key result whose
 * latest check-in is more days before the date judged than its cadence is overdue (see {@link
 * AccountabilityView}). Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class CheckInCadence {

  private static final CheckInCadence WEEKLY = ImmutableCheckInCadence.of(7);
  private static final CheckInCadence FORTNIGHTLY = ImmutableCheckInCadence.of(14);

  CheckInCadence() {}

  /**
   * Returns the cadence of a check-in every week, 7 days.
   *
   * @return the cadence, not null
   */
  public static CheckInCadence weekly() {
    return WEEKLY;
  }

  /**
   * Returns the cadence of a check-in every other week, 14 days.
   *
   * @return the cadence, not null
   */
  public static CheckInCadence fortnightly() {
    return FORTNIGHTLY;
  }

  /**
   * Returns the cadence of a check-in every so many days.
   *
   * @param days  the days allowed between check-ins, at least 1
   * @return the cadence, not null
   * @throws OkrException if days is less than 1
   */
  public static CheckInCadence everyDays(int days) {
    if (days < 1) {
      throw new OkrException("days", Integer.toString(days), "must be at least 1");
    }
    return ImmutableCheckInCadence.of(days);
  }

  /**
   * Returns the days allowed between check-ins.
   *
   * @return the days, at least 1
   */
  @Value.Parameter
  public abstract int days();

  /** Returns the cadence as text, for example {@code every 7 days}. */
  @Override
  public String toString() {
    return days() == 1 ? "every day" : "every " + days() + " days";
  }
}
