package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;

/**
 * Where a defined {@link Forecast} says a key result is heading: the line's slope, the value it
 * gives on the period's last day and that value's score, whether it reaches the target, and the
 * dates that say since when the target has been met or when the line would reach it. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Projection {

  Projection() {}

  static Projection create(BigDecimal slopePerDay, BigDecimal projectedValue, Score projectedScore,
      Optional<BigDecimal> target, boolean reachesTarget, Optional<LocalDate> reachedOn,
      Optional<LocalDate> targetDate) {
    return ImmutableProjection.of(slopePerDay, projectedValue, projectedScore, target,
        reachesTarget, reachedOn, targetDate);
  }

  /**
   * Returns the slope of the line, in the measure's unit per day (a checklist's done share per
   * day).
   *
   * @return the slope, not null
   */
  @Value.Parameter
  public abstract BigDecimal slopePerDay();

  /**
   * Returns the value the line gives on the period's last day, rounded to 34 significant digits.
   *
   * @return the projected value, not null
   */
  @Value.Parameter
  public abstract BigDecimal projectedValue();

  /**
   * Returns the score of the exact projected value, as if it were the latest value. A projection
   * has no future check-ins or days to count, so for a threshold scored as a share this tells
   * whether the trend ends on the good side of the level, not the share the period will end with.
   *
   * @return the projected score, not null
   */
  @Value.Parameter
  public abstract Score projectedScore();

  /**
   * Returns the value to reach: a metric's target, a threshold's level, 1 for a checklist.
   *
   * @return the target, empty for a band, not null
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> target();

  /**
   * Tells whether, at the current pace, the target is reached by the period's end (for a band: the
   * projected value lies in it).
   *
   * @return true if the projection reaches the target
   */
  @Value.Parameter
  public abstract boolean reachesTarget();

  /**
   * Returns, when the latest value already meets the target, the date of the value from which
   * every value has met it: the target is reached, not forecast.
   *
   * @return the date, empty when the latest value does not meet the target or for a band, not null
   */
  @Value.Parameter
  public abstract Optional<LocalDate> reachedOn();

  /**
   * Returns the first day, after the latest value, on which the line reaches the target.
   *
   * @return the date, empty for a band, when the target is already reached, when the line does not
   *     move toward the target, or when the day is too far away, not null
   */
  @Value.Parameter
  public abstract Optional<LocalDate> targetDate();

  /**
   * Returns the projection as text, for example {@code forecast 142 by period end; reaches the
   * target by period end, first on 2026-03-20}.
   */
  @Override
  public String toString() {
    String text = "forecast " + projectedValue().toPlainString() + " by period end; ";
    if (reachedOn().isPresent()) {
      return text + "target already reached on " + reachedOn().get()
          + (reachesTarget() ? "" : ", but the trend falls short of it by period end");
    }
    if (reachesTarget()) {
      return text + "reaches the target by period end"
          + targetDate().map(date -> ", first on " + date).orElse("");
    }
    return text + "misses the target by period end"
        + targetDate().map(date -> "; would reach it on " + date).orElse("");
  }
}
