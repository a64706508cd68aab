package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.json.AlignmentGoldenTest.Q1;
import static org.okrkit.json.AlignmentGoldenTest.YEAR;
import static org.okrkit.json.AlignmentGoldenTest.objective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Adjustment;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
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
import org.okrkit.core.Metric;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.review.AccountabilityPolicy;
import org.okrkit.review.AccountabilityView;
import org.okrkit.review.Retrospective;
import org.okrkit.review.RetrospectiveScope;
import org.okrkit.review.RetrospectiveYearObjective;
import org.okrkit.scoring.ScoringProfile;
import org.okrkit.scoring.Scorer;
import tools.jackson.databind.JsonNode;

/**
 * The optional fields and lists of okr-review's results, each present in a small plan built for
 * it (the golden documents of {@link ReviewGoldenTest} leave most of them out): every field is
 * read back from the JSON and compared with a value worked out by hand, so a writer that leaves
 * one out fails here.
 */
class ReviewWritersMutationTest {

  private static final OkrJson JSON = OkrJson.json();
  private static final OrgUnitId ACME = OrgUnitId.of("acme");
  private static final OrgUnitId SALES = OrgUnitId.of("sales");
  private static final LocalDate QUARTER_END = LocalDate.of(2026, 3, 31);

  @Test
  void aScopeOfAUnitOrOfAnOwnerNamesIt() {
    assertEquals(Map.of("unit", "acme"), fields(RetrospectiveScope.forUnit(ACME)));
    assertEquals(Map.of("owner", "ada"), fields(RetrospectiveScope.forOwner(PersonId.of("ada"))));
    assertEquals(Map.of(), fields(RetrospectiveScope.wholePlan()));
  }

  /**
   * The quarter's objectives, scored as of its last day under Google's profile (score = value /
   * target, so a key result from 0 to 10 checked in at n scores n / 10):
   * <ul>
   *   <li>safe (aspirational): s1 at 10, reached; score 1, at or above 0.7: meets the expectation;
   *       1 of 1 key results reached, 75 % or more: too safe. It supports the year's key result
   *       grow.</li>
   *   <li>low (aspirational): l1 at 2, score 0.2: below the expectation.</li>
   *   <li>done (committed): d1 at 10, reached: achieved.</li>
   *   <li>short (committed): h1 at 5, short of its target: needs an explanation; checked in with
   *       high confidence, 0.85.</li>
   * </ul>
   * On the quarter's last day the expected progress is 1, so l1 (0.2) and h1 (0.5) are behind
   * their pace (question 3), in plan order; s1 and d1 are at it.
   * 4 objectives and 4 key results, 2 of them reached (s1, d1).
   */
  @Test
  void aRetrospectiveWritesTheQuestionsListsAndEveryOptionalField() {
    Retrospective retrospective = retrospective();

    JsonNode tree = tree(retrospective);

    JsonNode setting = tree.get("setting");
    assertEquals(1, setting.get("number").asInt());
    assertEquals(List.of("safe"), strings(setting.get("tooSafe")));

    JsonNode completion = tree.get("completion");
    assertEquals(4, completion.get("objectives").asInt());
    assertEquals(List.of("done"), strings(completion.get("achieved")));
    assertEquals(List.of("short"), strings(completion.get("needsExplanation")));
    assertEquals(List.of("safe"), strings(completion.get("meetsExpectation")));
    assertEquals(List.of("low"), strings(completion.get("belowExpectation")));
    assertFalse(completion.has("notScored"), "every objective is scored");
    assertEquals(4, completion.get("keyResults").asInt());
    assertEquals(2, completion.get("keyResultsReached").asInt());

    assertEquals(List.of("low/l1", "short/h1"), targets(tree.get("blockers").get("behind")));

    JsonNode safe = objectiveNamed(tree.get("objectives"), "safe");
    assertEquals(JSON.mapper().valueToTree(
        retrospective.objectives().get(0).score().orElseThrow()), safe.get("score"));
    assertTrue(safe.get("tooSafe").asBoolean());
    JsonNode s1 = safe.get("keyResults").get(0);
    assertEquals(JSON.mapper().valueToTree(
        retrospective.objectives().get(0).keyResults().get(0).score().orElseThrow()),
        s1.get("score"));
    assertFalse(s1.has("confidence"), "s1 was checked in without a confidence");

    JsonNode h1 = objectiveNamed(tree.get("objectives"), "short").get("keyResults").get(0);
    assertEquals(0, new BigDecimal("0.85").compareTo(new BigDecimal(h1.get("confidence").asString())));
  }

