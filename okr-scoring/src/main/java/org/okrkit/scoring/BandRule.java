package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.okrkit.core.Band;

/**
 * A band to stay within, both ends included: 1 inside; outside 0, or a linear fall-off over the
 * profile's {@link BandScoring} width. A band has no single target; a forecast tells whether the
 * projection lies in it.
 */
record BandRule(Band band) implements MeasureRule {

  @Override
  public ScoringRule rule(ScoringProfile profile) {
    return profile.band().rule();
  }

  @Override
  public Optional<String> unit() {
    return Optional.of(band.unit());
  }

  @Override
  public void describe(ScoringProfile profile, Steps steps) {
    steps.input("lower", band.lower()).input("upper", band.upper());
  }

  @Override
  public Optional<Fraction> progress(ValueHistory values, ScoringProfile profile, Steps steps) {
    Fraction distance = distanceOutside(Fraction.exactly(values.numberAt(values.latestIndex())));
    steps.step("distance outside", distance);
    if (profile.band().mode() == BandMode.ZERO_OUTSIDE) {
      return Optional.of(distance.signum() == 0 ? Fraction.ONE : Fraction.ZERO);
    }
    BigDecimal width = falloffWidth(profile.band());
    BandScoring part = profile.band();
    steps.step("fall-off width", Steps.render(width)
        + (part.falloffUnit().orElseThrow() == FalloffUnit.BAND_WIDTHS
            ? " (" + part.falloffWidth().orElseThrow().toPlainString() + " x (upper - lower))"
            : " (in the band's unit)"));
    Fraction progress = falloff(distance, width);
    steps.step("1 - distance / width", progress);
    return Optional.of(progress);
  }

  /** How far a value lies outside the band, 0 inside. */
  private Fraction distanceOutside(Fraction value) {
    if (value.compareTo(band.lower()) < 0) {
      return Fraction.exactly(band.lower()).subtract(value);
    }
    if (value.compareTo(band.upper()) > 0) {
      return value.subtract(Fraction.exactly(band.upper()));
    }
    return Fraction.ZERO;
  }

  /** The fall-off width in the band's unit. */
  private BigDecimal falloffWidth(BandScoring part) {
    BigDecimal width = part.falloffWidth().orElseThrow();
    return part.falloffUnit().orElseThrow() == FalloffUnit.BAND_WIDTHS
        ? width.multiply(band.upper().subtract(band.lower())) : width;
  }

  /** {@code (width - distance) / width} exactly, or 0 once the distance reaches the width. */
  private static Fraction falloff(Fraction distance, BigDecimal width) {
    if (distance.compareTo(width) >= 0) {
      return Fraction.ZERO;
    }
    return Fraction.exactly(width).subtract(distance).divide(width);
  }

  @Override
  public boolean reaches(Fraction position, ScoringProfile profile) {
    return distanceOutside(position).signum() == 0;
  }

  @Override
  public Fraction projectedProgress(Fraction position, ScoringProfile profile) {
    Fraction distance = distanceOutside(position);
    if (profile.band().mode() == BandMode.ZERO_OUTSIDE) {
      return distance.signum() == 0 ? Fraction.ONE : Fraction.ZERO;
    }
    return falloff(distance, falloffWidth(profile.band()));
  }
}
