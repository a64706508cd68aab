package org.okrkit.core;

/**
 * The rules a valid cascade obeys: how the objectives of a {@link Plan} may align to one another
 * and depend on one another. Each constant names one rule and is documented by what obeying it
 * means; a plan that breaks it has a defect of that name. The names are shared by everything that
 * checks a cascade or injects defects into one, so a reported violation and an injected defect of
 * the same rule carry the same constant.
 *
 * <p>Alignment links here include links to a parent's key result; "parent" means the objective
 * such a link names (see {@link AlignmentTarget}).
 *
 * <p><b>Where rules overlap</b>, one violation is reported, the more basic one:
 * <ul>
 *   <li>A link to a missing parent, or to a key result its parent does not have, breaks {@link
 *       #DANGLING_PARENT} only: no other rule is checked on it.
 *   <li>A link that lies on an alignment cycle breaks {@link #ALIGNMENT_CYCLE}, and a cycle breaks
 *       two other rules by its nature. No loop climbs all the way round, so at least one link of
 *       every cycle goes to a parent that is not above its child (for a self-link, the same
 *       level); and a cycle through objectives of different periods has a link to a parent with a
 *       shorter period. So on links that lie on a cycle, {@link #LEVEL_INVERSION} and {@link
 *       #PERIOD_OVERRUN} are not reported. Every other rule holds on those links as on any other:
 *       an active objective aligned to a cancelled one, or weights over 1, are violations of
 *       their own.
 * </ul>
 */
public enum CascadeRule {

  /**
   * Following alignment links upward from an objective never leads back to it: no objective
   * aligns to itself (a cycle of length 1), no two objectives align to each other (length 2), and
   * no longer loop exists.
   */
  ALIGNMENT_CYCLE,

  /**
   * Every alignment link names a parent objective of the plan and, when it names a key result,
   * a key result that parent has.
   */
  DANGLING_PARENT,

  /** Every parent an objective aligns to is of a level above the objective's own. */
  LEVEL_INVERSION,

  /** An objective's period lies inside the period of every parent it aligns to. */
  PERIOD_OVERRUN,

  /** Every objective below the company level has at least one alignment link. */
  ORPHAN,

  /**
   * The contribution weights of the links into one target sum to at most 1. Each parent
   * objective, and each key result of it, is a target of its own (see {@link AlignmentTarget}):
   * links to the objective and links to one of its key results are summed separately.
   */
  WEIGHT_OVERFLOW,

  /** No active objective aligns to a cancelled parent. */
  ACTIVE_UNDER_CANCELLED_PARENT,

  /** Following lateral dependencies from an objective never leads back to it. */
  DEPENDENCY_CYCLE,

  /** Every objective an objective depends on is in the plan. */
  DANGLING_DEPENDENCY
}
