package org.okrkit.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Small generators for okr-core's own properties. */
final class CoreArbitraries {

  private CoreArbitraries() {}

  static Arbitrary<BigDecimal> decimals() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-1000"), new BigDecimal("1000"))
        .ofScale(2);
  }

  static Arbitrary<Period> periods() {
    Arbitrary<Integer> years = Arbitraries.integers().between(2020, 2030);
    return Arbitraries.oneOf(
        years.map(Period::calendarYear),
        Combinators.combine(years, Arbitraries.integers().between(1, 4))
            .as(Period::calendarQuarter),
        Combinators.combine(years, Arbitraries.of(java.time.Month.class),
                Arbitraries.integers().between(1, 4))
            .as(Period::fiscalQuarter),
        Combinators.combine(years, Arbitraries.integers().between(0, 364),
                Arbitraries.integers().between(0, 120))
            .as((year, offset, length) -> {
              java.time.LocalDate start = java.time.LocalDate.of(year, 1, 1).plusDays(offset);
              return Period.of(start, start.plusDays(length));
            }));
  }

  static Arbitrary<Measure> measures() {
    Arbitrary<Measure> metrics = Combinators.combine(decimals(), decimals())
        .filter((start, target) -> start.compareTo(target) != 0)
        .as((start, target) -> Metric.of(start, target, "units"));
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
    return Arbitraries.oneOf(metrics, thresholds, bands, Arbitraries.just(Milestone.of()), checklists);
  }

  static Arbitrary<List<KeyResult>> keyResults() {
    Arbitrary<KeyResult> one = Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
            Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(1, 5),
            measures())
        .as((title, owner, weight, measure) -> KeyResult.builder()
            .id(KeyResultId.of("placeholder"))
            .title(title)
            .owner(PersonId.of("person-" + owner))
            .weight(BigDecimal.valueOf(weight))
            .measure(measure)
            .build());
    return one.list().ofMinSize(1).ofMaxSize(5).map(list -> {
      List<KeyResult> unique = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        unique.add(KeyResult.builder().from(list.get(i)).id(KeyResultId.of("kr-" + i)).build());
      }
      return unique;
    });
  }

  static Arbitrary<Objective> drafts() {
    Arbitrary<Objective> bare = Combinators.combine(
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20),
            Arbitraries.of(Level.class),
            periods(),
            Arbitraries.of(Commitment.class),
            keyResults())
        .as((id, level, period, commitment, keyResults) -> Objective.builder()
            .id(ObjectiveId.of("o-" + id))
            .title("Objective " + id)
            .level(level)
            .owner(PersonId.of("owner"))
            .period(period)
            .commitment(commitment)
            .keyResults(keyResults)
            .build());
    Arbitrary<List<Integer>> people = Arbitraries.integers().between(1, 6).set().ofMaxSize(3)
        .map(ArrayList::new);
    return Combinators.combine(bare, people, Arbitraries.integers().between(0, 6),
            Arbitraries.strings().alpha().ofMaxLength(10), people, people)
        .as((objective, contributors, coach, description, parents, dependencies) -> {
          Objective.Builder builder = Objective.builder().from(objective);
          contributors.forEach(i -> builder.addContributor(PersonId.of("person-" + i)));
          if (coach > 0) {
            builder.coach(PersonId.of("coach-" + coach));
          }
          if (!description.isEmpty()) {
            builder.description(description).orgUnit(OrgUnitId.of("unit-" + description));
          }
          parents.forEach(i -> builder.addAlignment(i % 2 == 0
              ? Alignment.toObjective(ObjectiveId.of("parent-" + i), new BigDecimal("0.5"))
              : Alignment.toKeyResult(ObjectiveId.of("parent-" + i), KeyResultId.of("kr"))));
          dependencies.forEach(i -> builder.addDependsOn(ObjectiveId.of("peer-" + i)));
          return builder.build();
        });
  }

  /** A value that fits the measure, or (when {@code fitting} is false) one that usually does not. */
  static CheckInValue valueFor(Measure measure, BigDecimal number, int pick, boolean fitting) {
    if (!fitting) {
      return measure.kind() == MeasureKind.MILESTONE ? CheckInValue.of(number) : CheckInValue.done();
    }
    switch (measure.kind()) {
      case MILESTONE:
        return pick % 2 == 0 ? CheckInValue.done() : CheckInValue.notDone();
      case CHECKLIST:
        List<String> done = new ArrayList<>();
        List<ChecklistItem> items = ((Checklist) measure).items();
        for (int i = 0; i < items.size(); i++) {
          if ((pick >> i & 1) == 1) {
            done.add(items.get(i).name());
          }
        }
        return CheckInValue.itemsDone(done);
      default:
        return CheckInValue.of(number);
    }
  }
}
