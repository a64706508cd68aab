package org.okrkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Combinators;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Measure;
import org.okrkit.core.MeasureKind;
import org.okrkit.core.Objective;
import org.okrkit.core.Period;
import org.okrkit.core.PeriodKind;
import org.okrkit.core.Status;

@StatisticsReport(onFailureOnly = true)
class OkrArbitrariesProperties {

  @Property(tries = 300)
  void measuresCoverEveryKind(@ForAll("measures") Measure measure) {
    Statistics.label("kind").collect(measure.kind());
    Statistics.label("kind").coverage(coverage -> {
      for (MeasureKind kind : MeasureKind.values()) {
        coverage.check(kind).percentage(p -> p > 5);
      }
    });
  }

  @Property(tries = 300)
  void periodsCoverYearsQuartersAndCustom(@ForAll("periods") Period period) {
    boolean fiscal = period.kind() != PeriodKind.CUSTOM && period.start().getMonthValue() != 1;
    Statistics.label("kind").collect(period.kind());
    Statistics.label("fiscal").collect(fiscal);
    Statistics.label("kind").coverage(coverage -> {
      for (PeriodKind kind : PeriodKind.values()) {
        coverage.check(kind).percentage(p -> p > 10);
      }
    });
    Statistics.label("fiscal").coverage(coverage -> coverage.check(true).percentage(p -> p > 5));
  }

  @Property
  void yearsLastOneYear(@ForAll("years") Period year) {
    assertEquals(PeriodKind.YEAR, year.kind());
    assertEquals(year.start().plusYears(1).minusDays(1), year.end());
    assertEquals(1, year.start().getDayOfMonth());
  }

  @Property
  void quartersLastThreeMonths(@ForAll("quarters") Period quarter) {
    assertEquals(PeriodKind.QUARTER, quarter.kind());
    assertEquals(quarter.start().plusMonths(3).minusDays(1), quarter.end());
  }

  @Property
  void decimalsAreModerate(@ForAll("decimals") BigDecimal value) {
    assertTrue(value.scale() >= 0 && value.scale() <= 3, () -> "scale of " + value);
    assertTrue(value.abs().compareTo(BigDecimal.valueOf(10_000_000)) < 0, () -> "size of " + value);
  }

  @Property(tries = 300)
  void checkInsAreInsideThePeriodOnDistinctDatesInOrderAndFit(
      @ForAll("checkInCases") Tuple2<Tuple2<Period, Measure>, List<CheckIn>> sample) {
    Period period = sample.get1().get1();
    Measure measure = sample.get1().get2();
    List<CheckIn> checkIns = sample.get2();
    for (int i = 0; i < checkIns.size(); i++) {
      CheckIn checkIn = checkIns.get(i);
      assertTrue(period.contains(checkIn.date()), () -> checkIn.date() + " outside " + period);
      assertTrue(measure.accepts(checkIn.value()), () -> checkIn.value() + " for " + measure);
      if (i > 0) {
        assertTrue(checkIns.get(i - 1).date().isBefore(checkIn.date()), "strictly increasing dates");
      }
    }
  }

  @Property(tries = 200)
  void keyResultsAreDrafts(@ForAll("keyResults") KeyResult keyResult) {
    assertTrue(keyResult.checkIns().isEmpty());
    assertTrue(keyResult.adjustments().isEmpty());
    assertTrue(keyResult.weight().signum() > 0);
  }

