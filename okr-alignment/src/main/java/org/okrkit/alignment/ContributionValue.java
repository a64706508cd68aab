package org.okrkit.alignment;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.Optional;
import org.okrkit.core.Direction;

/**
 * What a child gives the summed key results it is aligned to: for each unit and direction of its
 * metric key results, the sum of their values, each clamped at its start in its direction (a key
 * result not scored yet gives its start). A summed parent key result takes the total of its own
 * unit and direction, so more progress below never lowers a sum's progress above.
 */
record ContributionValue(ImmutableSortedMap<String, BigDecimal> totals) {

  static final ContributionValue NONE = new ContributionValue(ImmutableSortedMap.of());

  /** The key of a unit and direction. */
  static String key(String unit, Direction direction) {
    return direction + " " + unit;
  }

  /** The total of the child's key results in a unit and direction, if it has any. */
  Optional<BigDecimal> total(String unit, Direction direction) {
    return Optional.ofNullable(totals.get(key(unit, direction)));
  }

  /** Returns the totals, for example {@code {INCREASE deals=4}}. */
  @Override
  public String toString() {
    return totals.toString();
  }
}
