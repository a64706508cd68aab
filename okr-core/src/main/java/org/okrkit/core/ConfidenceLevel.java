package org.okrkit.core;

/** The coarse scale of {@link Confidence}: low, medium (a 40 % to 70 % chance) and high. */
public enum ConfidenceLevel {
  /** Less than a 40 % chance. */
  LOW,
  /** A 40 % to 70 % chance. */
  MEDIUM,
  /** More than a 70 % chance. */
  HIGH
}