  @Property(tries = 200)
  void objectivesOfAStatusAreInThatStatus(@ForAll("statusAndObjective") Tuple2<Status, Objective> sample) {
    Status status = sample.get1();
    Objective objective = sample.get2();
    assertEquals(status, objective.status());
    if (status != Status.DRAFT) {
      assertFalse(objective.lifecycleEvents().isEmpty());
    }
    if (status == Status.ACTIVE || status == Status.CLOSED) {
      assertFalse(objective.keyResults().isEmpty());
      LocalDate first = objective.activatedOn().orElseThrow();
      for (KeyResult keyResult : objective.keyResults()) {
        for (CheckIn checkIn : keyResult.checkIns()) {
          assertFalse(checkIn.date().isBefore(first));
          assertFalse(checkIn.date().isBefore(objective.period().start()));
        }
      }
    }
    if (status == Status.CLOSED) {
      // Objective.close refuses earlier dates, so a generated history never has one.
      assertFalse(objective.endedOn().orElseThrow().isBefore(objective.period().start()));
    }
    // Rebuilding through the builder re-runs every rule of the aggregate.
    assertEquals(objective, Objective.builder().from(objective).build());
  }

  @Property(tries = 300)
  void objectivesCoverEveryStatusAndSomeHaveCheckIns(@ForAll("objectives") Objective objective) {
    boolean hasCheckIns =
        objective.keyResults().stream().anyMatch(keyResult -> !keyResult.checkIns().isEmpty());
    Statistics.label("status").collect(objective.status());
    Statistics.label("check-ins").collect(hasCheckIns);
    Statistics.label("status").coverage(coverage -> {
      for (Status status : Status.values()) {
        coverage.check(status).percentage(p -> p > 10);
      }
    });
    Statistics.label("check-ins").coverage(coverage -> coverage.check(true).percentage(p -> p > 10));
  }

  @Property(tries = 200)
  void kpisHaveReadingsOnDistinctDates(@ForAll("kpis") Kpi kpi) {
    Set<LocalDate> dates =
        kpi.readings().stream().map(reading -> reading.date()).collect(Collectors.toSet());
    assertEquals(kpi.readings().size(), dates.size());
    Statistics.label("has readings").collect(!kpi.readings().isEmpty());
    Statistics.label("has readings").coverage(coverage -> coverage.check(true).percentage(p -> p > 50));
  }

  @Property(tries = 100)
  void idsAreUsableText(@ForAll("idTexts") String text) {
    assertFalse(text.isBlank());
    assertTrue(text.length() <= 12);
  }

  @Provide
  Arbitrary<Measure> measures() {
    return OkrArbitraries.measures();
  }

  @Provide
  Arbitrary<Period> periods() {
    return OkrArbitraries.periods();
  }

  @Provide
  Arbitrary<Period> years() {
    return OkrArbitraries.years();
  }

  @Provide
  Arbitrary<Period> quarters() {
    return OkrArbitraries.quarters();
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return OkrArbitraries.decimals();
  }

  @Provide
  Arbitrary<Tuple2<Tuple2<Period, Measure>, List<CheckIn>>> checkInCases() {
    return Combinators.combine(OkrArbitraries.periods(), OkrArbitraries.measures())
        .as(Tuple::of)
        .flatMap(pm -> OkrArbitraries.checkIns(pm.get1(), pm.get2()).map(list -> Tuple.of(pm, list)));
  }

  @Provide
  Arbitrary<KeyResult> keyResults() {
    return OkrArbitraries.keyResults();
  }

  @Provide
  Arbitrary<Tuple2<Status, Objective>> statusAndObjective() {
    return net.jqwik.api.Arbitraries.of(EnumSet.allOf(Status.class))
        .flatMap(status -> OkrArbitraries.objectives(status).map(o -> Tuple.of(status, o)));
  }

  @Provide
  Arbitrary<Objective> objectives() {
    return OkrArbitraries.objectives();
  }

  @Provide
  Arbitrary<Kpi> kpis() {
    return OkrArbitraries.kpis();
  }

  @Provide
  Arbitrary<String> idTexts() {
    return net.jqwik.api.Arbitraries.oneOf(
        OkrArbitraries.objectiveIds().map(Object::toString),
        OkrArbitraries.keyResultIds().map(Object::toString),
        OkrArbitraries.kpiIds().map(Object::toString),
        OkrArbitraries.personIds().map(Object::toString),
        OkrArbitraries.orgUnitIds().map(Object::toString));
  }
}
