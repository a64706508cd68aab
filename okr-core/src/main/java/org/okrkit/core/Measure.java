package org.okrkit.core;

/**
 * How a key result is measured: a closed family of five kinds.
 *
 * <ul>
 *   <li>{@link Metric}: move a number from a start to a target, up or down;
 *   <li>{@link Threshold}: keep a number at or above, or at or below, a level;
 *   <li>{@link Band}: keep a number within a range;
 *   <li>{@link Milestone}: done or not;
 *   <li>{@link Checklist}: a weighted list of milestones.
 * </ul>
 *
 * <p>Use {@link #kind()} to switch over the family. All measures are immutable and thread-safe.
 */
public sealed interface Measure permits Metric, Threshold, Band, Milestone, Checklist {

  /**
   * Returns which member of the family this measure is.
   *
   * @return the kind, not null
   */
  MeasureKind kind();

  /**
   * Tells whether a check-in value fits this measure: a number for metrics, thresholds and bands,
   * a done state for a milestone, and done items of this very list for a checklist.
   *
   * @param value  the check-in value, not null
   * @return true if the value can be checked in against this measure
   */
  boolean accepts(CheckInValue value);
}
