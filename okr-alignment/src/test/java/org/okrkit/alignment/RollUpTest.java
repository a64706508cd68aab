package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.alignment.RollUpFixtures.END;
import static org.okrkit.alignment.RollUpFixtures.dec;
import static org.okrkit.alignment.RollUpFixtures.id;
import static org.okrkit.alignment.RollUpFixtures.kr;
import static org.okrkit.alignment.RollUpFixtures.objective;
import static org.okrkit.alignment.RollUpFixtures.to;
import static org.okrkit.alignment.RollUpFixtures.toKr;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

class RollUpTest {

  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());

  /**
   * company (c1 at 4/10 = 0.4, c2 at 8/10 = 0.8: own (0.4 + 0.8) / 2 = 0.6)
   *   <- dept1 (weight 0.5; d1 at 2/10 = 0.2) <- team (weight 1; t1 at 10/10 = 1)
   *   <- dept2 (weight 0.5; e1 at 4/10 = 0.4).
   */
  private static final Plan CASCADE = Plan.of(List.of(
      objective("company", Level.COMPANY, List.of(kr("c1", "4"), kr("c2", "8"))),
      objective("dept1", Level.DEPARTMENT, List.of(kr("d1", "2")), to("company", "0.5")),
      objective("dept2", Level.DEPARTMENT, List.of(kr("e1", "4")), to("company", "0.5")),
      objective("team", Level.TEAM, List.of(kr("t1", "10")), to("dept1", "1"))));

  private static RolledUpPlan rollUp(Plan plan, RollUpPolicy policy) {
    return RollUp.of(AlignmentIndex.of(plan), GOOGLE, END, policy);
  }

  private static BigDecimal progress(RolledUpPlan rolled, String objective) {
    return rolled.progress(id(objective)).orElseThrow();
  }

  @Test
  void ownOnly_isTheOwnScore() {
    RolledUpPlan rolled = rollUp(CASCADE, RollUpPolicy.ownOnly());
    // company: (0.4 + 0.8) / 2 = 0.6, its children ignored; dept1 0.2 although team is at 1
    assertEquals(0, dec("0.6").compareTo(progress(rolled, "company")));
    assertEquals(0, dec("0.2").compareTo(progress(rolled, "dept1")));
    assertEquals(dec("0.6"),
        rolled.objective(id("company")).score().orElseThrow().value());
  }

  @Test
  void childrenOnly_isTheLinkWeightedMeanOfTheChildren() {
    RolledUpPlan rolled = rollUp(CASCADE, RollUpPolicy.childrenOnly());
    // team has no children: its own 1. dept1 = (1 × 1) / 1 = 1, replacing its own 0.2.
    // dept2 has no children: its own 0.4. company = (0.5 × 1 + 0.5 × 0.4) / (0.5 + 0.5) = 0.7
    assertEquals(0, BigDecimal.ONE.compareTo(progress(rolled, "team")));
    assertEquals(0, BigDecimal.ONE.compareTo(progress(rolled, "dept1")));
    assertEquals(0, dec("0.4").compareTo(progress(rolled, "dept2")));
    assertEquals(0, dec("0.7").compareTo(progress(rolled, "company")));
  }

  @Test
  void blended_mixesOwnAndChildren() {
    RolledUpPlan rolled = rollUp(CASCADE, RollUpPolicy.blended(dec("0.5")));
    // dept1 = 0.2 × 0.5 + 1 × 0.5 = 0.6; dept2 = 0.4 (no children)
    // company: children (0.5 × 0.6 + 0.5 × 0.4) / 1 = 0.5; 0.6 × 0.5 + 0.5 × 0.5 = 0.55
    assertEquals(0, dec("0.6").compareTo(progress(rolled, "dept1")));
    assertEquals(0, dec("0.55").compareTo(progress(rolled, "company")));
    RolledUpObjective company = rolled.objective(id("company"));
    assertEquals(dec("0.55"), company.score().orElseThrow().value());
    assertEquals(dec("0.6"), company.ownScore().orElseThrow().value());
  }

  @Test
  void aChildAlignedToAKeyResult_countsInThatKeyResultOnly() {
    Plan plan = Plan.of(List.of(
        objective("company", Level.COMPANY, List.of(kr("c1", "4"), kr("c2", "8"))),
        objective("dept1", Level.DEPARTMENT, List.of(kr("d1", "2")), to("company", "0.5")),
        objective("dept2", Level.DEPARTMENT, List.of(kr("e1", "4")), to("company", "0.5")),
        objective("helper", Level.DEPARTMENT, List.of(kr("h1", "10")), toKr("company", "c1", "1"))));
    RolledUpPlan rolled = rollUp(plan, RollUpPolicy.blended(dec("0.5")));
    // c1 = 0.4 × 0.5 + 1 × 0.5 = 0.7; key results (0.7 + 0.8) / 2 = 0.75
    // whole-objective children (0.5 × 0.2 + 0.5 × 0.4) / 1 = 0.3 (helper is not among them)
    // company = 0.75 × 0.5 + 0.3 × 0.5 = 0.525
    assertEquals(0, dec("0.525").compareTo(progress(rolled, "company")));
    RolledUpObjective company = rolled.objective(id("company"));
    assertEquals(1, company.keyResults().get(0).children());
    assertEquals(dec("0.7"), company.keyResults().get(0).progress().orElseThrow());
    assertEquals(dec("0.8"), company.keyResults().get(1).progress().orElseThrow());
    String text = company.explanation().toString();
    assertTrue(text.contains("child helper -> company/c1 = weight 1, progress 1"), text);
    assertTrue(text.contains("child dept1 -> company = weight 0.5, progress 0.2"), text);
  }

  /** parent p1 "deals" metric 0 → 3; children a (a1 at 1 deal) and b (b1 at 3 deals) aligned to it. */
  private static Plan deals(String unitOfB) {
    return Plan.of(List.of(
        objective("parent", Level.COMPANY, List.of(kr("p1", "0", "3", "deals", null))),
        objective("a", Level.DEPARTMENT, List.of(kr("a1", "0", "2", "deals", "1")),
            toKr("parent", "p1", "0.5")),
        objective("b", Level.DEPARTMENT, List.of(kr("b1", "0", "5", unitOfB, "3")),
            toKr("parent", "p1", "0.5"))));
  }

  @Test
  void summing_scoresTheSumAgainstTheParentKeyResult() {
    RolledUpPlan quantive = RollUp.of(AlignmentIndex.of(deals("deals")),
        Scorer.of(ScoringProfile.quantive()), END, RollUpPolicy.summing());
    // 1 + 3 = 4 deals against 0 → 3: 4/3 = 1.3333 uncapped
    RolledUpObjective parent = quantive.objective(id("parent"));
    assertEquals(dec("1.3333"), parent.score().orElseThrow().value());
    assertEquals(dec("4"), parent.keyResults().get(0).summedValue().orElseThrow());
    assertEquals(dec("1.3333"), parent.keyResults().get(0).score().orElseThrow().value());
    // p1 has no check-in of its own, which counts as 0 in the own score
    assertEquals(0, BigDecimal.ZERO.compareTo(parent.ownScore().orElseThrow().value()));
    // under google the same 4/3 is capped at 1
    RolledUpPlan google = RollUp.of(AlignmentIndex.of(deals("deals")), GOOGLE, END,
        RollUpPolicy.summing());
    assertEquals(0, BigDecimal.ONE.compareTo(progress(google, "parent")));
  }

  @Test
  void summing_updatesIncrementallyAsAFullRollUpDoes() {
    Scorer quantive = Scorer.of(ScoringProfile.quantive());
    Plan plan = deals("deals");
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(plan), quantive, END, RollUpPolicy.summing());
    Objective b = plan.objective(id("b")).checkIn(org.okrkit.core.KeyResultId.of("b1"),
        CheckIn.of(java.time.LocalDate.of(2026, 3, 1), dec("5")));
    // 1 + 5 = 6 deals against 0 → 3: 2
    RolledUpPlan after = rolled.withObjective(b);
    assertEquals(0, dec("2").compareTo(progress(after, "parent")));
    assertEquals(progress(RollUp.of(AlignmentIndex.of(plan.with(b)), quantive, END,
        RollUpPolicy.summing()), "parent"), progress(after, "parent"));
  }

  @Test
  void summing_refusesMixedUnits() {
    OkrException e = assertThrows(OkrException.class, () -> RollUp.of(
        AlignmentIndex.of(deals("calls")), GOOGLE, END, RollUpPolicy.summing()));
    assertEquals("unit", e.field());
    assertTrue(e.getMessage().contains("calls") && e.getMessage().contains("\"deals\"")
        && e.getMessage().contains("objective b") && e.getMessage().contains("parent/p1"),
        e.getMessage());
  }

  @Test
  void summing_isMonotone_aChildNotScoredYetGivesItsStart() {
    // parent p1 "incidents" 20 → 5 (fewer is better); a1 20 → 5 not checked in, b1 20 → 5 at 3.
    // a1 gives its start 20 (no progress yet), b1 gives 3, each clamped at its start:
    // sum 23 against 20 → 5: (20 - 23) / 15 < 0, so 0.
    Plan before = Plan.of(List.of(
        objective("parent", Level.COMPANY, List.of(kr("p1", "20", "5", "incidents", null))),
        objective("a", Level.DEPARTMENT, List.of(kr("a1", "20", "5", "incidents", null)),
            toKr("parent", "p1", "0.5")),
        objective("b", Level.DEPARTMENT, List.of(kr("b1", "20", "5", "incidents", "3")),
            toKr("parent", "p1", "0.5"))));
    Scorer quantive = Scorer.of(ScoringProfile.quantive());
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(before), quantive, END,
        RollUpPolicy.summing());
    assertEquals(0, BigDecimal.ZERO.compareTo(progress(rolled, "parent")));
    // a checks in 16 (progress 4/15): sum 16 + 3 = 19: (20 - 19) / 15 = 1/15, higher, not lower
    Objective a = before.objective(id("a")).checkIn(org.okrkit.core.KeyResultId.of("a1"),
        CheckIn.of(java.time.LocalDate.of(2026, 3, 1), dec("16")));
    RolledUpPlan after = rolled.withObjective(a);
    assertEquals(0, dec("0.0667").compareTo(
        after.objective(id("parent")).score().orElseThrow().value()));
    assertEquals(after.objective(id("parent")), RollUp.of(AlignmentIndex.of(before.with(a)),
        quantive, END, RollUpPolicy.summing()).objective(id("parent")));
  }

  @Test
  void summing_addsOnlyTheChildsKeyResultsInTheParentsUnit() {
    // b has b1 at 3 deals and b2 at 7 calls: only the deals are summed into p1 (1 + 3 = 4)
    Plan plan = Plan.of(List.of(
        objective("parent", Level.COMPANY, List.of(kr("p1", "0", "3", "deals", null))),
        objective("a", Level.DEPARTMENT, List.of(kr("a1", "0", "2", "deals", "1")),
            toKr("parent", "p1", "0.5")),
        objective("b", Level.DEPARTMENT,
            List.of(kr("b1", "0", "5", "deals", "3"), kr("b2", "0", "9", "calls", "7")),
            toKr("parent", "p1", "0.5"))));
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(plan), Scorer.of(ScoringProfile.quantive()),
        END, RollUpPolicy.summing());
    assertEquals(dec("4"),
        rolled.objective(id("parent")).keyResults().get(0).summedValue().orElseThrow());
  }

  @Test
  void summing_incrementalSumsEqualAFullRecompute() {
    // a at 1.25 and b at 2.5 deals; then a reaches 2: 2 + 2.5 = 4.5, not 4.50
    Plan plan = Plan.of(List.of(
        objective("parent", Level.COMPANY, List.of(kr("p1", "0", "3", "deals", null))),
        objective("a", Level.DEPARTMENT, List.of(kr("a1", "0", "2", "deals", "1.25")),
            toKr("parent", "p1", "0.5")),
        objective("b", Level.DEPARTMENT, List.of(kr("b1", "0", "5", "deals", "2.5")),
            toKr("parent", "p1", "0.5"))));
    Scorer quantive = Scorer.of(ScoringProfile.quantive());
    Objective a = plan.objective(id("a")).checkIn(org.okrkit.core.KeyResultId.of("a1"),
        CheckIn.of(java.time.LocalDate.of(2026, 3, 1), dec("2")));
    RolledUpPlan incremental = RollUp.of(AlignmentIndex.of(plan), quantive, END,
        RollUpPolicy.summing()).withObjective(a);
    RolledUpPlan full = RollUp.of(AlignmentIndex.of(plan.with(a)), quantive, END,
        RollUpPolicy.summing());
    assertEquals(full.objective(id("parent")), incremental.objective(id("parent")));
    assertEquals(dec("4.5"),
        incremental.objective(id("parent")).keyResults().get(0).summedValue().orElseThrow());
  }

  @Test
  void aCancelledChild_givesItsParentNothing() {
    // dept2 (0.4) is cancelled: company's children are dept1 alone: 0.2 under children only
    Objective cancelled = CASCADE.objective(id("dept2")).cancel(END, "merged into dept1");
    Plan plan = CASCADE.with(cancelled);
    RolledUpPlan rolled = rollUp(plan, RollUpPolicy.childrenOnly());
    // team 1 -> dept1 = 1; company = (0.5 x 1) / 0.5 = 1
    assertEquals(0, BigDecimal.ONE.compareTo(progress(rolled, "company")));
    assertEquals(rolled.objective(id("company")),
        rollUp(CASCADE, RollUpPolicy.childrenOnly()).withObjective(cancelled)
            .objective(id("company")));
  }

  @Test
  void overridesApplyPerObjective() {
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(CASCADE), GOOGLE, END,
        RollUpPolicy.childrenOnly(), Map.of(id("dept1"), RollUpPolicy.ownOnly()));
    // dept1 own only: 0.2; company = (0.5 × 0.2 + 0.5 × 0.4) / 1 = 0.3
    assertEquals(0, dec("0.3").compareTo(progress(rolled, "company")));
    assertEquals(RollUpPolicy.ownOnly(), rolled.policyOf(id("dept1")));
    assertThrows(OkrException.class, () -> RollUp.of(AlignmentIndex.of(CASCADE), GOOGLE, END,
        RollUpPolicy.childrenOnly(), Map.of(id("ghost"), RollUpPolicy.ownOnly())));
  }

  @Test
  void aCheckIn_reRollsTheAncestors() {
    RolledUpPlan rolled = rollUp(CASCADE, RollUpPolicy.childrenOnly());
    Objective dept2 = CASCADE.objective(id("dept2"));
    Objective checkedIn = dept2.checkIn(org.okrkit.core.KeyResultId.of("e1"),
        CheckIn.of(java.time.LocalDate.of(2026, 3, 1), dec("8")));
    RolledUpPlan after = rolled.withObjective(checkedIn);
    // dept2 0.8; company = (0.5 × 1 + 0.5 × 0.8) / 1 = 0.9; the old roll-up still says 0.7
    assertEquals(0, dec("0.9").compareTo(progress(after, "company")));
    assertEquals(0, dec("0.7").compareTo(progress(rolled, "company")));
    assertEquals(checkedIn, after.version(id("dept2")));
  }

  @Test
  void aChangedShape_isRefused() {
    RolledUpPlan rolled = rollUp(CASCADE, RollUpPolicy.childrenOnly());
    Objective moved = objective("dept2", Level.DEPARTMENT, List.of(kr("e1", "4")),
        to("company", "0.25"));
    assertThrows(OkrException.class, () -> rolled.withObjective(moved));
    Objective ghost = objective("ghost", Level.TEAM, List.of(kr("g1", "1")));
    assertThrows(OkrException.class, () -> rolled.withObjective(ghost));
  }

  @Test
  void cyclesAndDanglingLinks_areRefused() {
    Plan cycle = Plan.of(List.of(
        objective("x", Level.TEAM, List.of(kr("x1", "1")), to("y", "1")),
        objective("y", Level.TEAM, List.of(kr("y1", "1")), to("x", "1"))));
    OkrException e = assertThrows(OkrException.class,
        () -> rollUp(cycle, RollUpPolicy.childrenOnly()));
    assertTrue(e.getMessage().contains("x, y") && e.getMessage().contains("validate"),
        e.getMessage());
    Plan dangling = Plan.of(List.of(
        objective("x", Level.TEAM, List.of(kr("x1", "1")), to("ghost", "1"))));
    e = assertThrows(OkrException.class, () -> rollUp(dangling, RollUpPolicy.childrenOnly()));
    assertTrue(e.getMessage().contains("ghost") && e.getMessage().contains("validate"),
        e.getMessage());
  }

  @Test
  void policies_rejectBadShares() {
    assertThrows(OkrException.class, () -> RollUpPolicy.blended(dec("1.5")));
    assertThrows(OkrException.class, () -> RollUpPolicy.blended(dec("-0.1")));
    assertThrows(OkrException.class, () -> RollUpPolicy.ownOnly().withSummedKeyResults());
    assertEquals("blended 0.3, summing key results",
        RollUpPolicy.blended(dec("0.30")).withSummedKeyResults().toString());
  }
}
