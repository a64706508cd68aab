package org.okrkit.scoring;

/**
 * What an objective's score does with a key result that is not scored yet (no check-in, or no KPI
 * reading, as of the date scored). The key result itself is always reported as not scored, never
 * as 0.
 */
public enum MissingValues {
  /**
   * The key result is left out of the objective's score; an objective whose key results are all
   * unscored is itself not scored.
   */
  SKIP,
  /**
   * The key result counts as 0 in the objective's score, so leaving a poor key result without
   * check-ins cannot lift the objective. Only from the objective's first history date (the later
   * of its activation and its period's start): before it no check-in was possible, so the key
   * result is skipped as under {@link #SKIP}, and a draft objective is not scored rather than 0.
   */
  COUNT_AS_ZERO
}