  /**
   * The year's objective, company, in unit acme, has three key results, forecast as of the
   * quarter's last day to the year's last day, 2026-12-31, 364 days after its start:
   * <ul>
   *   <li>grow, 0 to 520, at 10 on day 10 and 20 on day 20: a line of slope 1 from 0, projected to
   *       364 (short by 520 - 364 = 156 deals, and by 1 - 364 / 520 = 1 - 0.7 = 0.3 points of
   *       score); safe supports it. Adjusted on 2026-02-01 from a target of 500 to 520: an annual
   *       adjustment of the quarter, and grow is a candidate for adjustment (it falls short).</li>
   *   <li>reach, 0 to 10, at 5 then 10: its latest value meets the target, so it reaches it, on
   *       2026-01-21; nothing of the quarter supports it.</li>
   *   <li>none, no check-in: no forecast.</li>
   * </ul>
   */
  @Test
  void aYearObjectiveWritesItsForecastsAndTheirShortfalls() {
    Retrospective retrospective = retrospective();

    JsonNode tree = tree(retrospective);

    JsonNode year = tree.get("yearObjectives").get(0);
    RetrospectiveYearObjective company = retrospective.yearObjectives().get(0);
    assertEquals("company", year.get("objectiveId").asString());
    assertEquals("acme", year.get("orgUnit").asString());
    assertEquals("2026-01-01", year.get("period").get("start").asString());
    assertEquals("2026-12-31", year.get("period").get("end").asString());
    assertEquals(JSON.mapper().valueToTree(company.ownScore().orElseThrow()),
        year.get("ownScore"));
    assertEquals(JSON.mapper().valueToTree(company.progress().orElseThrow()),
        year.get("progress"));
    assertEquals("0.5", year.get("policy").get("childrenShare").asString());
    JsonNode forecasts = year.get("keyResults");
    assertEquals(3, forecasts.size());

    JsonNode grow = forecasts.get(0);
    assertEquals("grow", grow.get("keyResultId").asString());
    assertTrue(grow.get("supportedInPeriod").asBoolean());
    assertDecimal("364", grow.get("forecast").get("projection").get("projectedValue"));
    assertDecimal("156", grow.get("valueShortfall"));
    assertDecimal("0.3", grow.get("scoreShortfall"));

    JsonNode reach = forecasts.get(1);
    assertFalse(reach.get("supportedInPeriod").asBoolean());
    assertEquals("2026-01-21",
        reach.get("forecast").get("projection").get("reachedOn").asString());
    assertFalse(reach.has("valueShortfall"), "reach reaches its target");
    assertFalse(reach.has("scoreShortfall"), "reach reaches its target");

    JsonNode support = tree.get("support");
    assertEquals(3, support.get("annualKeyResults").asInt());
    assertEquals(List.of("company/reach", "company/none"), targets(support.get("unsupported")));

    JsonNode reachQuestion = tree.get("reach");
    assertEquals(List.of("company/reach"), targets(reachQuestion.get("reaching")));
    assertEquals(List.of("company/grow"), targets(reachQuestion.get("fallingShort")));
    assertEquals(List.of("company/none"), targets(reachQuestion.get("withoutForecast")));

    JsonNode adjustment = tree.get("adjustment");
    assertEquals(1, adjustment.get("candidates").size());
    assertEquals("grow", adjustment.get("candidates").get(0).get("keyResultId").asString());
    assertDecimal("156", adjustment.get("candidates").get(0).get("valueShortfall"));
    JsonNode annual = adjustment.get("annualAdjustments");
    assertEquals(1, annual.size());
    assertEquals("2026-02-01", annual.get(0).get("date").asString());
    assertDecimal("520", annual.get(0).get("measure").get("target"));
    assertEquals("more deals", annual.get(0).get("reason").asString());
    assertFalse(adjustment.has("periodAdjustments"), "no key result of the quarter is adjusted");
  }

