package org.okrkit.scoring;

/** How a {@link ScoringProfile} combines key result scores into an objective's score. */
public enum ObjectiveAggregation {
  /**
   * {@code sum(weight * score) / sum(weight)}: weights are normalised, so scaling every weight by
   * the same factor changes nothing. Weights are positive (okr-core enforces it), so the sum of
   * weights is never zero.
   */
  WEIGHTED_MEAN,
  /** {@code sum(score) / count}: the plain mean, weights ignored. */
  MEAN,
  /** The lowest key result score: an objective is as strong as its weakest key result. */
  WEAKEST
}
