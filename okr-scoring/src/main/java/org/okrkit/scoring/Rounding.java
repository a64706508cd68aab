package org.okrkit.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.immutables.value.Value;
import org.okrkit.core.OkrException;
import org.okrkit.core.internal.OkrStyle;

/**
 * How a {@link ScoringProfile} rounds the exact fraction behind a score, once: to {@link #scale()}
 * decimal places with {@link #mode()} for the {@linkplain Score#value() value}, and separately,
 * from the same exact fraction, to tenths with {@link #gradeMode()} for the {@linkplain
 * Score#grade() grade}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Rounding {

  /** The default number of decimal places of a score. */
  public static final int DEFAULT_SCALE = 4;

  /** The most decimal places a score may have. */
  public static final int MAX_SCALE = 18;

  private static final Rounding STANDARD =
      ImmutableRounding.of(DEFAULT_SCALE, RoundingMode.HALF_EVEN, RoundingMode.HALF_UP);

  Rounding() {}

  /**
   * Returns the default: scale 4 half-even, grades half-up.
   *
   * @return the standard rounding, not null
   */
  public static Rounding standard() {
    return STANDARD;
  }

  /**
   * Obtains a rounding with the default modes (half-even values, half-up grades) at a scale.
   *
   * @param scale  the decimal places, from 1 to {@value #MAX_SCALE}
   * @return the rounding, not null
   * @throws OkrException if the scale is out of range
   */
  public static Rounding ofScale(int scale) {
    return of(scale, RoundingMode.HALF_EVEN, RoundingMode.HALF_UP);
  }

  /**
   * Obtains a rounding.
   *
   * @param scale  the decimal places of a score's value, from 1 to {@value #MAX_SCALE}
   * @param mode  how the value is rounded, not {@link RoundingMode#UNNECESSARY}, not null
   * @param gradeMode  how the grade is rounded to tenths, not {@link RoundingMode#UNNECESSARY}, not
   *     null
   * @return the rounding, not null
   * @throws OkrException if the scale is out of range or a mode is UNNECESSARY
   */
  public static Rounding of(int scale, RoundingMode mode, RoundingMode gradeMode) {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(gradeMode, "gradeMode");
    return ImmutableRounding.of(scale, mode, gradeMode);
  }

  /**
   * Returns the decimal places of a score's value.
   *
   * @return the scale, from 1 to {@value #MAX_SCALE}
   */
  @Value.Parameter
  public abstract int scale();

  /**
   * Returns how a score's value is rounded to {@link #scale()} places.
   *
   * @return the mode, not null
   */
  @Value.Parameter
  public abstract RoundingMode mode();

  /**
   * Returns how a score's grade is rounded to tenths.
   *
   * @return the mode, not null
   */
  @Value.Parameter
  public abstract RoundingMode gradeMode();

  @Value.Check
  void check() {
    if (scale() < 1 || scale() > MAX_SCALE) {
      throw new OkrException("scale", Integer.toString(scale()),
          "must be from 1 to " + MAX_SCALE + " decimal places");
    }
    requireRounding("mode", mode());
    requireRounding("gradeMode", gradeMode());
  }

  private static void requireRounding(String field, RoundingMode mode) {
    if (mode == RoundingMode.UNNECESSARY) {
      throw new OkrException(field, mode.name(),
          "scores do not always terminate (1/3), so they must be rounded");
    }
  }

  /** Rounds an exact fraction to the value's scale, in canonical form. */
  BigDecimal value(Fraction exact) {
    return exact.roundCanonical(scale(), mode());
  }

  /** Rounds an exact fraction to the grade's tenths, in canonical form. */
  BigDecimal grade(Fraction exact) {
    return exact.roundCanonical(1, gradeMode());
  }

  /** Returns the rounding as text, for example {@code scale 4 HALF_EVEN; grade to tenths HALF_UP}. */
  @Override
  public String toString() {
    return "scale " + scale() + " " + mode() + "; grade to tenths " + gradeMode();
  }
}
