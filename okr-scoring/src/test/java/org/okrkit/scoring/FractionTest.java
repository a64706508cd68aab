package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.Fixtures.END;
import static org.okrkit.scoring.Fixtures.Q1;
import static org.okrkit.scoring.Fixtures.checkIn;
import static org.okrkit.scoring.Fixtures.dec;
import static org.okrkit.scoring.Fixtures.keyResult;
import static org.okrkit.scoring.Fixtures.metric;

import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.okrkit.core.OkrException;

class FractionTest {

  @Test
  void multiplyAndDivide_rejectADecimalOfAnAbsurdScale_namingTheField() {
    // 1E+2147483648 and 1E-1001: the int difference of scales would overflow, or 10^1001 be built
    java.math.BigDecimal huge = new java.math.BigDecimal(BigInteger.ONE, Integer.MIN_VALUE);
    OkrException multiplied = assertThrows(OkrException.class, () -> Fraction.ONE.multiply(huge));
    assertEquals("factor", multiplied.field());
    assertEquals("a decimal of scale " + Integer.MIN_VALUE, multiplied.rejectedValue());
    OkrException divided = assertThrows(OkrException.class,
        () -> Fraction.ONE.divide(new java.math.BigDecimal(BigInteger.ONE, 1_001)));
    assertEquals("divisor", divided.field());
    assertEquals("a decimal of scale 1001", divided.rejectedValue());
    // the limits themselves are accepted: 1 × 10^-1000 × 10^1000 = 1
    assertEquals(Fraction.ONE, Fraction.ONE
        .multiply(new java.math.BigDecimal(BigInteger.ONE, Fraction.MAX_DECIMAL_SCALE))
        .multiply(new java.math.BigDecimal(BigInteger.ONE, -Fraction.MAX_DECIMAL_SCALE)));
    assertEquals(Fraction.ONE, Fraction.ONE
        .divide(new java.math.BigDecimal(BigInteger.ONE, Fraction.MAX_DECIMAL_SCALE))
        .divide(new java.math.BigDecimal(BigInteger.ONE, -Fraction.MAX_DECIMAL_SCALE)));
  }

  @Test
  void theExactScore_isPublic() {
    // (100 - 0) / (121 - 0) = 100/121 = 0.826446... -> 0.8264
    Score score = Scorer.of(ScoringProfile.google())
        .score(keyResult("kr", metric("0", "121"), checkIn(2, 1, "100")), Q1, END)
        .score().orElseThrow();
    assertEquals(Fraction.of(100, 121), score.exact());
    assertEquals(BigInteger.valueOf(100), score.exact().numerator());
    assertEquals(BigInteger.valueOf(121), score.exact().denominator());
    assertEquals(dec("0.8264"), score.value());
  }

  @Test
  void of_keepsLowestTermsAndAPositiveDenominator() {
    assertEquals(BigInteger.valueOf(-1), Fraction.of(2, -4).numerator());
    assertEquals(BigInteger.valueOf(2), Fraction.of(2, -4).denominator());
    assertEquals(Fraction.of(1, 4), Fraction.of(dec("0.25")));
    assertEquals("1/3", Fraction.of(2, 6).toString());
    assertEquals("0.25", Fraction.of(1, 4).toString());
    assertTrue(Fraction.of(1, 4).isTerminating());
    assertFalse(Fraction.of(1, 3).isTerminating());
  }

  @Test
  void of_zeroDenominator_isRejected() {
    OkrException e = assertThrows(OkrException.class, () -> Fraction.of(1, 0));
    assertEquals("denominator", e.field());
    assertEquals("0", e.rejectedValue());
  }

  @Test
  void compareAndRound() {
    assertTrue(Fraction.of(1, 3).compareTo(Fraction.of(1, 2)) < 0);
    assertEquals(0, Fraction.of(2, 4).compareTo(Fraction.of(1, 2)));
    assertEquals(-1, Fraction.of(-1, 2).signum());
    // 2/3 = 0.6666... rounded once
    assertEquals(dec("0.6667"), Fraction.of(2, 3).round(4, RoundingMode.HALF_EVEN));
    assertEquals(dec("0.6666"), Fraction.of(2, 3).round(4, RoundingMode.DOWN));
  }

