package org.okrkit.testkit;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;

/**
 * A plan with exactly one injected defect, the kind of that defect, the ids of the objectives it
 * involves and a sentence that describes it. Obtain one from {@link Defects} or from the
 * arbitraries of {@link Plans}.
 *
 * <p>The ids are in a meaningful order: for a cycle, the objectives around the cycle, each
 * aligned to (or depending on) the next and the last to the first; for the other kinds, the
 * objective whose link or value is at fault first, then the parents involved. An id may name an
 * objective that is not in the plan, for a dangling reference. Immutable and thread-safe.
 */
public final class InjectedDefect {

  private final Plan plan;
  private final DefectKind kind;
  private final ImmutableList<ObjectiveId> ids;
  private final String description;

  private InjectedDefect(
      Plan plan, DefectKind kind, ImmutableList<ObjectiveId> ids, String description) {
    this.plan = plan;
    this.kind = kind;
    this.ids = ids;
    this.description = description;
  }

  /**
   * Obtains an injected defect.
   *
   * @param plan  the plan with the defect, not null
   * @param kind  the kind of defect, not null
   * @param ids  the ids involved, not null, not empty
   * @param description  what was injected, not blank
   * @return the injected defect, not null
   * @throws OkrException if the ids are empty or the description blank
   */
  public static InjectedDefect of(
      Plan plan, DefectKind kind, Iterable<ObjectiveId> ids, String description) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(description, "description");
    ImmutableList<ObjectiveId> idList = ImmutableList.copyOf(ids);
    if (idList.isEmpty()) {
      throw new OkrException("ids", "[]", "a defect involves at least one objective");
    }
    if (description.isBlank()) {
      throw new OkrException("description", '"' + description + '"', "must not be blank");
    }
    return new InjectedDefect(plan, kind, idList, description);
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
   * Returns the ids of the objectives the defect involves.
   *
   * @return the ids, not empty, not null
   */
  public ImmutableList<ObjectiveId> ids() {
    return ids;
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

  /** Tells whether another object is an injected defect with equal plan, kind, ids and text. */
  @Override
  public boolean equals(Object other) {
    return other instanceof InjectedDefect defect
        && plan.equals(defect.plan)
        && kind == defect.kind
        && ids.equals(defect.ids)
        && description.equals(defect.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, kind, ids, description);
  }

  /** Returns the kind and the description, followed by the plan. */
  @Override
  public String toString() {
    return kind + ": " + description + " in " + plan;
  }
}
