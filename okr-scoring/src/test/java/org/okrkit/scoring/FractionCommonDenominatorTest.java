package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The least common multiple of a number and a fraction's denominator, which an objective's exact
 * mean accumulates: on a long while it fits (0 when it does not), else on BigInteger.
 */
class FractionCommonDenominatorTest {

  private static final BigInteger TWO_TO_63 = BigInteger.ONE.shiftLeft(63);
  private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

  @Test
  void ofSmallFractions_isTheLeastCommonMultiple_or0PastALong() {
    // lcm(4, 6) = 12; lcm(1, 2^63 - 1) = 2^63 - 1, the largest a long holds
    assertEquals(12, Fraction.of(1, 6).commonDenominator(4));
    assertEquals(Long.MAX_VALUE, Fraction.of(1, Long.MAX_VALUE).commonDenominator(1));
    // lcm(3, 2^62) = 3 * 2^62 = 13835058055282163712, past 2^63 - 1: 0
    assertEquals(0, Fraction.of(1, 1L << 62).commonDenominator(3));
    // lcm(2^62 - 1, 2^62 + 1): both odd and two apart, so coprime; their product is ~2^124: 0
    assertEquals(0, Fraction.of(1, (1L << 62) + 1).commonDenominator((1L << 62) - 1));
  }

  @Test
  void ofABigFractionWhoseDenominatorFitsALong_isStillComputedOnALong() {
    // 2^64 / (2^63 - 1): the numerator needs 65 bits, so the fraction is big, yet its denominator
    // fits; 2^63 - 1 = 7^2 * 73 * 127 * 337 * 92737 * 649657, so lcm(7, 2^63 - 1) = 2^63 - 1
    Fraction bigOverMax = Fraction.of(TWO_TO_64, BigInteger.valueOf(Long.MAX_VALUE));
    assertEquals(Long.MAX_VALUE, bigOverMax.commonDenominator(1));
    assertEquals(Long.MAX_VALUE, bigOverMax.commonDenominator(7));
    // lcm(2, 2^63 - 1) = 2^64 - 2: past a long
    assertEquals(0, bigOverMax.commonDenominator(2));
  }

  @Test
  void ofADenominatorBeyondALong_is0OnALong_andExactOnBigInteger() {
    // 1 / 2^63: the denominator needs 64 bits
    Fraction tiny = Fraction.of(BigInteger.ONE, TWO_TO_63);
    assertEquals(0, tiny.commonDenominator(1));
    // lcm(3, 2^63) = 3 * 2^63; lcm(2^10, 2^63) = 2^63
    assertEquals(TWO_TO_63.multiply(BigInteger.valueOf(3)),
        tiny.commonDenominator(BigInteger.valueOf(3)));
    assertEquals(TWO_TO_63, tiny.commonDenominator(BigInteger.ONE.shiftLeft(10)));
  }
}
