package org.okrkit.json;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.okrkit.core.Adjustment;
import org.okrkit.core.Band;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.ChecklistValue;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiAggregation;
import org.okrkit.core.KpiLink;
import org.okrkit.core.Lifecycle;
import org.okrkit.core.Measure;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.core.Threshold;
import org.okrkit.testkit.OkrArbitraries;

/**
 * Generated plans with what the testkit's plan generator leaves out, added through okr-core's
 * public builders so every rule of the model still holds: KPIs with readings and key results drawn
 * from them, adjustments, notes on check-ins, descriptions, coaches, contributors, and texts that
 * JSON or YAML would read as something else unless written with care. The testkit's plans already
 * have every lifecycle state, every measure kind, confidences, alignments to objectives and to key
 * results, dependencies and a unit tree; these add the rest.
 */
final class RichPlans {

  /**
   * Texts that a careless writer would escape wrongly or that YAML would read as another value:
   * numbers, booleans, null, YAML's {@code .inf} and {@code .nan}, indicators, line breaks, and
   * characters outside the Basic Multilingual Plane (an emoji).
   */
  static final ImmutableList<String> AWKWARD_TEXTS = ImmutableList.of(
      "Plain words", "123", "true", "null", "~", "- dash", "a: b", "#hash", "x #c",
      "line\nbreak", "tab\there", "windows\r\nline", "quote \"q\" and 'a'", "back\\slash",
      "ünï 中文 ß", "  leading space", "trailing space ", "2026-01-31", "1e5", "0x1F", "{b}",
      "[a]", "&anchor", "*alias", "!tag", "|", ">", "%p", "@at", "\u2028separator", "</script>",
      ".inf", "-.inf", ".nan", "emoji \uD83D\uDE00 here");

  /** Decimals written in other scales than the plain ones the generator uses. */
  private static final ImmutableList<String> WEIGHTS =
      ImmutableList.of("0.5", "1.50", "0.001", "2E+1", "12345678901234567890.123456789", "3");

  private RichPlans() {}

  /**
   * Returns the testkit's small plans, enriched.
   *
   * @return the arbitrary
   */
  static Arbitrary<Plan> plans() {
    return enriched(org.okrkit.testkit.Plans.plans());
  }

  /**
   * Returns plans enriched: up to 3 KPIs of any health target with readings, and per objective a
   * seeded choice of what else it gets.
   *
   * @param plans  the plans to enrich
   * @return the arbitrary
   */
  static Arbitrary<Plan> enriched(Arbitrary<Plan> plans) {
    Arbitrary<List<Kpi>> kpis = OkrArbitraries.kpis().list().ofMaxSize(3)
        .uniqueElements(Kpi::id);
    return Combinators.combine(plans, kpis, Arbitraries.longs()).as(RichPlans::enrich);
  }

  /**
   * Enriches one plan. The same plan, KPIs and seed give the same plan.
   *
   * @param plan  a valid plan, or one with a cascade defect (kept: only objectives are rebuilt)
   * @param kpis  KPIs with distinct ids to add to the plan
   * @param seed  the seed of the choices
   * @return the enriched plan
   */
  static Plan enrich(Plan plan, List<Kpi> kpis, long seed) {
    Random random = new Random(seed);
    List<Objective> objectives = new ArrayList<>(plan.size());
    for (Objective objective : plan.objectives()) {
      objectives.add(enrich(objective, kpis, random));
    }
    List<Kpi> allKpis = new ArrayList<>(plan.kpis());
    kpis.stream().filter(kpi -> plan.findKpi(kpi.id()).isEmpty()).forEach(allKpis::add);
    return Plan.of(objectives, allKpis, plan.parentUnits());
  }

  private static Objective enrich(Objective objective, List<Kpi> kpis, Random random) {
    Objective.Builder builder = Objective.builder().from(objective);
    if (random.nextInt(3) == 0) {
      builder.description(text(random));
    }
    if (random.nextInt(3) == 0) {
      builder.coach(PersonId.of("coach-" + random.nextInt(5)));
    }
    builder.addAllContributors(people("helper-", random));
    List<KeyResult> keyResults = new ArrayList<>();
    for (KeyResult keyResult : objective.keyResults()) {
      keyResults.add(enrich(keyResult, objective.lifecycle(), kpis, random));
    }
    return builder.keyResults(keyResults).build();
  }

