package org.okrkit.alignment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.okrkit.core.internal.Decimals;
import org.okrkit.scoring.Fraction;

/**
 * The roll-up's exact arithmetic on okr-scoring's public {@link Fraction}, and its one rounding:
 * half-even to {@value #PLACES} decimal places, the most an okrkit decimal has, so every rolled-up
 * progress is a decimal the profile can score.
 */
final class ContributionMath {

  /** The decimal places of a mean and of a rolled-up progress. */
  static final int PLACES = 32;

  private ContributionMath() {}

  static Fraction of(BigDecimal value) {
    return Fraction.of(value);
  }

  static Fraction add(Fraction a, Fraction b) {
    return Fraction.of(a.numerator().multiply(b.denominator())
        .add(b.numerator().multiply(a.denominator())), a.denominator().multiply(b.denominator()));
  }

  static Fraction times(Fraction a, BigDecimal factor) {
    Fraction b = Fraction.of(factor);
    return Fraction.of(a.numerator().multiply(b.numerator()),
        a.denominator().multiply(b.denominator()));
  }

  static Fraction divide(Fraction a, BigDecimal divisor) {
    Fraction b = Fraction.of(divisor);
    return Fraction.of(a.numerator().multiply(b.denominator()),
        a.denominator().multiply(b.numerator()));
  }

  /** Rounds half-even to {@value #PLACES} places, in canonical form. */
  static BigDecimal round(Fraction exact) {
    return Decimals.canonical(exact.round(PLACES, RoundingMode.HALF_EVEN));
  }

  /** Divides exact sums once, rounding half-even to {@value #PLACES} places. */
  static BigDecimal mean(BigDecimal weighted, BigDecimal weight) {
    return Decimals.canonical(weighted.divide(weight, PLACES, RoundingMode.HALF_EVEN));
  }
}
