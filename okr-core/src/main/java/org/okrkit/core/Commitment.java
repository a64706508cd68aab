package org.okrkit.core;

/**
 * How an objective is meant to be judged: committed objectives are expected to be fully achieved,
 * aspirational ones are stretch goals expected to reach about 0.7.
 */
public enum Commitment {
  /** Expected to reach 1.0; anything less needs an explanation. */
  COMMITTED,
  /** A stretch goal; about 0.7 on average is expected. */
  ASPIRATIONAL
}
