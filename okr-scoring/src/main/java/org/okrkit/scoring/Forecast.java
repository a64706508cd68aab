package org.okrkit.scoring;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.internal.OkrStyle;

/**
 * Where a key result is heading: the least-squares line through its check-in history (or KPI
 * series) projected to the period's last day: a {@link Projection}, or explicitly {@linkplain
 * #isDefined() undefined} with the reason (fewer than two values, or a milestone). Only values
 * recorded since the measure in force last changed its kind or unit are fitted, so values on
 * different scales are never mixed on one line.
 *
 * <p>The line is computed exactly: with {@code x} the days since the period's start and {@code y}
 * the values, {@code N = n*sum(xy) - sum(x)*sum(y)} and {@code D = n*sum(xx) - sum(x)^2} are exact,
 * and each reported number is one division rounded half-even to 34 significant digits ({@link
 * java.math.MathContext#DECIMAL128}). The projected score is the projected value scored under the
 * profile as if it were the latest value.
 *
 * <p><b>Dates.</b> When the latest value already meets the target (for a threshold, its level; for
 * a checklist, all items done), nothing is projected: {@link Projection#reachedOn()} gives the date of the
 * check-in from which every value has met it. Otherwise {@link Projection#targetDate()} is the first day on
 * which the line reaches the target, given only when the line moves toward it, and never before the
 * day after the latest value: the latest value shows the target was not met by then, so if the line
 * passes the target earlier (the values lag their own trend) the day after the latest value is the
 * earliest date still possible, and the explanation says so. A date more than 36,525 days (about a
 * century) after the period's start, or after 9999-12-31, is not given; the explanation says why.
 * The target date may lie beyond the period. Obtain one from {@link
 * Scorer#forecast(org.okrkit.core.KeyResult, org.okrkit.core.Period, LocalDate)}. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * KeyResult signups = KeyResult.builder().id(KeyResultId.of("signups")).title("Reach 100 sign-ups")
 *     .owner(PersonId.of("ada")).measure(Metric.of(0, 100, "sign-ups"))
 *     .addCheckIns(CheckIn.of(LocalDate.of(2026, 1, 11), 10),
 *         CheckIn.of(LocalDate.of(2026, 1, 21), 20))   // x = 10 and 20 days from the start
 *     .build();
 * Forecast forecast = Scorer.of(ScoringProfile.google())
 *     .forecast(signups, Period.calendarQuarter(2026, 1), LocalDate.of(2026, 1, 31));
 * Projection line = forecast.projection().orElseThrow();  // empty only when undefined
 * // line.slopePerDay() 1; line.projectedValue() 89 on 2026-03-31, 89 days from the start;
 * // line.projectedScore() 0.89; line.targetDate() 2026-04-11, after the quarter ends
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Forecast {

  Forecast() {}

  static Forecast defined(KeyResultId keyResultId, LocalDate asOf, int points,
      Projection projection, Explanation explanation) {
    return ImmutableForecast.of(keyResultId, asOf, points, Optional.of(projection),
        Optional.empty(), explanation);
  }

  static Forecast undefined(KeyResultId keyResultId, LocalDate asOf, int points, String reason,
      Explanation explanation) {
    return ImmutableForecast.of(keyResultId, asOf, points, Optional.empty(), Optional.of(reason),
        explanation);
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
   * Returns the projection.
   *
   * @return the projection, empty exactly when the forecast is undefined, not null
   */
  @Value.Parameter
  public abstract Optional<Projection> projection();

  /**
   * Returns why there is no forecast.
   *
   * @return the reason, present exactly when the forecast is undefined, not null
   */
  @Value.Parameter
  public abstract Optional<String> undefinedReason();

  /**
   * Returns how the forecast was reached: the points, the sums, the line and the projection.
   *
   * @return the explanation, not null
   */
  @Value.Parameter
  public abstract Explanation explanation();

  @Value.Check
  void check() {
    assert projection().isPresent() != undefinedReason().isPresent()
        : "okrkit bug: a forecast is a projection or undefined, never both";
  }

  /**
   * Tells whether there is a forecast.
   *
   * @return true if at least two values could be fitted
   */
  public boolean isDefined() {
    return projection().isPresent();
  }

  /**
   * Returns the forecast as text, for example {@code kr-1 forecast 142 by period end; reaches the
   * target by period end, first on 2026-03-20}, or {@code kr-1 forecast undefined: ...}.
   */
  @Override
  public String toString() {
    return keyResultId() + projection().map(p -> " " + p)
        .orElseGet(() -> " forecast undefined: " + undefinedReason().orElseThrow());
  }
}
