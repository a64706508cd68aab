package org.okrkit.scoring;

/** How a {@link ScoringProfile} scores a "stay at or above / at or below" key result. */
public enum ThresholdMode {
  /** 1 if the latest value meets the threshold, else 0. */
  LATEST_CHECK_IN,
  /**
   * The share of check-ins in the period (up to the date scored) whose value met the threshold, as
   * in a "control" metric: successful check-ins divided by all check-ins.
   */
  SHARE_OF_CHECK_INS,
  /**
   * The share of days on which the value in force met the threshold. A value holds from its
   * check-in's date until the day before the next one; days before the first check-in are unknown
   * and not counted; the days counted end at the date scored or the period's end, whichever is
   * first. If every check-in is dated after the period's end (a closing check-in), the latest one
   * alone decides, as one day of one.
   */
  SHARE_OF_TIME
}
