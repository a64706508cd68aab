package org.okrkit.core;

import java.util.Objects;

/**
 * Thrown when an operation is not allowed in the state a value is in, for example a check-in on a
 * closed objective.
 *
 * <p>The message names the state, the operation and the rule. The value the operation was called
 * on is unchanged.
 */
public class OkrStateException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The state the value was in. */
  private final String state;
  /** The operation that was refused. */
  private final String operation;
  /** Why the operation was refused. */
  private final String rule;

  /**
   * Creates an exception for an operation that the current state does not allow.
   *
   * @param state  the state the value is in, not null
   * @param operation  the operation that was refused, not null
   * @param rule  why it was refused, not null
   */
  public OkrStateException(String state, String operation, String rule) {
    super("cannot " + Objects.requireNonNull(operation, "operation") + " in state "
        + Objects.requireNonNull(state, "state") + ": " + Objects.requireNonNull(rule, "rule"));
    this.state = state;
    this.operation = operation;
    this.rule = rule;
  }

  /**
   * Returns why the operation was refused.
   *
   * @return the rule, not null
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the state the value was in.
   *
   * @return the state, not null
   */
  public String state() {
    return state;
  }

  /**
   * Returns the operation that was refused.
   *
   * @return the operation, not null
   */
  public String operation() {
    return operation;
  }
}
