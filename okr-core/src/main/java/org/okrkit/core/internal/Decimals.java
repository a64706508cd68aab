package org.okrkit.core.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import org.okrkit.core.OkrException;

/** Canonical forms of exact decimals, so that equal numbers give equal values. */
public final class Decimals {

  /** Most digits accepted before the decimal point: far beyond any business quantity. */
  public static final int MAX_INTEGER_DIGITS = 64;

  /** Most digits accepted after the decimal point. */
  public static final int MAX_FRACTION_DIGITS = 32;

  /** Unscaled values of up to 333 bits (at most 101 digits) appear in messages digit for digit. */
  private static final int EXACTLY_DESCRIBED_BITS = 333;

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
    // Bounds on the digit count of the unscaled value from its bit length, in constant time, so that
    // a number far out of range is rejected before any work proportional to its size, and before
    // stripTrailingZeros, which would overflow the scale of 1E+2147483648 or take seconds on a
    // number of 200,000 digits.
    BigInteger unscaled = value.unscaledValue();
    long bits = unscaled.bitLength();
    long fewestDigits = fewestDigits(bits);
    long mostDigits = bits * 30_103 / 100_000 + 1;
    long scale = value.scale();
    if (fewestDigits - scale > MAX_INTEGER_DIGITS || mostDigits - scale < -MAX_FRACTION_DIGITS) {
      throw outOfRange(field, value);
    }
    BigDecimal bounded = value;
    if (scale > MAX_FRACTION_DIGITS) {
      // Only trailing zeros may lie beyond the last allowed fraction digit: remove them with one
      // division, leaving at most 64 + 32 digits (plus one of slack) for stripTrailingZeros.
      BigInteger[] quotientAndRemainder =
          unscaled.divideAndRemainder(BigInteger.TEN.pow((int) (scale - MAX_FRACTION_DIGITS)));
      if (quotientAndRemainder[1].signum() != 0) {
        throw outOfRange(field, value);
      }
      bounded = new BigDecimal(quotientAndRemainder[0], MAX_FRACTION_DIGITS);
    }
    // The integer digits (precision - scale) are within one of the limit, so the unscaled value has
    // at most about 97 digits here and stripping is cheap and cannot overflow the scale. The scale
    // is now at most 32 and stripping only lowers it, so only the integer digits need a check.
    BigDecimal stripped = bounded.stripTrailingZeros();
    long integerDigits = (long) stripped.precision() - stripped.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      throw outOfRange(field, value);
    }
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static OkrException outOfRange(String field, BigDecimal value) {
    return new OkrException(field, describe(value),
        "must have at most " + MAX_INTEGER_DIGITS + " digits before and "
            + MAX_FRACTION_DIGITS + " after the decimal point");
  }

  /** A lower bound on the decimal digits of a positive integer of this many bits: log10(2) > 0.30102. */
  private static long fewestDigits(long bits) {
    return (bits - 1) * 30_102 / 100_000 + 1;
  }

  /**
   * Shows a decimal for a message: exactly, as {@link BigDecimal#toString()} writes it, when its
   * unscaled value has at most about 100 digits, otherwise by its sign, approximate order of
   * magnitude and size, so that a message stays short and cheap however large the input.
   *
   * @param value  the value, not null
   * @return the text, at most about 120 characters
   */
  public static String describe(BigDecimal value) {
    long bits = value.unscaledValue().bitLength();
    if (bits <= EXACTLY_DESCRIBED_BITS) {
      return value.toString();
    }
    // the value is below 2^bits, so its decimal exponent is at most bits x log10(2), within one
    long exponent = (long) Math.floor(bits * Math.log10(2)) - value.scale();
    return (value.signum() < 0 ? "-" : "") + "about 1E" + (exponent >= 0 ? "+" : "") + exponent
        + " (an unscaled value of " + bits + " bits, scale " + value.scale() + ")";
  }

  /**
   * Returns the canonical form of a number the library computed itself from checked inputs.
   *
   * @param value  the computed value, not null
   * @return the canonical value
   */
  public static BigDecimal canonical(BigDecimal value) {
    // stripTrailingZeros turns a zero of any scale into BigDecimal.ZERO itself
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
