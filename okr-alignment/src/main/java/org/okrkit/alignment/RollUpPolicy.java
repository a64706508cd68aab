package org.okrkit.alignment;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.okrkit.core.OkrException;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;

/**
 * How an objective's rolled-up progress combines its own key results with the objectives aligned
 * to it (its children). A policy is chosen for a whole plan and can be overridden per objective
 * (see {@link RollUp}).
 *
 * <p>A policy has two parts. The {@linkplain #childrenShare() children's share} {@code b}, from 0
 * to 1, says how much of a value comes from children: {@link #ownOnly()} is 0, {@link
 * #childrenOnly()} is 1, {@link #blended(BigDecimal)} anything in between. {@linkplain
 * #isSummingKeyResults() Summing key results} says whether a key result that children are aligned
 * to takes the weighted mean of their progress (the default) or the <em>sum of their values</em>,
 * scored against its own measure (Quantive's cascaded key results: 4 against a target of 3 is
 * 4/3). {@link #summing()} is {@code childrenOnly()} with summing, and {@link
 * #withSummedKeyResults()} adds summing to a blend.
 *
 * <p>The share applies in two places, so each link counts exactly once: a child aligned to a key
 * result of the objective counts in that key result, a child aligned to the objective as a whole
 * counts at the objective's level. {@link RollUp} gives the formulas. Where there is nothing from
 * children (no child aligned to that key result, or to the whole objective), the value is the
 * objective's own: every policy falls back to the own score. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class RollUpPolicy {

  private static final RollUpPolicy OWN_ONLY = ImmutableRollUpPolicy.of(BigDecimal.ZERO, false);
  private static final RollUpPolicy CHILDREN_ONLY = ImmutableRollUpPolicy.of(BigDecimal.ONE, false);
  private static final RollUpPolicy SUMMING = ImmutableRollUpPolicy.of(BigDecimal.ONE, true);

  RollUpPolicy() {}

  /**
   * Returns the policy that ignores children: the rolled-up progress is the objective's own score
   * from okr-scoring.
   *
   * @return the policy, not null
   */
  public static RollUpPolicy ownOnly() {
    return OWN_ONLY;
  }

  /**
   * Returns the policy that takes children wherever there are any: a key result children are
   * aligned to takes the weighted mean of their rolled-up progress (weight = each link's {@link
   * org.okrkit.core.Alignment#weight() weight}), and an objective with children aligned to it as a
   * whole takes theirs. Without children, the objective's own score.
   *
   * @return the policy, not null
   */
  public static RollUpPolicy childrenOnly() {
    return CHILDREN_ONLY;
  }

  /**
   * Returns the policy that blends own and children: {@code own × (1 − share) + children × share},
   * at each key result children are aligned to and at the objective's level.
   *
   * @param childrenShare  the children's share, from 0 to 1, not null
   * @return the policy, not null
   * @throws OkrException if the share is outside [0, 1] or beyond okrkit's decimal range
   */
  public static RollUpPolicy blended(BigDecimal childrenShare) {
    Objects.requireNonNull(childrenShare, "childrenShare");
    return ImmutableRollUpPolicy.of(Decimals.canonical("childrenShare", childrenShare), false);
  }

  /**
   * Returns {@link #childrenOnly()} with summed key results: a key result with a {@linkplain
   * org.okrkit.core.Metric metric} that children are aligned to is scored, with the scorer's
   * profile, on the sum of the values of those children's metric key results, which must be in the
   * same unit and direction.
   *
   * @return the policy, not null
   */
  public static RollUpPolicy summing() {
    return SUMMING;
  }

  /**
   * Returns the children's share: 0 own only, 1 children only.
   *
   * @return the share, from 0 to 1, not null
   */
  @Value.Parameter
  public abstract BigDecimal childrenShare();

  /**
   * Tells whether key results that children are aligned to take the sum of the children's values
   * instead of the mean of their progress.
   *
   * @return true if summing
   */
  @Value.Parameter
  public abstract boolean isSummingKeyResults();

  /**
   * Returns this policy with summed key results; the children's share still applies at the
   * objective's level.
   *
   * @return the policy, not null
   * @throws OkrException if this policy is own only, which takes nothing from children
   */
  public RollUpPolicy withSummedKeyResults() {
    if (isOwnOnly()) {
      throw new OkrException("childrenShare", "0",
          "an own-only policy takes nothing from children, so it cannot sum their values;"
              + " use summing() or a blend with a positive share");
    }
    return ImmutableRollUpPolicy.of(childrenShare(), true);
  }

  /**
   * Tells whether children are ignored.
   *
   * @return true if the children's share is 0
   */
  public boolean isOwnOnly() {
    return childrenShare().signum() == 0;
  }

  @Value.Check
  void check() {
    if (childrenShare().signum() < 0 || childrenShare().compareTo(BigDecimal.ONE) > 0) {
      throw new OkrException("childrenShare", childrenShare().toPlainString(),
          "must be from 0 to 1");
    }
    if (isSummingKeyResults() && isOwnOnly()) {
      throw new OkrException("childrenShare", "0", "a summing policy must take from children");
    }
  }

  /**
   * Returns the policy as text: {@code own only}, {@code children only}, {@code blended 0.3}, each
   * followed by {@code , summing key results} when summing.
   */
  @Override
  public String toString() {
    String share = isOwnOnly() ? "own only"
        : childrenShare().compareTo(BigDecimal.ONE) == 0 ? "children only"
        : "blended " + childrenShare().toPlainString();
    return isSummingKeyResults() ? share + ", summing key results" : share;
  }
}
