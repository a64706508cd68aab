package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.okrkit.core.Direction;
import org.okrkit.core.Metric;

/**
 * A metric from start to target, increasing or decreasing: linear progress {@code (value - start) /
 * (target - start)} (the mirror {@code (start - value) / (start - target)} when decreasing, which is
 * the same number), or all or nothing. The target is reached when the value is at it or beyond, in
 * the metric's direction.
 */
record MetricRule(Metric metric) implements MeasureRule {

  @Override
  public ScoringRule rule(ScoringProfile profile) {
    return profile.metricFormula().rule();
  }

  @Override
  public Optional<String> unit() {
    return Optional.of(metric.unit());
  }

  @Override
  public void describe(ScoringProfile profile, Steps steps) {
    steps.input("start", metric.start())
        .input("target", metric.target())
        .input("direction", metric.direction());
  }

  @Override
  public Optional<Fraction> progress(ValueHistory values, ScoringProfile profile, Steps steps) {
    BigDecimal value = values.numberAt(values.latestIndex());
    if (profile.metricFormula() == MetricFormula.ALL_OR_NOTHING) {
      boolean reached = reaches(Fraction.exactly(value), profile);
      steps.step("reached", reached);
      return Optional.of(reached ? Fraction.ONE : Fraction.ZERO);
    }
    BigDecimal moved;
    BigDecimal span;
    if (increasing()) {
      moved = value.subtract(metric.start());
      span = metric.target().subtract(metric.start());
      steps.step("value - start", moved).step("target - start", span);
    } else {
      moved = metric.start().subtract(value);
      span = metric.start().subtract(metric.target());
      steps.step("start - value", moved).step("start - target", span);
    }
    Fraction progress = Fraction.of(moved, span);
    steps.step("progress", progress);
    return Optional.of(progress);
  }

  @Override
  public Optional<BigDecimal> target() {
    return Optional.of(metric.target());
  }

  @Override
  public int towardTarget() {
    return increasing() ? 1 : -1;
  }

  /** The target is reached at it or beyond, in the metric's direction. */
  @Override
  public boolean reaches(Fraction position, ScoringProfile profile) {
    return towardTarget() * position.compareTo(metric.target()) >= 0;
  }

  @Override
  public Fraction projectedProgress(Fraction position, ScoringProfile profile) {
    if (profile.metricFormula() == MetricFormula.ALL_OR_NOTHING) {
      return reaches(position, profile) ? Fraction.ONE : Fraction.ZERO;
    }
    Fraction start = Fraction.exactly(metric.start());
    Fraction moved = increasing() ? position.subtract(start) : start.subtract(position);
    return moved.divide(increasing()
        ? metric.target().subtract(metric.start()) : metric.start().subtract(metric.target()));
  }

  private boolean increasing() {
    return metric.direction() == Direction.INCREASE;
  }
}
