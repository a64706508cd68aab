package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** A fraction's text and equality, for values that fit a long and values that do not. */
class FractionTextAndEqualityTest {

  private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

  @Test
  void wholeNumbers_keepTheirTrailingZerosAndNoExponent() {
    // 1000/1 and -200/4 = -50: plain integers, never 1E+3 or -5E+1
    assertEquals("1000", Fraction.of(1000, 1).toString());
    assertEquals("-50", Fraction.of(-200, 4).toString());
    assertEquals("0", Fraction.ZERO.toString());
    // 10^20 / 8 = 12500000000000000000, beyond a long
    assertEquals("12500000000000000000",
        Fraction.of(BigInteger.TEN.pow(20), BigInteger.valueOf(8)).toString());
    // 3/40 = 0.075 terminates; 2^64 / 3 does not
    assertEquals("0.075", Fraction.of(3, 40).toString());
    assertEquals("18446744073709551616/3", Fraction.of(TWO_TO_64, BigInteger.valueOf(3)).toString());
  }

  @Test
  void bigFractions_areEqualOnlyByValue() {
    Fraction thirds = Fraction.of(TWO_TO_64, BigInteger.valueOf(3));
    // 2^65 / 6 is the same value in other terms
    assertEquals(thirds, Fraction.of(TWO_TO_64.shiftLeft(1), BigInteger.valueOf(6)));
    assertEquals(thirds.hashCode(),
        Fraction.of(TWO_TO_64.shiftLeft(1), BigInteger.valueOf(6)).hashCode());
    // 2^64 / 5 and (2^64 + 1) / 3 are other values
    assertNotEquals(thirds, Fraction.of(TWO_TO_64, BigInteger.valueOf(5)));
    assertNotEquals(thirds, Fraction.of(TWO_TO_64.add(BigInteger.ONE), BigInteger.valueOf(3)));
  }

  @Test
  void aSmallFractionNeverEqualsABigOne() {
    Fraction big = Fraction.of(TWO_TO_64, BigInteger.ONE);
    for (Fraction small : new Fraction[] {Fraction.ZERO, Fraction.ONE,
        Fraction.of(Long.MAX_VALUE, 1), Fraction.of(1, Long.MAX_VALUE)}) {
      assertNotEquals(small, big);
      assertNotEquals(big, small);
    }
    assertNotEquals(Fraction.ONE, "1");
  }
}
