package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.okrkit.core.OkrException;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;

/**
 * When progress counts as on track, at risk or off track.
 *
 * <p>The shortfall is how far progress lies behind the expected progress, as a share of the
 * expected progress: {@code (expected - actual) / expected}. Progress is <em>at risk</em> when the
 * shortfall is more than {@link #atRiskAbove()} and <em>off track</em> when it is more than {@link
 * #offTrackAbove()}; otherwise, and always while nothing is expected yet, it is on track. The
 * comparisons are exact ({@code expected - actual > tolerance * expected}), with no rounding.
 *
 * <p>The latest confidence given on or before the date then caps the status: a {@linkplain
 * org.okrkit.core.ConfidenceLevel#LOW low} confidence (below 0.4, like Koan's 1 to 3 and WorkBoard's
 * low) makes an on-track key result at risk; medium and high confidence change nothing, since an
 * owner's optimism never hides a measured shortfall.
 *
 * <p>{@link #standard()} uses Viva Goals' published 25 % for at risk and 50 % for off track.
 * Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class PaceRule {

  private static final PaceRule STANDARD =
      ImmutablePaceRule.of(new BigDecimal("0.25"), new BigDecimal("0.5"));

  PaceRule() {}

  /**
   * Returns the standard rule: at risk beyond a 25 % shortfall, off track beyond 50 %.
   *
   * @return the rule, not null
   */
  public static PaceRule standard() {
    return STANDARD;
  }

  /**
   * Obtains a rule from its two tolerances.
   *
   * @param atRiskAbove  the shortfall beyond which progress is at risk, from 0 to 1, not null
   * @param offTrackAbove  the shortfall beyond which progress is off track, from atRiskAbove to 1,
   *     not null
   * @return the rule, not null
   * @throws OkrException if a tolerance is out of range or they are out of order
   */
  public static PaceRule of(BigDecimal atRiskAbove, BigDecimal offTrackAbove) {
    Objects.requireNonNull(atRiskAbove, "atRiskAbove");
    Objects.requireNonNull(offTrackAbove, "offTrackAbove");
    return ImmutablePaceRule.of(Decimals.canonical(atRiskAbove), Decimals.canonical(offTrackAbove));
  }

  /**
   * Returns the shortfall beyond which progress is at risk.
   *
   * @return the tolerance, from 0 to 1, not null
   */
  @Value.Parameter
  public abstract BigDecimal atRiskAbove();

  /**
   * Returns the shortfall beyond which progress is off track.
   *
   * @return the tolerance, from {@link #atRiskAbove()} to 1, not null
   */
  @Value.Parameter
  public abstract BigDecimal offTrackAbove();

  @Value.Check
  void check() {
    if (atRiskAbove().signum() < 0 || atRiskAbove().compareTo(BigDecimal.ONE) > 0) {
      throw new OkrException("atRiskAbove", atRiskAbove().toPlainString(), "must be from 0 to 1");
    }
    if (offTrackAbove().compareTo(atRiskAbove()) < 0
        || offTrackAbove().compareTo(BigDecimal.ONE) > 0) {
      throw new OkrException("offTrackAbove", offTrackAbove().toPlainString(),
          "must be from atRiskAbove " + atRiskAbove().toPlainString() + " to 1");
    }
  }

  /**
   * Returns the status of progress against the expected progress, before confidence is considered.
   *
   * @param expected  the expected progress, not negative, not null
   * @param actual  the progress made, not null
   * @return on track, at risk or off track, not null
   */
  public PaceStatus statusOf(BigDecimal expected, BigDecimal actual) {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    BigDecimal behind = expected.subtract(actual);
    if (behind.compareTo(offTrackAbove().multiply(expected)) > 0) {
      return PaceStatus.OFF_TRACK;
    }
    if (behind.compareTo(atRiskAbove().multiply(expected)) > 0) {
      return PaceStatus.AT_RISK;
    }
    return PaceStatus.ON_TRACK;
  }

  /** Returns the rule as text, for example {@code at risk > 0.25 behind, off track > 0.5 behind}. */
  @Override
  public String toString() {
    return "at risk > " + atRiskAbove().toPlainString() + " behind, off track > "
        + offTrackAbove().toPlainString() + " behind (shares of the expected progress)";
  }
}