  /**
   * As of 2026-03-01, 60 of the quarter's 90 days gone (expected progress about 0.67): team's key
   * result t1, owned by bob with ada contributing, is at 2 of 10 (0.2, more than 0.25 behind),
   * checked in on 2026-02-01 with low confidence, 0.2: bob's risk, naming its confidence and its
   * date. ada contributes to the objective team and to t1. sales's parent
   * acme has key results grow (supported by team) and keep (not supported): keep is unsupported.
   */
  @Test
  void anAccountabilityViewWritesContributionsRiskConfidencesAndUnsupportedKeyResults() {
    ObjectiveId company = ObjectiveId.of("company");
    PersonId ada = PersonId.of("ada");
    KeyResult t1 = KeyResult.builder().id(KeyResultId.of("t1")).title("KR t1")
        .owner(PersonId.of("bob")).addContributor(ada).measure(Metric.of(0, 10, "deals"))
        .addCheckIns(CheckIn.builder().from(CheckIn.of(LocalDate.of(2026, 2, 1), 2))
            .confidence(Confidence.LOW).build())
        .build();
    Plan plan = Plan.of(List.of(
        objective("company", Level.COMPANY, YEAR).orgUnit(ACME)
            .addKeyResults(metric("grow", 10), metric("keep", 10)).build(),
        objective("team", Level.TEAM, Q1).orgUnit(SALES).owner(PersonId.of("cy"))
            .addContributors(ada).addKeyResults(t1)
            .addAlignments(Alignment.toKeyResult(company, KeyResultId.of("grow"))).build()),
        Map.of(SALES, ACME));

    JsonNode tree = tree(AccountabilityView.of(plan, Scorer.of(ScoringProfile.google()),
        LocalDate.of(2026, 3, 1), AccountabilityPolicy.defaults()));

    JsonNode adaView = named(tree.get("people"), "person", "ada");
    assertEquals(List.of("team"), strings(adaView.get("contributedObjectives")));
    assertEquals(List.of("team/t1"), targets(adaView.get("contributedKeyResults")));
    JsonNode bobView = named(tree.get("people"), "person", "bob");
    JsonNode risk = bobView.get("risks").get(0);
    assertEquals("t1", risk.get("keyResult").asString());
    assertDecimal("0.2", risk.get("actual"));
    assertDecimal("0.2", risk.get("confidence"));
    assertEquals("2026-02-01", risk.get("confidenceDate").asString());
    JsonNode coverage = named(tree.get("units"), "unit", "sales").get("parentCoverage");
    assertEquals("acme", coverage.get("parentUnit").asString());
    assertEquals(List.of("company/keep"), targets(coverage.get("unsupported")));
  }

  /**
   * A key result drawn from a KPI names it: leads has a reading of 20 on 2026-02-28, so lead1
   * (0 to 40 leads, the latest reading) is at 20 of 40 as of the quarter's end.
   */
  @Test
  void aRetrospectiveKeyResultDrawnFromAKpiNamesIt() {
    Kpi leads = Kpi.builder().id(KpiId.of("leads")).name("Qualified leads").unit("leads")
        .owner(PersonId.of("dana")).healthTarget(HealthTarget.stayAtOrAbove(10))
        .addReadings(KpiReading.of(LocalDate.of(2026, 2, 28), 20)).build();
    KeyResult lead1 = KeyResult.builder().id(KeyResultId.of("lead1")).title("KR lead1")
        .owner(PersonId.of("bob")).measure(Metric.of(0, 40, "leads"))
        .kpi(KpiLink.of(KpiId.of("leads"), KpiAggregation.LATEST)).build();
    Plan plan = Plan.of(List.of(objective("growth", Level.COMPANY, Q1).addKeyResults(lead1)
        .build()), List.of(leads), Map.of());

    JsonNode keyResult = tree(Retrospective.of(plan, Q1,
        Scorer.of(ScoringProfile.google()).withKpisOf(plan), QUARTER_END))
        .get("objectives").get(0).get("keyResults").get(0);

    assertEquals("lead1", keyResult.get("keyResultId").asString());
    assertEquals("leads", keyResult.get("kpi").asString());
  }

