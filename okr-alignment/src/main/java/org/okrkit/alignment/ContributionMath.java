package org.okrkit.alignment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.okrkit.core.internal.Decimals;
import org.okrkit.scoring.Fraction;

/**
 * The roll-up's one rounding of okr-scoring's exact {@link Fraction}s:
 * half-even to {@value #PLACES} decimal places, the most an okrkit decimal has, so every rolled-up
 * progress is a decimal the profile can score.
 */
final class ContributionMath {

  /** The decimal places of a mean and of a rolled-up progress. */
  static final int PLACES = 32;

  private ContributionMath() {}

  /** Rounds half-even to {@value #PLACES} places, in canonical form. */
  static BigDecimal round(Fraction exact) {
    if (exact.denominator().equals(BigInteger.ONE)) {
      return new BigDecimal(exact.numerator());
    }
    return canonical(exact.round(PLACES, RoundingMode.HALF_EVEN));
  }

  /** Divides exact sums once, rounding half-even to {@value #PLACES} places. */
  static BigDecimal mean(BigDecimal weighted, BigDecimal weight) {
    if (weight.compareTo(BigDecimal.ONE) == 0) {
      return Decimals.canonical(weighted.setScale(Math.min(weighted.scale(), PLACES),
          RoundingMode.HALF_EVEN));
    }
    return canonical(weighted.divide(weight, PLACES, RoundingMode.HALF_EVEN));
  }

  /**
   * Returns {@code own × (1 − share) + children × share} exactly, reduced once: with {@code own =
   * p / q} and both decimal parts at one scale {@code s}, it is {@code (p × (1 − share) × 10^s +
   * q × children × share × 10^s) / (q × 10^s)}, one GCD where adding up fractions would take one
   * per step (the 32-place means make these GCDs the roll-up's dearest arithmetic).
   */
  static Fraction blend(Fraction own, BigDecimal children, BigDecimal share) {
    BigDecimal rest = BigDecimal.ONE.subtract(share);
    BigDecimal fromChildren = children.multiply(share);
    int scale = Math.max(0, Math.max(rest.scale(), fromChildren.scale()));
    BigInteger numerator = own.numerator().multiply(rest.setScale(scale).unscaledValue())
        .add(own.denominator().multiply(fromChildren.setScale(scale).unscaledValue()));
    return Fraction.of(numerator, own.denominator().multiply(BigInteger.TEN.pow(scale)));
  }

  /**
   * Returns the canonical form of a computed decimal, stripping trailing zeros eight at a time:
   * a rounded mean often ends in many, and stripping them one by one dominated a roll-up.
   */
  private static BigDecimal canonical(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigInteger unscaled = value.unscaledValue();
    int scale = value.scale();
    if (unscaled.testBit(0)) {
      return value;
    }
    while (scale >= 8) {
      BigInteger[] divided = unscaled.divideAndRemainder(HUNDRED_MILLION);
      if (divided[1].signum() != 0) {
        break;
      }
      unscaled = divided[0];
      scale -= 8;
    }
    return Decimals.canonical(new BigDecimal(unscaled, scale));
  }

  private static final BigInteger HUNDRED_MILLION = BigInteger.valueOf(100_000_000L);
}
