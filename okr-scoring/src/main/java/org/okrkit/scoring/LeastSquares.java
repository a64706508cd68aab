package org.okrkit.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact least-squares line through points {@code (x, y)} with whole-day {@code x}: the sums and
 * the two determinants are exact, so every derived number is a single rounded division.
 *
 * <p>With {@code N = n*sum(xy) - sum(x)*sum(y)} and {@code D = n*sum(xx) - sum(x)^2}, the slope is
 * {@code N / D} and the line's value at {@code x} is {@code (sum(y)*D + N*(n*x - sum(x))) /
 * (n*D)}. {@code D} is positive as soon as two points have different {@code x}.
 */
final class LeastSquares {

  /** Precision of numbers in a measure's own unit that need a division: slopes, projections. */
  static final MathContext VALUE_CONTEXT = MathContext.DECIMAL128;

  private long count;
  private BigDecimal sumX = BigDecimal.ZERO;
  private BigDecimal sumY = BigDecimal.ZERO;
  private BigDecimal sumXX = BigDecimal.ZERO;
  private BigDecimal sumXY = BigDecimal.ZERO;

  /** Adds a point. */
  void add(long x, BigDecimal y) {
    BigDecimal bigX = BigDecimal.valueOf(x);
    count++;
    sumX = sumX.add(bigX);
    sumY = sumY.add(y);
    sumXX = sumXX.add(bigX.multiply(bigX));
    sumXY = sumXY.add(bigX.multiply(y));
  }

  /** Returns the number of points. */
  long count() {
    return count;
  }

  BigDecimal sumX() {
    return sumX;
  }

  BigDecimal sumY() {
    return sumY;
  }

  BigDecimal sumXX() {
    return sumXX;
  }

  BigDecimal sumXY() {
    return sumXY;
  }

  /** Returns {@code N = n*sum(xy) - sum(x)*sum(y)}, the slope's exact numerator. */
  BigDecimal slopeNumerator() {
    return BigDecimal.valueOf(count).multiply(sumXY).subtract(sumX.multiply(sumY));
  }

  /** Returns {@code D = n*sum(xx) - sum(x)^2}, the slope's exact denominator. */
  BigDecimal slopeDenominator() {
    return BigDecimal.valueOf(count).multiply(sumXX).subtract(sumX.multiply(sumX));
  }

  /** Returns the slope, rounded once to {@link #VALUE_CONTEXT}. */
  BigDecimal slope() {
    return slopeNumerator().divide(slopeDenominator(), VALUE_CONTEXT);
  }

  /** Returns the line's value at {@code x}, rounded once to {@link #VALUE_CONTEXT}. */
  BigDecimal valueAt(long x) {
    BigDecimal n = BigDecimal.valueOf(count);
    BigDecimal d = slopeDenominator();
    BigDecimal numerator = sumY.multiply(d)
        .add(slopeNumerator().multiply(n.multiply(BigDecimal.valueOf(x)).subtract(sumX)));
    return numerator.divide(n.multiply(d), VALUE_CONTEXT);
  }

  /** Returns the line's value at {@code x} exactly, as a ratio. */
  Fraction exactValueAt(long x) {
    BigDecimal n = BigDecimal.valueOf(count);
    BigDecimal d = slopeDenominator();
    BigDecimal numerator = sumY.multiply(d)
        .add(slopeNumerator().multiply(n.multiply(BigDecimal.valueOf(x)).subtract(sumX)));
    return Fraction.of(numerator, n.multiply(d));
  }

  /**
   * Returns the first whole {@code x} at which the line reaches {@code y}: the exact crossing
   * {@code (y*n*D - sum(y)*D + N*sum(x)) / (N*n)} rounded up; when {@code strictlyBeyond}, a
   * crossing on a whole day moves to the next day. Requires a non-zero slope.
   */
  BigDecimal firstXReaching(BigDecimal y, boolean strictlyBeyond) {
    BigDecimal n = BigDecimal.valueOf(count);
    BigDecimal d = slopeDenominator();
    BigDecimal numerator = slopeNumerator();
    BigDecimal crossingNumerator = y.multiply(n).multiply(d).subtract(sumY.multiply(d))
        .add(numerator.multiply(sumX));
    BigDecimal crossingDenominator = numerator.multiply(n);
    BigDecimal ceiling = crossingNumerator.divide(crossingDenominator, 0, RoundingMode.CEILING);
    if (strictlyBeyond
        && ceiling.multiply(crossingDenominator).compareTo(crossingNumerator) == 0) {
      return ceiling.add(BigDecimal.ONE);
    }
    return ceiling;
  }
}
