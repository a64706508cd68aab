package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.okrkit.core.Band;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Checklist;
import org.okrkit.core.Measure;
import org.okrkit.core.Metric;
import org.okrkit.core.Milestone;
import org.okrkit.core.NumericValue;
import org.okrkit.core.Threshold;

/**
 * The scoring rule of one kind of measure: everything scoring, forecasting and explaining need to
 * know about a measure kind lives in its one implementation, and {@link #of(Measure)} is the one
 * place that picks it. A rule records the steps it takes as it takes them, so explanations never
 * redo them.
 */
sealed interface MeasureRule
    permits MetricRule, ThresholdRule, BandRule, MilestoneRule, ChecklistRule {

  /** Picks the rule of a measure's kind. */
  static MeasureRule of(Measure measure) {
    switch (measure.kind()) {
      case METRIC:
        return new MetricRule((Metric) measure);
      case THRESHOLD:
        return new ThresholdRule((Threshold) measure);
      case BAND:
        return new BandRule((Band) measure);
      case MILESTONE:
        return new MilestoneRule((Milestone) measure);
      default:
        return new ChecklistRule((Checklist) measure);
    }
  }

  /** The rule applied under a profile, as named in explanations. */
  ScoringRule rule(ScoringProfile profile);

  /** The unit of a numeric measure; by default none (milestones, checklists: no KPI feeds them). */
  default Optional<String> unit() {
    return Optional.empty();
  }

  /** Tells whether values recorded under the other measure lie on this one's scale. */
  default boolean sameScaleAs(MeasureRule other) {
    return getClass() == other.getClass() && unit().equals(other.unit());
  }

  /** Records the measure's own inputs (start, target, level, ...); by default there are none. */
  default void describe(ScoringProfile profile, Steps steps) {
    // the measure itself, which every explanation shows, is all there is
  }

  /**
   * Returns the exact progress of the values, before floor and cap, recording each step; empty
   * when the values give nothing to score, with the reason recorded. The latest value fits the
   * measure.
   */
  Optional<Fraction> progress(ValueHistory values, ScoringProfile profile, Steps steps);

  /**
   * Returns a value's position on the line a forecast fits: by default the number itself, empty
   * for a value that is not a number (a milestone's); a checklist's is its done share.
   */
  default Optional<BigDecimal> position(CheckInValue value) {
    return value instanceof NumericValue
        ? Optional.of(((NumericValue) value).value()) : Optional.empty();
  }

  /** Why the measure has no trend to forecast at all; empty when it has one. */
  default Optional<String> noTrend() {
    return Optional.empty();
  }

  /** Tells whether a position on the target itself still misses it (a strict threshold). */
  default boolean isTargetStrict(ScoringProfile profile) {
    return false;
  }

  /**
   * The position to reach, if the measure has one: a metric's target, a threshold's level, 1 for a
   * checklist; by default none (a band, a milestone).
   */
  default Optional<BigDecimal> target() {
    return Optional.empty();
  }

  /** Which way the position moves toward the target: 1 up, -1 down, 0 when there is no target. */
  default int towardTarget() {
    return 0;
  }

  /**
   * Tells whether a recorded position meets the target, as the profile compares; asked only of a
   * measure with a {@link #target()}. The same test as {@link #reaches(Fraction, ScoringProfile)}.
   */
  default boolean meetsTarget(BigDecimal position, ScoringProfile profile) {
    return reaches(Fraction.exactly(position), profile);
  }

  /** Tells whether an exact projected position reaches the target (for a band: lies in it). */
  boolean reaches(Fraction position, ScoringProfile profile);

  /** Returns the exact progress of a projected position, as if it were the latest value. */
  Fraction projectedProgress(Fraction position, ScoringProfile profile);
}
