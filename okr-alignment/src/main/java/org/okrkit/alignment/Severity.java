package org.okrkit.alignment;

/**
 * How much a {@link Violation} matters. A plan with an error is not a valid cascade ({@link
 * ValidationReport#isValid()}); warnings and infos point at weaknesses worth a look. Reports list
 * errors first, in this order.
 */
public enum Severity {

  /** The cascade is broken: roll-up and queries over it may mislead until it is fixed. */
  ERROR,

  /** The cascade holds, but something is probably a mistake or a bad practice. */
  WARNING,

  /** Worth knowing, for example a key result that nothing below supports yet. */
  INFO
}
