package org.okrkit.review;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.PersonId;

/**
 * A key result overdue for a check-in: its latest activity is more days before the date judged
 * than the {@link CheckInCadence} allows. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class AccountabilityOverdue {

  /** What the latest activity of a key result was. */
  public enum Basis {
    /** Its latest check-in on or before the date. */
    CHECK_IN,
    /**
     * For a key result drawn from a KPI, the latest reading okr-scoring judges it on: inside the
     * period, on or before the date.
     */
    KPI_READING,
    /**
     * Nothing yet: the first day a check-in was possible, the later of the objective's activation
     * and its period's start.
     */
    START
  }

  AccountabilityOverdue() {}

  static AccountabilityOverdue of(ObjectiveId objective, KeyResultId keyResult, PersonId owner,
      Basis basis, LocalDate lastActivity, long daysSince, CheckInCadence cadence) {
    return ImmutableAccountabilityOverdue.of(objective, keyResult, owner, basis, lastActivity,
        daysSince, cadence);
  }

  /**
   * Returns the objective that holds the key result.
   *
   * @return the objective's id, not null
   */
  @Value.Parameter
  public abstract ObjectiveId objective();

  /**
   * Returns the key result.
   *
   * @return the key result's id, not null
   */
  @Value.Parameter
  public abstract KeyResultId keyResult();

  /**
   * Returns the key result's owner.
   *
   * @return the owner, not null
   */
  @Value.Parameter
  public abstract PersonId owner();

  /**
   * Returns what the latest activity was.
   *
   * @return the basis, not null
   */
  @Value.Parameter
  public abstract Basis basis();

  /**
   * Returns the date of the latest activity.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate lastActivity();

  /**
   * Returns the days from the latest activity to the date judged.
   *
   * @return the days, more than the cadence's
   */
  @Value.Parameter
  public abstract long daysSince();

  /**
   * Returns the cadence that was exceeded.
   *
   * @return the cadence, not null
   */
  @Value.Parameter
  public abstract CheckInCadence cadence();

  /**
   * Returns the key result and how late it is, for example {@code team/kr-1 (ben): last CHECK_IN
   * on 2026-02-01, 15 days ago, cadence every 7 days}.
   */
  @Override
  public String toString() {
    return objective() + "/" + keyResult() + " (" + owner() + "): last " + basis() + " on "
        + lastActivity() + ", " + daysSince() + " days ago, cadence " + cadence();
  }
}
