package org.okrkit.core;

import java.util.Objects;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;

/**
 * A key result measure that is either done or not, for example "launch the new pricing page".
 * There is one milestone measure; the key result's title says what the milestone is. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false, copy = false, singleton = true)
@OkrStyle
public abstract sealed class Milestone implements Measure permits ImmutableMilestone {

  Milestone() {}

  /**
   * Returns the milestone measure.
   *
   * @return the milestone measure, not null
   */
  public static Milestone of() {
    return ImmutableMilestone.of();
  }

  @Override
  public MeasureKind kind() {
    return MeasureKind.MILESTONE;
  }

  @Override
  public boolean accepts(CheckInValue value) {
    return Objects.requireNonNull(value, "value") instanceof MilestoneValue;
  }

  /** Returns {@code milestone}. */
  @Override
  public String toString() {
    return "milestone";
  }
}
