package org.okrkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.okrkit.core.OkrException;

class DecimalsTest {

  private static final String RANGE_RULE =
      "must have at most 64 digits before and 32 after the decimal point";

  private static OkrException rejected(BigDecimal value) {
    OkrException e = assertThrows(OkrException.class, () -> Decimals.canonical("value", value));
    assertEquals("value", e.field());
    assertEquals(RANGE_RULE, e.rule());
    return e;
  }

  @Test
  void canonical_extremeScalesAreRejectedNotOverflowed() {
    // 10 x 10^2147483648: stripping its trailing zero would need scale MIN_VALUE - 1
    OkrException overflow = rejected(new BigDecimal(BigInteger.TEN, Integer.MIN_VALUE));
    assertEquals("1.0E+2147483649", overflow.rejectedValue());
    assertEquals("-1E+2147483648",
        rejected(new BigDecimal(BigInteger.ONE.negate(), Integer.MIN_VALUE)).rejectedValue());
    assertEquals("1E-2147483647",
        rejected(new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE)).rejectedValue());
    // 10 x 10^-2147483647 = 1E-2147483646: the scale may not grow past MAX_VALUE either
    rejected(new BigDecimal(BigInteger.TEN, Integer.MAX_VALUE));
  }

  @Test
  void canonical_hugeIntegersAreRejectedWithAShortMessage() {
    // 10^200000 has 200,001 digits; it is rejected from its bit length, before any stripping
    BigDecimal huge = new BigDecimal(BigInteger.TEN.pow(200_000));
    OkrException e = rejected(huge);
    // bitLength(10^200000) = floor(200000 x log2(10)) + 1 = floor(664385.61...) + 1 = 664386;
    // the exponent shown is floor(664386 x log10(2)) = floor(200000.18...) = 200000
    assertEquals("about 1E+200000 (an unscaled value of 664386 bits, scale 0)", e.rejectedValue());
    assertTrue(e.getMessage().length() < 200, e.getMessage());
    OkrException negative = rejected(huge.negate().movePointLeft(10));
    assertTrue(negative.rejectedValue().startsWith("-about 1E+"), negative.rejectedValue());
  }

  @Test
  void canonical_longTrailingZerosAreStrippedNotRejected() {
    // 1.000...0 with 200,000 zeros after the point is exactly 1
    BigDecimal one = new BigDecimal(BigInteger.TEN.pow(200_000), 200_000);
    assertEquals(BigDecimal.ONE, Decimals.canonical("value", one));
    assertEquals(0, Decimals.canonical("value", one).scale());
    // ... but one more non-zero digit at place 200,000 is beyond 32 fraction digits
    rejected(new BigDecimal(BigInteger.TEN.pow(200_000).add(BigInteger.ONE), 200_000));
    // 12.5 followed by 100 zeros
    assertEquals(new BigDecimal("12.5"),
        Decimals.canonical("value", new BigDecimal("12.5" + "0".repeat(100))));
  }

  @Test
  void canonical_limitsAreExact() {
    String sixtyFourNines = "9".repeat(64);
    assertEquals(new BigDecimal(sixtyFourNines),
        Decimals.canonical("value", new BigDecimal(sixtyFourNines + ".000")));
    rejected(new BigDecimal("1" + "0".repeat(64)));
    rejected(new BigDecimal("1E+64"));
    assertEquals(new BigDecimal("1" + "0".repeat(63)), Decimals.canonical("value", new BigDecimal("1E+63")));
    assertEquals(new BigDecimal("1E-32"), Decimals.canonical("value", new BigDecimal("1E-32")));
    assertEquals(new BigDecimal("1E-32"),
        Decimals.canonical("value", new BigDecimal("0.00000000000000000000000000000001000")));
    rejected(new BigDecimal("1E-33"));
    rejected(new BigDecimal("1E+1000"));
    rejected(new BigDecimal("1E-1000"));
    // 64 integer digits and 32 fraction digits together: 96 significant digits
    String widest = "9".repeat(64) + "." + "9".repeat(32);
    assertEquals(new BigDecimal(widest), Decimals.canonical("value", new BigDecimal(widest)));
    rejected(new BigDecimal(widest + "9"));
  }

  @Test
  void canonical_zeroInEveryFormIsZero() {
    for (String zero : new String[] {"0", "-0", "0.000", "0E+1000", "0E-1000", "-0.0"}) {
      assertSame(BigDecimal.ZERO, Decimals.canonical("value", new BigDecimal(zero)), zero);
    }
    assertSame(BigDecimal.ZERO,
        Decimals.canonical("value", new BigDecimal(BigInteger.ZERO, Integer.MIN_VALUE)));
  }

  @Test
  void describe_showsSmallValuesExactly() {
    assertEquals("1E+70", Decimals.describe(new BigDecimal("1E+70")));
    assertEquals("-12.50", Decimals.describe(new BigDecimal("-12.50")));
    String hundredDigits = "9".repeat(100);
    assertEquals(hundredDigits, Decimals.describe(new BigDecimal(hundredDigits)));
  }

  @Test
  void describe_givesTheOrderOfMagnitudeOfALongValueNetOfItsScale() {
    BigInteger twoTo333 = BigInteger.ONE.shiftLeft(333);
    // 2^333 has 334 bits, one more than shown exactly; floor(334 x log10(2)) = floor(100.54) = 100,
    // so with scale 100 the exponent is 100 - 100 = 0, signed like every other exponent
    assertEquals("about 1E+0 (an unscaled value of 334 bits, scale 100)",
        Decimals.describe(new BigDecimal(twoTo333, 100)));
    // with scale 150: 100 - 150 = -50
    assertEquals("about 1E-50 (an unscaled value of 334 bits, scale 150)",
        Decimals.describe(new BigDecimal(twoTo333, 150)));
    // with scale -7: 100 + 7 = 107
    assertEquals("about 1E+107 (an unscaled value of 334 bits, scale -7)",
        Decimals.describe(new BigDecimal(twoTo333, -7)));
  }

  @Test
  void canonicalOfAComputedValue_hasNoTrailingZerosAndNoNegativeScale() {
    // 1E+2 and 100.00 are both the integer 100, written with scale 0
    assertEquals(0, Decimals.canonical(new BigDecimal("1E+2")).scale());
    assertEquals(new BigDecimal("100"), Decimals.canonical(new BigDecimal("1E+2")));
    assertEquals(new BigDecimal("100"), Decimals.canonical(new BigDecimal("100.00")));
    assertEquals(new BigDecimal("12.5"), Decimals.canonical(new BigDecimal("12.500")));
    assertEquals(new BigDecimal("-0.25"), Decimals.canonical(new BigDecimal("-0.250")));
    for (String zero : new String[] {"0", "0.000", "0E+3", "-0.0"}) {
      assertSame(BigDecimal.ZERO, Decimals.canonical(new BigDecimal(zero)), zero);
    }
  }

  @Test
  void isCanonical_acceptsOnlyTheCanonicalForm() {
    for (String canonical : new String[] {"0", "100", "12.5", "-3", "1E-32"}) {
      assertTrue(Decimals.isCanonical(new BigDecimal(canonical)), canonical);
    }
    // a negative scale, a trailing fractional zero, and zeros written with a scale
    for (String other : new String[] {"1E+2", "-5E+1", "12.50", "0.0", "0E+2", "0E-5"}) {
      assertFalse(Decimals.isCanonical(new BigDecimal(other)), other);
    }
  }
}
