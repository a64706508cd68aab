package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.alignment.RollUpFixtures.END;
import static org.okrkit.alignment.RollUpFixtures.kr;
import static org.okrkit.alignment.RollUpFixtures.objective;
import static org.okrkit.alignment.RollUpFixtures.to;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/** The refusal of a plan with an alignment cycle names at most ten objectives and counts the rest. */
class RollUpOrderCycleMessageTest {

  private static OkrException refusal(Plan plan) {
    return assertThrows(OkrException.class, () -> RollUp.of(AlignmentIndex.of(plan),
        Scorer.of(ScoringProfile.google()), END, RollUpPolicy.childrenOnly()));
  }

  /** A ring c01 -> c02 -> ... -> c{size} -> c01, after an objective outside it. */
  private static Plan ringAfterAFreeObjective(int size) {
    List<Objective> objectives = new ArrayList<>();
    objectives.add(objective("free", Level.TEAM, List.of(kr("f1", "1"))));
    for (int i = 1; i <= size; i++) {
      String next = String.format("c%02d", i % size + 1);
      objectives.add(objective(String.format("c%02d", i), Level.TEAM,
          List.of(kr("k" + i, "1")), to(next, "1")));
    }
    return Plan.of(objectives);
  }

  @Test
  void aLongCycle_namesTheFirstTenInPlanOrderAndCountsTheRest() {
    OkrException e = refusal(ringAfterAFreeObjective(12));
    assertEquals("alignments", e.field());
    // "free" can be ordered, so it is not named; 12 lie on the cycle, 10 are named, 12 - 10 = 2 more
    assertEquals("c01, c02, c03, c04, c05, c06, c07, c08, c09, c10 and 2 more",
        e.rejectedValue());
  }

  @Test
  void aCycleOfTen_isNamedInFullWithoutACount() {
    OkrException e = refusal(ringAfterAFreeObjective(10));
    // exactly ten on the cycle: all named, none left over to count
    assertEquals("c01, c02, c03, c04, c05, c06, c07, c08, c09, c10", e.rejectedValue());
  }

  @Test
  void aShortCycle_namesBothObjectives() {
    Plan cycle = Plan.of(List.of(
        objective("x", Level.TEAM, List.of(kr("x1", "1")), to("y", "1")),
        objective("y", Level.TEAM, List.of(kr("y1", "1")), to("x", "1"))));
    assertEquals("x, y", refusal(cycle).rejectedValue());
  }
}
