package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentIndex;
import org.okrkit.alignment.AlignmentValidator;
import org.okrkit.alignment.Cascade;
import org.okrkit.alignment.RollUp;
import org.okrkit.alignment.RollUpPolicy;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.scoring.MissingValues;
import org.okrkit.scoring.ScoringProfile;
import org.okrkit.scoring.Scorer;

/**
 * The JSON of okr-alignment's results for small plans, compared byte for byte with golden
 * documents. The documents hold no score: the writers of okr-scoring's values are checked by their
 * own golden documents, and a score nested here is written by them (see {@link
 * AlignmentWritersTest}).
 */
class AlignmentGoldenTest {

  static final Period YEAR = Period.calendarYear(2026);
  static final Period Q1 = Period.calendarQuarter(2026, 1);
  static final ObjectiveId COMPANY = ObjectiveId.of("company");

  /**
   * A report with violations of four rules and of all three severities. Worked out from the rules'
   * documentation: team-a and team-b each give company 0.6, 1.2 in all, over 1 (weight-overflow,
   * error, ids: the first child, the parent, the other children); team-d aligns to "gone", not in
   * the plan (dangling-parent, error, ids: child then missing parent); team-c, a team objective,
   * has no link (orphan, warning); company has children but none aligned to its key results c1 and
   * c2 (unsupported-parent-key-result, info, one each, with the key result). Errors come first,
   * then by plan position of the first id: team-a (1) before team-d (4). Every objective has 2 key
   * results, within the default 2 to 5, and its period within its parent's, so no other rule fires.
   * Counts: 2 errors, 1 warning, 2 infos; not valid.
   */
  @Test
  void validationReportWithViolationsOfSeveralRules() {
    Plan plan = Plan.of(List.of(
        objective("company", Level.COMPANY, YEAR).addKeyResults(keyResult("c1"), keyResult("c2"))
            .build(),
        objective("team-a", Level.TEAM, Q1).addKeyResults(keyResult("a1"), keyResult("a2"))
            .addAlignments(Alignment.toObjective(COMPANY, 0.6)).build(),
        objective("team-b", Level.TEAM, Q1).addKeyResults(keyResult("b1"), keyResult("b2"))
            .addAlignments(Alignment.toObjective(COMPANY, 0.6)).build(),
        objective("team-c", Level.TEAM, YEAR).addKeyResults(keyResult("d1"), keyResult("d2"))
            .build(),
        objective("team-d", Level.TEAM, Q1).addKeyResults(keyResult("e1"), keyResult("e2"))
            .addAlignments(Alignment.toObjective(ObjectiveId.of("gone"))).build()));

    assertGolden("alignment-validation-report.json",
        OkrJson.json().write(AlignmentValidator.standard().validate(plan)));
  }

  /**
   * A roll-up of a plan that nothing has been checked in to, under a profile that skips unscored
   * key results: no score, no progress anywhere, so the document holds the structure only (each
   * objective's policy, its key results with the number of children aligned to them, and the
   * explanation's inputs in order). team-a aligns to company's key result grow, so grow has 1 child
   * and company's explanation lists the child first with "progress none". The policy is blended
   * 0.3 for the plan and children-only for team-a by override.
   */
  @Test
  void rollUpOfAPlanNotScoredYet() {
    Plan plan = Plan.of(List.of(
        objective("company", Level.COMPANY, YEAR).addKeyResults(keyResult("grow")).build(),
        objective("team-a", Level.TEAM, Q1).addKeyResults(keyResult("a1"))
            .addAlignments(Alignment.toKeyResult(COMPANY, KeyResultId.of("grow"), 0.5)).build()));
    Scorer skipping = Scorer.of(ScoringProfile.builder().from(ScoringProfile.google())
        .name("skipping").missingValues(MissingValues.SKIP).build());

    assertGolden("alignment-roll-up.json", OkrJson.json().write(RollUp.of(
        AlignmentIndex.of(plan), skipping, LocalDate.of(2026, 2, 1),
        RollUpPolicy.blended(new BigDecimal("0.3")),
        java.util.Map.of(ObjectiveId.of("team-a"), RollUpPolicy.childrenOnly()))));
  }

  /**
   * Coverage: of the three objectives below company, team-a and team-b are aligned (2 of 3,
   * 0.6667 rounded half-even to 4 places); company's key result grow is supported by team-a
   * (company level 1 of 1), no team key result is (team level 0 of 3); the unsupported key results
   * in plan order; no unit, so no "objectivesByUnit". Levels with no key result count 0 of 0 and
   * have no "value".
   */
  @Test
  void coverageOfASmallPlan() {
    Plan plan = Plan.of(List.of(
        objective("company", Level.COMPANY, YEAR).addKeyResults(keyResult("grow")).build(),
        objective("team-a", Level.TEAM, Q1).addKeyResults(keyResult("a1"))
            .addAlignments(Alignment.toKeyResult(COMPANY, KeyResultId.of("grow"))).build(),
        objective("team-b", Level.TEAM, Q1).addKeyResults(keyResult("b1"))
            .addAlignments(Alignment.toObjective(COMPANY)).build(),
        objective("team-c", Level.TEAM, Q1).addKeyResults(keyResult("c1")).build()));

    assertGolden("alignment-coverage.json", OkrJson.json().write(Cascade.of(plan).coverage()));
  }

  static Objective.Builder objective(String id, Level level, Period period) {
    return Objective.builder().id(ObjectiveId.of(id)).title("Title " + id).level(level)
        .owner(PersonId.of("ada")).period(period).commitment(Commitment.ASPIRATIONAL)
        .addLifecycleEvents(LifecycleEvent.activated(LocalDate.of(2026, 1, 1)));
  }

  /** A key result from 0 to 10 deals, so a check-in of n deals is progress n / 10. */
  static KeyResult keyResult(String id, CheckIn... checkIns) {
    return KeyResult.builder().id(KeyResultId.of(id)).title("KR " + id)
        .owner(PersonId.of("bob")).measure(Metric.of(0, 10, "deals"))
        .addCheckIns(checkIns).build();
  }

  static void assertGolden(String name, String actual) {
    assertEquals(golden(name), actual, "golden/" + name);
  }

  static String golden(String name) {
    try (InputStream in = Objects.requireNonNull(
        AlignmentGoldenTest.class.getResourceAsStream("/golden/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
