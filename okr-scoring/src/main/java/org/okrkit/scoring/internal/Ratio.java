package org.okrkit.scoring.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact fraction of two integers, kept in lowest terms with a positive denominator, so that a
 * progress such as 2/3 can be compared, summed and weighted without rounding, and rounded exactly
 * once when it is reported. Equal fractions are equal objects. Immutable.
 */
public final class Ratio implements Comparable<Ratio> {

  /** Zero. */
  public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

  private static final BigInteger FIVE = BigInteger.valueOf(5);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Ratio(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** Returns {@code numerator / denominator} in lowest terms; the denominator is not zero. */
  public static Ratio of(BigInteger numerator, BigInteger denominator) {
    assert denominator.signum() != 0 : "okrkit bug: a ratio with denominator 0";
    if (numerator.signum() == 0) {
      return ZERO;
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (denominator.signum() < 0) {
      gcd = gcd.negate();
    }
    return new Ratio(numerator.divide(gcd), denominator.divide(gcd));
  }

  /** Returns {@code numerator / denominator} exactly; the denominator is not zero. */
  public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
    // a/b = (ua * 10^-sa) / (ub * 10^-sb) = ua * 10^sb / (ub * 10^sa)
    BigInteger top = numerator.unscaledValue();
    BigInteger bottom = denominator.unscaledValue();
    int shift = denominator.scale() - numerator.scale();
    if (shift > 0) {
      top = top.multiply(BigInteger.TEN.pow(shift));
    } else if (shift < 0) {
      bottom = bottom.multiply(BigInteger.TEN.pow(-shift));
    }
    return of(top, bottom);
  }

  /** Returns the decimal as a ratio. */
  public static Ratio of(BigDecimal value) {
    return of(value, BigDecimal.ONE);
  }

  /** Returns {@code part / whole}; whole is positive. */
  public static Ratio of(long part, long whole) {
    return of(BigInteger.valueOf(part), BigInteger.valueOf(whole));
  }

  /** Returns this plus another ratio. */
  public Ratio add(Ratio other) {
    return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** Returns minus this. */
  public Ratio negate() {
    return new Ratio(numerator.negate(), denominator);
  }

  /** Returns this minus another ratio. */
  public Ratio subtract(Ratio other) {
    return add(other.negate());
  }

  /** Returns this divided by another ratio that is not zero. */
  public Ratio divide(Ratio other) {
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** Returns this times a decimal. */
  public Ratio multiply(BigDecimal factor) {
    Ratio other = of(factor);
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /** Returns this divided by a decimal that is not zero. */
  public Ratio divide(BigDecimal divisor) {
    Ratio other = of(divisor);
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** Returns the sign: -1, 0 or 1. */
  public int signum() {
    return numerator.signum();
  }

  /** Compares with a decimal exactly. */
  public int compareTo(BigDecimal value) {
    return compareTo(of(value));
  }

  @Override
  public int compareTo(Ratio other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** Returns the ratio rounded once to a number of decimal places. */
  public BigDecimal round(int scale, RoundingMode mode) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
  }

  /** Tells whether the ratio has a finite decimal expansion: its denominator is 2^a * 5^b. */
  public boolean isTerminating() {
    BigInteger rest = denominator.shiftRight(denominator.getLowestSetBit());
    while (rest.mod(FIVE).signum() == 0) {
      rest = rest.divide(FIVE);
    }
    return rest.equals(BigInteger.ONE);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ratio
        && numerator.equals(((Ratio) other).numerator)
        && denominator.equals(((Ratio) other).denominator);
  }

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
