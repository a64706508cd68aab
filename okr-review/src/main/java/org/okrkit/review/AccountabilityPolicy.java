package org.okrkit.review;

import java.util.Objects;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.alignment.AlignmentRules;
import org.okrkit.core.OkrException;

/**
 * What an {@link AccountabilityView} expects of owners: how often key results are checked in, how
 * many objectives one owner may carry in one period, and which objectives are considered. Start
 * from {@link #defaults()} and change parts with the {@code with} methods. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class AccountabilityPolicy {

  /** The default limit of objectives per owner and period, as okr-alignment's default warning. */
  public static final int DEFAULT_MAX_OBJECTIVES_PER_OWNER = 5;

  private static final AccountabilityPolicy DEFAULTS = ImmutableAccountabilityPolicy.of(
      CheckInCadence.weekly(), DEFAULT_MAX_OBJECTIVES_PER_OWNER, AccountabilityScope.ACTIVE_ON_DATE);

  AccountabilityPolicy() {}

  /**
   * Returns the default policy: weekly check-ins, at most {@value #DEFAULT_MAX_OBJECTIVES_PER_OWNER}
   * objectives per owner and period, the objectives active on the date.
   *
   * @return the policy, not null
   */
  public static AccountabilityPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the check-in cadence.
   *
   * @return the cadence, not null
   */
  @Value.Parameter
  public abstract CheckInCadence cadence();

  /**
   * Returns the most objectives one owner may carry in one period (the same first and last day);
   * okr-alignment's {@link AlignmentRules#tooManyObjectivesPerOwner(int)} applies it.
   *
   * @return the limit, at least 1
   */
  @Value.Parameter
  public abstract int maxObjectivesPerOwner();

  /**
   * Returns which objectives are considered.
   *
   * @return the scope, not null
   */
  @Value.Parameter
  public abstract AccountabilityScope scope();

  /**
   * Returns this policy with another check-in cadence.
   *
   * @param cadence  the cadence, not null
   * @return the policy, not null
   */
  public AccountabilityPolicy withCadence(CheckInCadence cadence) {
    Objects.requireNonNull(cadence, "cadence");
    return ImmutableAccountabilityPolicy.of(cadence, maxObjectivesPerOwner(), scope());
  }

  /**
   * Returns this policy with another limit of objectives per owner and period.
   *
   * @param max  the most objectives allowed, at least 1
   * @return the policy, not null
   * @throws OkrException if max is less than 1
   */
  public AccountabilityPolicy withMaxObjectivesPerOwner(int max) {
    if (max < 1) {
      throw new OkrException("maxObjectivesPerOwner", Integer.toString(max), "must be at least 1");
    }
    return ImmutableAccountabilityPolicy.of(cadence(), max, scope());
  }

  /**
   * Returns this policy with another scope.
   *
   * @param scope  the objectives considered, not null
   * @return the policy, not null
   */
  public AccountabilityPolicy withScope(AccountabilityScope scope) {
    Objects.requireNonNull(scope, "scope");
    return ImmutableAccountabilityPolicy.of(cadence(), maxObjectivesPerOwner(), scope);
  }

  /**
   * Returns the parts, for example {@code AccountabilityPolicy[check-ins every 7 days, at most 5
   * objectives per owner and period, ACTIVE_ON_DATE]}.
   */
  @Override
  public String toString() {
    return "AccountabilityPolicy[check-ins " + cadence() + ", at most " + maxObjectivesPerOwner()
        + " objectives per owner and period, " + scope() + "]";
  }
}
