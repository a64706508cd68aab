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
 *
 * <p><b>Cost.</b> While a numerator and denominator fit in a {@code long}, arithmetic runs on
 * {@code long}s and allocates only the result; the first operation whose exact result would
 * overflow a {@code long} (as {@link Math#multiplyExact(long, long)} and {@link
 * Math#addExact(long, long)} signal) is redone on {@link BigInteger}, so every result is the same
 * exact value either way. Comparisons never overflow.
 */
public final class Fraction implements Comparable<Fraction> {

  /** Zero. */
  public static final Fraction ZERO = new Fraction(0, 1);

  /** One. */
  public static final Fraction ONE = new Fraction(1, 1);

  /** The most decimal places a fraction is rounded to. */
  public static final int MAX_ROUNDING_SCALE = 100;

  /**
   * The largest scale, positive or negative, of a decimal a fraction is multiplied or divided by:
   * 10^1000 is far beyond any value okrkit holds, and a larger power would take seconds to build.
   */
  public static final int MAX_DECIMAL_SCALE = 1_000;

  private static final BigInteger FIVE = BigInteger.valueOf(5);

  /** The largest power of ten a {@code long} holds: 10^18. */
  private static final int MAX_LONG_POWER_OF_TEN = 18;

  /** The widest magnitude kept in a {@code long}: 63 bits, so negating never overflows. */
  private static final int LONG_BITS = 63;

  // Exactly one of two forms, both in lowest terms with a positive denominator. The small form
  // (big == null) holds every fraction whose numerator and denominator fit in 63 bits; the big
  // form holds only the others. Each value has one form, so equality compares like with like.
  private final long numerator;
  private final long denominator;
  private final BigInteger bigNumerator;
  private final BigInteger bigDenominator;

  private Fraction(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.bigNumerator = null;
    this.bigDenominator = null;
  }

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = 0;
    this.denominator = 0;
    this.bigNumerator = numerator;
    this.bigDenominator = denominator;
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
    // 0 needs no case of its own: the long form returns ZERO, and over a big denominator the GCD
    // is the denominator's magnitude, which leaves 0/1
    if (fitsSmall(numerator) && fitsSmall(denominator)) {
      return reduced(numerator.longValue(), denominator.longValue());
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (denominator.signum() < 0) {
      gcd = gcd.negate();
    }
    BigInteger top = numerator.divide(gcd);
    BigInteger bottom = denominator.divide(gcd);
    if (fitsSmall(top) && fitsSmall(bottom)) {
      return new Fraction(top.longValue(), bottom.longValue());
    }
    return new Fraction(top, bottom);
  }

  /** Tells whether a number's magnitude fits in 63 bits: a long, but not Long.MIN_VALUE. */
  private static boolean fitsSmall(BigInteger value) {
    // bitLength leaves out the sign, so -2^63 has 63 bits like 2^63 - 1; only it is excluded
    return value.bitLength() <= LONG_BITS && value.longValue() != Long.MIN_VALUE;
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms; the denominator is not zero. The one
   * place a small fraction is normalised: a GCD of two {@code long}s, cheap beside any BigInteger.
   */
  private static Fraction reduced(long numerator, long denominator) {
    assert denominator != 0 : "okrkit bug: a fraction with denominator 0";
    if (numerator == 0) {
      return ZERO;
    }
    if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
      // 64 bits: its magnitude has no long, so the big form decides
      return reduced(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }
    long gcd = gcd(Math.abs(numerator), Math.abs(denominator));
    if (denominator < 0) {
      gcd = -gcd;
    }
    return new Fraction(numerator / gcd, denominator / gcd);
  }

  /** The greatest common divisor of two positive longs, by Stein's binary algorithm. */
  static long gcd(long a, long b) {
    assert a > 0 && b > 0 : "okrkit bug: gcd of " + a + " and " + b;
    int shift = Long.numberOfTrailingZeros(a | b);
    a >>= Long.numberOfTrailingZeros(a);
    while (b != 0) {
      b >>= Long.numberOfTrailingZeros(b);
      long difference = a - b;
      // a, b odd: keep the smaller in a and the (even) difference's magnitude in b
      a = Math.min(a, b);
      b = Math.abs(difference);
    }
    return a << shift;
  }

  /**
   * 10 to a power from 0 to {@link #MAX_LONG_POWER_OF_TEN}; computed, not looked up, because a
   * static table would be a mutable array (scales here rarely exceed a few places).
   */
  static long powerOfTen(int exponent) {
    assert exponent >= 0 && exponent <= MAX_LONG_POWER_OF_TEN : "okrkit bug: 10^" + exponent;
    long power = 1;
    for (int i = 0; i < exponent; i++) {
      power *= 10;
    }
    return power;
  }

  /** Returns {@code numerator / denominator} exactly; the denominator is not zero. */
  static Fraction of(BigDecimal numerator, BigDecimal denominator) {
    // a/b = (ua * 10^-sa) / (ub * 10^-sb) = ua * 10^sb / (ub * 10^sa)
    BigInteger top = numerator.unscaledValue();
    BigInteger bottom = denominator.unscaledValue();
    int shift = denominator.scale() - numerator.scale();
    if (top.bitLength() <= LONG_BITS && bottom.bitLength() <= LONG_BITS
        && shift >= -MAX_LONG_POWER_OF_TEN && shift <= MAX_LONG_POWER_OF_TEN) {
      try {
        long smallTop = top.longValue();
        long smallBottom = bottom.longValue();
        if (shift > 0) {
          smallTop = Math.multiplyExact(smallTop, powerOfTen(shift));
        } else if (shift < 0) {
          smallBottom = Math.multiplyExact(smallBottom, powerOfTen(-shift));
        }
        return reduced(smallTop, smallBottom);
      } catch (ArithmeticException overflow) {
        // the shifted value needs more than a long: the big form below gives the same value
      }
    }
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
    if (denominator == 0) {
      throw new OkrException("denominator", "0", "a fraction's denominator must not be zero");
    }
    return reduced(numerator, denominator);
  }

  private boolean isSmall() {
    return bigNumerator == null;
  }

  /**
   * Returns the numerator, in lowest terms; it carries the sign.
   *
   * @return the numerator, not null
   */
  public BigInteger numerator() {
    return isSmall() ? BigInteger.valueOf(numerator) : bigNumerator;
  }

  /**
   * Returns the denominator, in lowest terms; always positive.
   *
   * @return the denominator, not null
   */
  public BigInteger denominator() {
    return isSmall() ? BigInteger.valueOf(denominator) : bigDenominator;
  }

  /**
   * Returns this plus another fraction, exactly.
   *
   * @param other  the other fraction, not null
   * @return the sum, not null
   */
  public Fraction add(Fraction other) {
    Objects.requireNonNull(other, "other");
    if (isSmall() && other.isSmall()) {
      try {
        if (denominator == other.denominator) {
          return reduced(Math.addExact(numerator, other.numerator), denominator);
        }
        return reduced(
            Math.addExact(Math.multiplyExact(numerator, other.denominator),
                Math.multiplyExact(other.numerator, denominator)),
            Math.multiplyExact(denominator, other.denominator));
      } catch (ArithmeticException overflow) {
        // redone exactly on BigInteger below
      }
    }
    return reduced(numerator().multiply(other.denominator())
            .add(other.numerator().multiply(denominator())),
        denominator().multiply(other.denominator()));
  }

  /**
   * Returns minus this.
   *
   * @return the negated fraction, not null
   */
  public Fraction negate() {
    // both forms stay in their form: a magnitude's bit length does not change with its sign
    return isSmall()
        ? new Fraction(-numerator, denominator) : new Fraction(bigNumerator.negate(), bigDenominator);
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

  /** Returns this times another fraction, exactly. */
  private Fraction times(Fraction other) {
    if (isSmall() && other.isSmall()) {
      try {
        return reduced(Math.multiplyExact(numerator, other.numerator),
            Math.multiplyExact(denominator, other.denominator));
      } catch (ArithmeticException overflow) {
        // redone exactly on BigInteger below
      }
    }
    return reduced(numerator().multiply(other.numerator()),
        denominator().multiply(other.denominator()));
  }

  /** Returns this divided by another fraction, which is not zero, exactly. */
  private Fraction over(Fraction other) {
    assert other.signum() != 0 : "okrkit bug: a division by zero";
    if (isSmall() && other.isSmall()) {
      try {
        return reduced(Math.multiplyExact(numerator, other.denominator),
            Math.multiplyExact(denominator, other.numerator));
      } catch (ArithmeticException overflow) {
        // redone exactly on BigInteger below
      }
    }
    return reduced(numerator().multiply(other.denominator()),
        denominator().multiply(other.numerator()));
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
    return over(other);
  }

  /**
   * Returns this times a decimal, exactly.
   *
   * @param factor  the factor, with a scale from -{@value #MAX_DECIMAL_SCALE} to {@value
   *     #MAX_DECIMAL_SCALE}, not null
   * @return the product, not null
   * @throws OkrException if the factor's scale is out of range
   */
  public Fraction multiply(BigDecimal factor) {
    return times(exactly(requireDecimalScale("factor", factor)));
  }

  /**
   * Returns this divided by a decimal, exactly.
   *
   * @param divisor  the divisor, not zero, with a scale from -{@value #MAX_DECIMAL_SCALE} to
   *     {@value #MAX_DECIMAL_SCALE}, not null
   * @return the quotient, not null
   * @throws OkrException if the divisor is zero or its scale is out of range
   */
  public Fraction divide(BigDecimal divisor) {
    if (requireDecimalScale("divisor", divisor).signum() == 0) {
      throw new OkrException("divisor", "0", "a fraction cannot be divided by zero");
    }
    return over(exactly(divisor));
  }

  private static BigDecimal requireDecimalScale(String field, BigDecimal value) {
    Objects.requireNonNull(value, field);
    if (value.scale() < -MAX_DECIMAL_SCALE || value.scale() > MAX_DECIMAL_SCALE) {
      // the unscaled value may be huge; its scale alone says what is wrong
      throw new OkrException(field, "a decimal of scale " + value.scale(),
          "must have a scale from -" + MAX_DECIMAL_SCALE + " to " + MAX_DECIMAL_SCALE);
    }
    return value;
  }

  /**
   * Returns the sign.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return isSmall() ? Long.signum(numerator) : bigNumerator.signum();
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
    if (isSmall() && other.isSmall()) {
      // a/b against c/d as a*d against c*b, each product exact in 128 bits (high word signed)
      long left = numerator * other.denominator;
      long right = other.numerator * denominator;
      int high = Long.compare(Math.multiplyHigh(numerator, other.denominator),
          Math.multiplyHigh(other.numerator, denominator));
      return high != 0 ? high : Long.compareUnsigned(left, right);
    }
    return numerator().multiply(other.denominator())
        .compareTo(other.numerator().multiply(denominator()));
  }

  /**
   * The least common multiple of a positive number and this fraction's denominator, or 0 when it
   * does not fit in a {@code long}; see {@link #commonDenominator(BigInteger)} for that case.
   */
  long commonDenominator(long common) {
    assert common > 0 : "okrkit bug: a common denominator of " + common;
    long own = isSmall() ? denominator
        : bigDenominator.bitLength() <= LONG_BITS ? bigDenominator.longValue() : 0;
    if (own == 0) {
      return 0;
    }
    long quotient = common / gcd(common, own);
    try {
      return Math.multiplyExact(quotient, own);
    } catch (ArithmeticException overflow) {
      // at most once per sum: its caller goes on with the BigInteger form
      return 0;
    }
  }

  /** The least common multiple of a positive number and this fraction's denominator. */
  BigInteger commonDenominator(BigInteger common) {
    assert common.signum() > 0 : "okrkit bug: a common denominator of " + common;
    BigInteger own = denominator();
    return common.divide(common.gcd(own)).multiply(own);
  }

  /**
   * Returns the fraction rounded once to a number of decimal places.
   *
   * @param scale  the number of decimal places, from 0 to {@value #MAX_ROUNDING_SCALE}
   * @param mode  the rounding mode, not null
   * @return the rounded decimal, not null
   * @throws OkrException if the scale is out of range, or if the mode is
   *     {@link RoundingMode#UNNECESSARY} and the fraction does not fit the scale (field
   *     {@code mode})
   */
  public BigDecimal round(int scale, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    if (scale < 0 || scale > MAX_ROUNDING_SCALE) {
      throw new OkrException("scale", Integer.toString(scale),
          "must be from 0 to " + MAX_ROUNDING_SCALE + " decimal places");
    }
    return rounded(scale, mode, false);
  }

  /**
   * Returns the fraction rounded once, in canonical form (trailing zeros stripped, scale never
   * negative, zero as {@link BigDecimal#ZERO}): what {@code Decimals.canonical(round(scale, mode))}
   * gives, built as one decimal. The scale is in range and the mode is not UNNECESSARY.
   */
  BigDecimal roundCanonical(int scale, RoundingMode mode) {
    assert scale >= 0 && scale <= MAX_ROUNDING_SCALE && mode != RoundingMode.UNNECESSARY
        : "okrkit bug: rounding to " + scale + " places " + mode;
    return rounded(scale, mode, true);
  }

  private BigDecimal rounded(int scale, RoundingMode mode, boolean canonical) {
    // UNNECESSARY is left to BigDecimal, which says whether the quotient fits the scale
    if (isSmall() && scale <= MAX_LONG_POWER_OF_TEN && mode != RoundingMode.UNNECESSARY) {
      long power = powerOfTen(scale);
      long high = Math.multiplyHigh(numerator, power);
      long shifted = numerator * power;
      // the product fits in a long when its high word is only the low word's sign
      if (high == (shifted >> (Long.SIZE - 1))) {
        long unscaled = roundedQuotient(shifted, denominator, mode);
        int places = scale;
        // canonical: strip trailing zeros on the long (0 ends at scale 0, which is ZERO)
        while (canonical && places > 0 && unscaled % 10 == 0) {
          unscaled /= 10;
          places--;
        }
        return BigDecimal.valueOf(unscaled, places);
      }
    }
    BigDecimal rounded;
    try {
      rounded = new BigDecimal(numerator()).divide(new BigDecimal(denominator()), scale, mode);
    } catch (ArithmeticException needsRounding) {
      // the denominator is never 0, so only UNNECESSARY on an inexact quotient gets here
      throw new OkrException("mode", mode.name(),
          "cannot round: the fraction needs more than " + scale + " decimal places");
    }
    return canonical ? Decimals.canonical(rounded) : rounded;
  }

  /** Divides by a positive divisor and rounds the quotient to an integer as the mode says. */
  private static long roundedQuotient(long dividend, long divisor, RoundingMode mode) {
    long quotient = dividend / divisor;
    long remainder = dividend % divisor;
    if (remainder == 0) {
      return quotient;
    }
    // the exact quotient lies strictly between quotient and quotient + sign, away from zero
    int sign = Long.signum(dividend);
    long rest = Math.abs(remainder);
    // the remainder against half the divisor, without overflow: rest against divisor - rest
    int half = Long.compare(rest, divisor - rest);
    boolean away;
    switch (mode) {
      case UP:
        away = true;
        break;
      case DOWN:
        away = false;
        break;
      case CEILING:
        away = sign > 0;
        break;
      case FLOOR:
        away = sign < 0;
        break;
      case HALF_UP:
        away = half >= 0;
        break;
      case HALF_DOWN:
        away = half > 0;
        break;
      default:
        assert mode == RoundingMode.HALF_EVEN : "okrkit bug: " + mode + " rounded on longs";
        away = half > 0 || (half == 0 && (quotient & 1) != 0);
        break;
    }
    return away ? quotient + sign : quotient;
  }

  /**
   * Tells whether the fraction has a finite decimal expansion: its denominator is 2^a * 5^b.
   *
   * @return true if it terminates, as 1/4 = 0.25 does and 1/3 does not
   */
  public boolean isTerminating() {
    BigInteger own = denominator();
    BigInteger rest = own.shiftRight(own.getLowestSetBit());
    while (rest.mod(FIVE).signum() == 0) {
      rest = rest.divide(FIVE);
    }
    return rest.equals(BigInteger.ONE);
  }

  /** Tells whether another object is the same fraction; {@code 2/4} equals {@code 1/2}. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Fraction)) {
      return false;
    }
    Fraction that = (Fraction) other;
    // one form per value, so a small fraction never equals a big one: a big fraction keeps 0 as its
    // long denominator (never a small one's), and a small one keeps null as its big numerator
    return isSmall()
        ? numerator == that.numerator && denominator == that.denominator
        : bigNumerator.equals(that.bigNumerator) && bigDenominator.equals(that.bigDenominator);
  }

  /** Returns a hash code consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return 31 * numerator().hashCode() + denominator().hashCode();
  }

  /**
   * Returns the exact value: a plain decimal when it terminates, such as {@code 0.99995}, otherwise
   * the fraction in lowest terms, such as {@code 2/3}.
   */
  @Override
  public String toString() {
    if (isTerminating()) {
      // a plain string has no exponent, so 100 (1E+2 once stripped) shows as 100
      return new BigDecimal(numerator()).divide(new BigDecimal(denominator()))
          .stripTrailingZeros().toPlainString();
    }
    return numerator() + "/" + denominator();
  }
}
