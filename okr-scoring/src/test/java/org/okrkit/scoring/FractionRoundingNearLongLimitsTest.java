package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.scoring.Fixtures.dec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Rounding shifts the numerator by a power of ten on longs only while the product fits; products
 * just past 2^63 (and up to 2^64, where the high word of the 128-bit product is still 0) must be
 * rounded exactly all the same.
 */
class FractionRoundingNearLongLimitsTest {

  private static final long TEN_TO_18 = 1_000_000_000_000_000_000L;

  @Test
  void aShiftedNumeratorBetween2To63And2To64_isRoundedExactly() {
    // 10^18 / 3 at one place: 10^18 * 10 = 10^19 lies between 2^63 (~9.22e18) and 2^64
    // (~1.84e19); 10^19 / 3 = 3333333333333333333.3..., so the value is 333333333333333333.3
    Fraction third = Fraction.of(TEN_TO_18, 3);
    assertEquals(dec("333333333333333333.3"), third.round(1, RoundingMode.HALF_EVEN));
    assertEquals(dec("333333333333333333.4"), third.round(1, RoundingMode.CEILING));
    assertEquals(dec("333333333333333333.3"), third.roundCanonical(1, RoundingMode.HALF_EVEN));
    // and negative: -10^18 / 3 at one place, -10^19 is below -2^63
    assertEquals(dec("-333333333333333333.3"),
        Fraction.of(-TEN_TO_18, 3).round(1, RoundingMode.HALF_EVEN));
    // 922337203685477581 * 10 = 9223372036854775810 = 2^63 + 2: past a long by two;
    // / 1 it is just 922337203685477581.0
    assertEquals(dec("922337203685477581.0"),
        Fraction.of(922_337_203_685_477_581L, 1).round(1, RoundingMode.HALF_EVEN));
  }

  @Test
  void halfDown_goesAwayFromZeroAboveTheHalf() {
    // 2/3 = 0.666...: above the half, so 1 (and -1 for -2/3); 1/3 = 0.333... stays 0
    assertEquals(dec("1"), Fraction.of(2, 3).round(0, RoundingMode.HALF_DOWN));
    assertEquals(dec("-1"), Fraction.of(-2, 3).round(0, RoundingMode.HALF_DOWN));
    assertEquals(dec("0"), Fraction.of(1, 3).round(0, RoundingMode.HALF_DOWN));
    // 0.0066... at two places: 0.01; exactly 0.005 (1/200) is the half, so 0.00
    assertEquals(dec("0.01"), Fraction.of(2, 300).round(2, RoundingMode.HALF_DOWN));
    assertEquals(dec("0.00"), Fraction.of(1, 200).round(2, RoundingMode.HALF_DOWN));
  }

  @Test
  void everyModeAgreesWithBigDecimalDivisionNearTheEndsOfALong() {
    long[] numerators = {Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MIN_VALUE, TEN_TO_18, -TEN_TO_18,
        922_337_203_685_477_580L, 922_337_203_685_477_581L, 92_233_720_368_547_759L, 2, -7};
    long[] denominators = {1, 3, 7, 1L << 62, Long.MAX_VALUE};
    int[] scales = {0, 1, 2, 17, 18};
    RoundingMode[] modes = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
        RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};
    for (long numerator : numerators) {
      for (long denominator : denominators) {
        Fraction fraction = Fraction.of(numerator, denominator);
        for (int scale : scales) {
          for (RoundingMode mode : modes) {
            // the oracle: BigDecimal's own division of the unreduced numbers
            BigDecimal expected = new BigDecimal(numerator)
                .divide(new BigDecimal(denominator), scale, mode);
            String label = numerator + "/" + denominator + " at " + scale + " " + mode;
            assertEquals(expected, fraction.round(scale, mode), label);
            assertEquals(0, expected.compareTo(fraction.roundCanonical(scale, mode)), label);
          }
        }
      }
    }
  }

  @Test
  void aBigFractionIsRoundedLikeItsBigDecimalQuotient() {
    // (2^64 + 1) / 3 = 6148914691236517205.666... at 2 places: .67 half-even, .66 down
    Fraction big = Fraction.of(BigInteger.ONE.shiftLeft(64).add(BigInteger.ONE),
        BigInteger.valueOf(3));
    assertEquals(dec("6148914691236517205.67"), big.round(2, RoundingMode.HALF_EVEN));
    assertEquals(dec("6148914691236517205.66"), big.round(2, RoundingMode.DOWN));
  }
}
