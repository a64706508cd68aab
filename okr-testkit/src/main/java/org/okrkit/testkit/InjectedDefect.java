package org.okrkit.testkit;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;

/**
 * A plan with exactly one injected defect, the valid plan it was injected into, the {@link
 * CascadeRule} the defect breaks (its {@link #kind()}), the ids of the objectives it involves and a
 * sentence that describes it. Obtain one from {@link Defects} or from the arbitraries of {@link
 * Plans}.
 *
 * <p>The first id, {@link #faulty()}, is always an objective of the plan that breaks the rule; the
 * {@link #others()} are the objectives it breaks the rule with, such as the parents of a level
 * inversion. An id among the others may name an objective that is not in the plan, for a dangling
 * reference. Per rule, the ids of a defect that {@link Defects} injected are, in order:
 * <ul>
 *   <li>{@link CascadeRule#ALIGNMENT_CYCLE}: the objectives around the cycle, each aligned to the
 *       next and the last to the first, starting with the objective whose new link closes the
 *       cycle.
 *   <li>{@link CascadeRule#DANGLING_PARENT}: the objective with the link, then the parent
 *       objective the link names (not in the plan, or in it without that key result).
 *   <li>{@link CascadeRule#LEVEL_INVERSION}: the objective, then each parent not above it, in the
 *       order of its links.
 *   <li>{@link CascadeRule#PERIOD_OVERRUN}: the objective, then each parent whose period does not
 *       hold its period, in the order of its links.
 *   <li>{@link CascadeRule#ORPHAN}: the objective alone.
 *   <li>{@link CascadeRule#WEIGHT_OVERFLOW}: the objective whose link was set to weight 1, then
 *       the parent objective (of the key result) the weights flow into, then the other objectives
 *       linked to that same {@link org.okrkit.core.AlignmentTarget target}, in plan order.
 *   <li>{@link CascadeRule#ACTIVE_UNDER_CANCELLED_PARENT}: the active objectives aligned to the
 *       cancelled parent, in plan order, then the cancelled parents they align to, in the order of
 *       their links. One active objective and its cancelled parents when the injector activated a
 *       child; every active child and the one parent when it cancelled a parent.
 *   <li>{@link CascadeRule#DEPENDENCY_CYCLE}: the objectives around the cycle, each depending on
 *       the next and the last on the first, starting with the objective whose new dependency
 *       closes the cycle.
 *   <li>{@link CascadeRule#DANGLING_DEPENDENCY}: the objective, then the missing objective it
 *       depends on.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class InjectedDefect {

  private final Plan original;
  private final Plan plan;
  private final CascadeRule kind;
  private final ImmutableList<ObjectiveId> ids;
  private final String description;

  private InjectedDefect(Plan original, Plan plan, CascadeRule kind, ImmutableList<ObjectiveId> ids,
      String description) {
    this.original = original;
    this.plan = plan;
    this.kind = kind;
    this.ids = ids;
    this.description = description;
  }

  /**
   * Obtains an injected defect.
   *
   * @param original  the valid plan before the injection, not null
   * @param plan  the plan with the defect, not null
   * @param kind  the rule the defect breaks, not null
   * @param ids  the ids involved, in the order this class documents for the rule, not null, not
   *     empty, the first one an objective of the plan
   * @param description  what was injected, not blank
   * @return the injected defect, not null
   * @throws OkrException if the ids are empty, the first is not in the plan, or the description
   *     is blank
   */
  public static InjectedDefect of(Plan original, Plan plan, CascadeRule kind,
      Iterable<ObjectiveId> ids, String description) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(description, "description");
    ImmutableList<ObjectiveId> idList = ImmutableList.copyOf(ids);
    if (idList.isEmpty()) {
      throw new OkrException("ids", "[]", "a defect involves at least one objective");
    }
    if (!plan.contains(idList.get(0))) {
      throw new OkrException("ids", idList.toString(),
          "the first id names the objective that breaks the rule, so it must be in the plan");
    }
    if (description.isBlank()) {
      throw new OkrException("description", '"' + description + '"', "must not be blank");
    }
    return new InjectedDefect(original, plan, kind, idList, description);
  }

  /**
   * Returns the valid plan the defect was injected into.
   *
   * @return the plan before the injection, not null
   */
  public Plan original() {
    return original;
  }

  /**
   * Returns the plan with the defect.
   *
   * @return the plan, not null
   */
  public Plan plan() {
    return plan;
  }

  /**
   * Returns the rule the defect breaks.
   *
   * @return the rule, not null
   */
  public CascadeRule kind() {
    return kind;
  }

  /**
   * Returns the ids of the objectives the defect involves, in the order this class documents for
   * its rule: {@link #faulty()} first, then the {@link #others()}.
   *
   * @return the ids, not empty, not null
   */
  public ImmutableList<ObjectiveId> ids() {
    return ids;
  }

  /**
   * Returns the id of the objective that breaks the rule, the first of the {@link #ids()}. For a
   * cycle it is the objective whose new link closes the cycle.
   *
   * @return the id of an objective of the plan, not null
   */
  public ObjectiveId faulty() {
    return ids.get(0);
  }

  /**
   * Returns the ids of the other objectives the defect involves, in order: all of the {@link
   * #ids()} but the first.
   *
   * @return the ids, possibly empty, not null
   */
  public ImmutableList<ObjectiveId> others() {
    return ids.subList(1, ids.size());
  }

  /**
   * Returns what was injected, for example {@code "alignment cycle of length 2: team-5 ->
   * department-2 -> team-5"}.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }

  /**
   * Tells whether another object is an injected defect with equal plans before and after, rule,
   * ids and text.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof InjectedDefect defect
        && original.equals(defect.original)
        && plan.equals(defect.plan)
        && kind == defect.kind
        && ids.equals(defect.ids)
        && description.equals(defect.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(original, plan, kind, ids, description);
  }

  /** Returns the rule and the description, followed by the plan. */
  @Override
  public String toString() {
    return kind + ": " + description + " in " + plan;
  }
}