  private static KeyResult enrich(KeyResult keyResult, Lifecycle lifecycle, List<Kpi> kpis,
      Random random) {
    KeyResult.Builder builder = KeyResult.builder().from(keyResult);
    builder.addAllContributors(people("member-", random));
    if (random.nextInt(3) == 0) {
      builder.weight(new BigDecimal(WEIGHTS.get(random.nextInt(WEIGHTS.size()))));
    }
    List<CheckIn> checkIns = new ArrayList<>();
    for (CheckIn checkIn : keyResult.checkIns()) {
      checkIns.add(random.nextInt(3) == 0
          ? CheckIn.builder().from(checkIn).note(text(random)).build() : checkIn);
    }
    builder.checkIns(checkIns);
    Measure measure = keyResult.measure();
    boolean numeric = measure.kind().isNumeric();
    if (numeric && !kpis.isEmpty() && random.nextBoolean()) {
      KpiAggregation[] aggregations = KpiAggregation.values();
      builder.kpi(KpiLink.of(kpis.get(random.nextInt(kpis.size())).id(),
          aggregations[random.nextInt(aggregations.length)]));
    }
    if (numeric && random.nextBoolean()) {
      adjustmentDate(lifecycle, random).ifPresent(date ->
          builder.addAdjustment(Adjustment.of(date, changed(measure), text(random))));
    }
    return builder.build();
  }

  /** A numeric measure that differs from the one given and accepts the same check-in values. */
  private static Measure changed(Measure measure) {
    if (measure instanceof Metric metric) {
      // twice as far from the start: the same direction, another target
      return metric.withTarget(metric.target().multiply(BigDecimal.valueOf(2))
          .subtract(metric.start()));
    }
    if (measure instanceof Threshold threshold) {
      return threshold.withLevel(threshold.level().add(new BigDecimal("0.25")));
    }
    Band band = (Band) measure;
    return Band.of(band.lower(), band.upper().add(new BigDecimal("1.5")), band.unit());
  }

  /** A date adjustments are allowed on, if the lifecycle has one, drawn from the period. */
  private static java.util.Optional<LocalDate> adjustmentDate(Lifecycle lifecycle, Random random) {
    LocalDate start = lifecycle.period().start();
    long days = lifecycle.period().lengthInDays();
    List<LocalDate> allowed = new ArrayList<>();
    for (long day = 0; day < days; day++) {
      LocalDate date = start.plusDays(day);
      if (lifecycle.allowsAdjustmentOn(date)) {
        allowed.add(date);
      }
    }
    return allowed.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(allowed.get(random.nextInt(allowed.size())));
  }

  private static List<PersonId> people(String prefix, Random random) {
    List<PersonId> people = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      people.add(PersonId.of(prefix + random.nextInt(20)));
    }
    return people;
  }

  private static String text(Random random) {
    return AWKWARD_TEXTS.get(random.nextInt(AWKWARD_TEXTS.size()));
  }

  /**
   * Rebuilds a plan with every set and map filled in another order: contributors, dependencies,
   * checklist items done and the unit tree. The result is equal to the plan; only the order its
   * collections were built in differs.
   *
   * @param plan  the plan
   * @param seed  the seed of the shuffles
   * @return an equal plan, built in another order
   */
  static Plan reordered(Plan plan, long seed) {
    Random random = new Random(seed);
    List<Objective> objectives = new ArrayList<>(plan.size());
    for (Objective objective : plan.objectives()) {
      List<KeyResult> keyResults = new ArrayList<>();
      for (KeyResult keyResult : objective.keyResults()) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (CheckIn checkIn : keyResult.checkIns()) {
          checkIns.add(checkIn.value() instanceof ChecklistValue done
              ? CheckIn.builder().from(checkIn)
                  .value(CheckInValue.itemsDone(shuffled(done.itemsDone(), random))).build()
              : checkIn);
        }
        keyResults.add(KeyResult.builder().from(keyResult)
            .contributors(shuffled(keyResult.contributors(), random))
            .checkIns(checkIns)
            .build());
      }
      List<ObjectiveId> dependsOn = shuffled(objective.dependsOn(), random);
      objectives.add(Objective.builder().from(objective)
          .contributors(shuffled(objective.contributors(), random))
          .dependsOn(dependsOn)
          .keyResults(keyResults)
          .build());
    }
    List<Map.Entry<OrgUnitId, OrgUnitId>> units = shuffled(plan.parentUnits().entrySet(), random);
    Map<OrgUnitId, OrgUnitId> parentUnits = new LinkedHashMap<>();
    units.forEach(unit -> parentUnits.put(unit.getKey(), unit.getValue()));
    return Plan.of(objectives, plan.kpis(), parentUnits);
  }

  private static <T> List<T> shuffled(java.util.Collection<T> values, Random random) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, random);
    return copy;
  }
}
