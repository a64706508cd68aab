package org.okrkit.scoring;

import org.immutables.value.Value;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiId;
import org.okrkit.core.internal.OkrStyle;

/**
 * A KPI together with the aggregation through which key results drawn from it take their value,
 * for example the "qualified leads" KPI summed over each key result's quarter. Give bindings to a
 * scorer with {@link Scorer#withKpis(Iterable)}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class KpiBinding {

  KpiBinding() {}

  /**
   * Obtains a binding.
   *
   * @param kpi  the KPI with its readings, not null
   * @param aggregation  how its readings in a key result's period make the key result's value, not
   *     null
   * @return the binding, not null
   */
  public static KpiBinding of(Kpi kpi, KpiAggregation aggregation) {
    return ImmutableKpiBinding.of(kpi, aggregation);
  }

  /**
   * Returns the KPI.
   *
   * @return the KPI, not null
   */
  @Value.Parameter
  public abstract Kpi kpi();

  /**
   * Returns how the readings are aggregated.
   *
   * @return the aggregation, not null
   */
  @Value.Parameter
  public abstract KpiAggregation aggregation();

  /**
   * Returns the KPI's id.
   *
   * @return the id, not null
   */
  public KpiId kpiId() {
    return kpi().id();
  }

  /** Returns the KPI id and the aggregation, for example {@code leads SUM}. */
  @Override
  public String toString() {
    return kpi().id() + " " + aggregation();
  }
}
