package org.okrkit.core;

/** Which way a {@link Metric} must move to progress. */
public enum Direction {
  /** The target is above the start, for example revenue from 100 to 150. */
  INCREASE,
  /** The target is below the start, for example churn from 8 % to 5 %. */
  DECREASE
}
