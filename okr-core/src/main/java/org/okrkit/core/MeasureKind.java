package org.okrkit.core;

/** The members of the {@link Measure} family, for switching over a measure. */
public enum MeasureKind {
  /** A {@link Metric}. */
  METRIC,
  /** A {@link Threshold}. */
  THRESHOLD,
  /** A {@link Band}. */
  BAND,
  /** A {@link Milestone}. */
  MILESTONE,
  /** A {@link Checklist}. */
  CHECKLIST;

  /**
   * Tells whether measures of this kind are judged on numbers in a unit, so that a KPI can feed
   * them: metrics, thresholds and bands.
   *
   * @return true for {@link #METRIC}, {@link #THRESHOLD} and {@link #BAND}
   */
  public boolean isNumeric() {
    return this == METRIC || this == THRESHOLD || this == BAND;
  }
}
