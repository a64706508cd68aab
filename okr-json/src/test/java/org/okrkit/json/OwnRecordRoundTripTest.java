package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Commitment;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiId;
import org.okrkit.core.KpiReading;
import org.okrkit.core.Level;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.testkit.PlanSpec;
import org.okrkit.testkit.Plans;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * okrkit's values inside a user's own classes, through a plain Jackson mapper with {@link
 * OkrJsonModule}: they come back equal, and an error inside them names the JSON path from the
 * user's document root.
 */
class OwnRecordRoundTripTest {

  /** What a user's application might store: a plan and, beside it, objectives of its own. */
  record Workspace(String name, Plan plan, List<Objective> drafts) {}

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new OkrJsonModule()).build();

  /** A plan of 40 objectives from a fixed seed, with KPIs, adjustments and notes added. */
  private static Plan richPlan() {
    Kpi leads = Kpi.builder().id(KpiId.of("leads")).name("Qualified leads").unit("leads")
        .owner(PersonId.of("kim")).healthTarget(HealthTarget.stayAtOrAbove(new BigDecimal("120")))
        .addReadings(KpiReading.of(LocalDate.of(2026, 1, 31), new BigDecimal("131.5")))
        .build();
    Kpi churn = Kpi.builder().id(KpiId.of("churn")).name("Monthly churn").unit("%")
        .owner(PersonId.of("lee"))
        .healthTarget(HealthTarget.stayWithin(new BigDecimal("0.5"), new BigDecimal("2")))
        .build();
    return RichPlans.enrich(Plans.generate(PlanSpec.of(40), 7L), List.of(leads, churn), 11L);
  }

  @Test
  void aRecordHoldingAPlanAndObjectivesComesBackEqual() {
    Plan plan = richPlan();
    Workspace workspace = new Workspace("ops", plan, plan.objectives().subList(0, 3));

    String json = MAPPER.writeValueAsString(workspace);

    assertEquals(workspace, MAPPER.readValue(json, Workspace.class));
    assertEquals(workspace, OkrJson.yaml().mapper()
        .readValue(OkrJson.yaml().mapper().writeValueAsString(workspace), Workspace.class));
  }

  /**
   * The first objective's first key result gets a target that is not a number. Jackson wraps the
   * exception a value's deserializer throws inside a record in its own {@link JacksonException}
   * (a DatabindException), with okrkit's exception as the cause; the cause's path starts at the
   * record's field.
   */
  @Test
  void anErrorInsideTheRecordNamesThePathFromTheRecordsRoot() {
    Objective objective = Objective.builder()
        .id(ObjectiveId.of("grow")).title("Grow").level(Level.TEAM).owner(PersonId.of("ada"))
        .period(Period.calendarQuarter(2026, 1)).commitment(Commitment.COMMITTED)
        .addKeyResults(KeyResult.builder().id(KeyResultId.of("nps")).title("Raise NPS")
            .owner(PersonId.of("ada")).measure(Metric.of(30, 50, "points")).build())
        .build();
    Workspace workspace = new Workspace("ops", Plan.of(List.of(objective)), List.of(objective));
    String json = MAPPER.writeValueAsString(workspace);
    String target = "\"target\":\"50\"";
    assertTrue(json.contains(target), json);
    String inPlan = json.replaceFirst(java.util.regex.Pattern.quote(target), "\"target\":\"abc\"");

    JacksonException wrapped = assertThrows(JacksonException.class,
        () -> MAPPER.readValue(inPlan, Workspace.class));

    OkrJsonException error = causeOf(wrapped);
    assertEquals("$.plan.objectives[0].keyResults[0].measure.target", error.path());
    assertEquals("\"abc\"", error.rejectedValue());
  }

  @Test
  void anErrorInAListOfObjectivesInsideTheRecordNamesItsIndex() {
    Plan plan = richPlan();
    Workspace workspace = new Workspace("ops", Plan.empty(), plan.objectives().subList(0, 2));
    String json = MAPPER.writeValueAsString(workspace);
    // the second draft's level becomes one okrkit does not have
    int second = json.indexOf("\"id\":\"" + plan.objectives().get(1).id().value() + "\"");
    int level = json.indexOf("\"level\":\"", second);
    String broken = json.substring(0, level) + "\"level\":\"galaxy\""
        + json.substring(json.indexOf('"', level + "\"level\":\"".length()) + 1);

    JacksonException wrapped = assertThrows(JacksonException.class,
        () -> MAPPER.readValue(broken, Workspace.class));

    OkrJsonException error = causeOf(wrapped);
    assertEquals("$.drafts[1].level", error.path());
    assertEquals("\"galaxy\"", error.rejectedValue());
  }

  private static OkrJsonException causeOf(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof OkrJsonException okrkit) {
        return okrkit;
      }
    }
    throw new AssertionError("no OkrJsonException in the causes of " + thrown, thrown);
  }

  /**
   * {@link RoundTripProperties#partsOf(Plan)} yields a part of every type OkrJson reads on its own,
   * so the property over parts covers them all.
   */
  @Test
  void thePartsOfARichPlanCoverEveryTypeReadOnItsOwn() {
    Set<String> covered = RoundTripProperties.partsOf(richPlan()).stream()
        .map(part -> part.type().getSimpleName()).collect(Collectors.toCollection(TreeSet::new));
    Set<String> read = CoreValues.READERS.keySet().stream()
        .filter(type -> type != Plan.class).map(Class::getSimpleName)
        .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(read, covered);
  }
}
