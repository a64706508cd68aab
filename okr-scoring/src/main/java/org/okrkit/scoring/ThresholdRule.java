package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.okrkit.core.Measure;
import org.okrkit.core.Threshold;

/**
 * A threshold to stay at or above (or at or below): met or not at the latest value, or the share
 * of check-ins or of days that met it, as the profile's {@link ThresholdScoring} says. The one test
 * of "met" is {@link #meets(Threshold, Fraction, boolean)}; shares judge each value by the
 * threshold in force on its date.
 */
record ThresholdRule(Threshold threshold) implements MeasureRule {

  private static final String NONE_IN_PERIOD =
      "no check-in inside the period, and a share counts only the period's own check-ins and days";

  /**
   * Tells whether a value meets a threshold: on its good side, or on the level itself unless
   * strictly. The one test of "met", for recorded values and for projections alike.
   */
  static boolean meets(Threshold threshold, Fraction value, boolean strict) {
    int side = value.compareTo(threshold.level());
    if (threshold.comparison() == Threshold.Comparison.AT_OR_BELOW) {
      side = -side;
    }
    return strict ? side > 0 : side >= 0;
  }

  @Override
  public ScoringRule rule(ScoringProfile profile) {
    return profile.threshold().rule();
  }

  @Override
  public Optional<String> unit() {
    return Optional.of(threshold.unit());
  }

  @Override
  public void describe(ScoringProfile profile, Steps steps) {
    boolean strict = profile.threshold().isStrict();
    steps.input("level", threshold.level())
        .input("comparison", threshold.comparison()
            + (strict ? ", strictly: the level itself does not meet it" : ", the level included"));
  }

  @Override
  public Optional<Fraction> progress(ValueHistory values, ScoringProfile profile, Steps steps) {
    boolean strict = profile.threshold().isStrict();
    switch (profile.threshold().mode()) {
      case LATEST_CHECK_IN: {
        boolean met = meets(threshold,
            Fraction.exactly(values.numberAt(values.latestIndex())), strict);
        steps.step("met", met);
        return Optional.of(met ? Fraction.ONE : Fraction.ZERO);
      }
      case SHARE_OF_CHECK_INS:
        return shareOfCheckIns(values, strict, steps);
      default:
        return shareOfTime(values, strict, steps);
    }
  }

  private Optional<Fraction> shareOfCheckIns(ValueHistory values, boolean strict, Steps steps) {
    // a closing check-in after the period's end describes no day of the period
    long observed = values.inPeriodCount();
    long met = 0;
    for (int i = 0; i < observed; i++) {
      if (meetsOn(values, i, strict)) {
        met++;
      }
    }
    if (observed == 0) {
      steps.notScored(NONE_IN_PERIOD);
      return Optional.empty();
    }
    ThresholdShare share = ThresholdShare.of(ThresholdMode.SHARE_OF_CHECK_INS, met, observed, 0);
    steps.share(share);
    steps.step("check-ins met", met)
        .step("check-ins in the period", observed)
        .step("share", share.share());
    return Optional.of(share.share());
  }

  private Optional<Fraction> shareOfTime(ValueHistory values, boolean strict, Steps steps) {
    LocalDate periodStart = values.period().start();
    LocalDate windowEnd = values.asOf().isBefore(values.period().end())
        ? values.asOf() : values.period().end();
    if (values.isEmpty() || values.dateAt(0).isAfter(windowEnd)) {
      steps.notScored(NONE_IN_PERIOD);
      return Optional.empty();
    }
    long observed = ChronoUnit.DAYS.between(periodStart, windowEnd) + 1;
    long unobserved = ChronoUnit.DAYS.between(periodStart, values.dateAt(0));
    long met = 0;
    int last = values.latestIndex();
    for (int i = 0; i <= last && !values.dateAt(i).isAfter(windowEnd); i++) {
      // a value holds from its date until the day before the next one
      LocalDate until = i < last ? values.dateAt(i + 1).minusDays(1) : windowEnd;
      if (until.isAfter(windowEnd)) {
        until = windowEnd;
      }
      if (meetsOn(values, i, strict)) {
        met += ChronoUnit.DAYS.between(values.dateAt(i), until) + 1;
      }
    }
    ThresholdShare share = ThresholdShare.of(ThresholdMode.SHARE_OF_TIME, met, observed, unobserved);
    steps.share(share);
    steps.step("days met", met)
        .step("days from the period's start", observed)
        .step("days unobserved",
            unobserved + " (before the first check-in: no value known, counted as not met)")
        .step("share", share.share());
    return Optional.of(share.share());
  }

  /**
   * A value is judged by the threshold in force on its date, if that was a threshold. Every value
   * is a number: only values since the measure last changed its kind count (see {@link
   * ValueHistory}), and each fitted the threshold in force on its date.
   */
  private boolean meetsOn(ValueHistory values, int index, boolean strict) {
    Measure then = values.measureOn(values.dateAt(index));
    Threshold judge = then instanceof Threshold ? (Threshold) then : threshold;
    return meets(judge, Fraction.exactly(values.numberAt(index)), strict);
  }

  @Override
  public Optional<BigDecimal> target() {
    return Optional.of(threshold.level());
  }

  @Override
  public int towardTarget() {
    return threshold.comparison() == Threshold.Comparison.AT_OR_ABOVE ? 1 : -1;
  }

  @Override
  public boolean isTargetStrict(ScoringProfile profile) {
    return profile.threshold().isStrict();
  }

  @Override
  public boolean reaches(Fraction position, ScoringProfile profile) {
    return meets(threshold, position, profile.threshold().isStrict());
  }

  @Override
  public Fraction projectedProgress(Fraction position, ScoringProfile profile) {
    return reaches(position, profile) ? Fraction.ONE : Fraction.ZERO;
  }
}
