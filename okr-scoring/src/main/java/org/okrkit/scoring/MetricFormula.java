package org.okrkit.scoring;

/** How a {@link ScoringProfile} turns a metric key result's value into a score. */
public enum MetricFormula {
  /**
   * Linear progress from start to target: {@code (value - start) / (target - start)} for an
   * increasing metric and {@code (start - value) / (start - target)} for a decreasing one, which is
   * the same number, so a decreasing metric mirrors an increasing one exactly. A value beyond the
   * start in the wrong direction scores 0; a value beyond the target scores up to the cap.
   */
  LINEAR,
  /** 1 once the value has reached the target (in the metric's direction, the target included), else 0. */
  ALL_OR_NOTHING;

  /**
   * Returns the rule this formula applies, which names it in explanations.
   *
   * @return the rule, not null
   */
  public ScoringRule rule() {
    return this == LINEAR ? ScoringRule.METRIC_LINEAR : ScoringRule.METRIC_ALL_OR_NOTHING;
  }
}
