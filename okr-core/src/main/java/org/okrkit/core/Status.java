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

  /**
   * Tells whether an objective in this state may move to another: a draft may become active or
   * cancelled, an active objective closed or cancelled; closed and cancelled are final.
   *
   * @param next  the state to move to, not null
   * @return true if the transition is allowed
   */
  public boolean canBecome(Status next) {
    switch (java.util.Objects.requireNonNull(next, "next")) {
      case ACTIVE:
        return this == DRAFT;
      case CLOSED:
        return this == ACTIVE;
      case CANCELLED:
        return this == DRAFT || this == ACTIVE;
      default:
        return false;
    }
  }
}
