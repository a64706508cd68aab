package org.okrkit.core;

import java.util.Objects;

/**
 * Thrown when a key result is drawn from a KPI that is not among the KPIs given, so its value
 * cannot be known. Carries the KPI's and the key result's ids. A rejected operation changes
 * nothing.
 */
public class UnknownKpiException extends OkrException {

  private static final long serialVersionUID = 1L;

  /** The KPI that was not given. */
  private final KpiId kpiId;
  /** The key result drawn from it. */
  private final KeyResultId keyResultId;

  /**
   * Creates the exception.
   *
   * @param kpiId  the KPI that was not given, not null
   * @param keyResultId  the key result drawn from it, not null
   */
  public UnknownKpiException(KpiId kpiId, KeyResultId keyResultId) {
    super("kpi", Objects.requireNonNull(kpiId, "kpiId").toString(),
        "key result " + Objects.requireNonNull(keyResultId, "keyResultId")
            + " is drawn from this KPI, which is not among the KPIs given; give it, with its"
            + " readings, to the scorer or the plan");
    this.kpiId = kpiId;
    this.keyResultId = keyResultId;
  }

  /**
   * Returns the KPI that was not given.
   *
   * @return the KPI's id, not null
   */
  public KpiId kpiId() {
    return kpiId;
  }

  /**
   * Returns the key result drawn from the KPI.
   *
   * @return the key result's id, not null
   */
  public KeyResultId keyResultId() {
    return keyResultId;
  }
}
