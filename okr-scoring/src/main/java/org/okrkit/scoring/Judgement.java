package org.okrkit.scoring;

/**
 * How an objective's score reads against what its commitment expects: committed objectives are
 * expected to reach 1.0, aspirational ones about 0.7.
 */
public enum Judgement {
  /** A committed objective that reached 1.0 or more. */
  ACHIEVED,
  /** A committed objective below 1.0: the shortfall needs an explanation. */
  NEEDS_EXPLANATION,
  /** An aspirational objective at or above the expected 0.7. */
  MEETS_EXPECTATION,
  /** An aspirational objective below the expected 0.7. */
  BELOW_EXPECTATION,
  /** The objective is not scored yet. */
  NOT_SCORED
}
