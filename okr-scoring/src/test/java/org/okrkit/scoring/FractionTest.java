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
}
