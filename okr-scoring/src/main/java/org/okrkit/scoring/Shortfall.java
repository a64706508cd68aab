package org.okrkit.scoring;

/** How a {@link PaceRule} measures how far progress lies behind the expected progress. */
public enum Shortfall {
  /**
   * In points of progress: {@code expected - actual}. With a tolerance of 0.25, progress of 0.4
   * where 0.7 is expected (0.3 behind) is beyond it, and progress of 0 on the period's first day
   * (1/90 behind in a quarter) is not.
   */
  POINTS,
  /**
   * As a share of the expected progress: {@code (expected - actual) / expected}. Early in a period
   * the expected progress is small, so any shortfall is a large share of it: a key result still at
   * its start on the first day is 100 % behind.
   */
  SHARE_OF_EXPECTED
}
