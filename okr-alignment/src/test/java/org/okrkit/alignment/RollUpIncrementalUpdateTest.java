package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.alignment.RollUpFixtures.END;
import static org.okrkit.alignment.RollUpFixtures.dec;
import static org.okrkit.alignment.RollUpFixtures.id;
import static org.okrkit.alignment.RollUpFixtures.kr;
import static org.okrkit.alignment.RollUpFixtures.objective;
import static org.okrkit.alignment.RollUpFixtures.to;
import static org.okrkit.alignment.RollUpFixtures.toKr;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/**
 * {@link RolledUpPlan#withObjective(Objective)}: it refuses a new version of another shape, and
 * otherwise equals rolling up the changed plan, refusals of summing included.
 */
class RollUpIncrementalUpdateTest {

  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());
  private static final Scorer QUANTIVE = Scorer.of(ScoringProfile.quantive());

  /** company (c1 at 0.4) <- dept (weight 1; d1 at 0.2, d2 at 0.6). */
  private static final Plan PLAN = Plan.of(List.of(
      objective("company", Level.COMPANY, List.of(kr("c1", "4"))),
      objective("dept", Level.DEPARTMENT, List.of(kr("d1", "2"), kr("d2", "6")),
          to("company", "1"))));

  private static void assertRefusedForOtherKeyResults(Objective changed) {
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(PLAN), GOOGLE, END,
        RollUpPolicy.childrenOnly());
    OkrException e = assertThrows(OkrException.class, () -> rolled.withObjective(changed));
    assertEquals("changed", e.field());
    assertEquals("dept", e.rejectedValue());
    assertEquals("has other key results than the objective rolled up; roll up the changed plan"
        + " with RollUp.of instead", e.rule());
  }

  @Test
  void keyResultsRenamed_areRefused() {
    // as many key results, the second under another id
    assertRefusedForOtherKeyResults(objective("dept", Level.DEPARTMENT,
        List.of(kr("d1", "2"), kr("d3", "6")), to("company", "1")));
  }

  @Test
  void keyResultsAddedOrRemoved_areRefused() {
    assertRefusedForOtherKeyResults(objective("dept", Level.DEPARTMENT,
        List.of(kr("d1", "2"), kr("d2", "6"), kr("d3", "9")), to("company", "1")));
    assertRefusedForOtherKeyResults(objective("dept", Level.DEPARTMENT,
        List.of(kr("d1", "2")), to("company", "1")));
  }

  @Test
  void sameKeyResultsWithNewValues_areAccepted() {
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(PLAN), GOOGLE, END,
        RollUpPolicy.childrenOnly());
    Objective changed = objective("dept", Level.DEPARTMENT,
        List.of(kr("d1", "4"), kr("d2", "8")), to("company", "1"));
    // dept (0.4 + 0.8) / 2 = 0.6; company takes it alone: 0.6
    assertEquals(Optional.of(dec("0.6")), rolled.withObjective(changed).progress(id("company")));
  }

  /** parent p1 deals 0 → 3 summed from a (a1 at 1 deal) and b (b1 at 3 deals). */
  private static final Plan DEALS = Plan.of(List.of(
      objective("parent", Level.COMPANY, List.of(kr("p1", "0", "3", "deals", null))),
      objective("a", Level.DEPARTMENT, List.of(kr("a1", "0", "2", "deals", "1")),
          toKr("parent", "p1", "0.5")),
      objective("b", Level.DEPARTMENT, List.of(kr("b1", "0", "5", "deals", "3")),
          toKr("parent", "p1", "0.5"))));

  private static RolledUpPlan summing(Plan plan) {
    return RollUp.of(AlignmentIndex.of(plan), QUANTIVE, END, RollUpPolicy.summing());
  }

  @Test
  void aSummingParentWhoseUnitChanges_isRefusedAsAFullRollUpWould() {
    // p1 now counts calls; its children count deals, which cannot be summed into calls
    Objective parent = objective("parent", Level.COMPANY,
        List.of(kr("p1", "0", "3", "calls", null)));
    OkrException full = assertThrows(OkrException.class, () -> summing(DEALS.with(parent)));
    OkrException incremental = assertThrows(OkrException.class,
        () -> summing(DEALS).withObjective(parent));
    assertEquals("unit", incremental.field());
    assertEquals("\"calls\"", incremental.rejectedValue());
    assertEquals(full.getMessage(), incremental.getMessage());
  }

  @Test
  void aChildWhoseUnitChanges_isRefusedAsAFullRollUpWould() {
    // b1 now counts calls, which cannot be summed into p1's deals
    Objective b = objective("b", Level.DEPARTMENT, List.of(kr("b1", "0", "5", "calls", "3")),
        toKr("parent", "p1", "0.5"));
    OkrException full = assertThrows(OkrException.class, () -> summing(DEALS.with(b)));
    OkrException incremental = assertThrows(OkrException.class,
        () -> summing(DEALS).withObjective(b));
    assertEquals("unit", incremental.field());
    assertEquals("\"deals\"", incremental.rejectedValue());
    assertEquals(full.getMessage(), incremental.getMessage());
  }

  @Test
  void aSummingParentWhoseTargetChanges_isReScored() {
    // p1 now 0 → 8: the sum 1 + 3 = 4 is half way
    Objective parent = objective("parent", Level.COMPANY,
        List.of(kr("p1", "0", "8", "deals", null)));
    RolledUpPlan updated = summing(DEALS).withObjective(parent);
    assertEquals(Optional.of(dec("0.5")), updated.progress(id("parent")));
    assertEquals(summing(DEALS.with(parent)).objective(id("parent")),
        updated.objective(id("parent")));
  }
}
