package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.OkrException;
import org.okrkit.core.Status;

/**
 * The built-in {@link AlignmentRule}s. Each {@link CascadeRule} is checked by exactly one of them,
 * which tags its violations with that cascade rule ({@link Violation#cascadeRule()}) and reports a
 * defect that okrkit's testkit injects with exactly the ids, in exactly the order, that the
 * testkit documents for it; the others check good practice.
 *
 * <p>As {@link CascadeRule} says, a link to a missing parent or key result is only dangling (no
 * other rule looks at it), and on a link that lies on an alignment cycle neither the level nor
 * the period rule is checked, since a cycle breaks them by its nature. <b>A self-link is a cycle
 * of length 1</b>, reported by {@link #alignmentCycle()} like any other cycle, so there is no
 * separate self-alignment rule (likewise for a self-dependency).
 *
 * <p>Every rule runs in time linear in the plan and without recursion; the cycle rules use
 * Tarjan's strongly connected components with explicit stacks.
 */
public final class AlignmentRules {

  /** Default most objectives one owner should hold in one period. */
  public static final int DEFAULT_MAX_OBJECTIVES_PER_OWNER = 5;
  /** Default fewest key results an objective should have. */
  public static final int DEFAULT_MIN_KEY_RESULTS = 2;
  /** Default most key results an objective should have. */
  public static final int DEFAULT_MAX_KEY_RESULTS = 5;

  private AlignmentRules() {}

  /**
   * Returns every built-in rule with its default thresholds, the rules of {@link
   * AlignmentValidator#standard()}: first the cascade rules, in the order of {@link CascadeRule},
   * then the others.
   *
   * @return the rules, not null
   */
  public static ImmutableList<AlignmentRule> standard() {
    return ImmutableList.of(alignmentCycle(), danglingParent(), levelInversion(), periodOverrun(),
        orphan(), weightOverflow(), activeUnderCancelledParent(), dependencyCycle(),
        danglingDependency(), unsupportedParentKeyResult(), activeUnderClosedParent(),
        alignedTwice(),
        tooManyObjectivesPerOwner(DEFAULT_MAX_OBJECTIVES_PER_OWNER),
        keyResultCount(DEFAULT_MIN_KEY_RESULTS, DEFAULT_MAX_KEY_RESULTS), onlyMilestones(),
        duplicateTitles());
  }

  /**
   * {@code alignment-cycle}, an error, {@link CascadeRule#ALIGNMENT_CYCLE}: objectives that align
   * to one another in a loop, an objective aligned to itself included. A link to a parent's key
   * result leads to that parent. One violation per strongly connected component that has a
   * cycle, listing its members: first the child of the loop's closing link, the first link in
   * plan order whose parent is not above its child (such a link is on every loop, since levels
   * cannot rise all the way round), then each member as a walk along the component's links,
   * link by link, first reaches it; for a simple cycle, round the cycle, each aligned to the
   * next. A giant cycle lists its first {@value Violation#MAX_LISTED_OBJECTIVES} members and
   * counts them all.
   *
   * @return the rule, not null
   */
  public static AlignmentRule alignmentCycle() {
    return new BuiltInRules.AlignmentCycle();
  }

  /**
   * {@code dangling-parent}, an error, {@link CascadeRule#DANGLING_PARENT}: a link to a parent
   * objective that is not in the plan, or to a key result its parent does not have. One
   * violation per link: the child, then the parent the link names; the key result it names, if
   * any, is the violation's {@link Violation#keyResultId()}.
   *
   * @return the rule, not null
   */
  public static AlignmentRule danglingParent() {
    return new BuiltInRules.DanglingParent();
  }

  /**
   * {@code level-inversion}, an error, {@link CascadeRule#LEVEL_INVERSION}: a link to a parent
   * that is not of a higher level than its child. One violation per child: the child, then each
   * such parent once, in the order of its links.
   *
   * @return the rule, not null
   */
  public static AlignmentRule levelInversion() {
    return new BuiltInRules.LevelInversion();
  }

  /**
   * {@code period-overrun}, an error, {@link CascadeRule#PERIOD_OVERRUN}: a link to a parent
   * whose period does not hold the child's. One violation per child: the child, then each such
   * parent once, in the order of its links.
   *
   * @return the rule, not null
   */
  public static AlignmentRule periodOverrun() {
    return new BuiltInRules.PeriodOverrun();
  }

  /**
   * {@code aligned-twice}, a warning: an objective aligned both to a parent objective and to one
   * of that parent's key results, so that a roll-up counts it twice. Ids: the child, then the
   * parent; the key result is named.
   *
   * @return the rule, not null
   */
  public static AlignmentRule alignedTwice() {
    return new BuiltInRules.AlignedTwice();
  }

  /**
   * {@code orphan}, a warning, {@link CascadeRule#ORPHAN}: an objective below the company level
   * with no alignment link at all. One violation per objective.
   *
   * @return the rule, not null
   */
  public static AlignmentRule orphan() {
    return new BuiltInRules.Orphan();
  }

