package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.OkrException;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;

/**
 * The highest score a {@link ScoringProfile} allows: 1 by default, a higher cap such as 1.2 to
 * reward overachievement, or explicitly {@linkplain #uncapped() uncapped}. Scores are never below
 * 0. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class ScoreCap {

  private static final ScoreCap AT_ONE = ImmutableScoreCap.of(Optional.of(BigDecimal.ONE));
  private static final ScoreCap UNCAPPED = ImmutableScoreCap.of(Optional.empty());

  ScoreCap() {}

  /**
   * Returns the cap at 1: no overachievement.
   *
   * @return the cap at 1, not null
   */
  public static ScoreCap atOne() {
    return AT_ONE;
  }

  /**
   * Returns a cap that allows overachievement up to a limit, for example 1.2.
   *
   * @param limit  the highest score, at least 1, not null
   * @return the cap, not null
   * @throws OkrException if the limit is below 1
   */
  public static ScoreCap of(BigDecimal limit) {
    Objects.requireNonNull(limit, "limit");
    return ImmutableScoreCap.of(Optional.of(Decimals.canonical("limit", limit)));
  }

  /**
   * Returns the absence of a cap: scores may rise above 1 without limit, for example 1.25 when a
   * metric overshoots its target by a quarter.
   *
   * @return the uncapped marker, not null
   */
  public static ScoreCap uncapped() {
    return UNCAPPED;
  }

  /**
   * Returns the highest score allowed; empty when uncapped.
   *
   * @return the limit, not null
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> limit();

  @Value.Check
  void check() {
    if (limit().isPresent() && limit().get().compareTo(BigDecimal.ONE) < 0) {
      throw new OkrException("limit", limit().get().toPlainString(), "a score cap must be at least 1");
    }
  }

  /**
   * Tells whether scores are limited.
   *
   * @return false only for {@link #uncapped()}
   */
  public boolean isCapped() {
    return limit().isPresent();
  }

  /**
   * The limit as an exact fraction, built once per cap rather than once per score; the fraction 0
   * when uncapped, where it is never read.
   */
  @Value.Derived
  @Value.Auxiliary
  Fraction exactLimit() {
    return limit().isPresent() ? Fraction.exactly(limit().get()) : Fraction.ZERO;
  }

  /**
   * Returns an exact score raised to 0 if negative and limited to this cap, still exact: the one
   * place where the floor and the cap apply.
   */
  Fraction limit(Fraction raw) {
    if (raw.signum() < 0) {
      return Fraction.ZERO;
    }
    if (isCapped() && raw.compareTo(exactLimit()) > 0) {
      return exactLimit();
    }
    return raw;
  }

  /** Returns {@code capped at 1}, {@code capped at 1.2} or {@code uncapped}. */
  @Override
  public String toString() {
    return limit().map(limit -> "capped at " + limit.toPlainString()).orElse("uncapped");
  }
}
