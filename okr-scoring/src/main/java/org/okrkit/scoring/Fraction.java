package org.okrkit.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.okrkit.core.OkrException;
import org.okrkit.core.internal.Decimals;

/**
 * An exact fraction of two integers, kept in lowest terms with a positive denominator: the exact
 * number behind every score, such as {@code 100/121}, before it is rounded once for reporting.
 *
 * <p>Read it with {@link #numerator()} and {@link #denominator()}, compare it with {@link
 * #compareTo(Fraction)}, or round it with {@link #round(int, RoundingMode)}; build one to compare
 * against with {@link #of(long, long)}. Sums, products and quotients are exact; their numerators
 * and denominators grow with every step, so a long computation should round at declared points,
 * as okr-scoring does (see the package overview). Equal fractions are equal objects ({@code 2/4} equals
 * {@code 1/2}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Fraction exact = score.exact();                       // 7/12 for the README's quickstart
 * BigDecimal shown = exact.round(4, RoundingMode.HALF_EVEN);   // 0.5833
 * boolean atLeastHalf = exact.compareTo(Fraction.of(1, 2)) >= 0; // true
 * Fraction half = Fraction.of(1, 3).add(Fraction.of(1, 6));    // 1/2, in lowest terms
 * boolean equal = half.equals(Fraction.of(2, 4));              // true
 * }</pre>
 */
public final class Fraction implements Comparable<Fraction> {

  /** Zero. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  /** The most decimal places a fraction is rounded to. */
  public static final int MAX_ROUNDING_SCALE = 100;

