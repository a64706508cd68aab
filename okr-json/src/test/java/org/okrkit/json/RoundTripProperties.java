package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Adjustment;
import org.okrkit.core.Alignment;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Checklist;
import org.okrkit.core.ChecklistItem;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiLink;
import org.okrkit.core.KpiReading;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.testkit.InjectedDefect;
import org.okrkit.testkit.OkrArbitraries;
import org.okrkit.testkit.Plans;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans and their parts come back equal from JSON and YAML, and a document read and written again
 * gives the same bytes: on the testkit's plans (valid, and with a defect of every kind), enriched
 * by {@link RichPlans} with what the testkit does not generate.
 */
class RoundTripProperties {

  private static final OkrJson JSON = OkrJson.json();
  private static final OkrJson YAML = OkrJson.yaml();
  private static final JsonMapper PLAIN_MAPPER =
      JsonMapper.builder().addModule(new OkrJsonModule()).build();

  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<Plan> defective = Plans.withAnyDefect().map(InjectedDefect::plan);
    Arbitrary<Plan> eachRule = Arbitraries.of(CascadeRule.class)
        .flatMap(rule -> Plans.withDefect(rule).map(InjectedDefect::plan));
    return Arbitraries.oneOf(Plans.plans(), RichPlans.plans(), RichPlans.enriched(defective),
        RichPlans.enriched(eachRule));
  }

  @Property(tries = 200)
  void aPlanComesBackEqualFromJson(@ForAll("plans") Plan plan) {
    String json = JSON.write(plan);

    assertEquals(plan, JSON.readPlan(json), json);
  }

  @Property(tries = 200)
  void aJsonDocumentReadAndWrittenAgainHasTheSameBytes(@ForAll("plans") Plan plan) {
    String json = JSON.write(plan);

    assertEquals(json, JSON.write(JSON.readPlan(json)));
  }

  @Property(tries = 100)
  void aPlanComesBackEqualFromYaml(@ForAll("plans") Plan plan) {
    String yaml = YAML.write(plan);

    assertEquals(plan, YAML.readPlan(yaml), yaml);
  }

  @Property(tries = 100)
  void aYamlDocumentReadAndWrittenAgainHasTheSameBytes(@ForAll("plans") Plan plan) {
    String yaml = YAML.write(plan);

    assertEquals(yaml, YAML.write(YAML.readPlan(yaml)));
  }

  @Property(tries = 100)
  void aPlanReadFromJsonAndWrittenAsYamlComesBackEqual(@ForAll("plans") Plan plan) {
    Plan fromJson = JSON.readPlan(JSON.write(plan));

    assertEquals(plan, YAML.readPlan(YAML.write(fromJson)));
  }

  @Property(tries = 100)
  void aPlanComesBackEqualThroughAPlainMapperWithTheModule(@ForAll("plans") Plan plan) {
    String json = PLAIN_MAPPER.writeValueAsString(plan);

    assertEquals(plan, PLAIN_MAPPER.readValue(json, Plan.class), json);
    // the plain mapper writes compactly; the content is OkrJson's, so both read to one plan
    assertEquals(plan, JSON.readPlan(json));
  }

  /**
   * The writer sorts sets and maps, so the order a plan's collections were built in does not show:
   * one plan, rebuilt with its contributors, dependencies, checklist items done and unit tree in
   * another order, is equal and writes the same bytes.
   */
  @Property(tries = 200)
  void equalPlansBuiltInAnotherOrderGiveTheSameBytes(@ForAll("plans") Plan plan,
      @ForAll long seed) {
    Plan reordered = RichPlans.reordered(plan, seed);

    assertEquals(plan, reordered);
    assertEquals(JSON.write(plan), JSON.write(reordered));
    assertEquals(YAML.write(plan), YAML.write(reordered));
  }

  /**
   * Each part read on its own, through OkrJson and through a plain mapper, comes back equal. A
   * plan of 40 objectives has hundreds of parts, each read six ways, hence fewer tries.
   */
  @Property(tries = 30)
  void everyPartOfAPlanComesBackEqualOnItsOwn(@ForAll("plans") Plan plan) {
    for (Part part : partsOf(plan)) {
      assertPartRoundTrips(part);
    }
  }

  @Property(tries = 200)
  void objectivesOfEveryStatusComeBackEqualOnTheirOwn(@ForAll("objectives") Objective objective) {
    assertPartRoundTrips(new Part(Objective.class, objective));
  }

  @Provide
  Arbitrary<Objective> objectives() {
    return OkrArbitraries.objectives();
  }

  @Property(tries = 100)
  void kpisComeBackEqualOnTheirOwn(@ForAll("kpis") Kpi kpi) {
    assertPartRoundTrips(new Part(Kpi.class, kpi));
  }

  @Provide
  Arbitrary<Kpi> kpis() {
    return OkrArbitraries.kpis();
  }

  @Property(tries = 200)
  void measuresOfEveryKindComeBackEqualOnTheirOwn(@ForAll("measures") Measure measure) {
    assertPartRoundTrips(new Part(Measure.class, measure));
  }

  @Provide
  Arbitrary<Measure> measures() {
    return OkrArbitraries.measures();
  }

  private static void assertPartRoundTrips(Part part) {
    for (OkrJson format : List.of(JSON, YAML)) {
      String document = format.write(part.value());
      assertEquals(part.value(), format.read(document, part.type()), document);
      assertEquals(document, format.write(format.read(document, part.type())));
    }
    String plain = PLAIN_MAPPER.writeValueAsString(part.value());
    assertEquals(part.value(), PLAIN_MAPPER.readValue(plain, part.type()), plain);
  }

  /** A value and the type it is read as (a metric is read as a measure). */
  record Part(Class<?> type, Object value) {}

  /** Every part of a plan that is read on its own, each with the type it is read as. */
  static List<Part> partsOf(Plan plan) {
    List<Part> parts = new ArrayList<>();
    for (Objective objective : plan.objectives()) {
      parts.add(new Part(Objective.class, objective));
      parts.add(new Part(Period.class, objective.period()));
      add(parts, Alignment.class, objective.alignments(), Function.identity());
      add(parts, LifecycleEvent.class, objective.lifecycleEvents(), Function.identity());
      for (KeyResult keyResult : objective.keyResults()) {
        parts.add(new Part(KeyResult.class, keyResult));
        parts.add(new Part(Measure.class, keyResult.measure()));
        keyResult.kpi().ifPresent(link -> parts.add(new Part(KpiLink.class, link)));
        if (keyResult.measure() instanceof Checklist checklist) {
          add(parts, ChecklistItem.class, checklist.items(), Function.identity());
        }
        add(parts, CheckIn.class, keyResult.checkIns(), Function.identity());
        add(parts, CheckInValue.class, keyResult.checkIns(), CheckIn::value);
        add(parts, Adjustment.class, keyResult.adjustments(), Function.identity());
      }
    }
    for (Kpi kpi : plan.kpis()) {
      parts.add(new Part(Kpi.class, kpi));
      parts.add(new Part(HealthTarget.class, kpi.healthTarget()));
      add(parts, KpiReading.class, kpi.readings(), Function.identity());
    }
    return parts;
  }

  private static <T> void add(List<Part> parts, Class<?> type, List<T> values,
      Function<T, ?> part) {
    values.forEach(value -> parts.add(new Part(type, part.apply(value))));
  }
}
