package org.okrkit.scoring;

/** Whether a KPI meets its own health target; see {@link KpiHealth}. */
public enum KpiHealthStatus {
  /** The latest reading meets the health target. */
  HEALTHY,
  /** The latest reading misses the health target. */
  UNHEALTHY,
  /** There is no reading on or before the date asked about. */
  NO_READING
}
