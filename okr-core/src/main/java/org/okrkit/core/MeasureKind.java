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
  CHECKLIST
}
