package org.okrkit.core.internal;

import java.math.BigDecimal;
import java.util.Objects;
import org.okrkit.core.OkrException;

/** Canonical forms of exact decimals, so that equal numbers give equal values. */
public final class Decimals {

  /** Most digits accepted before the decimal point: far beyond any business quantity. */
  public static final int MAX_INTEGER_DIGITS = 64;

  /** Most digits accepted after the decimal point. */
  public static final int MAX_FRACTION_DIGITS = 32;

  private Decimals() {}

  /**
   * Checks that a decimal is within okrkit's range and returns its canonical form: no trailing
   * fractional zeros and never a negative scale, so {@code 10.0} and {@code 10} become {@code 10},
   * and {@code 100} stays {@code 100}. The range (at most 64 digits before and 32 after the decimal
   * point) keeps every later computation and message bounded.
   *
   * @param field  the field name for the error message
   * @param value  the value, not null
   * @return the canonical value
   * @throws OkrException if the value is out of range
   */
  public static BigDecimal canonical(String field, BigDecimal value) {
    Objects.requireNonNull(value, field);
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    long integerDigits = (long) stripped.precision() - stripped.scale();
    if (integerDigits > MAX_INTEGER_DIGITS || stripped.scale() > MAX_FRACTION_DIGITS) {
      throw new OkrException(field, stripped.toString(),
          "must have at most " + MAX_INTEGER_DIGITS + " digits before and "
              + MAX_FRACTION_DIGITS + " after the decimal point");
    }
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns the canonical form of a number the library computed itself from checked inputs.
   *
   * @param value  the computed value, not null
   * @return the canonical value
   */
  public static BigDecimal canonical(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Tells whether a decimal is already in its canonical form. */
  public static boolean isCanonical(BigDecimal value) {
    if (value.scale() <= 0) {
      return value.scale() == 0;
    }
    return value.signum() != 0 && value.stripTrailingZeros().scale() == value.scale();
  }
}
