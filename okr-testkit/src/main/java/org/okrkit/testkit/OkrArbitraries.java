package org.okrkit.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.okrkit.core.Alignment;
import org.okrkit.core.Band;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Checklist;
import org.okrkit.core.ChecklistItem;
import org.okrkit.core.Commitment;
import org.okrkit.core.Confidence;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiAggregation;
import org.okrkit.core.KpiId;
import org.okrkit.core.KpiLink;
import org.okrkit.core.KpiReading;
import org.okrkit.core.Level;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Measure;
import org.okrkit.core.Metric;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Status;
import org.okrkit.core.Threshold;

/**
 * jqwik arbitraries for the values of the OKR model: identifiers, periods, decimals, measures of
 * every kind, check-in histories, key results, objectives in every lifecycle state and KPIs.
 *
 * <p>Every generated value is valid by okr-core's own rules, so a property can use it without
 * filtering. Values shrink toward small, simple ones (short ids, zero, the first kind of a family,
 * few key results, empty histories). For whole plans of objectives, see {@link Plans}.
 *
 * <p>Each method returns a new arbitrary; arbitraries are immutable and may be shared.
 *
 * <pre>{@code
 * Arbitrary<Objective> active = OkrArbitraries.objectives(Status.ACTIVE);
 * Arbitrary<KeyResult> checkedIn = OkrArbitraries.quarters()
 *     .flatMap(OkrArbitraries::activeKeyResults);     // check-ins inside the quarter
 * Arbitrary<List<CheckIn>> histories = OkrArbitraries.metrics()
 *     .flatMap(metric -> OkrArbitraries.checkIns(Period.calendarQuarter(2026, 1), metric));
 * Arbitrary<Kpi> kpis = OkrArbitraries.kpis();
 * Objective one = active.sample();                     // outside a property, for a quick look
 * }</pre>
 */
public final class OkrArbitraries {

  /** Earliest year of generated periods; recent enough to read, far from {@code LocalDate}'s ends. */
  static final int FIRST_YEAR = 2000;

  /** Latest year of generated periods. */
  static final int LAST_YEAR = 2040;

  private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-";
  private static final int MAX_CUSTOM_DAYS = 400;
  private static final int MAX_CHECK_INS = 6;
  private static final int MAX_KEY_RESULTS = 4;

  private OkrArbitraries() {}

  /**
   * Returns objective ids: 1 to 12 characters of lower-case letters, digits and hyphens.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ObjectiveId> objectiveIds() {
    return idTexts().map(ObjectiveId::of);
  }

  /**
   * Returns key result ids: 1 to 12 characters of lower-case letters, digits and hyphens.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<KeyResultId> keyResultIds() {
    return idTexts().map(KeyResultId::of);
  }

  /**
   * Returns KPI ids: 1 to 12 characters of lower-case letters, digits and hyphens.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<KpiId> kpiIds() {
    return idTexts().map(KpiId::of);
  }

  /**
   * Returns links to a KPI with any aggregation.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<KpiLink> kpiLinks() {
    return Combinators.combine(kpiIds(), Arbitraries.of(KpiAggregation.class)).as(KpiLink::of);
  }

  /**
   * Returns person ids: 1 to 12 characters of lower-case letters, digits and hyphens.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PersonId> personIds() {
    return idTexts().map(PersonId::of);
  }

  /**
   * Returns organisational unit ids: 1 to 12 characters of lower-case letters, digits and hyphens.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<OrgUnitId> orgUnitIds() {
    return idTexts().map(OrgUnitId::of);
  }

  private static Arbitrary<String> idTexts() {
    return Arbitraries.strings().withChars(ID_CHARS).ofMinLength(1).ofMaxLength(12);
  }

  /**
   * Returns short non-blank texts fit for titles, notes and reasons.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<String> texts() {
    return Combinators.combine(
            Arbitraries.chars().range('A', 'Z'),
            Arbitraries.strings().withCharRange('a', 'z').withChars(' ').ofMaxLength(30))
        .as((first, rest) -> first + rest);
  }

  /**
   * Returns years from 2000 to 2040, calendar years and fiscal years starting in any month.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Period> years() {
    return Combinators.combine(yearNumbers(), firstMonths()).as(Period::fiscalYear);
  }

  /**
   * Returns quarters of calendar and fiscal years from 2000 to 2040.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Period> quarters() {
    return Combinators.combine(yearNumbers(), firstMonths(), Arbitraries.integers().between(1, 4))
        .as(Period::fiscalQuarter);
  }

  /**
   * Returns custom periods of 1 to 400 days, starting from 2000 to 2040.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Period> customPeriods() {
    return Combinators.combine(dates(), Arbitraries.integers().between(0, MAX_CUSTOM_DAYS - 1))
        .as((start, extraDays) -> Period.of(start, start.plusDays(extraDays)));
  }

  /**
   * Returns periods of every kind: calendar and fiscal years and quarters, and custom periods.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Period> periods() {
    return Arbitraries.oneOf(quarters(), years(), customPeriods());
  }

  private static Arbitrary<Integer> yearNumbers() {
    return Arbitraries.integers().between(FIRST_YEAR, LAST_YEAR).shrinkTowards(2026);
  }

  private static Arbitrary<Month> firstMonths() {
    // January first, so calendar years are where fiscal ones shrink to.
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Month.JANUARY)),
        Tuple.of(1, Arbitraries.of(Month.class)));
  }

  private static Arbitrary<LocalDate> dates() {
    LocalDate first = LocalDate.of(FIRST_YEAR, 1, 1);
    int days = (int) (LocalDate.of(LAST_YEAR, 12, 31).toEpochDay() - first.toEpochDay());
    return Arbitraries.integers().between(0, days).map(first::plusDays);
  }

  /**
   * Returns exact decimals of moderate size: scale 0 to 3, absolute value below 10,000,000. They
   * may carry trailing zeros ({@code 1.50}), which okrkit's values must treat like {@code 1.5}.
   *
   * @return the arbitrary, shrinking toward zero, not null
   */
  public static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(
            Arbitraries.longs().between(-9_999_999L, 9_999_999L),
            Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
  }