  @Test
  void hostileScales_areRefusedQuickly() {
    OkrException huge = assertThrows(OkrException.class,
        () -> Fraction.of(new java.math.BigDecimal(BigInteger.ONE, Integer.MIN_VALUE)));
    assertEquals("value", huge.field());
    assertThrows(OkrException.class,
        () -> Fraction.of(new java.math.BigDecimal(BigInteger.ONE, 20_000_000)));
    assertEquals("scale", assertThrows(OkrException.class,
        () -> Fraction.of(1, 3).round(-1, RoundingMode.HALF_EVEN)).field());
    assertThrows(OkrException.class,
        () -> Fraction.of(1, 3).round(Integer.MAX_VALUE, RoundingMode.HALF_EVEN));
    assertEquals(dec("0.3333333333"), Fraction.of(1, 3).round(10, RoundingMode.HALF_EVEN));
  }

  private static final BigInteger TWO_TO_63 = BigInteger.ONE.shiftLeft(63);

  @Test
  void add_overflowingALong_isExact() {
    // (2^63 - 1) + 1 = 2^63 = 9223372036854775808, one past Long.MAX_VALUE
    Fraction sum = Fraction.of(Long.MAX_VALUE, 1).add(Fraction.ONE);
    assertEquals(TWO_TO_63, sum.numerator());
    assertEquals(BigInteger.ONE, sum.denominator());
    assertEquals("9223372036854775808", sum.toString());
    // and back: 2^63 - 1 is a long again, equal to the one built from longs, with its hash code
    Fraction back = sum.subtract(Fraction.ONE);
    assertEquals(Fraction.of(Long.MAX_VALUE, 1), back);
    assertEquals(Fraction.of(Long.MAX_VALUE, 1).hashCode(), back.hashCode());
    // 1/(2^63 - 1) + 1/(2^63 - 2): the product of the denominators needs 126 bits;
    // (2^63 - 2 + 2^63 - 1) / ((2^63 - 1)(2^63 - 2)), coprime since consecutive numbers are
    BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
    BigInteger maxLess1 = max.subtract(BigInteger.ONE);
    Fraction tiny = Fraction.of(1, Long.MAX_VALUE).add(Fraction.of(1, Long.MAX_VALUE - 1));
    assertEquals(Fraction.of(max.add(maxLess1), max.multiply(maxLess1)), tiny);
  }

  @Test
  void multiplyAndDivide_overflowingALong_areExact() {
    // 2^62 * 2 = 2^63; 2^62 / 0.5 = 2^63; 2^63 / 2 = 2^62 fits a long again
    Fraction big = Fraction.of(1L << 62, 1).multiply(dec("2"));
    assertEquals(TWO_TO_63, big.numerator());
    assertEquals(big, Fraction.of(1L << 62, 1).divide(dec("0.5")));
    assertEquals(Fraction.of(1L << 62, 1), big.divide(Fraction.of(2, 1)));
    // 1/(2^62) / 4 = 1/2^64
    assertEquals(BigInteger.ONE.shiftLeft(64), Fraction.of(1, 1L << 62).divide(dec("4"))
        .denominator());
  }

  @Test
  void minLong_isKeptExactly() {
    // -2^63 has no positive long, so its negation and its use as a denominator stay exact
    Fraction min = Fraction.of(Long.MIN_VALUE, 1);
    assertEquals(TWO_TO_63.negate(), min.numerator());
    assertEquals(TWO_TO_63, min.negate().numerator());
    assertEquals(min, min.negate().negate());
    // 1 / -2^63 = -1 / 2^63
    Fraction inverse = Fraction.of(1, Long.MIN_VALUE);
    assertEquals(BigInteger.ONE.negate(), inverse.numerator());
    assertEquals(TWO_TO_63, inverse.denominator());
    // -2^63 / -2 = 2^62
    assertEquals(Fraction.of(1L << 62, 1), Fraction.of(Long.MIN_VALUE, -2));
  }

