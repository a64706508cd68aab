package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.okrkit.scoring.Fraction;

class ContributionMathTest {

  @Test
  void blend_worksAsHandArithmetic() {
    // 7/12 × 0.5 + 0.25 × 0.5 = 7/24 + 3/24 = 10/24 = 5/12
    assertEquals(Fraction.of(5, 12),
        ContributionMath.blend(Fraction.of(7, 12), new BigDecimal("0.25"), new BigDecimal("0.5")));
    // -1/3 × 0.7 + 0.3 × 0.3 = -7/30 + 9/100 = -70/300 + 27/300 = -43/300
    assertEquals(Fraction.of(-43, 300),
        ContributionMath.blend(Fraction.of(-1, 3), new BigDecimal("0.3"), new BigDecimal("0.3")));
    // nothing of its own: 0 × 0.75 + 0.4 × 0.25 = 0.1
    assertEquals(Fraction.of(1, 10),
        ContributionMath.blend(Fraction.ZERO, new BigDecimal("0.4"), new BigDecimal("0.25")));
    // share 1 takes the children alone, even at 32 places; a mean of 2E+1 has a negative scale
    BigDecimal mean = new BigDecimal("0.33333333333333333333333333333333");
    assertEquals(Fraction.of(mean), ContributionMath.blend(Fraction.of(2, 3), mean, BigDecimal.ONE));
    assertEquals(Fraction.of(20, 1), ContributionMath.blend(Fraction.of(2, 3),
        new BigDecimal(BigInteger.TWO, -1), BigDecimal.ONE));
  }

  /** The one-GCD blend equals the blend taken step by step with okr-scoring's fractions. */
  @Property(tries = 300)
  void blend_equalsTheStepByStepFormula(
      @ForAll @IntRange(min = -1000, max = 1000) int numerator,
      @ForAll @IntRange(min = 1, max = 1000) int denominator,
      @ForAll @BigRange(min = "-10", max = "10") @Scale(32) BigDecimal children,
      @ForAll @BigRange(min = "0", max = "1") @Scale(3) BigDecimal share) {
    Fraction own = Fraction.of(numerator, denominator);
    Fraction expected = own.multiply(BigDecimal.ONE.subtract(share))
        .add(Fraction.of(children).multiply(share));
    assertEquals(expected, ContributionMath.blend(own, children, share));
  }
}
