package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.okrkit.core.OkrException;

/** Every way of building or dividing a fraction refuses a zero denominator, naming the field. */
class FractionZeroDivisorTest {

  @Test
  void aFractionOfBigIntegers_overZero_isRejected() {
    OkrException small = assertThrows(OkrException.class,
        () -> Fraction.of(BigInteger.ONE, BigInteger.ZERO));
    assertEquals("denominator", small.field());
    assertEquals("0", small.rejectedValue());
    // 2^70 / 0: a numerator beyond a long is refused just the same
    OkrException big = assertThrows(OkrException.class,
        () -> Fraction.of(BigInteger.ONE.shiftLeft(70), BigInteger.ZERO));
    assertEquals("denominator", big.field());
    assertEquals("0", big.rejectedValue());
  }

  @Test
  void dividingByTheFractionZero_isRejected() {
    OkrException zero = assertThrows(OkrException.class,
        () -> Fraction.of(3, 4).divide(Fraction.ZERO));
    assertEquals("other", zero.field());
    assertEquals("0", zero.rejectedValue());
    // 0/5 is the same zero
    OkrException zeroOverFive = assertThrows(OkrException.class,
        () -> Fraction.of(3, 4).divide(Fraction.of(0, 5)));
    assertEquals("other", zeroOverFive.field());
  }

  @Test
  void dividingByADecimalZero_isRejectedAtAnyScale() {
    OkrException zero = assertThrows(OkrException.class,
        () -> Fraction.of(3, 4).divide(new BigDecimal("0.000")));
    assertEquals("divisor", zero.field());
    assertEquals("0", zero.rejectedValue());
    assertEquals("divisor", assertThrows(OkrException.class,
        () -> Fraction.ONE.divide(BigDecimal.ZERO)).field());
  }
}