  @Test
  void compare_nearTheEndsOfALong() {
    // (2^63 - 1)/(2^63 - 2) = 1 + 1/(2^63 - 2) is below (2^63 - 2)/(2^63 - 3) = 1 + 1/(2^63 - 3);
    // the cross products need 126 bits
    Fraction a = Fraction.of(Long.MAX_VALUE, Long.MAX_VALUE - 1);
    Fraction b = Fraction.of(Long.MAX_VALUE - 1, Long.MAX_VALUE - 2);
    assertTrue(a.compareTo(b) < 0);
    assertTrue(b.compareTo(a) > 0);
    assertEquals(0, a.compareTo(Fraction.of(Long.MAX_VALUE, Long.MAX_VALUE - 1)));
    assertTrue(Fraction.of(-Long.MAX_VALUE, 1).compareTo(Fraction.of(Long.MIN_VALUE, 1)) > 0);
    // 0 beside -1/(2^63 - 1) and 1/(2^63 - 1)
    assertTrue(Fraction.ZERO.compareTo(Fraction.of(-1, Long.MAX_VALUE)) > 0);
    assertTrue(Fraction.ZERO.compareTo(Fraction.of(1, Long.MAX_VALUE)) < 0);
  }

  @Test
  void round_negativeHalf_inEveryMode() {
    // -5/2 = -2.5 exactly: a tie between -2 and -3
    Fraction minusTwoAndAHalf = Fraction.of(-5, 2);
    assertEquals(dec("-2"), minusTwoAndAHalf.round(0, RoundingMode.HALF_EVEN));
    assertEquals(dec("-3"), minusTwoAndAHalf.round(0, RoundingMode.HALF_UP));
    assertEquals(dec("-2"), minusTwoAndAHalf.round(0, RoundingMode.HALF_DOWN));
    assertEquals(dec("-2"), minusTwoAndAHalf.round(0, RoundingMode.CEILING));
    assertEquals(dec("-3"), minusTwoAndAHalf.round(0, RoundingMode.FLOOR));
    assertEquals(dec("-3"), minusTwoAndAHalf.round(0, RoundingMode.UP));
    assertEquals(dec("-2"), minusTwoAndAHalf.round(0, RoundingMode.DOWN));
    // -2.5 needs rounding to fit 0 places: the library's exception names the mode, not the JDK's
    OkrException needsRounding = assertThrows(OkrException.class,
        () -> minusTwoAndAHalf.round(0, RoundingMode.UNNECESSARY));
    assertEquals("mode", needsRounding.field());
    assertEquals("UNNECESSARY", needsRounding.rejectedValue());
    assertEquals(dec("-2.5"), minusTwoAndAHalf.round(1, RoundingMode.UNNECESSARY));
    // 7/2 = 3.5: HALF_EVEN goes to the even 4; 5/2 = 2.5 to the even 2
    assertEquals(dec("4"), Fraction.of(7, 2).round(0, RoundingMode.HALF_EVEN));
    assertEquals(dec("2"), Fraction.of(5, 2).round(0, RoundingMode.HALF_EVEN));
    // 1/1000 at 2 places: 0.00 down, 0.01 up, and the scale is the one asked for
    assertEquals(dec("0.00"), Fraction.of(1, 1000).round(2, RoundingMode.HALF_UP));
    assertEquals(dec("0.01"), Fraction.of(1, 1000).round(2, RoundingMode.CEILING));
  }

  @Test
  void round_beyondALongsPowersOfTen() {
    // 1/3 at 18 places fits a long (333...3, 18 digits); at 19 and 40 it does not
    assertEquals(dec("0.333333333333333333"), Fraction.of(1, 3).round(18, RoundingMode.DOWN));
    assertEquals(dec("0.3333333333333333333"), Fraction.of(1, 3).round(19, RoundingMode.DOWN));
    // 2/3 at 40 places: forty 6s, the last rounded up to 7
    assertEquals(dec("0." + "6".repeat(39) + "7"), Fraction.of(2, 3).round(40,
        RoundingMode.HALF_EVEN));
    // (2^63 - 1) * 10 overflows a long even at scale 1: 92233720368547758070 / 10
    assertEquals(dec("9223372036854775807.0"),
        Fraction.of(Long.MAX_VALUE, 1).round(1, RoundingMode.HALF_EVEN));
  }

