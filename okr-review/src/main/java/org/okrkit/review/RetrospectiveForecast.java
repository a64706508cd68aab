package org.okrkit.review;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.ObjectiveId;
import org.okrkit.scoring.Forecast;
import org.okrkit.scoring.Projection;

/**
 * One key result of an annual objective in the "quarter versus year" part: whether the period
 * supports it, and okr-scoring's forecast of it at the current pace, with how far short it falls.
 * Immutable and thread-safe.
 *
 * <p><b>Support.</b> The key result is supported in the period when an objective of the period
 * (other than the annual objectives themselves) is aligned to it, directly or through objectives
 * above it: a quarterly team objective aligned to an annual department objective's key result that
 * is itself aligned to the company key result supports both.
 *
 * <p><b>Shortfall.</b> When the forecast is defined and does not reach the target, it falls short
 * by {@link #valueShortfall()}, the distance between the target and the projected value ({@code
 * |target − projected value|}, in the measure's unit, so a falling metric short of its lower
 * target is short by a positive amount too; absent for a band, which has no single target), and by
 * {@link #scoreShortfall()}, {@code 1 − projected score} (the projected score's rounded value,
 * floored at 0). Both are absent when the forecast reaches the target or is undefined.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class RetrospectiveForecast {

  RetrospectiveForecast() {}

  /**
   * Returns the annual objective.
   *
   * @return the objective's id, not null
   */
  @Value.Parameter
  public abstract ObjectiveId objectiveId();

  /**
   * Returns the key result.
   *
   * @return the key result's id, not null
   */
  @Value.Parameter
  public abstract KeyResultId keyResultId();

  /**
   * Returns the key result's title.
   *
   * @return the title, not null
   */
  @Value.Parameter
  public abstract String title();

  /**
   * Tells whether an objective of the period supports the key result (see the class comment).
   *
   * @return true if supported
   */
  @Value.Parameter
  public abstract boolean isSupportedInPeriod();

  /**
   * Returns okr-scoring's forecast of the key result as of the retrospective's date, to the end
   * of the annual objective's period.
   *
   * @return the forecast, not null
   */
  @Value.Parameter
  public abstract Forecast forecast();

  /**
   * Returns {@code |target − projected value|} when the forecast falls short of the target.
   *
   * @return the shortfall in the measure's unit, not null
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> valueShortfall();

  /**
   * Returns {@code 1 − projected score}, at least 0, when the forecast falls short of the target.
   *
   * @return the shortfall in points of score, not null
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> scoreShortfall();

  /**
   * Tells whether the forecast is defined and reaches the target by the period's end.
   *
   * @return true if it reaches the target
   */
  public boolean reachesTarget() {
    return forecast().projection().map(Projection::reachesTarget).orElse(false);
  }

  /**
   * Tells whether the forecast is defined and falls short of the target by the period's end.
   *
   * @return true if it falls short
   */
  public boolean fallsShort() {
    return forecast().projection().map(projection -> !projection.reachesTarget()).orElse(false);
  }

  static RetrospectiveForecast of(ObjectiveId objectiveId, KeyResultId keyResultId, String title,
      boolean supported, Forecast forecast) {
    Optional<BigDecimal> valueShortfall = Optional.empty();
    Optional<BigDecimal> scoreShortfall = Optional.empty();
    Optional<Projection> projection = forecast.projection();
    if (projection.isPresent() && !projection.get().reachesTarget()) {
      Projection missed = projection.get();
      valueShortfall = missed.target()
          .map(target -> target.subtract(missed.projectedValue()).abs().stripTrailingZeros());
      BigDecimal gap = BigDecimal.ONE.subtract(missed.projectedScore().value());
      scoreShortfall = Optional.of(gap.signum() < 0 ? BigDecimal.ZERO : gap.stripTrailingZeros());
    }
    return ImmutableRetrospectiveForecast.of(objectiveId, keyResultId, title, supported, forecast,
        valueShortfall.map(RetrospectiveForecast::plain), scoreShortfall.map(RetrospectiveForecast::plain));
  }

  /** Canonical form without an exponent, so 100 stays 100 and not 1E+2. */
  private static BigDecimal plain(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** Returns the ids and the forecast, for example {@code sales-2026/kr-1 forecast 142 ...}. */
  @Override
  public String toString() {
    return objectiveId() + "/" + keyResultId() + " " + forecast();
  }
}
