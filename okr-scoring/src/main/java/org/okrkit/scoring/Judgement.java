package org.okrkit.scoring;

/**
 * How an objective's score reads against what its commitment expects: committed objectives are
 * expected to reach 1.0, aspirational ones about 0.7.
 */
public enum Judgement {
  /** A committed objective every one of whose key results reached its target. */
  ACHIEVED,
  /** A committed objective with a key result short of its target: it needs an explanation. */
  NEEDS_EXPLANATION,
  /** An aspirational objective whose exact score is at or above the expected 0.7. */
  MEETS_EXPECTATION,
  /** An aspirational objective below the expected 0.7. */
  BELOW_EXPECTATION,
  /** The objective is not scored yet. */
  NOT_SCORED
}
