package org.okrkit.alignment;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Direction;
import org.okrkit.core.KeyResultId;

/**
 * What a child gives a summed key result: the sum of the values of its metric key results, the
 * unit and direction of the first of them, and the first metric key result in another unit or
 * direction (null when they all agree), so the parent can name both when it refuses to mix.
 */
record ContributionValue(BigDecimal total, @Nullable KeyResultId first, @Nullable String unit,
    @Nullable Direction direction, @Nullable KeyResultId other, @Nullable String otherUnit,
    @Nullable Direction otherDirection) {

  static final ContributionValue NONE =
      new ContributionValue(BigDecimal.ZERO, null, null, null, null, null, null);
}
