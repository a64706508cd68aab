package org.okrkit.testkit;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;

/**
 * A plan with exactly one injected defect, the valid plan it was injected into, the kind of that
 * defect, the ids of the objectives it involves and a sentence that describes it. Obtain one from
 * {@link Defects} or from the arbitraries of {@link Plans}.
 *
 * <p>The ids are in the order that {@link DefectKind} documents for each kind. The first, {@link
 * #faulty()}, is always an objective of the plan that breaks the rule; the {@link #others()} are
 * the objectives it breaks the rule with, such as the parents of a level inversion. An id among
 * the others may name an objective that is not in the plan, for a dangling reference. Immutable
 * and thread-safe.
 */
public final class InjectedDefect {

  private final Plan original;
  private final Plan plan;
  private final DefectKind kind;
  private final ImmutableList<ObjectiveId> ids;
  private final String description;

  private InjectedDefect(Plan original, Plan plan, DefectKind kind, ImmutableList<ObjectiveId> ids,
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
   * @param kind  the kind of defect, not null
   * @param ids  the ids involved, in the order {@link DefectKind} documents for the kind, not
   *     null, not empty, the first one an objective of the plan
   * @param description  what was injected, not blank
   * @return the injected defect, not null
   * @throws OkrException if the ids are empty, the first is not in the plan, or the description
   *     is blank
   */
  public static InjectedDefect of(Plan original, Plan plan, DefectKind kind,
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
   * Returns the kind of the defect.
   *
   * @return the kind, not null
   */
  public DefectKind kind() {
    return kind;
  }

  /**
   * Returns the ids of the objectives the defect involves, in the order {@link DefectKind}
   * documents for the kind: {@link #faulty()} first, then the {@link #others()}.
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
   * Tells whether another object is an injected defect with equal plans before and after, kind,
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

  /** Returns the kind and the description, followed by the plan. */
  @Override
  public String toString() {
    return kind + ": " + description + " in " + plan;
  }
}
