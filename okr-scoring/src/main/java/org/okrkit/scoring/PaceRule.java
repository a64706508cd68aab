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
 * <p>The shortfall is how far progress lies behind the expected progress, read as {@link
 * Shortfall#POINTS} ({@code expected - actual}, the default) or as a {@link
 * Shortfall#SHARE_OF_EXPECTED} ({@code (expected - actual) / expected}). Progress is <em>at
 * risk</em> when the shortfall is more than {@link #atRiskAbove()} and <em>off track</em> when it is
 * more than {@link #offTrackAbove()}; otherwise, and always while nothing is expected yet, it is on
 * track. The comparisons are exact, on the key result's or objective's exact progress (not its
 * rounded score), with no rounding: {@code expected - actual > tolerance}, or {@code expected -
 * actual > tolerance * expected}.
 *
 * <p>The latest confidence given on or before the date then caps the status: a {@linkplain
 * org.okrkit.core.ConfidenceLevel#LOW low} confidence (below 0.4, like Koan's 1 to 3 and WorkBoard's
 * low) makes an on-track key result at risk; medium and high confidence change nothing, since an
 * owner's optimism never hides a measured shortfall.
 *
 * <p>{@link #standard()} reads Viva Goals' published "at risk when progress is more than 25 %
 * behind the expected progress" as 25 <em>percentage points</em> behind: progress is itself a
 * percentage, and the relative reading would flag every key result that has not moved on the
 * period's first days (0 of an expected 1 % is 100 % behind). Off track, which Viva Goals does not
 * publish, is more than 50 points behind. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class PaceRule {

  private static final PaceRule STANDARD =
      ImmutablePaceRule.of(new BigDecimal("0.25"), new BigDecimal("0.5"), Shortfall.POINTS);

  PaceRule() {}

  /**
   * Returns the standard rule: at risk more than 0.25 (25 percentage points) behind the expected
   * progress, off track more than 0.5 behind.
   *
   * @return the rule, not null
   */
  public static PaceRule standard() {
    return STANDARD;
  }

  /**
   * Obtains a rule from its two tolerances, in points of progress ({@link Shortfall#POINTS}).
   *
   * @param atRiskAbove  the points behind beyond which progress is at risk, from 0 to 1, not null
   * @param offTrackAbove  the points behind beyond which progress is off track, from atRiskAbove to
   *     1, not null
   * @return the rule, not null
   * @throws OkrException if a tolerance is out of range or they are out of order
   */
  public static PaceRule of(BigDecimal atRiskAbove, BigDecimal offTrackAbove) {
    return of(atRiskAbove, offTrackAbove, Shortfall.POINTS);
  }

  /**
   * Obtains a rule from its two tolerances and how the shortfall is read.
   *
   * @param atRiskAbove  the shortfall beyond which progress is at risk, from 0 to 1, not null
   * @param offTrackAbove  the shortfall beyond which progress is off track, from atRiskAbove to 1,
   *     not null
   * @param shortfall  how the shortfall is read, not null
   * @return the rule, not null
   * @throws OkrException if a tolerance is out of range or they are out of order
   */
  public static PaceRule of(
      BigDecimal atRiskAbove, BigDecimal offTrackAbove, Shortfall shortfall) {
    return ImmutablePaceRule.of(Decimals.canonical("atRiskAbove", atRiskAbove),
        Decimals.canonical("offTrackAbove", offTrackAbove),
        Objects.requireNonNull(shortfall, "shortfall"));
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

  /**
   * Returns how the shortfall is read.
   *
   * @return the reading, not null
   */
  @Value.Parameter
  public abstract Shortfall shortfall();

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
   * @throws OkrException if a number is beyond okrkit's decimal range
   */
  public PaceStatus statusOf(BigDecimal expected, BigDecimal actual) {
    return statusOf(Decimals.canonical("expected", expected),
        Fraction.exactly(Decimals.canonical("actual", actual)));
  }

  /** Compares exact progress: behind beyond a tolerance means below {@code lowestAllowed}. */
  PaceStatus statusOf(BigDecimal expected, Fraction actual) {
    if (actual.compareTo(lowestAllowed(expected, offTrackAbove())) < 0) {
      return PaceStatus.OFF_TRACK;
    }
    if (actual.compareTo(lowestAllowed(expected, atRiskAbove())) < 0) {
      return PaceStatus.AT_RISK;
    }
    return PaceStatus.ON_TRACK;
  }

  /**
   * {@code expected - actual > t} is {@code actual < expected - t}; {@code expected - actual > t *
   * expected} is {@code actual < expected - t * expected}.
   */
  private BigDecimal lowestAllowed(BigDecimal expected, BigDecimal tolerance) {
    return shortfall() == Shortfall.POINTS
        ? expected.subtract(tolerance)
        : expected.subtract(tolerance.multiply(expected));
  }

  /** Returns the rule's formula in words, as explanations show it. */
  String formula() {
    return shortfall() == Shortfall.POINTS
        ? "shortfall = expected - actual, in points of progress"
        : "shortfall = (expected - actual) / expected";
  }

  /**
   * Returns the rule as text, for example {@code at risk > 0.25 behind, off track > 0.5 behind (in
   * points of progress)}.
   */
  @Override
  public String toString() {
    return "at risk > " + atRiskAbove().toPlainString() + " behind, off track > "
        + offTrackAbove().toPlainString() + " behind ("
        + (shortfall() == Shortfall.POINTS ? "in points of progress" : "shares of the expected progress")
        + ")";
  }
}
