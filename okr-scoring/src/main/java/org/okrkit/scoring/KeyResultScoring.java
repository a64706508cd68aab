package org.okrkit.scoring;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.okrkit.core.Adjustment;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiId;
import org.okrkit.core.KpiLink;
import org.okrkit.core.Measure;
import org.okrkit.core.Period;
import org.okrkit.core.UnitMismatchException;
import org.okrkit.core.UnknownKpiException;

/**
 * Scores one key result: reads its {@link ValueHistory}, lets the {@link MeasureRule} of the
 * measure in force compute the exact progress while recording its steps, and turns the progress
 * into a score under the profile. Costs one pass over the key result's history.
 */
final class KeyResultScoring {

  private final ScoringProfile profile;
  private final ImmutableMap<KpiId, Kpi> kpis;

  KeyResultScoring(ScoringProfile profile, ImmutableMap<KpiId, Kpi> kpis) {
    this.profile = profile;
    this.kpis = kpis;
  }

  /**
   * Checks, before anything is scored, that a key result drawn from a KPI can be: the KPI is
   * given, and every measure the key result ever had is numeric and in the KPI's unit.
   */
  void checkKpiLink(KeyResult keyResult) {
    if (keyResult.kpi().isEmpty()) {
      return;
    }
    KpiLink link = keyResult.kpi().get();
    Kpi kpi = kpis.get(link.kpiId());
    if (kpi == null) {
      throw new UnknownKpiException(link.kpiId(), keyResult.id());
    }
    checkUnit(keyResult, keyResult.measure(), kpi);
    for (Adjustment adjustment : keyResult.adjustments()) {
      checkUnit(keyResult, adjustment.measure(), kpi);
    }
  }

  private static void checkUnit(KeyResult keyResult, Measure measure, Kpi kpi) {
    // okr-core lets only numeric measures, which have a unit, be drawn from a KPI
    Optional<String> unit = MeasureRule.of(measure).unit();
    assert unit.isPresent() : "okrkit bug: a KPI-drawn key result with measure " + measure;
    if (!kpi.unit().equals(unit.get())) {
      throw new UnitMismatchException(keyResult.id(), unit.get(), kpi.id(), kpi.unit());
    }
  }

  /** The values the key result is judged on; its KPI link has been checked. */
  ValueHistory history(KeyResult keyResult, Period period, LocalDate asOf) {
    return ValueHistory.of(keyResult, period, asOf, kpis);
  }

  /** Scores a key result whose KPI link has been checked. */
  KeyResultScore score(KeyResult keyResult, Period period, LocalDate asOf) {
    return score(history(keyResult, period, asOf));
  }

  /**
   * Scores a key result whose KPI link has been checked, with the {@linkplain
   * ValueHistory#lastCheckInDate(Period, LocalDate) last check-in date} computed once for all
   * the key results of an objective.
   */
  KeyResultScore score(KeyResult keyResult, Period period, LocalDate asOf,
      LocalDate lastCheckIn) {
    return score(ValueHistory.of(keyResult, period, asOf, lastCheckIn, kpis));
  }

  KeyResultScore score(ValueHistory values) {
    KeyResult keyResult = values.keyResult();
    Measure measure = values.measure();
    Steps steps = new Steps()
        .input("measure", measure)
        .input("source", values.source())
        .input("weight", keyResult.weight());
    if (values.isEmpty()) {
      steps.notScored("no value to score on or before " + values.asOf());
      return notScored(values, steps);
    }
    int latest = values.latestIndex();
    CheckInValue input = values.valueAt(latest);
    steps.input("value", input)
        .input(values.source() instanceof ValueSource.CheckIns ? "check-in date" : "reading date",
            values.dateAt(latest));
    if (!measure.accepts(input)) {
      steps.notScored("the latest value does not fit the measure");
      return notScored(values, steps);
    }
    MeasureRule rule = MeasureRule.of(measure);
    rule.describe(profile, steps);
    Optional<Fraction> progress = rule.progress(values, profile, steps);
    if (progress.isEmpty()) {
      return notScored(values, steps);
    }
    Score score = profile.score(progress.get());
    return KeyResultScore.create(keyResult.id(), values.asOf(), keyResult.weight(), measure,
        values.source(), rule.rule(profile),
        Optional.of(Assessment.of(input, values.dateAt(latest), progress.get(), score)),
        Optional.ofNullable(steps.share()), profile, steps);
  }

  private KeyResultScore notScored(ValueHistory values, Steps steps) {
    KeyResult keyResult = values.keyResult();
    return KeyResultScore.create(keyResult.id(), values.asOf(), keyResult.weight(), values.measure(),
        values.source(), ScoringRule.NOT_SCORED, Optional.empty(), Optional.empty(), profile,
        steps);
  }
}
