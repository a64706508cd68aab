package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.core.OkrException;

/**
 * Fraction's arithmetic on longs, with its BigInteger fallback, against a plain BigInteger oracle
 * written here: every result must be the same exact value in the same lowest terms, whether or not
 * a step overflowed a long. The generated numbers mix small values with values near the ends of
 * the long range, so both paths and the switch between them are exercised.
 */
class FractionProperties {

  /** The oracle: numerator and denominator as BigIntegers, reduced by BigInteger's own gcd. */
  private static BigInteger[] lowest(BigInteger numerator, BigInteger denominator) {
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() == 0) {
      return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
    }
    if (denominator.signum() < 0) {
      gcd = gcd.negate();
    }
    return new BigInteger[] {numerator.divide(gcd), denominator.divide(gcd)};
  }

  private static void assertValue(BigInteger[] expected, Fraction actual) {
    assertEquals(expected[0], actual.numerator(), "numerator of " + actual);
    assertEquals(expected[1], actual.denominator(), "denominator of " + actual);
    // the same value built from BigIntegers is equal, whichever form each side holds
    Fraction fromBig = Fraction.of(expected[0], expected[1]);
    assertEquals(fromBig, actual);
    assertEquals(fromBig.hashCode(), actual.hashCode());
    assertEquals(31 * expected[0].hashCode() + expected[1].hashCode(), actual.hashCode());
  }

  @Provide
  Arbitrary<Long> longs() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.longs().between(-1_000, 1_000)),
        Tuple.of(2, Arbitraries.longs()),
        Tuple.of(2, Arbitraries.longs().between(Long.MAX_VALUE - 1_000,
            Long.MAX_VALUE)),
        Tuple.of(2, Arbitraries.longs().between(Long.MIN_VALUE,
            Long.MIN_VALUE + 1_000)),
        Tuple.of(1, Arbitraries.of(3_037_000_499L, 3_037_000_500L,
            -3_037_000_500L, 1L << 62, -(1L << 62), 1L << 32, (1L << 31) - 1)));
  }

  @Provide
  Arbitrary<Long> nonZero() {
    return longs().filter(value -> value != 0);
  }

  @Provide
  Arbitrary<BigInteger> bigs() {
    // beyond a long, or a long scaled up by a power of two it shares with the denominator
    return Arbitraries.frequencyOf(
        Tuple.of(2, longs().map(BigInteger::valueOf)),
        Tuple.of(1, longs().map(value -> BigInteger.valueOf(value).shiftLeft(70))),
        Tuple.of(1, Arbitraries.bigIntegers().between(
            BigInteger.ONE.shiftLeft(64).negate(), BigInteger.ONE.shiftLeft(64))));
  }

  @Provide
  Arbitrary<BigInteger> nonZeroBigs() {
    return bigs().filter(value -> value.signum() != 0);
  }

  @Property
  void of_isInLowestTerms(@ForAll("longs") long numerator, @ForAll("nonZero") long denominator) {
    BigInteger top = BigInteger.valueOf(numerator);
    BigInteger bottom = BigInteger.valueOf(denominator);
    assertValue(lowest(top, bottom), Fraction.of(numerator, denominator));
    assertValue(lowest(top, bottom), Fraction.of(top, bottom));
  }

  @Property
  void ofBigIntegers_isInLowestTerms(
      @ForAll("bigs") BigInteger numerator, @ForAll("nonZeroBigs") BigInteger denominator) {
    assertValue(lowest(numerator, denominator), Fraction.of(numerator, denominator));
  }

  @Property
  void arithmetic_matchesBigInteger(
      @ForAll("bigs") BigInteger a, @ForAll("nonZeroBigs") BigInteger b,
      @ForAll("nonZeroBigs") BigInteger c, @ForAll("nonZeroBigs") BigInteger d) {
    Fraction left = Fraction.of(a, b);
    Fraction right = Fraction.of(c, d);
    // a/b + c/d = (ad + cb) / bd
    assertValue(lowest(a.multiply(d).add(c.multiply(b)), b.multiply(d)), left.add(right));
    // a/b - c/d = (ad - cb) / bd
    assertValue(lowest(a.multiply(d).subtract(c.multiply(b)), b.multiply(d)),
        left.subtract(right));
    // (a/b) / (c/d) = ad / bc
    assertValue(lowest(a.multiply(d), b.multiply(c)), left.divide(right));
    assertValue(lowest(a.negate(), b), left.negate());
    assertEquals(a.signum() * b.signum(), left.signum());
    // a/b against c/d is ad/(bd) against cb/(bd): the sign of (ad - cb) * bd
    int expected = a.multiply(d).subtract(c.multiply(b)).signum() * b.signum() * d.signum();
    assertEquals(expected, Integer.signum(left.compareTo(right)));
    assertEquals(-expected, Integer.signum(right.compareTo(left)));
    assertEquals(expected == 0, left.equals(right));
  }

  @Property
  void decimals_matchBigInteger(
      @ForAll("bigs") BigInteger a, @ForAll("nonZeroBigs") BigInteger b,
      @ForAll("bigs") BigInteger unscaled, @ForAll @IntRange(min = -25, max = 25) int scale) {
    Fraction left = Fraction.of(a, b);
    BigDecimal decimal = new BigDecimal(unscaled, scale);
    // u * 10^-s as a fraction: u * 10^-s over 1, or u over 10^s
    BigInteger[] asFraction = scale >= 0
        ? lowest(unscaled, BigInteger.TEN.pow(scale))
        : lowest(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    Fraction exact = Fraction.exactly(decimal);
    assertValue(asFraction, exact);
    assertValue(lowest(a.multiply(asFraction[0]), b.multiply(asFraction[1])),
        left.multiply(decimal));
    if (unscaled.signum() != 0) {
      assertValue(lowest(a.multiply(asFraction[1]), b.multiply(asFraction[0])),
          left.divide(decimal));
      // a decimal over a decimal is the quotient of the two fractions
      assertEquals(left.multiply(decimal).divide(exact), Fraction.of(
          new BigDecimal(a).multiply(decimal), new BigDecimal(b).multiply(decimal)));
    }
    assertEquals(Integer.signum(left.compareTo(exact)),
        Integer.signum(left.compareTo(decimal)));
  }

  @Property
  void round_matchesBigDecimal(
      @ForAll("bigs") BigInteger a, @ForAll("nonZeroBigs") BigInteger b,
      @ForAll @IntRange(min = 0, max = 22) int scale, @ForAll RoundingMode mode) {
    Fraction fraction = Fraction.of(a, b);
    BigDecimal numerator = new BigDecimal(a);
    BigDecimal denominator = new BigDecimal(b);
    if (mode == RoundingMode.UNNECESSARY) {
      BigDecimal exact;
      try {
        exact = numerator.divide(denominator, scale, mode);
      } catch (ArithmeticException inexact) {
        assertEquals("mode",
            assertThrows(OkrException.class, () -> fraction.round(scale, mode)).field());
        return;
      }
      assertEquals(exact, fraction.round(scale, mode));
      return;
    }
    // equals, not compareTo: the scale must be the one asked for
    assertEquals(numerator.divide(denominator, scale, mode), fraction.round(scale, mode));
  }

  @Property
  void round_atExactHalves_matchesBigDecimal(
      @ForAll("longs") long half, @ForAll @IntRange(min = 0, max = 19) int scale,
      @ForAll RoundingMode mode) {
    // (2h + 1) / 2 at scale 0, and the same shifted by a power of ten: a tie for every half mode
    Fraction tie = Fraction.of(BigInteger.valueOf(half).shiftLeft(1).add(BigInteger.ONE),
        BigInteger.TWO.multiply(BigInteger.TEN.pow(scale)));
    BigDecimal expected;
    try {
      expected = new BigDecimal(tie.numerator())
          .divide(new BigDecimal(tie.denominator()), scale, mode);
    } catch (ArithmeticException inexact) {
      assertEquals("mode",
          assertThrows(OkrException.class, () -> tie.round(scale, mode)).field());
      return;
    }
    assertEquals(expected, tie.round(scale, mode));
  }

  @Property
  void commonDenominator_matchesBigInteger(
      @ForAll("nonZero") long common, @ForAll("bigs") BigInteger a,
      @ForAll("nonZeroBigs") BigInteger b) {
    Fraction term = Fraction.of(a, b);
    long positive = common == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(common);
    BigInteger big = BigInteger.valueOf(positive);
    BigInteger own = term.denominator();
    // lcm(x, y) = x / gcd(x, y) * y
    BigInteger lcm = big.divide(big.gcd(own)).multiply(own);
    assertEquals(lcm, term.commonDenominator(big));
    long small = term.commonDenominator(positive);
    assertEquals(lcm.bitLength() < Long.SIZE ? lcm.longValueExact() : 0, small);
  }

  @Property
  void gcd_matchesBigInteger(@ForAll("nonZero") long a, @ForAll("nonZero") long b) {
    long x = a == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(a);
    long y = b == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(b);
    assertEquals(BigInteger.valueOf(x).gcd(BigInteger.valueOf(y)).longValueExact(),
        Fraction.gcd(x, y));
  }

  @Property
  void roundsToCanonicalFormAsDecimalsCanonicalDoes(@ForAll("longs") long numerator,
      @ForAll("nonZero") long denominator, @ForAll @IntRange(min = 0, max = 24) int scale,
      @ForAll("roundingModes") RoundingMode mode) {
    Fraction fraction = Fraction.of(numerator, denominator);
    BigDecimal expected = org.okrkit.core.internal.Decimals.canonical(fraction.round(scale, mode));

    BigDecimal actual = fraction.roundCanonical(scale, mode);

    // equals, not compareTo: the same unscaled value at the same scale
    assertEquals(expected, actual, fraction + " at " + scale + " " + mode);
  }

  @Property
  void roundsBigFractionsToCanonicalFormAsDecimalsCanonicalDoes(@ForAll("bigs") BigInteger numerator,
      @ForAll("nonZeroBigs") BigInteger denominator, @ForAll @IntRange(min = 0, max = 24) int scale,
      @ForAll("roundingModes") RoundingMode mode) {
    Fraction fraction = Fraction.of(numerator, denominator);
    BigDecimal expected = org.okrkit.core.internal.Decimals.canonical(fraction.round(scale, mode));

    assertEquals(expected, fraction.roundCanonical(scale, mode), fraction + " at " + scale);
  }

  @Provide
  Arbitrary<RoundingMode> roundingModes() {
    return Arbitraries.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
        RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
  }
}
