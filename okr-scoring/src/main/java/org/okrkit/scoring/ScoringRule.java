package org.okrkit.scoring;

/** The rule by which a key result's score was computed; each carries its formula in words. */
public enum ScoringRule {
  /** {@link MetricFormula#LINEAR}. */
  METRIC_LINEAR("increasing: (value - start) / (target - start); decreasing: (start - value) / "
      + "(start - target); below 0 counts as 0, above the cap as the cap"),
  /** {@link MetricFormula#ALL_OR_NOTHING}. */
  METRIC_ALL_OR_NOTHING("1 when the value has reached the target in the metric's direction, else 0"),
  /** {@link ThresholdMode#LATEST_CHECK_IN}. */
  THRESHOLD_LATEST("1 when the latest value meets the threshold, else 0"),
  /** {@link ThresholdMode#SHARE_OF_CHECK_INS}. */
  THRESHOLD_SHARE_OF_CHECK_INS("check-ins meeting the threshold / all check-ins in the period "
      + "up to the date"),
  /** {@link ThresholdMode#SHARE_OF_TIME}. */
  THRESHOLD_SHARE_OF_TIME("days on which the value in force met the threshold / days observed "
      + "(from the first check-in to the date or the period's end)"),
  /** {@link BandMode#ZERO_OUTSIDE}. */
  BAND_ZERO_OUTSIDE("1 inside the band, both ends included, else 0"),
  /** {@link BandMode#LINEAR_FALLOFF}. */
  BAND_LINEAR_FALLOFF("1 inside the band; outside 1 - distance / (fall-off width x (upper - lower)),"
      + " not below 0"),
  /** A milestone. */
  MILESTONE("1 when done, else 0"),
  /** A checklist. */
  CHECKLIST("weight of the done items / weight of all items"),
  /** No value yet. */
  NOT_SCORED("no value on or before the date: not scored, which is not 0");

  private final String formula;

  ScoringRule(String formula) {
    this.formula = formula;
  }

  /**
   * Returns the rule's formula in words.
   *
   * @return the formula, not null
   */
  public String formula() {
    return formula;
  }
}
