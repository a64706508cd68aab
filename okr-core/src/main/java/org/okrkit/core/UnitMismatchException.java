package org.okrkit.core;

import java.util.Objects;
import org.okrkit.core.internal.Require;

/**
 * Thrown when a key result is drawn from a KPI measured in another unit than the key result's own
 * measure, for example a KPI in "leads" behind a key result in "%". Both units are available
 * separately. A rejected operation changes nothing.
 */
public class UnitMismatchException extends OkrException {

  private static final long serialVersionUID = 1L;

  /** The key result drawn from the KPI. */
  private final KeyResultId keyResultId;
  /** The unit of the key result's measure. */
  private final String measureUnit;
  /** The KPI. */
  private final KpiId kpiId;
  /** The unit of the KPI's readings. */
  private final String kpiUnit;

  /**
   * Creates the exception.
   *
   * @param keyResultId  the key result, not null
   * @param measureUnit  the unit of its measure, not null
   * @param kpiId  the KPI it is drawn from, not null
   * @param kpiUnit  the unit of the KPI's readings, not null
   */
  public UnitMismatchException(
      KeyResultId keyResultId, String measureUnit, KpiId kpiId, String kpiUnit) {
    super("kpi.unit", Require.quoted(Objects.requireNonNull(kpiUnit, "kpiUnit")),
        "must equal the unit " + Require.quoted(Objects.requireNonNull(measureUnit, "measureUnit"))
            + " of key result " + Objects.requireNonNull(keyResultId, "keyResultId")
            + ", which is drawn from KPI " + Objects.requireNonNull(kpiId, "kpiId"));
    this.keyResultId = keyResultId;
    this.measureUnit = measureUnit;
    this.kpiId = kpiId;
    this.kpiUnit = kpiUnit;
  }

  /**
   * Returns the key result drawn from the KPI.
   *
   * @return the key result's id, not null
   */
  public KeyResultId keyResultId() {
    return keyResultId;
  }

  /**
   * Returns the unit of the key result's measure.
   *
   * @return the unit, not null
   */
  public String measureUnit() {
    return measureUnit;
  }

  /**
   * Returns the KPI.
   *
   * @return the KPI's id, not null
   */
  public KpiId kpiId() {
    return kpiId;
  }

  /**
   * Returns the unit of the KPI's readings.
   *
   * @return the unit, not null
   */
  public String kpiUnit() {
    return kpiUnit;
  }
}
