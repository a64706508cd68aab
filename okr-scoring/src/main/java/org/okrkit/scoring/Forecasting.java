package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okrkit.core.Measure;
import org.okrkit.core.Period;
import org.okrkit.core.internal.Decimals;

/**
 * Forecasts a key result: the exact least-squares line through the positions of its values (see
 * {@link ValueHistory}: only those on the scale of the measure in force), projected to the period's end, scored and
 * judged by the {@link MeasureRule} of the measure in force. Linear in the values.
 */
final class Forecasting {

  /** No target date is given more than about a century after the period's start. */
  static final long MAX_FORECAST_DAYS = 36_525;

  private static final String FIRST_DAY = "first day at target (x)";

  private Forecasting() {}

  static Forecast forecast(ValueHistory values, ScoringProfile profile) {
    Measure measure = values.measure();
    Period period = values.period();
    LocalDate asOf = values.asOf();
    MeasureRule rule = MeasureRule.of(measure);
    Explanation.Builder explanation = Explanation.builder()
        .subject("forecast of key result " + values.keyResult().id() + " as of " + asOf)
        .profile(profile.name())
        .rule("least squares over (days since " + period.start() + ", value); "
            + "projected to " + period.end())
        .rounding("sums exact; each division to 34 significant digits HALF_EVEN; score "
            + profile.rounding());
    explanation.putInput("measure", measure.toString());
    explanation.putInput("source", values.source().toString());
    LeastSquares line = new LeastSquares();
    StringBuilder points = new StringBuilder();
    List<LocalDate> dates = new ArrayList<>();
    List<BigDecimal> positions = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Optional<BigDecimal> y = rule.position(values.valueAt(i));
      if (y.isEmpty()) {
        continue;
      }
      LocalDate date = values.dateAt(i);
      line.add(ChronoUnit.DAYS.between(period.start(), date), y.get());
      dates.add(date);
      positions.add(y.get());
      points.append(points.length() == 0 ? "" : ", ").append(date).append('=')
          .append(y.get().toPlainString());
    }
    explanation.putInput("points", points.length() == 0 ? "none" : points.toString());
    int count = (int) line.count();
    if (rule.noTrend().isPresent()) {
      return undefined(values, count, explanation, rule.noTrend().get());
    }
    if (count < 2) {
      return undefined(values, count, explanation,
          "a forecast needs at least two values of the measure in force from " + period.start()
              + " to " + asOf + "; found " + count);
    }
    long endX = ChronoUnit.DAYS.between(period.start(), period.end());
    BigDecimal slope = Decimals.canonical(line.slope());
    BigDecimal projected = Decimals.canonical(line.valueAt(endX));
    // the projected score and whether it reaches the target come from the exact line value, so
    // they do not depend on how the reported projection was rounded
    Fraction exact = line.exactValueAt(endX);
    explanation.putIntermediate("n", Integer.toString(count));
    explanation.putIntermediate("sum(x)", line.sumX().toPlainString());
    explanation.putIntermediate("sum(y)", line.sumY().toPlainString());
    explanation.putIntermediate("sum(xx)", line.sumXX().toPlainString());
    explanation.putIntermediate("sum(xy)", line.sumXY().toPlainString());
    explanation.putIntermediate("N = n*sum(xy) - sum(x)*sum(y)",
        line.slopeNumerator().toPlainString());
    explanation.putIntermediate("D = n*sum(xx) - sum(x)^2", line.slopeDenominator().toPlainString());
    explanation.putIntermediate("slope per day", slope.toPlainString());
    explanation.putIntermediate("x at period end", Long.toString(endX));
    explanation.putIntermediate("projected value", projected.toPlainString());
    explanation.putIntermediate("projected value (exact)", exact.toString());

    boolean reaches = rule.reaches(exact, profile);
    Score projectedScore = profile.score(rule.projectedProgress(exact, profile));
    Optional<BigDecimal> target = rule.target();
    Optional<LocalDate> reachedOn = Optional.empty();
    Optional<LocalDate> targetDate = Optional.empty();
    if (target.isPresent()) {
      // the start of the unbroken run of values meeting the target that ends with the latest value
      LocalDate runStart = null;
      for (int i = 0; i < positions.size(); i++) {
        boolean meets = rule.meetsTarget(positions.get(i), profile);
        runStart = meets ? (runStart == null ? dates.get(i) : runStart) : null;
      }
      reachedOn = Optional.ofNullable(runStart);
    }
    int slopeSign = line.slopeNumerator().signum();
    if (reachedOn.isPresent()) {
      explanation.putIntermediate(FIRST_DAY, "none projected: the target is already met by every"
          + " value since " + reachedOn.get());
    } else if (target.isPresent() && slopeSign != 0 && slopeSign == rule.towardTarget()) {
      targetDate = targetDate(line, period, dates.get(dates.size() - 1), target.get(),
          rule.isTargetStrict(profile), explanation);
    } else if (target.isPresent()) {
      explanation.putIntermediate(FIRST_DAY, "none: the line does not move toward the target");
    }
    target.ifPresent(value -> explanation.putInput("target", value.toPlainString()));
    explanation.result("projected " + projected.toPlainString() + " on " + period.end()
        + ", score " + projectedScore
        + (reaches ? ", reaches the target by period end" : ", misses the target by period end")
        + reachedOn.map(date -> "; already reached: met since " + date).orElse("")
        + targetDate.map(date -> (reaches ? "; first on " : "; would reach it on ") + date)
            .orElse(""));
    return Forecast.defined(values.keyResult().id(), asOf, count,
        Projection.create(slope, projected, projectedScore, target, reaches, reachedOn, targetDate),
        explanation.build());
  }

  /**
   * The first day after the latest value on which the line reaches the target: the latest value
   * shows the target was not met by then, so a crossing before it moves to the day after it.
   */
  private static Optional<LocalDate> targetDate(LeastSquares line, Period period,
      LocalDate latest, BigDecimal target, boolean strict, Explanation.Builder explanation) {
    BigDecimal crossing = line.firstXReaching(target, strict);
    long latestX = ChronoUnit.DAYS.between(period.start(), latest);
    BigDecimal firstX = crossing;
    String shown = crossing.toPlainString();
    if (crossing.compareTo(BigDecimal.valueOf(latestX)) <= 0) {
      firstX = BigDecimal.valueOf(latestX + 1);
      shown = firstX.toPlainString() + ": the line passes the target at x = "
          + crossing.toPlainString() + ", but the latest value (x = " + latestX
          + ") still misses it, so the day after it is the earliest date still possible";
    }
    long lastX = ChronoUnit.DAYS.between(period.start(), Period.LAST_DATE);
    if (firstX.compareTo(BigDecimal.valueOf(MAX_FORECAST_DAYS)) > 0) {
      explanation.putIntermediate(FIRST_DAY, shown + ", more than " + MAX_FORECAST_DAYS
          + " days (100 years) after the period's start: no date");
      return Optional.empty();
    }
    if (firstX.compareTo(BigDecimal.valueOf(lastX)) > 0) {
      explanation.putIntermediate(FIRST_DAY,
          shown + ", after " + Period.LAST_DATE + ", the last day okrkit supports: no date");
      return Optional.empty();
    }
    explanation.putIntermediate(FIRST_DAY, shown);
    return Optional.of(period.start().plusDays(firstX.longValueExact()));
  }

  private static Forecast undefined(
      ValueHistory values, int points, Explanation.Builder explanation, String reason) {
    explanation.result("undefined: " + reason);
    return Forecast.undefined(values.keyResult().id(), values.asOf(), points, reason,
        explanation.build());
  }
}
