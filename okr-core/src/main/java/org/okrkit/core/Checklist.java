package org.okrkit.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * A key result measure made of weighted milestones, for example "pilot, rollout, training" with
 * weights 1, 2, 1. Items are kept in the order given and have unique names. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract sealed class Checklist implements Measure permits ImmutableChecklist {

  Checklist() {}

  /**
   * Obtains a checklist from its items.
   *
   * @param items  the items in order, not empty, with unique names
   * @return the checklist, not null
   * @throws OkrException if there are no items or a name repeats
   */
  public static Checklist of(Iterable<? extends ChecklistItem> items) {
    return ImmutableChecklist.of(items);
  }

  /**
   * Obtains a checklist from its items.
   *
   * @param items  the items in order, not empty, with unique names
   * @return the checklist, not null
   * @throws OkrException if there are no items or a name repeats
   */
  public static Checklist of(ChecklistItem... items) {
    Objects.requireNonNull(items, "items");
    return ImmutableChecklist.of(ImmutableList.copyOf(items));
  }

  /**
   * Returns the items in order.
   *
   * @return the items, not empty, not null
   */
  @Value.Parameter
  public abstract ImmutableList<ChecklistItem> items();

  @Value.Check
  void check() {
    if (items().isEmpty()) {
      throw new OkrException("items", "[]", "a checklist needs at least one item");
    }
    Require.uniqueKeys("items", items(), ChecklistItem::name);
  }

  /**
   * Returns the item names in order.
   *
   * @return the names, not null
   */
  @Value.Lazy
  public ImmutableSet<String> itemNames() {
    return items().stream().map(ChecklistItem::name).collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public MeasureKind kind() {
    return MeasureKind.CHECKLIST;
  }

  /** Accepts a checklist value whose done items all belong to this checklist. */
  @Override
  public boolean accepts(CheckInValue value) {
    return Objects.requireNonNull(value, "value") instanceof ChecklistValue done
        && itemNames().containsAll(done.itemsDone());
  }

  /** Returns the items as text, for example {@code checklist[pilot×1, rollout×2]}. */
  @Override
  public String toString() {
    return "checklist" + items();
  }
}
