package org.okrkit.json;

import com.google.common.collect.ImmutableList;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.Commitment;
import org.okrkit.core.ConfidenceLevel;
import org.okrkit.core.Direction;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KpiAggregation;
import org.okrkit.core.Level;
import org.okrkit.core.MeasureKind;
import org.okrkit.core.PeriodKind;
import org.okrkit.core.Status;
import org.okrkit.core.Threshold;

/**
 * The enums of okrkit's modules that the Jackson module writes and reads as their lower-case
 * names ({@link EnumNames}), also where they stand on their own or in the caller's classes.
 */
final class EnumValues {

  private EnumValues() {}

  @SuppressWarnings("unchecked") // a list of enum classes; no generic array escapes
  static final ImmutableList<Class<? extends Enum<?>>> ALL = ImmutableList.<Class<? extends Enum<?>>>builder()
      .add(Level.class, Status.class, PeriodKind.class, Commitment.class, KpiAggregation.class,
          MeasureKind.class, Direction.class, ConfidenceLevel.class, HealthTarget.Kind.class,
          Threshold.Comparison.class, CascadeRule.class)
      .addAll(ResultWriters.ENUMS)
      .build();
}
