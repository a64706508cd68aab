package org.okrkit.core;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * The items of a checklist that a check-in reports as done. Obtain one with
 * {@link CheckInValue#itemsDone(Iterable)}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract sealed class ChecklistValue implements CheckInValue
    permits ImmutableChecklistValue {

  ChecklistValue() {}

  /**
   * Returns the names of the done items.
   *
   * @return the done items, possibly empty, not null
   */
  @Value.Parameter
  public abstract ImmutableSet<String> itemsDone();

  @Value.Check
  void check() {
    itemsDone().forEach(name -> Require.identifier("itemsDone", name));
  }

  /** Returns the done items, for example {@code done[pilot, rollout]}. */
  @Override
  public String toString() {
    return "done" + itemsDone();
  }
}
