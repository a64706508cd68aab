package org.okrkit.core;

import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;

/**
 * How a key result is drawn from a KPI: which KPI, and how its readings inside the key result's
 * period make the key result's value, for example the "qualified leads" KPI
 * {@linkplain KpiAggregation#SUM summed} over the quarter. The link belongs to the key result, so
 * the same key result takes the same value under every scorer. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class KpiLink {

  KpiLink() {}

  /**
   * Obtains a link.
   *
   * @param kpiId  the KPI, not null
   * @param aggregation  how its readings in the period make the value, not null
   * @return the link, not null
   */
  public static KpiLink of(KpiId kpiId, KpiAggregation aggregation) {
    return ImmutableKpiLink.of(kpiId, aggregation);
  }

  /**
   * Returns the KPI the key result is drawn from.
   *
   * @return the KPI's id, not null
   */
  @Value.Parameter
  public abstract KpiId kpiId();

  /**
   * Returns how the KPI's readings make the key result's value.
   *
   * @return the aggregation, not null
   */
  @Value.Parameter
  public abstract KpiAggregation aggregation();

  /** Returns the KPI and the aggregation, for example {@code leads SUM}. */
  @Override
  public String toString() {
    return kpiId() + " " + aggregation();
  }
}
