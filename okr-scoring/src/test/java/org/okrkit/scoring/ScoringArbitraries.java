package org.okrkit.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.okrkit.core.Band;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiId;
import org.okrkit.core.KpiReading;
import org.okrkit.core.Measure;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Status;
import org.okrkit.core.Threshold;
import org.okrkit.testkit.OkrArbitraries;

/**
 * Generators of scoring-specific inputs: profiles combining every part, dates to score as of, and
 * active objectives from the testkit made scorable, with the KPIs that the key results drawn
 * from a KPI need and with target adjustments. Values, measures and check-ins (with confidences, and
 * dated into the grace window) come from {@link OkrArbitraries}.
 */
final class ScoringArbitraries {

  private ScoringArbitraries() {}

  /** An objective with the KPIs its key results are drawn from. */
  static final class Scorable {
    final Objective objective;
    final List<Kpi> kpis;

    Scorable(Objective objective, List<Kpi> kpis) {
      this.objective = objective;
      this.kpis = kpis;
    }

    Scorer scorer(ScoringProfile profile) {
      return Scorer.of(profile).withKpis(kpis);
    }

    @Override
    public String toString() {
      return objective + " with " + kpis;
    }
  }

  /**
   * Active objectives of the testkit, some key results adjusted mid-period, and every key result
   * drawn from a KPI bound to a KPI of its unit with readings in the period; a key result whose
   * measure is not numeric, or whose KPI another key result already uses, is detached from it.
   */
  static Arbitrary<Scorable> scorables() {
    return OkrArbitraries.objectives(Status.ACTIVE)
        .flatMap(ScoringArbitraries::withAdjustments)
        .flatMap(ScoringArbitraries::withKpis);
  }

  private static Arbitrary<Objective> withAdjustments(Objective objective) {
    LocalDate activation = objective.activatedOn().orElseThrow();
    Period period = objective.period();
    LocalDate from = activation.isAfter(period.start()) ? activation : period.start();
    if (from.isAfter(period.end())) {
      return Arbitraries.just(objective);
    }
    long days = period.end().toEpochDay() - from.toEpochDay();
    return Combinators.combine(
            Arbitraries.integers().between(0, objective.keyResults().size() - 1),
            Arbitraries.longs().between(0, days),
            OkrArbitraries.positiveDecimals(),
            Arbitraries.of(true, false))
        .as((index, offset, delta, adjust) -> {
          KeyResult keyResult = objective.keyResults().get(index);
          LocalDate date = from.plusDays(offset);
          Measure measure = keyResult.measureAsOf(date);
          if (!adjust) {
            return objective;
          }
          if (measure instanceof Metric) {
            Metric metric = (Metric) measure;
            // further in the metric's direction, so the direction stays
            BigDecimal target = metric.direction() == org.okrkit.core.Direction.INCREASE
                ? metric.target().add(delta) : metric.target().subtract(delta);
            return objective.adjustTarget(keyResult.id(), date, target, "replanned");
          }
          if (measure instanceof Threshold) {
            return objective.adjustTarget(keyResult.id(), date,
                ((Threshold) measure).level().add(delta), "replanned");
          }
          return objective;
        });
  }

  private static Arbitrary<Scorable> withKpis(Objective objective) {
    List<KeyResult> keyResults = new ArrayList<>();
    List<Arbitrary<Kpi>> bindings = new ArrayList<>();
    Set<KpiId> bound = new HashSet<>();
    for (KeyResult keyResult : objective.keyResults()) {
      Optional<String> unit = unitOf(keyResult.measure());
      if (keyResult.kpi().isPresent() && unit.isPresent() && bound.add(keyResult.kpi().get().kpiId())) {
        keyResults.add(keyResult);
        bindings.add(kpi(keyResult.kpi().get().kpiId(), unit.get(), objective.period()));
      } else {
        keyResults.add(KeyResult.builder().from(keyResult).kpi(Optional.empty()).build());
      }
    }
    Objective fitted = Objective.builder().from(objective).keyResults(keyResults).build();
    if (bindings.isEmpty()) {
      return Arbitraries.just(new Scorable(fitted, List.of()));
    }
    return Combinators.combine(bindings).as(list -> new Scorable(fitted, list));
  }

