package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.internal.OkrStyle;

/**
 * Where a key result is heading: the least-squares line through its check-in history (or KPI
 * series) projected to the period's last day. A forecast needs at least two values; with fewer, or
 * for a milestone, it is explicitly {@linkplain #isDefined() undefined} and says why.
 *
 * <p>The line is computed exactly: with {@code x} the days since the period's start and {@code y}
 * the values, {@code N = n*sum(xy) - sum(x)*sum(y)} and {@code D = n*sum(xx) - sum(x)^2} are exact,
 * and each reported number is one division rounded half-even to 34 significant digits ({@link
 * java.math.MathContext#DECIMAL128}). The projected score is the projected value scored under the
 * profile as if it were the latest value. The target date is the first day on which the line
 * reaches the target (for a threshold, its level; for a checklist, all items done), given only when
 * the line moves toward it; it may lie in the past or beyond the period. Obtain one from {@link
 * Scorer#forecast(org.okrkit.core.KeyResult, org.okrkit.core.Period, LocalDate)}. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Forecast {

  Forecast() {}

  static Forecast create(KeyResultId keyResultId, LocalDate asOf, int points,
      Optional<String> undefinedReason, Optional<BigDecimal> slopePerDay,
      Optional<BigDecimal> projectedValue, Optional<Score> projectedScore,
      Optional<BigDecimal> target, boolean reachesTarget, Optional<LocalDate> targetDate,
      Explanation explanation) {
    return ImmutableForecast.of(keyResultId, asOf, points, undefinedReason, slopePerDay,
        projectedValue, projectedScore, target, reachesTarget, targetDate, explanation);
  }

  /**
   * Returns the key result's id.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract KeyResultId keyResultId();

  /**
   * Returns the date of the forecast: only history on or before it is used.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns how many values the line was fitted to.
   *
   * @return the number of points, not negative
   */
  @Value.Parameter
  public abstract int points();

  /**
   * Returns why there is no forecast.
   *
   * @return the reason, empty when the forecast is defined, not null
   */
  @Value.Parameter
  public abstract Optional<String> undefinedReason();

  /**
   * Returns the slope of the line, in the measure's unit per day.
   *
   * @return the slope, empty when undefined, not null
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> slopePerDay();

  /**
   * Returns the value the line gives on the period's last day.
   *
   * @return the projected value, empty when undefined, not null
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> projectedValue();

  /**
   * Returns the projected value's score.
   *
   * @return the projected score, empty when undefined, not null
   */
  @Value.Parameter
  public abstract Optional<Score> projectedScore();

  /**
   * Returns the value to reach: a metric's target, a threshold's level, 1 for a checklist.
   *
   * @return the target, empty for a band or when undefined, not null
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> target();

  /**
   * Tells whether, at the current pace, the target is reached by the period's end (for a band: the
   * projected value lies in it).
   *
   * @return true if the projection reaches the target; false when undefined
   */
  @Value.Parameter
  public abstract boolean reachesTarget();

  /**
   * Returns the first day on which the line reaches the target.
   *
   * @return the date, empty when undefined, for a band, or when the line does not move toward the
   *     target, not null
   */
  @Value.Parameter
  public abstract Optional<LocalDate> targetDate();

  /**
   * Returns how the forecast was reached: the points, the sums, the line and the projection.
   *
   * @return the explanation, not null
   */
  @Value.Parameter
  public abstract Explanation explanation();

  /**
   * Tells whether there is a forecast.
   *
   * @return true if at least two values could be fitted
   */
  public boolean isDefined() {
    return undefinedReason().isEmpty();
  }

  /** Returns the forecast as text, for example {@code kr-1 forecast 142 by period end, reaches target on 2026-03-20}. */
  @Override
  public String toString() {
    if (!isDefined()) {
      return keyResultId() + " forecast undefined: " + undefinedReason().orElseThrow();
    }
    return keyResultId() + " forecast " + projectedValue().orElseThrow().toPlainString()
        + " by period end" + (reachesTarget() ? ", reaches target" : ", misses target")
        + targetDate().map(date -> " on " + date).orElse("");
  }
}