  /**
   * Returns strictly positive exact decimals of moderate size, fit for weights.
   *
   * @return the arbitrary, shrinking toward one, not null
   */
  public static Arbitrary<BigDecimal> positiveDecimals() {
    return Combinators.combine(
            Arbitraries.longs().between(1, 9_999_999L).shrinkTowards(1000),
            Arbitraries.integers().between(0, 3).shrinkTowards(3))
        .as(BigDecimal::valueOf);
  }

  /**
   * Returns contribution weights of alignment links: from 0.01 to 1 in steps of 0.01.
   *
   * @return the arbitrary, shrinking toward one, not null
   */
  public static Arbitrary<BigDecimal> contributionWeights() {
    return Arbitraries.integers().between(1, 100).shrinkTowards(100)
        .map(hundredths -> BigDecimal.valueOf(hundredths, 2));
  }

  private static Arbitrary<String> units() {
    return Arbitraries.of("%", "leads", "EUR", "ms", "users", "NPS");
  }

  /**
   * Returns metrics, increasing and decreasing, with start and target that differ.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Metric> metrics() {
    return Combinators.combine(decimals(), nonZeroDecimals(), units())
        .as((start, delta, unit) -> Metric.of(start, start.add(delta), unit));
  }

  /**
   * Returns thresholds of both comparisons.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Threshold> thresholds() {
    return Combinators.combine(Arbitraries.of(Threshold.Comparison.class), decimals(), units())
        .as(Threshold::of);
  }

  /**
   * Returns bands with the upper bound above the lower.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Band> bands() {
    return Combinators.combine(decimals(), nonZeroDecimals(), units())
        .as((lower, width, unit) -> Band.of(lower, lower.add(width.abs()), unit));
  }

  /**
   * Returns the milestone measure; there is one.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Milestone> milestones() {
    return Arbitraries.just(Milestone.of());
  }

  /**
   * Returns checklists of 1 to 6 items with unique names and positive weights.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Checklist> checklists() {
    Arbitrary<ChecklistItem> items =
        Combinators.combine(idTexts(), positiveDecimals()).as(ChecklistItem::of);
    return items.list().ofMinSize(1).ofMaxSize(6).uniqueElements(ChecklistItem::name)
        .map(Checklist::of);
  }

  /**
   * Returns measures of every kind: metrics, thresholds, bands, milestones and checklists.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Measure> measures() {
    return Arbitraries.oneOf(metrics(), thresholds(), bands(), milestones(), checklists());
  }

  private static Arbitrary<BigDecimal> nonZeroDecimals() {
    return decimals().filter(value -> value.signum() != 0);
  }

  /**
   * Returns check-in values that a measure accepts: numbers (often its own start, target, level
   * or bounds) for metrics, thresholds and bands, done or not done for a milestone, and subsets of
   * the items for a checklist.
   *
   * @param measure  the measure, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<CheckInValue> checkInValues(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    if (measure instanceof Metric metric) {
      return numbersNear(metric.start(), metric.target());
    } else if (measure instanceof Threshold threshold) {
      return numbersNear(threshold.level(), threshold.level());
    } else if (measure instanceof Band band) {
      return numbersNear(band.lower(), band.upper());
    } else if (measure instanceof Milestone) {
      return Arbitraries.of(CheckInValue.notDone(), CheckInValue.done());
    } else {
      Checklist checklist = (Checklist) measure;
      return Arbitraries.subsetOf(checklist.itemNames()).map(CheckInValue::itemsDone);
    }
  }

  private static Arbitrary<CheckInValue> numbersNear(BigDecimal low, BigDecimal high) {
    // The measure's own numbers are the boundaries that scoring gets wrong most often.
    BigDecimal middle = low.add(high).divide(BigDecimal.valueOf(2));
    return Arbitraries.frequencyOf(
            Tuple.of(3, decimals()),
            Tuple.of(2, Arbitraries.of(low, high, middle)))
        .map(CheckInValue::of);
  }

  /**
   * Returns confidences from 0 to 1 in steps of 0.05.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Confidence> confidences() {
    return Arbitraries.integers().between(0, 20)
        .map(twentieths -> Confidence.of(BigDecimal.valueOf(twentieths * 5L, 2)));
  }

  /**
   * Returns check-in histories of one key result: 0 to 6 check-ins dated inside the period on
   * distinct dates, in date order, each with a value the measure accepts and sometimes a
   * confidence and a note.
   *
   * @param period  the period the check-ins are dated in, not null
   * @param measure  the measure the values must fit, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<List<CheckIn>> checkIns(Period period, Measure measure) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(measure, "measure");
    int maxCount = (int) Math.min(MAX_CHECK_INS, period.lengthInDays());
    int lastOffset = (int) Math.min(Integer.MAX_VALUE, period.lengthInDays() - 1);
    return Arbitraries.integers().between(0, lastOffset).set().ofMaxSize(maxCount)
        .flatMap(offsets -> {
          List<Arbitrary<CheckIn>> checkIns = new ArrayList<>();
          offsets.stream().sorted().forEach(
              offset -> checkIns.add(checkIn(period.start().plusDays(offset), measure)));
          return checkIns.isEmpty()
              ? Arbitraries.just(List.<CheckIn>of())
              : Combinators.combine(checkIns).as(ImmutableList::copyOf);
        });
  }

  private static Arbitrary<CheckIn> checkIn(LocalDate date, Measure measure) {
    return Combinators.combine(
            checkInValues(measure), confidences().optional(0.3), texts().optional(0.2))
        .as((value, confidence, note) -> CheckIn.builder()
            .date(date)
            .value(value)
            .confidence(confidence)
            .note(note)
            .build());
  }

  /**
   * Returns key results as set on a draft: any measure and weight, sometimes drawn from a KPI, no
   * check-ins and no adjustments.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<KeyResult> keyResults() {
    return Combinators.combine(
            keyResultIds(),
            texts(),
            personIds(),
            personIds().set().ofMaxSize(2),
            positiveDecimals(),
            measures(),
            kpiLinks().optional(0.2))
        .as((id, title, owner, contributors, weight, measure, kpi) -> KeyResult.builder()
            .id(id)
            .title(title)
            .owner(owner)
            .contributors(Sets.difference(contributors, Set.of(owner)))
            .weight(weight)
            .measure(measure)
            // a KPI gives numbers in a unit, so only numeric measures are drawn from one
            .kpi(measure.kind().isNumeric() ? kpi : Optional.empty())
            .build());
  }

  /**
   * Returns key results with a check-in history dated inside a period, as an active objective of
   * that period could hold them.
   *
   * @param period  the period the check-ins are dated in, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<KeyResult> activeKeyResults(Period period) {
    Objects.requireNonNull(period, "period");
    return keyResults().flatMap(keyResult -> withCheckIns(keyResult, period));
  }

  private static Arbitrary<KeyResult> withCheckIns(KeyResult keyResult, Period window) {
    return checkIns(window, keyResult.measure())
        .map(checkIns -> KeyResult.builder().from(keyResult).checkIns(checkIns).build());
  }

  /**
   * Returns the four organisational levels.
   *
   * @return the arbitrary, shrinking toward company, not null
   */
  public static Arbitrary<Level> levels() {
    return Arbitraries.of(Level.class);
  }

