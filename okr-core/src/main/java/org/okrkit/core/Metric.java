package org.okrkit.core;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * A key result measure that moves a number from a start value to a target value, for example
 * "churn from 8 % to 5 %".
 *
 * <p>The {@link #direction()} is inferred: a target above the start means increase, below means
 * decrease. A start equal to the target is rejected, since there is nothing to move; to hold a
 * level, use a {@link Threshold}. Numbers are exact decimals kept in canonical form, so
 * {@code 10.0} and {@code 10} make equal metrics. Immutable and thread-safe.
 *
 * <pre>{@code
 * Metric churn = Metric.of(new BigDecimal("8"), new BigDecimal("5"), "%");
 * Direction direction = churn.direction();               // DECREASE: the target is below
 * Metric stretched = churn.withTarget(new BigDecimal("4"));
 * boolean same = Metric.of(8.0, 5, "%").equals(churn);   // true: 8.0 is kept as 8
 * // Metric.of(5, 5, "%") throws OkrException: there is nothing to move
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract sealed class Metric implements Measure permits ImmutableMetric {

  Metric() {}

  /**
   * Obtains a metric from its start, target and unit.
   *
   * @param start  the value at the start of the period, not null
   * @param target  the value to reach, not null, different from start
   * @param unit  the unit, for example {@code "%"} or {@code "leads"}, not blank
   * @return the metric, not null
   * @throws OkrException if start equals target, the unit is blank, or a number has more than 64
   *     integer or 32 fraction digits
   */
  public static Metric of(BigDecimal start, BigDecimal target, String unit) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(target, "target");
    return ImmutableMetric.of(Decimals.canonical("start", start), Decimals.canonical("target", target), unit);
  }

  /**
   * Obtains a metric from numbers given as doubles, each taken in its shortest decimal form
   * ({@code 0.1} is exactly 0.1).
   *
   * @param start  the value at the start of the period, finite
   * @param target  the value to reach, finite, different from start
   * @param unit  the unit, not blank
   * @return the metric, not null
   * @throws OkrException if a number is NaN or infinite, or start equals target
   */
  public static Metric of(double start, double target, String unit) {
    return of(Require.finite("start", start), Require.finite("target", target), unit);
  }

  /**
   * Returns the value at the start of the period.
   *
   * @return the start, not null
   */
  @Value.Parameter
  public abstract BigDecimal start();

  /**
   * Returns the value to reach.
   *
   * @return the target, not null
   */
  @Value.Parameter
  public abstract BigDecimal target();

  /**
   * Returns the unit the numbers are in.
   *
   * @return the unit, not null
   */
  @Value.Parameter
  public abstract String unit();

  @Value.Check
  void check() {
    Require.text("unit", unit());
    if (start().compareTo(target()) == 0) {
      throw new OkrException(
          "target",
          target().toPlainString(),
          "must differ from start " + start().toPlainString()
              + "; a metric must move, use a threshold to hold a level");
    }
    assert Decimals.isCanonical(start()) && Decimals.isCanonical(target())
        : "okrkit bug: metric numbers not canonical: " + this;
  }

  /**
   * Returns which way the number must move: up when the target is above the start.
   *
   * @return the direction, not null
   */
  public Direction direction() {
    return target().compareTo(start()) > 0 ? Direction.INCREASE : Direction.DECREASE;
  }

  /**
   * Returns a metric with the same start and unit and another target.
   *
   * @param newTarget  the new target, not null, different from the start
   * @return the adjusted metric, not null
   * @throws OkrException if the new target equals the start
   */
  public Metric withTarget(BigDecimal newTarget) {
    return of(start(), newTarget, unit());
  }

  /**
   * Returns a metric with the same start and unit and another target, given as a double.
   *
   * @param newTarget  the new target, finite, different from the start
   * @return the adjusted metric, not null
   * @throws OkrException if the target is NaN or infinite, or equals the start
   */
  public Metric withTarget(double newTarget) {
    return withTarget(Require.finite("target", newTarget));
  }

  @Override
  public MeasureKind kind() {
    return MeasureKind.METRIC;
  }

  @Override
  public boolean accepts(CheckInValue value) {
    return Objects.requireNonNull(value, "value") instanceof NumericValue;
  }

  /** Returns the metric as text, for example {@code metric 8 -> 5 %}. */
  @Override
  public String toString() {
    return "metric " + start().toPlainString() + " -> " + target().toPlainString() + " " + unit();
  }
}
