package org.okrkit.json;

import static org.okrkit.json.AlignmentGoldenTest.Q1;
import static org.okrkit.json.AlignmentGoldenTest.YEAR;
import static org.okrkit.json.AlignmentGoldenTest.assertGolden;
import static org.okrkit.json.AlignmentGoldenTest.keyResult;
import static org.okrkit.json.AlignmentGoldenTest.objective;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Adjustment;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Metric;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.review.AccountabilityPolicy;
import org.okrkit.review.AccountabilityView;
import org.okrkit.review.CheckInCadence;
import org.okrkit.review.Retrospective;
import org.okrkit.scoring.MissingValues;
import org.okrkit.scoring.ScoringProfile;
import org.okrkit.scoring.Scorer;

/**
 * The JSON of okr-review's results for small plans, compared byte for byte with golden documents.
 * Neither holds a score (see {@link AlignmentGoldenTest}): the accountability view has none, and
 * the retrospective is of a quarter nobody has checked in to, under a profile that skips unscored
 * key results, with no annual objective (whose key results would carry forecasts).
 */
class ReviewGoldenTest {

  static final OrgUnitId ACME = OrgUnitId.of("acme");
  static final OrgUnitId SALES = OrgUnitId.of("sales");

  /**
   * ada owns company (the year, unit acme), team-a and team-c (the quarter, unit sales, below
   * acme); bob owns every key result; cy coaches team-a. As of 2026-03-01 the quarter is 60 of its
   * 90 days gone (expected progress 0.6666666667, 10 places), the year 60 of 365. a1 has 4 of 10
   * deals (0.4, 0.27 behind: at risk, more than 0.25 behind, not more than 0.5); grow and c1 have
   * no check-in, so their pace is not scored and they are no risk. acme's key result grow is
   * supported from sales (team-a aligns to it): sales covers 1 of 1, 1.0000. With a
   * fortnightly cadence, grow and c1 were last possible to check in on the activation, 2026-01-01,
   * 59 days before; a1 on its check-in, 2026-02-01, 28 days before: all three overdue. With a limit
   * of 1 objective per owner and period, ada's two quarter objectives overload her. ada answers for
   * the risks and overdue check-ins of the objectives she owns, bob for the key results he owns.
   * Units in tree order: acme, then sales below it; acme's totals add up sales's.
   */
  @Test
  void accountabilityView() {
    ObjectiveId company = ObjectiveId.of("company");
    Plan plan = Plan.of(List.of(
        objective("company", Level.COMPANY, YEAR).orgUnit(ACME).addKeyResults(keyResult("grow"))
            .build(),
        objective("team-a", Level.TEAM, Q1).orgUnit(SALES).coach(PersonId.of("cy"))
            .addKeyResults(keyResult("a1", CheckIn.of(LocalDate.of(2026, 2, 1), 4)))
            .addAlignments(Alignment.toKeyResult(company, KeyResultId.of("grow"))).build(),
        objective("team-c", Level.TEAM, Q1).orgUnit(SALES).addKeyResults(keyResult("c1"))
            .addAlignments(Alignment.toObjective(company)).build()),
        Map.of(SALES, ACME));
    AccountabilityPolicy policy = AccountabilityPolicy.defaults()
        .withCadence(CheckInCadence.fortnightly()).withMaxObjectivesPerOwner(1);

    assertGolden("review-accountability-view.json", OkrJson.json().write(AccountabilityView.of(
        plan, Scorer.of(ScoringProfile.google()), LocalDate.of(2026, 3, 1), policy)));
  }

  /**
   * A quarter's retrospective as of its last day, 2026-03-31. company-q1's key result grow was
   * adjusted on 2026-02-01 from a target of 10 to 8; team-a supports grow; team-b, owned by cy,
   * aligns to nothing. Nothing is checked in, so nothing is scored: every objective's judgement
   * and every key result's pace are "not scored", no target is reached (0 of 3), every key result
   * is never checked in (question 3), and the expected progress is 1 (the whole period gone).
   * Question 1 finds the objectives with fewer than 2 key results (all three, in plan order) and
   * team-b's missing link (orphan); question 4 counts no annual key result and 3 objectives of the
   * period, none aligned to an annual objective (there is none); question 5 has nothing to
   * forecast; question 6 lists grow's adjustment of the period. The scope is the whole plan, an
   * empty object; the policy is the retrospective's default, blended 0.5.
   */
  @Test
  void retrospectiveOfAQuarter() {
    KeyResult grow = KeyResult.builder().id(KeyResultId.of("grow")).title("KR grow")
        .owner(PersonId.of("bob")).measure(Metric.of(0, 10, "deals"))
        .addAdjustments(Adjustment.of(LocalDate.of(2026, 2, 1), Metric.of(0, 8, "deals"),
            "market shrank"))
        .build();
    Plan plan = Plan.of(List.of(
        objective("company-q1", Level.COMPANY, Q1).orgUnit(ACME).addKeyResults(grow).build(),
        objective("team-a", Level.TEAM, Q1).addKeyResults(keyResult("a1"))
            .addAlignments(Alignment.toKeyResult(ObjectiveId.of("company-q1"),
                KeyResultId.of("grow"))).build(),
        objective("team-b", Level.TEAM, Q1).owner(PersonId.of("cy"))
            .addKeyResults(keyResult("b1")).build()));
    Scorer skipping = Scorer.of(ScoringProfile.builder().from(ScoringProfile.google())
        .name("skipping").missingValues(MissingValues.SKIP).build());

    assertGolden("review-retrospective.json", OkrJson.json().write(
        Retrospective.of(plan, Q1, skipping, LocalDate.of(2026, 3, 31))));
  }
}