  private static Retrospective retrospective() {
    ObjectiveId company = ObjectiveId.of("company");
    KeyResult grow = KeyResult.builder().id(KeyResultId.of("grow")).title("KR grow")
        .owner(PersonId.of("bob")).measure(Metric.of(0, 500, "deals"))
        .addCheckIns(CheckIn.of(LocalDate.of(2026, 1, 11), 10),
            CheckIn.of(LocalDate.of(2026, 1, 21), 20))
        .addAdjustments(Adjustment.of(LocalDate.of(2026, 2, 1), Metric.of(0, 520, "deals"),
            "more deals"))
        .build();
    KeyResult h1 = KeyResult.builder().id(KeyResultId.of("h1")).title("KR h1")
        .owner(PersonId.of("bob")).measure(Metric.of(0, 10, "deals"))
        .addCheckIns(CheckIn.builder().from(CheckIn.of(LocalDate.of(2026, 3, 15), 5))
            .confidence(Confidence.HIGH).build())
        .build();
    List<org.okrkit.core.Objective> objectives = new ArrayList<>();
    objectives.add(objective("company", Level.COMPANY, YEAR).orgUnit(ACME)
        .addKeyResults(grow,
            metric("reach", 10, CheckIn.of(LocalDate.of(2026, 1, 11), 5),
                CheckIn.of(LocalDate.of(2026, 1, 21), 10)),
            metric("none", 10))
        .build());
    objectives.add(objective("safe", Level.TEAM, Q1)
        .addKeyResults(metric("s1", 10, CheckIn.of(LocalDate.of(2026, 3, 15), 10)))
        .addAlignments(Alignment.toKeyResult(company, KeyResultId.of("grow"))).build());
    objectives.add(objective("low", Level.TEAM, Q1)
        .addKeyResults(metric("l1", 10, CheckIn.of(LocalDate.of(2026, 3, 15), 2)))
        .addAlignments(Alignment.toObjective(company)).build());
    objectives.add(objective("done", Level.TEAM, Q1).commitment(Commitment.COMMITTED)
        .addKeyResults(metric("d1", 10, CheckIn.of(LocalDate.of(2026, 3, 15), 10)))
        .addAlignments(Alignment.toObjective(company)).build());
    objectives.add(objective("short", Level.TEAM, Q1).commitment(Commitment.COMMITTED)
        .addKeyResults(h1).addAlignments(Alignment.toObjective(company)).build());
    return Retrospective.of(Plan.of(objectives), Q1, Scorer.of(ScoringProfile.google()),
        QUARTER_END);
  }

  private static KeyResult metric(String id, int target, CheckIn... checkIns) {
    return KeyResult.builder().id(KeyResultId.of(id)).title("KR " + id)
        .owner(PersonId.of("bob")).measure(Metric.of(0, target, "deals"))
        .addCheckIns(checkIns).build();
  }

  private static JsonNode tree(Object value) {
    return JSON.mapper().readTree(JSON.write(value));
  }

  private static Map<String, String> fields(Object value) {
    Map<String, String> fields = new java.util.TreeMap<>();
    tree(value).properties().forEach(entry -> fields.put(entry.getKey(),
        entry.getValue().asString()));
    return fields;
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(element -> strings.add(element.asString()));
    return strings;
  }

  /** Alignment targets as {@code objective/keyResult}. */
  private static List<String> targets(JsonNode array) {
    List<String> targets = new ArrayList<>();
    array.forEach(target -> targets.add(
        target.get("objective").asString() + "/" + target.get("keyResult").asString()));
    return targets;
  }

  private static JsonNode objectiveNamed(JsonNode objectives, String id) {
    return named(objectives, "objectiveId", id);
  }

  private static JsonNode named(JsonNode array, String field, String value) {
    for (JsonNode element : array) {
      if (element.get(field).asString().equals(value)) {
        return element;
      }
    }
    throw new AssertionError("no " + field + " " + value + " in " + array);
  }

  private static void assertDecimal(String expected, JsonNode actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual.asString())),
        () -> "expected " + expected + ", was " + actual);
  }
}