  @Test
  void powersOfTenUpToTheLargestALongHolds() {
    // 10^0 = 1 up to 10^18 = 1,000,000,000,000,000,000, each ten times the one before
    long expected = 1;
    for (int exponent = 0; exponent <= 18; exponent++) {
      assertEquals(expected, Fraction.powerOfTen(exponent), "10^" + exponent);
      expected *= 10;
    }
    assertEquals(1_000_000_000_000_000_000L, Fraction.powerOfTen(18));
  }

  @Test
  void aDecimalEighteenPlacesFromItsDivisorStaysOnLongs() {
    // 1 / 0.000000000000000001 (scale 18): 1 * 10^18 / 1 = 10^18, which a long holds
    assertEquals(Fraction.of(1_000_000_000_000_000_000L, 1),
        Fraction.of(dec("1"), dec("0.000000000000000001")));
    // and the mirror: 0.000000000000000001 / 1 = 1 / 10^18
    assertEquals(Fraction.of(1, 1_000_000_000_000_000_000L),
        Fraction.of(dec("0.000000000000000001"), dec("1")));
  }

  @Test
  void roundsToCanonicalFormOnLongs() {
    // 1/2 at 4 places: 0.5000, stripped to 0.5 (unscaled 5, scale 1)
    assertCanonical("0.5", 5, 1, Fraction.of(1, 2).roundCanonical(4, RoundingMode.HALF_EVEN));
    // 120/1 at 2 places: 120.00, stripped only down to scale 0 (never 1.2E+2)
    assertCanonical("120", 120, 0, Fraction.of(120, 1).roundCanonical(2, RoundingMode.HALF_EVEN));
    // 1/1000 at 2 places half-even: 0.001 rounds to 0.00, which is zero at scale 0
    assertCanonical("0", 0, 0, Fraction.of(1, 1000).roundCanonical(2, RoundingMode.HALF_EVEN));
    // 2/3 at 4 places half-even: 0.6667, nothing to strip
    assertCanonical("0.6667", 6667, 4, Fraction.of(2, 3).roundCanonical(4, RoundingMode.HALF_EVEN));
    // -7/20 = -0.35 at 1 place half-up: -0.4; at 3 places: -0.350 stripped to -0.35
    assertCanonical("-0.4", -4, 1, Fraction.of(-7, 20).roundCanonical(1, RoundingMode.HALF_UP));
    assertCanonical("-0.35", -35, 2, Fraction.of(-7, 20).roundCanonical(3, RoundingMode.HALF_UP));
  }

  @Test
  void roundsToCanonicalFormOnBigIntegersBeyondALong() {
    // 10^19 / 4 = 2500000000000000000 exactly; at 2 places the shifted numerator (10^21) leaves a
    // long, so BigDecimal rounds and the canonical form drops both zeros of .00
    Fraction big = Fraction.of(BigInteger.TEN.pow(19), BigInteger.valueOf(4));
    assertCanonical("2500000000000000000", 2_500_000_000_000_000_000L, 0,
        big.roundCanonical(2, RoundingMode.HALF_EVEN));
    // 1/8 = 0.125 at 20 places (more than 18, so never on longs): 0.125 once stripped
    assertCanonical("0.125", 125, 3, Fraction.of(1, 8).roundCanonical(20, RoundingMode.HALF_EVEN));
  }

  private static void assertCanonical(String text, long unscaled, int scale,
      java.math.BigDecimal actual) {
    assertEquals(text, actual.toPlainString());
    assertEquals(java.math.BigDecimal.valueOf(unscaled, scale), actual);
  }
}
