package org.okrkit.core;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Objects;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.Require;

/**
 * What a check-in reports: a number (for metrics, thresholds and bands), a milestone's done state,
 * or the done items of a checklist. A {@link Measure} tells which it {@link Measure#accepts
 * accepts}.
 */
public sealed interface CheckInValue permits NumericValue, MilestoneValue, ChecklistValue {

  /**
   * Obtains a numeric value.
   *
   * @param value  the number, not null
   * @return the value, not null
   * @throws OkrException if a number has more than 64 integer or 32 fraction digits
   */
  static NumericValue of(BigDecimal value) {
    return ImmutableNumericValue.of(Decimals.canonical("value", value));
  }

  /**
   * Obtains a numeric value from a double, taken in its shortest decimal form.
   *
   * @param value  the number, finite
   * @return the value, not null
   * @throws OkrException if the number is NaN or infinite
   */
  static NumericValue of(double value) {
    return of(Require.finite("value", value));
  }

  /**
   * Obtains the state of a milestone that is done.
   *
   * @return the done state, not null
   */
  static MilestoneValue done() {
    return ImmutableMilestoneValue.of(true);
  }

  /**
   * Obtains the state of a milestone that is not done yet.
   *
   * @return the not-done state, not null
   */
  static MilestoneValue notDone() {
    return ImmutableMilestoneValue.of(false);
  }

  /**
   * Obtains the done items of a checklist, by item name; an empty set means nothing is done.
   *
   * @param itemNames  the names of the done items, not null
   * @return the value, not null
   * @throws OkrException if a name is not a valid identifier
   */
  static ChecklistValue itemsDone(Iterable<String> itemNames) {
    Objects.requireNonNull(itemNames, "itemNames");
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (String name : itemNames) {
      names.add(Objects.requireNonNull(name, "itemNames element"));
    }
    return ImmutableChecklistValue.of(names.build());
  }

  /**
   * Obtains the done items of a checklist, by item name; no names means nothing is done.
   *
   * @param itemNames  the names of the done items, not null, none null
   * @return the value, not null
   * @throws OkrException if a name is not a valid identifier
   */
  static ChecklistValue itemsDone(String... itemNames) {
    Objects.requireNonNull(itemNames, "itemNames");
    return itemsDone(java.util.Arrays.asList(itemNames));
  }
}