  /**
   * Returns alignment links to a parent objective or to one of its key results, with a valid
   * contribution weight. The parents are arbitrary ids, not objectives of any plan.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Alignment> alignments() {
    return Combinators.combine(objectiveIds(), keyResultIds().optional(0.5), contributionWeights())
        .as((parent, keyResult, weight) -> keyResult
            .map(kr -> Alignment.toKeyResult(parent, kr, weight))
            .orElseGet(() -> Alignment.toObjective(parent, weight)));
  }

  /**
   * Returns objectives in every lifecycle state; see {@link #objectives(Status)}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Objective> objectives() {
    return Arbitraries.oneOf(
        objectives(Status.DRAFT),
        objectives(Status.ACTIVE),
        objectives(Status.CLOSED),
        objectives(Status.CANCELLED));
  }

  /**
   * Returns objectives in exactly one lifecycle state, with any level, period, key results,
   * alignment links and dependencies (whose targets are arbitrary ids).
   *
   * <p>A draft has 0 to 4 key results and no history. An active or closed objective has 1 to 4
   * key results, an activation date no later than its period's end, and check-ins dated where
   * the objective accepts them: from the later of its activation and its period's start, to the
   * earlier of its closing date and the end of the period's grace window. A cancelled objective
   * was cancelled either as a draft or after being active, with such a history.
   *
   * @param status  the state the objectives are in, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<Objective> objectives(Status status) {
    Objects.requireNonNull(status, "status");
    switch (status) {
      case DRAFT:
        return drafts(0);
      case ACTIVE:
        return drafts(1).flatMap(draft -> activated(draft, false));
      case CLOSED:
        return drafts(1).flatMap(draft -> activated(draft, true));
      default:
        Arbitrary<Objective> cancelledDraft = drafts(0).flatMap(OkrArbitraries::cancelledDraft);
        Arbitrary<Objective> cancelledActive =
            drafts(1).flatMap(draft -> activated(draft, false))
                .flatMap(OkrArbitraries::cancelledActive);
        return Arbitraries.oneOf(cancelledDraft, cancelledActive);
    }
  }

  private static Arbitrary<Objective> drafts(int minKeyResults) {
    Arbitrary<Objective> core = Combinators.combine(
            objectiveIds(),
            texts(),
            levels(),
            personIds(),
            periods(),
            Arbitraries.of(Commitment.class),
            orgUnitIds().optional(0.5),
            keyResults().list().ofMinSize(minKeyResults).ofMaxSize(MAX_KEY_RESULTS)
                .uniqueElements(KeyResult::id))
        .as((id, title, level, owner, period, commitment, orgUnit, keyResults) ->
            Objective.builder()
                .id(id)
                .title(title)
                .level(level)
                .owner(owner)
                .period(period)
                .commitment(commitment)
                .orgUnit(orgUnit)
                .keyResults(keyResults)
                .build());
    return Combinators.combine(
            core,
            alignments().list().ofMaxSize(3).uniqueElements(Alignment::target),
            objectiveIds().set().ofMaxSize(2),
            personIds().set().ofMaxSize(2),
            personIds().optional(0.2))
        .as((objective, alignments, dependsOn, contributors, coach) -> Objective.builder()
            .from(objective)
            .alignments(alignments)
            .dependsOn(dependsOn)
            .contributors(Sets.difference(contributors, Set.of(objective.owner())))
            .coach(coach.filter(person -> !person.equals(objective.owner())))
            .build());
  }

  private static Arbitrary<Objective> activated(Objective draft, boolean close) {
    Period period = draft.period();
    // Activation may come a little before the period starts, never after it ends.
    int earliest = -10;
    int latest = (int) Math.min(60, period.lengthInDays() - 1);
    Arbitrary<LocalDate> activations =
        Arbitraries.integers().between(earliest, latest).shrinkTowards(0)
            .map(offset -> period.start().plusDays(offset));
    if (!close) {
      return activations.flatMap(activation ->
          withHistory(draft, activation, Optional.empty(), LifecycleEvent.activated(activation)));
    }
    return Combinators.combine(activations, Arbitraries.integers().between(0, 500), texts())
        .flatAs((activation, daysBeforeGraceEnd, note) -> {
          LocalDate closing = latestOf(latestOf(activation, period.start()), period.lastCheckInDate()
              .minusDays(daysBeforeGraceEnd));
          return withHistory(draft, activation, Optional.of(closing),
              LifecycleEvent.activated(activation), LifecycleEvent.closed(closing, note));
        });
  }

  private static Arbitrary<Objective> withHistory(Objective draft, LocalDate activation,
      Optional<LocalDate> ended, LifecycleEvent... events) {
    Period period = draft.period();
    LocalDate first = latestOf(activation, period.start());
    LocalDate graceEnd = period.lastCheckInDate();
    LocalDate last = ended.filter(end -> end.isBefore(graceEnd)).orElse(graceEnd);
    ImmutableList<LifecycleEvent> lifecycle = ImmutableList.copyOf(events);
    if (last.isBefore(first)) {
      return Arbitraries.just(Objective.builder().from(draft).lifecycleEvents(lifecycle).build());
    }
    Period window = Period.of(first, last);
    List<Arbitrary<KeyResult>> keyResults = new ArrayList<>();
    for (KeyResult keyResult : draft.keyResults()) {
      keyResults.add(withCheckIns(keyResult, window));
    }
    return Combinators.combine(keyResults).as(list -> Objective.builder()
        .from(draft)
        .keyResults(list)
        .lifecycleEvents(lifecycle)
        .build());
  }

  private static Arbitrary<Objective> cancelledDraft(Objective draft) {
    return Combinators.combine(Arbitraries.integers().between(-30, 400), texts())
        .as((offset, reason) -> Objective.builder()
            .from(draft)
            .lifecycleEvents(List.of(LifecycleEvent.cancelled(draft.period().start().plusDays(offset),
                reason)))
            .build());
  }

  private static Arbitrary<Objective> cancelledActive(Objective active) {
    // Cancelling on or after the latest activity keeps the recorded history legal.
    LocalDate from = active.latestActivity().orElseThrow();
    return Combinators.combine(Arbitraries.integers().between(0, 90), texts())
        .as((days, reason) -> active.cancel(from.plusDays(days), reason));
  }

  private static LocalDate latestOf(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * Returns health targets of every kind.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<HealthTarget> healthTargets() {
    Arbitrary<HealthTarget> bands = Combinators.combine(decimals(), nonZeroDecimals())
        .as((lower, width) -> HealthTarget.stayWithin(lower, lower.add(width.abs())));
    return Arbitraries.oneOf(
        decimals().map(HealthTarget::stayAtOrAbove),
        decimals().map(HealthTarget::stayAtOrBelow),
        decimals().map(HealthTarget::increaseTo),
        decimals().map(HealthTarget::decreaseTo),
        bands);
  }

  /**
   * Returns KPIs with any health target and 0 to 12 readings on distinct dates of one period.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Kpi> kpis() {
    Arbitrary<List<KpiReading>> readings = periods().flatMap(period -> {
      int lastOffset = (int) (period.lengthInDays() - 1);
      int maxCount = (int) Math.min(12, period.lengthInDays());
      return Arbitraries.integers().between(0, lastOffset).set().ofMaxSize(maxCount)
          .flatMap(offsets -> decimals().list().ofSize(offsets.size())
              .map(values -> zip(offsets.stream().sorted().map(period.start()::plusDays)
                  .collect(ImmutableList.toImmutableList()), values, KpiReading::of)));
    });
    return Combinators.combine(kpiIds(), texts(), units(), personIds(), healthTargets(), readings)
        .as((id, name, unit, owner, target, values) -> Kpi.builder()
            .id(id)
            .name(name)
            .unit(unit)
            .owner(owner)
            .healthTarget(target)
            .readings(values)
            .build());
  }

  private static <A, B, R> List<R> zip(
      List<A> first, List<B> second, BiFunction<A, B, R> combiner) {
    ImmutableList.Builder<R> zipped = ImmutableList.builder();
    for (int i = 0; i < first.size(); i++) {
      zipped.add(combiner.apply(first.get(i), second.get(i)));
    }
    return zipped.build();
  }
}
