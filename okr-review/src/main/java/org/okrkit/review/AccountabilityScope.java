package org.okrkit.review;

/**
 * Which objectives of a plan an {@link AccountabilityView} considers, as of its date. Risks and
 * overdue check-ins are only ever looked for among objectives active on the date, whatever the
 * scope: a draft has not started, and a closed or cancelled objective expects no more check-ins.
 */
public enum AccountabilityScope {
  /** The objectives active at the end of the date (activated on or before it, not yet ended). */
  ACTIVE_ON_DATE,
  /** The objectives whose period contains the date, in any lifecycle state. */
  PERIODS_CONTAINING_DATE,
  /** Every objective of the plan. */
  WHOLE_PLAN
}
