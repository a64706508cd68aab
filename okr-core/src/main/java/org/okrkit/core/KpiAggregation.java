package org.okrkit.core;

/**
 * How a key result drawn from a KPI takes its value from the KPI's readings dated inside the key
 * result's period, up to the date scored. The value's date is that of the latest reading used.
 */
public enum KpiAggregation {
  /** The latest reading. */
  LATEST,
  /** The sum of the readings, for a KPI such as "1000 leads per quarter" read weekly. */
  SUM,
  /**
   * The arithmetic mean of the readings, rounded half-even to 32 decimal places (the finest a
   * value in okrkit may have) when it has more; the key result's score is then one exact division
   * of that mean.
   */
  MEAN,
  /** The lowest reading. */
  MINIMUM,
  /** The highest reading. */
  MAXIMUM
}