  private static Optional<String> unitOf(Measure measure) {
    if (measure instanceof Metric) {
      return Optional.of(((Metric) measure).unit());
    } else if (measure instanceof Threshold) {
      return Optional.of(((Threshold) measure).unit());
    } else if (measure instanceof Band) {
      return Optional.of(((Band) measure).unit());
    }
    return Optional.empty();
  }

  private static Arbitrary<Kpi> kpi(KpiId id, String unit, Period period) {
    // readings may come a little before the period and after its end, which scoring ignores
    int lastOffset = (int) Math.min(400, period.lengthInDays() + 20);
    Arbitrary<List<KpiReading>> readings = Arbitraries.integers().between(-5, lastOffset).set()
        .ofMaxSize(6)
        .flatMap(offsets -> OkrArbitraries.decimals().list().ofSize(offsets.size())
            .map(values -> {
              List<KpiReading> list = new ArrayList<>();
              int i = 0;
              for (int offset : new java.util.TreeSet<>(offsets)) {
                list.add(KpiReading.of(period.start().plusDays(offset), values.get(i++)));
              }
              return list;
            }));
    return readings.map(list -> Kpi.builder()
            .id(id)
            .name("KPI " + id)
            .unit(unit)
            .owner(PersonId.of("kpi-owner"))
            .healthTarget(HealthTarget.stayAtOrAbove(BigDecimal.ZERO))
            .readings(list)
            .build());
  }

  /** A date from a few days before the period to after its check-in grace window. */
  static Arbitrary<LocalDate> datesAround(Period period) {
    return Arbitraries.longs().between(-5, period.lengthInDays() + 20)
        .map(offset -> period.start().plusDays(offset));
  }

  static Arbitrary<ScoreCap> caps() {
    return Arbitraries.of(ScoreCap.atOne(), ScoreCap.of(new BigDecimal("1.2")),
        ScoreCap.uncapped());
  }

  /** Every part varies, including the rounding and the pace rule's reading. */
  static Arbitrary<ScoringProfile> profiles() {
    Arbitrary<ScoringProfile> parts = Combinators.combine(
            Arbitraries.of(MetricFormula.class),
            Arbitraries.of(ThresholdMode.class),
            Arbitraries.of(LevelComparison.class),
            Arbitraries.of(ObjectiveAggregation.class),
            Arbitraries.of(MissingValues.class),
            caps(),
            Arbitraries.of(StatusRollUp.class))
        .as((formula, thresholdMode, comparison, aggregation, missing, cap, rollUp) -> {
          ScoringProfile.Builder builder = ScoringProfile.builder();
          builder.name("generated").metricFormula(formula)
              .threshold(ThresholdScoring.of(thresholdMode, comparison)).aggregation(aggregation)
              .missingValues(missing).cap(cap).statusRollUp(rollUp);
          return builder.build();
        });
    Arbitrary<RoundingMode> roundings = Arbitraries.of(RoundingMode.HALF_EVEN,
        RoundingMode.HALF_UP, RoundingMode.DOWN, RoundingMode.UP, RoundingMode.FLOOR,
        RoundingMode.CEILING);
    Arbitrary<PaceRule> paceRules = Arbitraries.of(Shortfall.class)
        .map(shortfall -> PaceRule.of(new BigDecimal("0.25"), new BigDecimal("0.5"), shortfall));
    return Combinators.combine(parts, Arbitraries.integers().between(1, 8), roundings, roundings,
            Arbitraries.integers().between(1, 30), Arbitraries.of(FalloffUnit.class), paceRules,
            Arbitraries.of(BandMode.class))
        .as((partial, scale, rounding, gradeRounding, width, unit, paceRule, bandMode) ->
            ScoringProfile.builder()
                .from(partial).rounding(Rounding.of(scale, rounding, gradeRounding))
                .band(bandMode == BandMode.LINEAR_FALLOFF ? BandScoring.linearFalloff(BigDecimal.valueOf(width, 1), unit)
                    : BandScoring.zeroOutside())
                .paceRule(paceRule).build());
  }

  static Arbitrary<ScoringProfile> publishedProfiles() {
    return Arbitraries.of(ScoringProfile.google(), ScoringProfile.vivaGoals(),
        ScoringProfile.quantive(), ScoringProfile.perdoo(), ScoringProfile.okrTracker());
  }

  static Arbitrary<ScoringProfile> anyProfile() {
    return Arbitraries.oneOf(publishedProfiles(), profiles());
  }
}
