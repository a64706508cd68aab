package org.okrkit.review;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.OkrException;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.PersonId;

/**
 * Which objectives a {@link Retrospective} reviews: the whole plan, one organisational unit with
 * its sub-units (through the plan's {@linkplain org.okrkit.core.Plan#parentUnits() unit tree}), or
 * the objectives one person owns. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class RetrospectiveScope {

  RetrospectiveScope() {}

  /**
   * Returns the scope of every objective of the plan.
   *
   * @return the scope, not null
   */
  public static RetrospectiveScope wholePlan() {
    return ImmutableRetrospectiveScope.of(Optional.empty(), Optional.empty());
  }

  /**
   * Returns the scope of the objectives held by a unit or by any unit below it in the plan's unit
   * tree.
   *
   * @param unit  the unit, not null
   * @return the scope, not null
   */
  public static RetrospectiveScope forUnit(OrgUnitId unit) {
    Objects.requireNonNull(unit, "unit");
    return ImmutableRetrospectiveScope.of(Optional.of(unit), Optional.empty());
  }

  /**
   * Returns the scope of the objectives a person owns.
   *
   * @param owner  the owner, not null
   * @return the scope, not null
   */
  public static RetrospectiveScope forOwner(PersonId owner) {
    Objects.requireNonNull(owner, "owner");
    return ImmutableRetrospectiveScope.of(Optional.empty(), Optional.of(owner));
  }

  /**
   * Returns the unit whose objectives, with its sub-units', are reviewed.
   *
   * @return the unit, empty unless the scope is a unit, not null
   */
  @Value.Parameter
  public abstract Optional<OrgUnitId> unit();

  /**
   * Returns the person whose objectives are reviewed.
   *
   * @return the owner, empty unless the scope is an owner, not null
   */
  @Value.Parameter
  public abstract Optional<PersonId> owner();

  @Value.Check
  void check() {
    if (unit().isPresent() && owner().isPresent()) {
      throw new OkrException("scope", unit().get() + " and " + owner().get(),
          "a scope is a unit or an owner, not both");
    }
  }

  /**
   * Returns the scope as text: {@code whole plan}, {@code unit sales and its sub-units} or
   * {@code owner ada}.
   */
  @Override
  public String toString() {
    if (unit().isPresent()) {
      return "unit " + unit().get() + " and its sub-units";
    }
    return owner().map(owner -> "owner " + owner).orElse("whole plan");
  }
}
