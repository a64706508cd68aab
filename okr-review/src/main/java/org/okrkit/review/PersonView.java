package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.PersonId;

/**
 * What one person is accountable for in an {@link AccountabilityView}: what they own, contribute
 * to and coach, what of theirs is at risk or overdue for a check-in, and where they carry more
 * objectives than the limit. Lists follow plan order: objective by objective, and key results in
 * each objective's order. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class PersonView {

  PersonView() {}

  static PersonView of(PersonId person, ImmutableList<ObjectiveId> ownedObjectives,
      ImmutableList<AlignmentTarget> ownedKeyResults,
      ImmutableList<ObjectiveId> contributedObjectives,
      ImmutableList<AlignmentTarget> contributedKeyResults,
      ImmutableList<ObjectiveId> coachedObjectives, ImmutableList<AccountabilityRisk> risks,
      ImmutableList<AccountabilityOverdue> overdue,
      ImmutableList<AccountabilityOverload> overloads) {
    return ImmutablePersonView.of(person, ownedObjectives, ownedKeyResults, contributedObjectives,
        contributedKeyResults, coachedObjectives, risks, overdue, overloads);
  }

  /**
   * Returns the person.
   *
   * @return the person's id, not null
   */
  @Value.Parameter
  public abstract PersonId person();

  /**
   * Returns the objectives the person owns.
   *
   * @return the objectives' ids, not null
   */
  @Value.Parameter
  public abstract ImmutableList<ObjectiveId> ownedObjectives();

  /**
   * Returns the key results the person owns.
   *
   * @return the key results, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AlignmentTarget> ownedKeyResults();

  /**
   * Returns the objectives the person contributes to, as one of their contributors.
   *
   * @return the objectives' ids, not null
   */
  @Value.Parameter
  public abstract ImmutableList<ObjectiveId> contributedObjectives();

  /**
   * Returns the key results the person contributes to, as one of their contributors.
   *
   * @return the key results, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AlignmentTarget> contributedKeyResults();

  /**
   * Returns the objectives the person coaches.
   *
   * @return the objectives' ids, not null
   */
  @Value.Parameter
  public abstract ImmutableList<ObjectiveId> coachedObjectives();

  /**
   * Returns the key results at risk that the person answers for: those they own, and those of the
   * objectives they own, each once.
   *
   * @return the risks, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AccountabilityRisk> risks();

  /**
   * Returns the key results overdue for a check-in that the person answers for: those they own,
   * and those of the objectives they own, each once.
   *
   * @return the overdue key results, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AccountabilityOverdue> overdue();

  /**
   * Returns the periods in which the person owns more objectives than the limit, in the order
   * okr-alignment reports them (by the plan order of each period's first objective).
   *
   * @return the overloads, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AccountabilityOverload> overloads();

  /**
   * Tells whether the person owns more objectives than the limit in some period.
   *
   * @return true if there is an overload
   */
  public boolean isOverloaded() {
    return !overloads().isEmpty();
  }

  /**
   * Returns the person and the counts, for example {@code PersonView[ben: owns 2 objectives and 3
   * key results, contributes to 0 and 1, coaches 0, 1 at risk, 0 overdue, 0 overloads]}.
   */
  @Override
  public String toString() {
    return "PersonView[" + person() + ": owns " + ownedObjectives().size() + " objectives and "
        + ownedKeyResults().size() + " key results, contributes to "
        + contributedObjectives().size() + " and " + contributedKeyResults().size()
        + ", coaches " + coachedObjectives().size() + ", " + risks().size() + " at risk, "
        + overdue().size() + " overdue, " + overloads().size() + " overloads]";
  }
}
