package org.okrkit.scoring;

/** How a {@link ScoringProfile} scores a "stay at or above / at or below" key result. */
public enum ThresholdMode {
  /** 1 if the latest value meets the threshold, else 0. */
  LATEST_CHECK_IN,
  /**
   * The share of check-ins in the period (up to the date scored) whose value met the threshold, as
   * in a "control" metric: successful check-ins divided by all check-ins. Check-ins dated after the
   * period's end (a closing check-in in the grace window) are not counted, as in {@link
   * #SHARE_OF_TIME}; with no check-in inside the period the key result is not scored.
   */
  SHARE_OF_CHECK_INS,
  /**
   * The share of days on which the value in force met the threshold, out of every day from the
   * period's start to the date scored or the period's end, whichever is first. A value holds from
   * its check-in's date until the day before the next one. Days before the first check-in have no
   * known value and count as not met (the explanation shows them as days unobserved), so one late
   * check-in cannot decide the whole period. Check-ins after the period's end hold on no day of it;
   * with no check-in inside the period the key result is not scored.
   */
  SHARE_OF_TIME
}
