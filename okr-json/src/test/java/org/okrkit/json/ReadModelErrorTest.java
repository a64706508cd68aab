package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.okrkit.core.Adjustment;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.ChecklistItem;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiLink;
import org.okrkit.core.KpiReading;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.OkrException;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.json.ReadErrorPathTest.Documents;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rules of the OKR model, enforced by okrkit's factories and builders while a document is read,
 * each broken once in the valid document: the error is an {@link OkrJsonException} at the exact
 * path of the offending value, with the factory's value and rule.
 */
class ReadModelErrorTest {

  private static final String KR0 = "/objectives/0/keyResults/0";

  @Test
  void aBlankTitle() {
    Documents.assertRefusedInBoth(root -> Documents.object(root, "/objectives/0").put("title", " "),
        "$.objectives[0].title", "\" \"", "");
  }

  @Test
  void aTitleLongerThan4000Characters() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, KR0).put("title", "t".repeat(4001)),
        "$.objectives[0].keyResults[0].title", "\"tttttttttttttttttttt\"... (4001 characters)",
        "must have at most 4000 characters");
  }

  @Test
  void aBadObjectiveId() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/1").put("id", " grow"),
        "$.objectives[1].id", "\" grow\"", "must not start or end with white space");
  }

  @Test
  void aBadPersonId() {
    Documents.assertRefusedInBoth(root -> Documents.object(root, KR0).put("owner", ""),
        "$.objectives[0].keyResults[0].owner", "\"\"", "");
  }

  @Test
  void aDuplicateObjectiveIdIsReportedAtTheSecond() {
    Documents.assertRefusedInBoth(root -> {
      Documents.object(root, "/objectives/1").put("id", "grow").remove("alignments");
      Documents.object(root, "/objectives/1").remove("dependsOn");
    }, "$.objectives[1].id", "grow", "appears more than once");
  }

  @Test
  void aDuplicateKpiIdIsReportedAtTheSecond() {
    Documents.assertRefusedInBoth(root -> Documents.object(root, "/kpis/1").put("id", "nps"),
        "$.kpis[1].id", "nps", "appears more than once");
  }

  @Test
  void aDuplicateKeyResultIdIsReportedAtTheSecond() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0/keyResults/2").put("id", "revenue"),
        "$.objectives[0].keyResults[2].id", "revenue", "appears more than once");
  }

  @Test
  void aWeightThatIsNotPositive() {
    Documents.assertRefusedInBoth(root -> Documents.object(root, KR0).put("weight", "0"),
        "$.objectives[0].keyResults[0].weight", "0", "must be positive");
  }

  @Test
  void aNegativeAlignmentWeight() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/1/alignments/0").put("weight", "-1"),
        "$.objectives[1].alignments[0].weight", "-1", "must be above 0 and at most 1");
  }

  @Test
  void aMetricWhoseStartIsItsTarget() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, KR0 + "/measure").put("target", "100.0"),
        "$.objectives[0].keyResults[0].measure.target", "100", "must differ from start 100");
  }

  @Test
  void aBandWhoseLowerEndIsNotBelowItsUpper() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0/keyResults/2/measure").put("lower", "200"),
        "$.objectives[0].keyResults[2].measure.upper", "200", "must be above lower 200");
  }

  @Test
  void anEmptyChecklist() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0/keyResults/3/measure").putArray("items"),
        "$.objectives[0].keyResults[3].measure.items", "[]", "at least one item");
  }

  @Test
  void aDuplicateChecklistItemIsReportedAtTheSecond() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0/keyResults/3/measure/items/1")
            .put("name", "design"),
        "$.objectives[0].keyResults[3].measure.items[1].name", "design", "appears more than once");
  }

  @Test
  void aCheckInBeforeTheActivation() {
    // activated on 2026-01-05
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, KR0 + "/checkIns/0").put("date", "2026-01-02"),
        "$.objectives[0].keyResults[0].checkIns[0].date", "2026-01-02", "must be dated from");
  }

  @Test
  void aCheckInAfterThePeriod() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, KR0 + "/checkIns/1").put("date", "2026-06-30"),
        "$.objectives[0].keyResults[0].checkIns[1].date", "2026-06-30", "must be dated from");
  }

  @Test
  void aCheckInOfADraftObjective() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0").remove("lifecycleEvents"),
        "$.objectives[0].keyResults[0].checkIns[0].date", "2026-01-15", "to have been activated");
  }

  @Test
  void aCheckInValueOfTheWrongShapeForItsMeasure() {
    // the milestone key result checked in with a number
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0/keyResults/4/checkIns/0").put("value", "5"),
        "$.objectives[0].keyResults[4].checkIns[0].value", "5", "does not fit the measure");
  }

  @Test
  void aChecklistCheckInNamingAnItemTheChecklistLacks() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0/keyResults/3/checkIns/0").putArray("value")
            .add("paint"),
        "$.objectives[0].keyResults[3].checkIns[0].value", "done[paint]",
        "does not fit the measure");
  }

  @Test
  void checkInsAndReadingsOutOfDateOrderAreReadInDateOrder() {
    // the model keeps history sorted by date: a document listing it in another order is the
    // same plan, not an error
    ObjectNode reordered = Documents.edited(root -> {
      Documents.object(root, KR0 + "/checkIns/1").put("date", "2026-01-10");
      Documents.object(root, "/kpis/0/readings/1").put("date", "2026-01-05");
    });

    Plan plan = OkrJson.json().readPlan(Documents.json(reordered));

    assertEquals("2026-01-10",
        plan.objectives().get(0).keyResults().get(0).checkIns().get(0).date().toString());
    assertEquals("2026-01-05", plan.kpis().get(0).readings().get(0).date().toString());
  }

  @Test
  void twoCheckInsOnOneDate() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, KR0 + "/checkIns/1").put("date", "2026-01-15"),
        "$.objectives[0].keyResults[0].checkIns[1].date", "2026-01-15", "one check-in per date");
  }

  @Test
  void anAdjustmentOutsideTheWindow() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, KR0 + "/adjustments/0").put("date", "2025-12-01"),
        "$.objectives[0].keyResults[0].adjustments[0].date", "2025-12-01", "must be dated from");
  }

  @Test
  void anAdjustmentToAMeasureOfAnotherKindThanTheKpiFeeds() {
    // key result 0 is drawn from KPI nps, so its measures must be numeric
    Documents.assertRefusedInBoth(root -> {
      ObjectNode measure = Documents.object(root, KR0 + "/adjustments/0").putObject("measure");
      measure.put("kind", "milestone");
    }, "$.objectives[0].keyResults[0].adjustments[0].measure", "milestone", "must be numeric");
  }

  @Test
  void anAdjustmentToAMeasureTheLaterCheckInsDoNotFit() {
    Documents.assertRefusedInBoth(root -> {
      Documents.object(root, KR0).remove("kpi");
      Documents.object(root, KR0 + "/adjustments/0").putObject("measure").put("kind", "milestone");
    }, "$.objectives[0].keyResults[0].checkIns[1].value", "120", "does not fit the measure");
  }

  @Test
  void anAdjustmentThatChangesNothing() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, KR0 + "/adjustments/0/measure").put("target", "150"),
        "$.objectives[0].keyResults[0].adjustments[0].measure", "metric 100 -> 150 kEUR",
        "must change something");
  }

  @Test
  void anActivatedObjectiveWithoutKeyResults() {
    Documents.assertRefusedInBoth(root -> {
      Documents.object(root, "/objectives/0").remove("keyResults");
      Documents.object(root, "/objectives/1").remove("alignments");
    }, "$.objectives[0].keyResults", "[]", "needs at least one key result");
  }

  @Test
  void aLifecycleGoingBackwardsIsReportedAtTheEvent() {
    Documents.assertRefusedInBoth(root -> {
      Documents.object(root, "/objectives/0").withArray("lifecycleEvents").addObject()
          .put("date", "2026-03-31").put("status", "closed").put("note", "done");
      Documents.object(root, "/objectives/0").withArray("lifecycleEvents").addObject()
          .put("date", "2026-03-31").put("status", "active");
    }, "$.objectives[0].lifecycleEvents[2]", "2026-03-31 ACTIVE",
        "cannot go from CLOSED to ACTIVE");
  }

  @Test
  void aLifecycleEventDatedBeforeThePrevious() {
    Documents.assertRefusedInBoth(root -> Documents.object(root, "/objectives/0")
            .withArray("lifecycleEvents").addObject().put("date", "2026-01-01")
            .put("status", "cancelled").put("note", "stopped"),
        "$.objectives[0].lifecycleEvents[1]", "2026-01-01 CANCELLED: stopped",
        "is dated before the previous transition");
  }

  @Test
  void aLoopOfUnits() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/parentUnits").put("company", "team-a"),
        "$.parentUnits", "team-a -> dept-x -> company -> team-a", "the units form a loop");
  }

  @Test
  void aConfidenceAboveOne() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, KR0 + "/checkIns/0").put("confidence", "1.5"),
        "$.objectives[0].keyResults[0].checkIns[0].confidence", "1.5", "must be from 0 to 1");
  }

  @Test
  void twoKpiReadingsOnOneDate() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/kpis/0/readings/1").put("date", "2026-01-10"),
        "$.kpis[0].readings[1].date", "2026-01-10", "already has a reading on that date");
  }

  @Test
  void aContributorWhoIsTheOwner() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0").putArray("contributors").add("ana"),
        "$.objectives[0].contributors", "ana", "is the owner");
  }

  @Test
  void aCoachWhoIsTheOwner() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0").put("coach", "ana"),
        "$.objectives[0].coach", "ana", "is the owner");
  }

  @Test
  void aDecimalBeyondOkrkitsRange() {
    // 65 digits before the decimal point, one more than okrkit's 64
    String huge = "1" + "0".repeat(64);
    Documents.assertRefusedInBoth(root -> Documents.object(root, KR0 + "/measure").put("target",
        huge), "$.objectives[0].keyResults[0].measure.target", huge,
        "must have at most 64 digits before and 32 after the decimal point");
  }

  @Test
  void aDecimalWithTooManyFractionDigits() {
    String fine = "0." + "0".repeat(32) + "1";
    Documents.assertRefusedInBoth(root -> Documents.object(root, KR0).put("weight", fine),
        "$.objectives[0].keyResults[0].weight", "1E-33", "32 after the decimal point");
  }

  @Test
  void aPeriodEndingBeforeItStarts() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0/period").put("end", "2025-12-31"),
        "$.objectives[0].period.end", "2025-12-31", "");
  }

  static Stream<Arguments> partTypes() {
    return Stream.of(
        Arguments.of(Objective.class, "{\"id\": \"o\", \"title\": []}", "$.title"),
        Arguments.of(KeyResult.class, "{\"id\": \"k\", \"title\": \"t\", \"owner\": \"p\"}",
            "$.measure"),
        Arguments.of(Measure.class, "{\"kind\": \"band\", \"lower\": \"2\", \"upper\": \"1\","
            + " \"unit\": \"u\"}", "$.upper"),
        Arguments.of(ChecklistItem.class, "{\"name\": \"a\", \"weight\": \"-1\"}", "$.weight"),
        Arguments.of(KpiLink.class, "{\"kpiId\": \"k\", \"aggregation\": \"max\"}",
            "$.aggregation"),
        Arguments.of(CheckIn.class, "{\"date\": \"2026-01-01\", \"value\": \"1\", "
            + "\"confidence\": \"2\"}", "$.confidence"),
        Arguments.of(CheckInValue.class, "[\"a\", {}]", "$[1]"),
        Arguments.of(Adjustment.class, "{\"date\": \"2026-01-01\", \"measure\": "
            + "{\"kind\": \"milestone\"}, \"reason\": \" \"}", "$.reason"),
        Arguments.of(Alignment.class, "{\"parentObjective\": \"o\", \"weight\": \"0\"}",
            "$.weight"),
        Arguments.of(LifecycleEvent.class, "{\"date\": \"2026-01-01\", \"status\": \"closed\"}",
            "$.note"),
        Arguments.of(Period.class, "{\"start\": \"2026-01-01\", \"end\": \"2026-01-01\","
            + " \"kind\": \"year\"}", "$.end"),
        Arguments.of(Kpi.class, "{\"id\": \"k\", \"name\": \"n\", \"unit\": \"u\","
            + " \"owner\": \"p\", \"healthTarget\": {\"kind\": \"increase_to\"}}",
            "$.healthTarget.value"),
        Arguments.of(HealthTarget.class, "{\"kind\": \"stay_within_band\", \"value\": \"3\","
            + " \"upper\": \"3\"}", "$.upper"),
        Arguments.of(KpiReading.class, "{\"date\": \"2026-13-01\", \"value\": \"1\"}", "$.date"),
        Arguments.of(Plan.class, "{\"formatVersion\": 1, \"objectives\": [{}]}",
            "$.objectives[0].id"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("partTypes")
  void eachPartTypeReportsPathsFromTheRoot(Class<?> type, String document, String path) {
    OkrJsonException json = assertThrows(OkrJsonException.class,
        () -> OkrJson.json().read(document, type));
    OkrJsonException yaml = assertThrows(OkrJsonException.class,
        () -> OkrJson.yaml().read(document, type));

    assertEquals(path, json.path(), json::getMessage);
    assertEquals(path, yaml.path(), yaml::getMessage);
    assertEquals(json.getMessage(), yaml.getMessage());
  }

  @Test
  void everyReadablePartTypeIsCovered() {
    assertEquals(CoreValues.READERS.keySet(),
        partTypes().map(arguments -> arguments.get()[0]).collect(
            com.google.common.collect.ImmutableSet.toImmutableSet()));
  }

  @Test
  void aTypeOkrkitDoesNotReadIsRefusedNamingTheType() {
    OkrException error = assertThrows(OkrException.class,
        () -> OkrJson.json().read("{}", String.class));

    assertEquals("type", error.field());
    assertEquals("java.lang.String", error.rejectedValue());
    assertTrue(error.rule().startsWith("is not read by okrkit; it reads Plan, Objective"),
        error::getMessage);
  }
}
