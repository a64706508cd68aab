package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.alignment.CoverageShare;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.OrgUnitId;

/**
 * How much of its parent unit's key results a unit supports: of the key results of the parent
 * unit's own objectives, how many an alignment link from an objective of the unit, or of a unit
 * below it, points at (okr-alignment's meaning of "supported"). Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class AccountabilityCoverage {

  AccountabilityCoverage() {}

  static AccountabilityCoverage of(OrgUnitId parentUnit, CoverageShare share,
      ImmutableList<AlignmentTarget> unsupported) {
    return ImmutableAccountabilityCoverage.of(parentUnit, share, unsupported);
  }

  /**
   * Returns the parent unit whose key results are covered.
   *
   * @return the parent unit, not null
   */
  @Value.Parameter
  public abstract OrgUnitId parentUnit();

  /**
   * Returns how many of the parent unit's key results the unit supports, of how many.
   *
   * @return the share, {@code 0 of 0} when the parent unit has no key results, not null
   */
  @Value.Parameter
  public abstract CoverageShare share();

  /**
   * Returns the parent unit's key results the unit does not support, in plan order.
   *
   * @return the key results, each as the target a child would align to, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AlignmentTarget> unsupported();

  /**
   * Returns the share and the unsupported key results, for example {@code of dept: 1 of 2
   * (0.5000), unsupported dept-q1/churn}.
   */
  @Override
  public String toString() {
    return "of " + parentUnit() + ": " + AccountabilityRendering.share(share())
        + (unsupported().isEmpty() ? ""
            : ", unsupported " + AccountabilityRendering.joined(unsupported()));
  }
}