  /**
   * {@code weight-overflow}, an error, {@link CascadeRule#WEIGHT_OVERFLOW}: contribution weights
   * into one target summing to more than 1, the links to a parent objective and those to each of
   * its key results summed separately. One violation per target: the child with the heaviest
   * link into it (the first in the plan among equals), then the parent objective, then the other
   * children linked to the target, in plan order.
   *
   * @return the rule, not null
   */
  public static AlignmentRule weightOverflow() {
    return new BuiltInRules.WeightOverflow();
  }

  /**
   * {@code active-under-cancelled-parent}, a warning, {@link
   * CascadeRule#ACTIVE_UNDER_CANCELLED_PARENT}: an active objective aligned to a cancelled one.
   * Such pairs are grouped where they share an objective: one violation lists the active children
   * of a group in plan order, then its cancelled parents in the order of the children's links (a
   * cancelled parent with all its active children; an active child with all its cancelled
   * parents).
   *
   * @return the rule, not null
   */
  public static AlignmentRule activeUnderCancelledParent() {
    return new BuiltInRules.ActiveUnderParent("active-under-cancelled-parent", Status.CANCELLED,
        Optional.of(CascadeRule.ACTIVE_UNDER_CANCELLED_PARENT));
  }

  /**
   * {@code dependency-cycle}, a warning, {@link CascadeRule#DEPENDENCY_CYCLE}: objectives that
   * depend on one another in a loop, an objective depending on itself included. One violation per
   * strongly connected component that has a cycle: first the objective with the first dependency
   * in plan order that points at an objective at the same or a later position in the plan (in a
   * plan that lists what an objective depends on before it, the dependency that closes the
   * loop), then each member as a walk along the component's dependencies first reaches it. A
   * giant cycle lists its first {@value Violation#MAX_LISTED_OBJECTIVES} members and counts them
   * all.
   *
   * @return the rule, not null
   */
  public static AlignmentRule dependencyCycle() {
    return new BuiltInRules.DependencyCycle();
  }

  /**
   * {@code dangling-dependency}, an error, {@link CascadeRule#DANGLING_DEPENDENCY}: a dependency
   * on an objective that is not in the plan. One violation per dependency: the objective, then
   * the missing one.
   *
   * @return the rule, not null
   */
  public static AlignmentRule danglingDependency() {
    return new BuiltInRules.DanglingDependency();
  }

  /**
   * {@code unsupported-parent-key-result}, an info: a key result of a parent (an objective that
   * some link, to it or to one of its key results, supports) that no link names. One violation
   * per key result: its objective, with the key result as {@link Violation#keyResultId()}.
   *
   * @return the rule, not null
   */
  public static AlignmentRule unsupportedParentKeyResult() {
    return new BuiltInRules.UnsupportedParentKeyResult();
  }

  /**
   * {@code active-under-closed-parent}, a warning: an active objective aligned to a closed one,
   * whose work is over. Grouped and ordered as {@link #activeUnderCancelledParent()}.
   *
   * @return the rule, not null
   */
  public static AlignmentRule activeUnderClosedParent() {
    return new BuiltInRules.ActiveUnderParent("active-under-closed-parent", Status.CLOSED,
        Optional.empty());
  }

  /**
   * {@code too-many-objectives-per-owner}, a warning: one owner with more than {@code max}
   * objectives in one period (the same first and last day). One violation per owner and period:
   * their objectives in plan order.
   *
   * @param max  the most objectives allowed, at least 1
   * @return the rule, not null
   * @throws OkrException if max is less than 1
   */
  public static AlignmentRule tooManyObjectivesPerOwner(int max) {
    if (max < 1) {
      throw new OkrException("max", Integer.toString(max), "must be at least 1");
    }
    return new BuiltInRules.TooManyObjectivesPerOwner(max);
  }

  /**
   * {@code key-result-count}, a warning: an objective with fewer than {@code min} or more than
   * {@code max} key results. One violation per objective.
   *
   * @param min  the fewest key results allowed, not negative
   * @param max  the most key results allowed, at least min and at least 1
   * @return the rule, not null
   * @throws OkrException if min is negative, or max less than min or than 1
   */
  public static AlignmentRule keyResultCount(int min, int max) {
    if (min < 0) {
      throw new OkrException("min", Integer.toString(min), "must not be negative");
    }
    if (max < Math.max(min, 1)) {
      throw new OkrException("max", Integer.toString(max),
          "must be at least 1 and at least min " + min);
    }
    return new BuiltInRules.KeyResultCount(min, max);
  }

  /**
   * {@code only-milestones}, a warning: an objective whose key results, one or more, are all
   * {@link org.okrkit.core.Milestone}s, tasks rather than outcomes. One violation per objective.
   *
   * @return the rule, not null
   */
  public static AlignmentRule onlyMilestones() {
    return new BuiltInRules.OnlyMilestones();
  }

  /**
   * {@code duplicate-titles}, a warning: objectives of one owner and period with the same title,
   * ignoring case and runs of white space. One violation per title: the objectives in plan
   * order.
   *
   * @return the rule, not null
   */
  public static AlignmentRule duplicateTitles() {
    return new BuiltInRules.DuplicateTitles();
  }
}
