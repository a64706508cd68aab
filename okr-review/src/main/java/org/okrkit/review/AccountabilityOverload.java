package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;

/**
 * An owner carrying more objectives in one period than the policy's limit, as okr-alignment's
 * {@code too-many-objectives-per-owner} rule finds them. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class AccountabilityOverload {

  AccountabilityOverload() {}

  static AccountabilityOverload of(PersonId owner, Period period, int objectiveCount, int limit,
      ImmutableList<ObjectiveId> objectives) {
    return ImmutableAccountabilityOverload.of(owner, period, objectiveCount, limit, objectives);
  }

  /**
   * Returns the owner.
   *
   * @return the owner, not null
   */
  @Value.Parameter
  public abstract PersonId owner();

  /**
   * Returns the period of the objectives.
   *
   * @return the period, not null
   */
  @Value.Parameter
  public abstract Period period();

  /**
   * Returns how many objectives the owner carries in the period.
   *
   * @return the count, more than the limit
   */
  @Value.Parameter
  public abstract int objectiveCount();

  /**
   * Returns the limit exceeded.
   *
   * @return the limit, at least 1
   */
  @Value.Parameter
  public abstract int limit();

  /**
   * Returns the objectives, in plan order; the first 100 when there are more (as okr-alignment's
   * violations list them).
   *
   * @return the objectives' ids, not null
   */
  @Value.Parameter
  public abstract ImmutableList<ObjectiveId> objectives();

  /**
   * Returns the owner, the counts and the objectives, for example {@code ben: 3 objectives in
   * QUARTER[2026-01-01..2026-03-31], limit 2: a, b, c}.
   */
  @Override
  public String toString() {
    return owner() + ": " + objectiveCount() + " objectives in " + period() + ", limit " + limit()
        + ": " + AccountabilityRendering.joined(objectives());
  }
}
