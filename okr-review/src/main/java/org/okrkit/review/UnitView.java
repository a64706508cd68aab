package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.PersonId;

/**
 * What one organisational unit is accountable for in an {@link AccountabilityView}. The lists hold
 * the unit's own objectives (those it holds itself); the units below it have views of their own,
 * reached through {@link #subUnits()}, and {@link #totals()} adds the unit's own counts to theirs.
 * {@link #parentCoverage()} tells how much of the parent unit's key results the unit, with the
 * units below it, supports. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class UnitView {

  UnitView() {}

  static UnitView of(OrgUnitId unit, Optional<OrgUnitId> parentUnit,
      ImmutableList<OrgUnitId> subUnits, ImmutableList<ObjectiveId> objectives,
      ImmutableList<PersonId> owners, ImmutableList<AccountabilityRisk> risks,
      ImmutableList<AccountabilityOverdue> overdue,
      ImmutableList<AccountabilityOverload> overloads,
      Optional<AccountabilityCoverage> parentCoverage, AccountabilityTotals totals) {
    return ImmutableUnitView.of(unit, parentUnit, subUnits, objectives, owners, risks, overdue,
        overloads, parentCoverage, totals);
  }

  /**
   * Returns the unit.
   *
   * @return the unit's id, not null
   */
  @Value.Parameter
  public abstract OrgUnitId unit();

  /**
   * Returns the unit this unit belongs to in the plan's unit tree.
   *
   * @return the parent unit, empty for a top unit, not null
   */
  @Value.Parameter
  public abstract Optional<OrgUnitId> parentUnit();

  /**
   * Returns the units that belong to this unit, by id.
   *
   * @return the sub-units, not null
   */
  @Value.Parameter
  public abstract ImmutableList<OrgUnitId> subUnits();

  /**
   * Returns the unit's own objectives, in plan order.
   *
   * @return the objectives' ids, not null
   */
  @Value.Parameter
  public abstract ImmutableList<ObjectiveId> objectives();

  /**
   * Returns the owners of the unit's own objectives and of their key results, by id.
   *
   * @return the owners, not null
   */
  @Value.Parameter
  public abstract ImmutableList<PersonId> owners();

  /**
   * Returns the key results of the unit's own objectives that are at risk, in plan order.
   *
   * @return the risks, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AccountabilityRisk> risks();

  /**
   * Returns the key results of the unit's own objectives that are overdue for a check-in, in plan
   * order.
   *
   * @return the overdue key results, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AccountabilityOverdue> overdue();

  /**
   * Returns the overloads of the unit's {@linkplain #owners() owners}, by owner.
   *
   * @return the overloads, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AccountabilityOverload> overloads();

  /**
   * Returns how much of the parent unit's key results this unit supports.
   *
   * @return the coverage, empty for a top unit, not null
   */
  @Value.Parameter
  public abstract Optional<AccountabilityCoverage> parentCoverage();

  /**
   * Returns the counts of the unit's own objectives added to its sub-units' totals.
   *
   * @return the totals, not null
   */
  @Value.Parameter
  public abstract AccountabilityTotals totals();

  /**
   * Returns the unit and its totals, for example {@code UnitView[team-a in dept: 2 objectives, 5
   * key results, 1 at risk, 0 overdue]}.
   */
  @Override
  public String toString() {
    return "UnitView[" + unit() + parentUnit().map(parent -> " in " + parent).orElse("") + ": "
        + totals() + "]";
  }
}
