package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.OkrException;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * How a {@link ScoringProfile} scores a value outside a band key result's range: {@linkplain
 * #zeroOutside() 0 outside}, or a {@linkplain #linearFalloff(BigDecimal, FalloffUnit) linear
 * fall-off} over a width that only means something with its unit. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class BandScoring {

  private static final BandScoring ZERO_OUTSIDE =
      ImmutableBandScoring.of(Optional.empty(), Optional.empty());

  BandScoring() {}

  /**
   * Returns 1 inside the band (both ends included), 0 outside: Google's way.
   *
   * @return the part, not null
   */
  public static BandScoring zeroOutside() {
    return ZERO_OUTSIDE;
  }

  /**
   * Obtains a linear fall-off: 1 inside the band; outside, {@code 1 - distance / width}, not below
   * 0, where the distance is how far the value lies from the nearer end.
   *
   * @param width  the fall-off width, positive, not null
   * @param unit  whether the width is a multiple of each band's own width or an amount in its unit,
   *     not null
   * @return the part, not null
   * @throws OkrException if the width is not positive or beyond okrkit's decimal range
   */
  public static BandScoring linearFalloff(BigDecimal width, FalloffUnit unit) {
    Objects.requireNonNull(width, "width");
    Objects.requireNonNull(unit, "unit");
    BigDecimal canonical = Decimals.canonical("width", width);
    Require.positive("width", canonical);
    return ImmutableBandScoring.of(Optional.of(canonical), Optional.of(unit));
  }

  /**
   * Returns the fall-off width; present exactly when the mode is {@link BandMode#LINEAR_FALLOFF}.
   *
   * @return the width, not null
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> falloffWidth();

  /**
   * Returns the unit of the fall-off width; present exactly when the width is.
   *
   * @return the unit, not null
   */
  @Value.Parameter
  public abstract Optional<FalloffUnit> falloffUnit();

  @Value.Check
  void check() {
    assert falloffWidth().isPresent() == falloffUnit().isPresent()
        : "okrkit bug: a fall-off width without its unit";
  }

  /**
   * Returns the mode.
   *
   * @return {@link BandMode#LINEAR_FALLOFF} when a fall-off is set, else {@link
   *     BandMode#ZERO_OUTSIDE}, not null
   */
  public BandMode mode() {
    return falloffWidth().isPresent() ? BandMode.LINEAR_FALLOFF : BandMode.ZERO_OUTSIDE;
  }

  /**
   * Returns the rule this part applies, which names it in explanations.
   *
   * @return the rule, not null
   */
  public ScoringRule rule() {
    return mode() == BandMode.ZERO_OUTSIDE
        ? ScoringRule.BAND_ZERO_OUTSIDE : ScoringRule.BAND_LINEAR_FALLOFF;
  }

  /** Returns {@code ZERO_OUTSIDE}, or the fall-off, for example {@code LINEAR_FALLOFF width 1x}. */
  @Override
  public String toString() {
    if (mode() == BandMode.ZERO_OUTSIDE) {
      return mode().toString();
    }
    return mode() + " width " + falloffWidth().orElseThrow().toPlainString()
        + (falloffUnit().orElseThrow() == FalloffUnit.BAND_WIDTHS ? "x" : " units");
  }
}
