package org.okrkit.core;

/**
 * Thrown by a builder when a required attribute was never set; the message lists the missing
 * attributes by name.
 */
public class IncompleteValueException extends OkrException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a builder with missing required attributes.
   *
   * @param message  the generated description of what is missing, not null
   */
  public IncompleteValueException(String message) {
    super("builder", "incomplete", message);
  }
}
