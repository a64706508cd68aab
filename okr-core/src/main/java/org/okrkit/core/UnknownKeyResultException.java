package org.okrkit.core;

import java.util.Objects;

/**
 * Thrown when a key result id names no key result of the objective it was used with, for example
 * a check-in for a key result that was never added. Carries both ids, so a caller can map the
 * error without parsing the message. A rejected operation changes nothing.
 */
public class UnknownKeyResultException extends OkrException {

  private static final long serialVersionUID = 1L;

  /** The objective that was searched. */
  private final ObjectiveId objectiveId;
  /** The key result id that was not found. */
  private final KeyResultId keyResultId;

  /**
   * Creates the exception.
   *
   * @param objectiveId  the objective that has no such key result, not null
   * @param keyResultId  the unknown key result id, not null
   */
  public UnknownKeyResultException(ObjectiveId objectiveId, KeyResultId keyResultId) {
    super("keyResultId", Objects.requireNonNull(keyResultId, "keyResultId").toString(),
        "is not a key result of objective " + Objects.requireNonNull(objectiveId, "objectiveId"));
    this.objectiveId = objectiveId;
    this.keyResultId = keyResultId;
  }

  /**
   * Returns the objective that has no such key result.
   *
   * @return the objective's id, not null
   */
  public ObjectiveId objectiveId() {
    return objectiveId;
  }

  /**
   * Returns the key result id that was not found.
   *
   * @return the unknown id, not null
   */
  public KeyResultId keyResultId() {
    return keyResultId;
  }
}
