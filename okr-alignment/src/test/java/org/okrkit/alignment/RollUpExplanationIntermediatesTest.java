package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.alignment.RollUpFixtures.END;
import static org.okrkit.alignment.RollUpFixtures.dec;
import static org.okrkit.alignment.RollUpFixtures.id;
import static org.okrkit.alignment.RollUpFixtures.kr;
import static org.okrkit.alignment.RollUpFixtures.objective;
import static org.okrkit.alignment.RollUpFixtures.to;
import static org.okrkit.alignment.RollUpFixtures.toKr;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/** The intermediate numbers an explanation shows, each worked out by hand from RollUp's formulas. */
class RollUpExplanationIntermediatesTest {

  @Test
  void aBlend_showsEachMeanAndValueInOrder() {
    // company (c1 at 0.4, c2 at 0.8) <- dept1 (0.5; 0.2), dept2 (0.5; 0.4); helper (1) -> c1
    Plan plan = Plan.of(List.of(
        objective("company", Level.COMPANY, List.of(kr("c1", "4"), kr("c2", "8"))),
        objective("dept1", Level.DEPARTMENT, List.of(kr("d1", "2")), to("company", "0.5")),
        objective("dept2", Level.DEPARTMENT, List.of(kr("e1", "4")), to("company", "0.5")),
        objective("helper", Level.DEPARTMENT, List.of(kr("h1", "10")),
            toKr("company", "c1", "1"))));
    RolledUpObjective company = RollUp.of(AlignmentIndex.of(plan),
        Scorer.of(ScoringProfile.google()), END, RollUpPolicy.blended(dec("0.5")))
        .objective(id("company"));
    assertEquals(List.of(
        // c1's children: 1 × 1 / 1 = 1
        Map.entry("c1 children's mean", "1 / 1 = 1"),
        // 0.4 × 0.5 + 1 × 0.5 = 0.7
        Map.entry("c1 value", "0.7"),
        // (0.7 + 0.8) / 2 = 0.75
        Map.entry("key results' weighted mean", "0.75"),
        // 0.5 × 0.2 + 0.5 × 0.4 = 0.3 over 0.5 + 0.5 = 1
        Map.entry("children of the whole objective, mean", "0.3 / 1 = 0.3"),
        // 0.75 × 0.5 + 0.3 × 0.5 = 0.375 + 0.15 = 0.525
        Map.entry("rolled-up progress", "0.525 ≈ 0.525")),
        List.copyOf(company.explanation().intermediates().entrySet()));
  }

  @Test
  void aSum_showsTheSummedValueAndItsScore() {
    // parent p1 deals 0 → 3, not checked in, <- a (a1 at 1 deal), b (b1 at 3 deals)
    Plan plan = Plan.of(List.of(
        objective("parent", Level.COMPANY, List.of(kr("p1", "0", "3", "deals", null))),
        objective("a", Level.DEPARTMENT, List.of(kr("a1", "0", "2", "deals", "1")),
            toKr("parent", "p1", "0.5")),
        objective("b", Level.DEPARTMENT, List.of(kr("b1", "0", "5", "deals", "3")),
            toKr("parent", "p1", "0.5"))));
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(plan), Scorer.of(ScoringProfile.quantive()),
        END, RollUpPolicy.summing());
    RollUpExplanation parent = rolled.objective(id("parent")).explanation();
    assertEquals("own not scored, weight 1", parent.inputs().get("key result p1"));
    assertEquals(List.of(
        // 1 + 3 = 4 deals
        Map.entry("p1 summed value", "4"),
        // 4 against 0 → 3: 4/3, uncapped under quantive
        Map.entry("p1 scored against its measure", "4/3"),
        Map.entry("key results' weighted mean", "4/3"),
        // 4/3 half-even to 32 places
        Map.entry("rolled-up progress", "4/3 ≈ 1.33333333333333333333333333333333")),
        List.copyOf(parent.intermediates().entrySet()));
    // a child feeding a summed key result shows the values it gives
    assertEquals("weight 0.5, progress 0.5, values {INCREASE deals=1}",
        parent.inputs().get("child a -> parent/p1"));
  }

  @Test
  void ownOnly_hasNoIntermediatesButTheProgress() {
    Plan plan = Plan.of(List.of(
        objective("company", Level.COMPANY, List.of(kr("c1", "4"))),
        objective("dept", Level.DEPARTMENT, List.of(kr("d1", "2")), toKr("company", "c1", "1"))));
    RolledUpObjective company = RollUp.of(AlignmentIndex.of(plan),
        Scorer.of(ScoringProfile.google()), END, RollUpPolicy.ownOnly()).objective(id("company"));
    // own only: R = own 4/10 = 0.4, nothing from children
    assertEquals(Map.of("rolled-up progress", "0.4 ≈ 0.4"),
        company.explanation().intermediates());
  }
}
