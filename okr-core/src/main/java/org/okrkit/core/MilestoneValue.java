package org.okrkit.core;

import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;

/**
 * A milestone's state reported by a check-in. Obtain one with {@link CheckInValue#done()} or
 * {@link CheckInValue#notDone()}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract sealed class MilestoneValue implements CheckInValue
    permits ImmutableMilestoneValue {

  MilestoneValue() {}

  /**
   * Tells whether the milestone is done.
   *
   * @return true if done
   */
  @Value.Parameter
  public abstract boolean done();

  /** Returns {@code done} or {@code not done}. */
  @Override
  public String toString() {
    return done() ? "done" : "not done";
  }
}
