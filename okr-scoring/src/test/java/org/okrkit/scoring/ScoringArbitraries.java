package org.okrkit.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.okrkit.core.Band;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Checklist;
import org.okrkit.core.ChecklistItem;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Measure;
import org.okrkit.core.Metric;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Threshold;

/**
 * Generators for the scoring laws: active objectives whose key results have check-ins fitting
 * their measures, and profiles combining every part. Kept in the shape of the testkit's
 * {@code OkrArbitraries} so the two can be swapped.
 */
final class ScoringArbitraries {

  private ScoringArbitraries() {}

  static Arbitrary<BigDecimal> decimals() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-1000"), new BigDecimal("1000"))
        .ofScale(2);
  }

  static Arbitrary<Period> periods() {
    Arbitrary<Integer> years = Arbitraries.integers().between(2024, 2027);
    return Arbitraries.oneOf(
        Combinators.combine(years, Arbitraries.integers().between(1, 4))
            .as(Period::calendarQuarter),
        Combinators.combine(years, Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(0, 120))
            .as((year, offset, length) -> {
              LocalDate start = LocalDate.of(year, 1, 1).plusDays(offset);
              return Period.of(start, start.plusDays(length));
            }));
  }

  static Arbitrary<Metric> metrics() {
    return Combinators.combine(decimals(), decimals())
        .filter((start, target) -> start.compareTo(target) != 0)
        .as((start, target) -> Metric.of(start, target, "units"));
  }

  static Arbitrary<Measure> measures() {
    Arbitrary<Measure> thresholds = Combinators
        .combine(Arbitraries.of(Threshold.Comparison.class), decimals())
        .as((comparison, level) -> Threshold.of(comparison, level, "units"));
    Arbitrary<Measure> bands = Combinators.combine(decimals(), decimals())
        .filter((a, b) -> a.compareTo(b) != 0)
        .as((a, b) -> Band.of(a.min(b), a.max(b), "units"));
    Arbitrary<Measure> checklists = Arbitraries.integers().between(1, 4).map(size -> {
      List<ChecklistItem> items = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        items.add(ChecklistItem.of("step-" + i, BigDecimal.valueOf(i + 1)));
      }
      return Checklist.of(items);
    });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, metrics().map(metric -> (Measure) metric)),
        net.jqwik.api.Tuple.of(2, thresholds),
        net.jqwik.api.Tuple.of(2, bands),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Milestone.of())),
        net.jqwik.api.Tuple.of(1, checklists));
  }

  static Arbitrary<CheckInValue> valuesFor(Measure measure) {
    switch (measure.kind()) {
      case MILESTONE:
        return Arbitraries.of(CheckInValue.done(), CheckInValue.notDone());
      case CHECKLIST:
        List<String> names = ((Checklist) measure).itemNames().asList();
        return Arbitraries.subsetOf(names).map(CheckInValue::itemsDone);
      default:
        return decimals().map(CheckInValue::of);
    }
  }

  /** Up to six check-ins on distinct days of the period, fitting the measure. */
  static Arbitrary<List<CheckIn>> checkIns(Period period, Measure measure) {
    int length = (int) period.lengthInDays();
    return Arbitraries.integers().between(0, length - 1).set().ofMaxSize(Math.min(6, length))
        .flatMap((Set<Integer> days) -> valuesFor(measure).list().ofSize(days.size())
            .map(values -> {
              List<CheckIn> checkIns = new ArrayList<>();
              int i = 0;
              for (int day : days) {
                checkIns.add(CheckIn.of(period.start().plusDays(day), values.get(i++)));
              }
              return checkIns;
            }));
  }

  static Arbitrary<BigDecimal> weights() {
    return Arbitraries.integers().between(1, 30).map(tenths -> BigDecimal.valueOf(tenths, 1));
  }

  static Arbitrary<KeyResult> keyResults(Period period, String id) {
    return measures().flatMap(measure -> Combinators.combine(
            checkIns(period, measure), weights())
        .as((checkIns, weight) -> KeyResult.builder()
            .id(KeyResultId.of(id))
            .title("Key result " + id)
            .owner(PersonId.of("owner"))
            .weight(weight)
            .measure(measure)
            .addAllCheckIns(checkIns)
            .build()));
  }

  /** An objective active since its period's start, with one to five key results. */
  static Arbitrary<Objective> objectives() {
    return periods().flatMap(period -> Arbitraries.integers().between(1, 5).flatMap(count -> {
      List<Arbitrary<KeyResult>> keyResults = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        keyResults.add(keyResults(period, "kr-" + i));
      }
      return Combinators.combine(
              Combinators.combine(keyResults).as(list -> list),
              Arbitraries.of(Commitment.class))
          .as((list, commitment) -> Objective.builder()
              .id(ObjectiveId.of("objective"))
              .title("Objective")
              .level(Level.TEAM)
              .owner(PersonId.of("owner"))
              .period(period)
              .commitment(commitment)
              .addAllKeyResults(list)
              .addLifecycle(LifecycleEvent.activated(period.start()))
              .build());
    }));
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

  /** Every part varies, including the rounding. */
  static Arbitrary<ScoringProfile> profiles() {
    Arbitrary<ScoringProfile> parts = Combinators.combine(
            Arbitraries.of(MetricFormula.class),
            Arbitraries.of(ThresholdMode.class),
            Arbitraries.of(LevelComparison.class),
            Arbitraries.of(BandMode.class),
            Arbitraries.of(ObjectiveAggregation.class),
            Arbitraries.of(MissingValues.class),
            caps(),
            Arbitraries.of(StatusRollUp.class))
        .as((formula, thresholdMode, comparison, bandMode, aggregation, missing, cap, rollUp) -> {
          ScoringProfile.Builder builder = ScoringProfile.builder();
          builder.name("generated").metricFormula(formula).thresholdMode(thresholdMode)
              .levelComparison(comparison).bandMode(bandMode).aggregation(aggregation)
              .missingValues(missing).cap(cap).statusRollUp(rollUp);
          return builder.build();
        });
    Arbitrary<RoundingMode> roundings = Arbitraries.of(RoundingMode.HALF_EVEN,
        RoundingMode.HALF_UP, RoundingMode.DOWN, RoundingMode.UP, RoundingMode.FLOOR,
        RoundingMode.CEILING);
    return Combinators.combine(parts, Arbitraries.integers().between(1, 8), roundings, roundings,
            Arbitraries.integers().between(1, 30))
        .as((partial, scale, rounding, gradeRounding, width) -> ScoringProfile.builder()
            .from(partial).scale(scale).roundingMode(rounding).gradeRoundingMode(gradeRounding)
            .bandFalloffWidth(BigDecimal.valueOf(width, 1)).build());
  }

  static Arbitrary<ScoringProfile> publishedProfiles() {
    return Arbitraries.of(ScoringProfile.google(), ScoringProfile.vivaGoals(),
        ScoringProfile.quantive(), ScoringProfile.perdoo(), ScoringProfile.okrTracker());
  }

  static Arbitrary<ScoringProfile> anyProfile() {
    return Arbitraries.oneOf(publishedProfiles(), profiles());
  }
}
