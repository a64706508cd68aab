package org.okrkit.core;

import java.util.Objects;

/**
 * Thrown when a caller passes a value that breaks a rule of the OKR model.
 *
 * <p>The message names the field, the rejected value and the rule, for example {@code weight was
 * -1: must be positive}. The same parts are available separately for programs that map errors to
 * their own user interface. A rejected operation changes nothing: all okrkit values are immutable.
 */
public class OkrException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The name of the field or parameter whose value was rejected. */
  private final String field;
  /** The rejected value, rendered as text. */
  private final String rejectedValue;
  /** The rule the value broke. */
  private final String rule;

  /**
   * Creates an exception for a field whose value breaks a rule.
   *
   * @param field  the name of the field or parameter, not null
   * @param rejectedValue  the offending value as text, not null
   * @param rule  the rule that was broken, phrased to follow the value, not null
   */
  public OkrException(String field, String rejectedValue, String rule) {
    super(Objects.requireNonNull(field, "field") + " was "
        + Objects.requireNonNull(rejectedValue, "rejectedValue") + ": "
        + Objects.requireNonNull(rule, "rule"));
    this.field = field;
    this.rejectedValue = rejectedValue;
    this.rule = rule;
  }

  /**
   * Returns the name of the field or parameter whose value was rejected.
   *
   * @return the field name, not null
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rejected value, rendered as text.
   *
   * @return the rejected value, not null
   */
  public String rejectedValue() {
    return rejectedValue;
  }

  /**
   * Returns the rule the value broke.
   *
   * @return the rule, not null
   */
  public String rule() {
    return rule;
  }
}
