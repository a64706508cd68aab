package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.okrkit.json.AlignmentGoldenTest.COMPANY;
import static org.okrkit.json.AlignmentGoldenTest.Q1;
import static org.okrkit.json.AlignmentGoldenTest.YEAR;
import static org.okrkit.json.AlignmentGoldenTest.keyResult;
import static org.okrkit.json.AlignmentGoldenTest.objective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentIndex;
import org.okrkit.alignment.Cascade;
import org.okrkit.alignment.RollUp;
import org.okrkit.alignment.RollUpPolicy;
import org.okrkit.alignment.RolledUpPlan;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Plan;
import org.okrkit.scoring.ScoringProfile;
import org.okrkit.scoring.Scorer;
import tools.jackson.databind.JsonNode;

/**
 * Fields of okr-alignment's results that the golden documents of {@link AlignmentGoldenTest}
 * leave out: a summed key result's value and score, and the coverage per unit.
 */
class AlignmentWritersMutationTest {

  private static final OkrJson JSON = OkrJson.json();

  /**
   * Under the summing policy company's key result grow (0 to 10 deals, no check-in of its own)
   * is scored on the sum of its children's values: team-a's a1 at 4 deals, so grow's summed value
   * is 4, its progress 4 / 10 = 0.4, and it has a score (written as the mapper writes scores) but
   * no own score.
   */
  @Test
  void aSummedKeyResultWritesItsSummedValueAndItsScore() {
    Plan plan = Plan.of(List.of(
        objective("company", Level.COMPANY, YEAR).addKeyResults(keyResult("grow")).build(),
        objective("team-a", Level.TEAM, Q1)
            .addKeyResults(keyResult("a1", CheckIn.of(LocalDate.of(2026, 2, 1), 4)))
            .addAlignments(Alignment.toKeyResult(COMPANY, KeyResultId.of("grow"))).build()));
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(plan), Scorer.of(ScoringProfile.google()),
        LocalDate.of(2026, 3, 1), RollUpPolicy.summing());

    JsonNode grow = JSON.mapper().readTree(JSON.write(rolled))
        .get("objectives").get(0).get("keyResults").get(0);

    assertEquals("grow", grow.get("keyResultId").asString());
    assertFalse(grow.has("ownScore"), "grow has no check-in of its own");
    assertEquals(1, grow.get("children").asInt());
    assertDecimal("4", grow.get("summedValue"));
    assertDecimal("0.4", grow.get("progress"));
    assertEquals(JSON.mapper().valueToTree(
        rolled.objective(COMPANY).keyResults().get(0).score().orElseThrow()), grow.get("score"));
  }

  /**
   * Objectives below the company level by unit: sales has team-s, aligned to company (1 of 1);
   * ops has team-o, aligned to nothing (0 of 1). The units are written sorted by name, ops before
   * sales, though sales comes first in the plan; company has no unit and is not counted.
   */
  @Test
  void theCoverageWritesTheObjectivesOfEachUnitSortedByUnit() {
    Plan plan = Plan.of(List.of(
        objective("company", Level.COMPANY, YEAR).addKeyResults(keyResult("grow")).build(),
        objective("team-s", Level.TEAM, Q1).orgUnit(OrgUnitId.of("sales"))
            .addKeyResults(keyResult("s1")).addAlignments(Alignment.toObjective(COMPANY)).build(),
        objective("team-o", Level.TEAM, Q1).orgUnit(OrgUnitId.of("ops"))
            .addKeyResults(keyResult("o1")).build()));

    JsonNode byUnit = JSON.mapper().readTree(JSON.write(Cascade.of(plan).coverage()))
        .get("objectivesByUnit");

    List<String> units = new ArrayList<>();
    byUnit.propertyNames().forEach(units::add);
    assertEquals(List.of("ops", "sales"), units);
    assertEquals(0, byUnit.get("ops").get("covered").asInt());
    assertEquals(1, byUnit.get("ops").get("total").asInt());
    assertDecimal("0", byUnit.get("ops").get("value"));
    assertEquals(1, byUnit.get("sales").get("covered").asInt());
    assertEquals(1, byUnit.get("sales").get("total").asInt());
    assertDecimal("1", byUnit.get("sales").get("value"));
  }

  private static void assertDecimal(String expected, JsonNode actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual.asString())),
        () -> "expected " + expected + ", was " + actual);
  }
}
