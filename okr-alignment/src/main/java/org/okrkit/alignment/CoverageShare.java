package org.okrkit.alignment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.OkrException;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.scoring.Fraction;

/**
 * How many of a whole are covered, for example {@code 5 of 6} objectives aligned or {@code 3 of 4}
 * key results supported. The exact share is {@code covered / total}; a share of nothing ({@code
 * 0 of 0}) has no value rather than 0 or 1. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class CoverageShare {

  /** Decimal places of {@link #value()}, as okr-scoring's default rounding of scores. */
  private static final int SCALE = 4;

  CoverageShare() {}

  /**
   * Obtains a share from its counts.
   *
   * @param covered  how many are covered, from 0 to {@code total}
   * @param total  how many there are, not negative
   * @return the share, not null
   * @throws OkrException if a count is negative or more are covered than there are
   */
  public static CoverageShare of(int covered, int total) {
    if (total < 0) {
      throw new OkrException("total", Integer.toString(total), "must not be negative");
    }
    if (covered < 0 || covered > total) {
      throw new OkrException("covered", Integer.toString(covered),
          "must be from 0 to the total, " + total);
    }
    return ImmutableCoverageShare.of(covered, total);
  }

  /**
   * Returns how many are covered.
   *
   * @return the count, from 0 to {@link #total()}
   */
  @Value.Parameter
  public abstract int covered();

  /**
   * Returns how many there are.
   *
   * @return the count, not negative
   */
  @Value.Parameter
  public abstract int total();

  /**
   * Returns the exact share covered.
   *
   * @return {@code covered / total}, empty when the total is 0, not null
   */
  public Optional<Fraction> fraction() {
    return total() == 0 ? Optional.empty() : Optional.of(Fraction.of(covered(), total()));
  }

  /**
   * Returns the share covered as a decimal rounded half to even to 4 places, for example {@code
   * 0.8333} for 5 of 6.
   *
   * @return the share from 0 to 1, empty when the total is 0, not null
   */
  public Optional<BigDecimal> value() {
    return fraction().map(share -> share.round(SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * Tells whether everything is covered, which includes a share of nothing.
   *
   * @return true if {@code covered == total}
   */
  public boolean isComplete() {
    return covered() == total();
  }

  /** Returns the counts, for example {@code 5 of 6}. */
  @Override
  public String toString() {
    return covered() + " of " + total();
  }
}
