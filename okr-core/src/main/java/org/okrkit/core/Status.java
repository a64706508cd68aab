package org.okrkit.core;

/**
 * The lifecycle state of an objective: draft, then active, then closed; a draft or active
 * objective may be cancelled instead.
 */
public enum Status {
  /** Being written; key results can be added and removed. */
  DRAFT,
  /** In progress; accepts check-ins and adjustments. */
  ACTIVE,
  /** Ended with a closing note; final. */
  CLOSED,
  /** Abandoned with a reason; final. */
  CANCELLED;

  /**
   * Tells whether no further transition is possible.
   *
   * @return true for closed and cancelled
   */
  public boolean isFinal() {
    return this == CLOSED || this == CANCELLED;
  }
}
