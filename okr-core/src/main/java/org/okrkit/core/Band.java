package org.okrkit.core;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * A key result measure that keeps a number within a range, both ends included, for example "keep
 * the response time between 100 and 300 ms". Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract sealed class Band implements Measure permits ImmutableBand {

  Band() {}

  /**
   * Obtains a band from its bounds and unit.
   *
   * @param lower  the lowest good value, not null
   * @param upper  the highest good value, not null, above lower
   * @param unit  the unit, not blank
   * @return the band, not null
   * @throws OkrException if upper is not above lower, the unit is blank, or a bound has more
   *     than 64 integer or 32 fraction digits
   */
  public static Band of(BigDecimal lower, BigDecimal upper, String unit) {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    return ImmutableBand.of(Decimals.canonical("lower", lower), Decimals.canonical("upper", upper), unit);
  }

  /**
   * Obtains a band from bounds given as doubles, each taken in its shortest decimal form.
   *
   * @param lower  the lowest good value, finite
   * @param upper  the highest good value, finite, above lower
   * @param unit  the unit, not blank
   * @return the band, not null
   * @throws OkrException if a bound is NaN or infinite, upper is not above lower, or the unit is blank
   */
  public static Band of(double lower, double upper, String unit) {
    return of(Require.finite("lower", lower), Require.finite("upper", upper), unit);
  }

  /**
   * Returns the lowest good value.
   *
   * @return the lower bound, not null
   */
  @Value.Parameter
  public abstract BigDecimal lower();

  /**
   * Returns the highest good value.
   *
   * @return the upper bound, not null
   */
  @Value.Parameter
  public abstract BigDecimal upper();

  /**
   * Returns the unit of the bounds.
   *
   * @return the unit, not null
   */
  @Value.Parameter
  public abstract String unit();

  @Value.Check
  void check() {
    Require.text("unit", unit());
    if (upper().compareTo(lower()) <= 0) {
      throw new OkrException(
          "upper", upper().toPlainString(), "must be above lower " + lower().toPlainString());
    }
    assert Decimals.isCanonical(lower()) && Decimals.isCanonical(upper())
        : "okrkit bug: band bounds not canonical: " + this;
  }

  /**
   * Tells whether a value lies in the band, both bounds included.
   *
   * @param value  the value, not null
   * @return true if lower &le; value &le; upper
   */
  public boolean contains(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return value.compareTo(lower()) >= 0 && value.compareTo(upper()) <= 0;
  }

  @Override
  public MeasureKind kind() {
    return MeasureKind.BAND;
  }

  @Override
  public boolean accepts(CheckInValue value) {
    return Objects.requireNonNull(value, "value") instanceof NumericValue;
  }

  /** Returns the band as text, for example {@code within 100..300 ms}. */
  @Override
  public String toString() {
    return "within " + lower().toPlainString() + ".." + upper().toPlainString() + " " + unit();
  }
}