  private static final BigInteger FIVE = BigInteger.valueOf(5);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Obtains the fraction {@code numerator / denominator} in lowest terms.
   *
   * @param numerator  the numerator, not null
   * @param denominator  the denominator, not zero, not null
   * @return the fraction, not null
   * @throws OkrException if the denominator is zero
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new OkrException("denominator", "0", "a fraction's denominator must not be zero");
    }
    return reduced(numerator, denominator);
  }

  private static Fraction reduced(BigInteger numerator, BigInteger denominator) {
    assert denominator.signum() != 0 : "okrkit bug: a fraction with denominator 0";
    if (numerator.signum() == 0) {
      return ZERO;
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (denominator.signum() < 0) {
      gcd = gcd.negate();
    }
    return new Fraction(numerator.divide(gcd), denominator.divide(gcd));
  }

  /** Returns {@code numerator / denominator} exactly; the denominator is not zero. */
  static Fraction of(BigDecimal numerator, BigDecimal denominator) {
    // a/b = (ua * 10^-sa) / (ub * 10^-sb) = ua * 10^sb / (ub * 10^sa)
    BigInteger top = numerator.unscaledValue();
    BigInteger bottom = denominator.unscaledValue();
    int shift = denominator.scale() - numerator.scale();
    if (shift > 0) {
      top = top.multiply(BigInteger.TEN.pow(shift));
    } else if (shift < 0) {
      bottom = bottom.multiply(BigInteger.TEN.pow(-shift));
    }
    return reduced(top, bottom);
  }

  /**
   * Obtains a decimal as a fraction, for example {@code 0.25} as {@code 1/4}.
   *
   * @param value  the decimal, within okrkit's range of 64 integer and 32 fraction digits, not
   *     null
   * @return the fraction, not null
   * @throws OkrException if the decimal is beyond okrkit's range
   */
  public static Fraction of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return exactly(Decimals.canonical("value", value));
  }

  /** Returns any decimal as a fraction, without the range check of okrkit's values. */
  static Fraction exactly(BigDecimal value) {
    return of(value, BigDecimal.ONE);
  }

  /**
   * Obtains the fraction {@code numerator / denominator} in lowest terms, for example {@code
   * Fraction.of(100, 121)}.
   *
   * @param numerator  the numerator
   * @param denominator  the denominator, not zero
   * @return the fraction, not null
   * @throws OkrException if the denominator is zero
   */
  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Returns the numerator, in lowest terms; it carries the sign.
   *
   * @return the numerator, not null
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * Returns the denominator, in lowest terms; always positive.
   *
   * @return the denominator, not null
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * Returns this plus another fraction, exactly.
   *
   * @param other  the other fraction, not null
   * @return the sum, not null
   */
  public Fraction add(Fraction other) {
    Objects.requireNonNull(other, "other");
    return reduced(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * Returns minus this.
   *
   * @return the negated fraction, not null
   */
  public Fraction negate() {
    return new Fraction(numerator.negate(), denominator);
  }

  /**
   * Returns this minus another fraction, exactly.
   *
   * @param other  the other fraction, not null
   * @return the difference, not null
   */
  public Fraction subtract(Fraction other) {
    Objects.requireNonNull(other, "other");
    return add(other.negate());
  }

  /**
   * Returns this divided by another fraction, exactly.
   *
   * @param other  the divisor, not zero, not null
   * @return the quotient, not null
   * @throws OkrException if the divisor is zero
   */
  public Fraction divide(Fraction other) {
    if (Objects.requireNonNull(other, "other").signum() == 0) {
      throw new OkrException("other", "0", "a fraction cannot be divided by zero");
    }
    return reduced(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /**
   * Returns this times a decimal, exactly.
   *
   * @param factor  the factor, not null
   * @return the product, not null
   */
  public Fraction multiply(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor");
    Fraction other = exactly(factor);
    return reduced(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * Returns this divided by a decimal, exactly.
   *
   * @param divisor  the divisor, not zero, not null
   * @return the quotient, not null
   * @throws OkrException if the divisor is zero
   */
  public Fraction divide(BigDecimal divisor) {
    if (Objects.requireNonNull(divisor, "divisor").signum() == 0) {
      throw new OkrException("divisor", "0", "a fraction cannot be divided by zero");
    }
    Fraction other = exactly(divisor);
    return reduced(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /**
   * Returns the sign.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return numerator.signum();
  }

  /** Compares with a decimal exactly. */
  int compareTo(BigDecimal value) {
    return compareTo(exactly(value));
  }

  /**
   * Compares with another fraction by value.
   *
   * @param other  the other fraction, not null
   * @return negative, zero or positive as this is less than, equal to or greater than the other
   */
  @Override
  public int compareTo(Fraction other) {
    Objects.requireNonNull(other, "other");
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /**
   * Returns the fraction rounded once to a number of decimal places.
   *
   * @param scale  the number of decimal places, from 0 to {@value #MAX_ROUNDING_SCALE}
   * @param mode  the rounding mode, not null
   * @return the rounded decimal, not null
   * @throws OkrException if the scale is out of range
   * @throws ArithmeticException if the mode is {@link RoundingMode#UNNECESSARY} and the fraction
   *     does not fit the scale
   */
  public BigDecimal round(int scale, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    if (scale < 0 || scale > MAX_ROUNDING_SCALE) {
      throw new OkrException("scale", Integer.toString(scale),
          "must be from 0 to " + MAX_ROUNDING_SCALE + " decimal places");
    }
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
  }

  /**
   * Tells whether the fraction has a finite decimal expansion: its denominator is 2^a * 5^b.
   *
   * @return true if it terminates, as 1/4 = 0.25 does and 1/3 does not
   */
  public boolean isTerminating() {
    BigInteger rest = denominator.shiftRight(denominator.getLowestSetBit());
    while (rest.mod(FIVE).signum() == 0) {
      rest = rest.divide(FIVE);
    }
    return rest.equals(BigInteger.ONE);
  }

  /** Tells whether another object is the same fraction; {@code 2/4} equals {@code 1/2}. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Fraction
        && numerator.equals(((Fraction) other).numerator)
        && denominator.equals(((Fraction) other).denominator);
  }

  /** Returns a hash code consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /**
   * Returns the exact value: a plain decimal when it terminates, such as {@code 0.99995}, otherwise
   * the fraction in lowest terms, such as {@code 2/3}.
   */
  @Override
  public String toString() {
    if (isTerminating()) {
      BigDecimal exact = new BigDecimal(numerator).divide(new BigDecimal(denominator));
      BigDecimal stripped = exact.stripTrailingZeros();
      return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
    return numerator + "/" + denominator;
  }
}
