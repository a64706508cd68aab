package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

/**
 * What a rolled-up plan tells about itself: its accessors, its text, and each objective's
 * explanation (formula, inputs, result).
 */
class RolledUpPlanViewTest {

  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());

  /**
   * company (c1 at 4/10 = 0.4, c2 at 8/10 = 0.8) <- dept1 (weight 0.5; d1 at 0.2)
   * <- dept2 (weight 0.5; e1 at 0.4); helper (h1 at 1) is aligned to company's key result c1.
   */
  private static final Plan PLAN = Plan.of(List.of(
      objective("company", Level.COMPANY, List.of(kr("c1", "4"), kr("c2", "8"))),
      objective("dept1", Level.DEPARTMENT, List.of(kr("d1", "2")), to("company", "0.5")),
      objective("dept2", Level.DEPARTMENT, List.of(kr("e1", "4")), to("company", "0.5")),
      objective("helper", Level.DEPARTMENT, List.of(kr("h1", "10")),
          toKr("company", "c1", "1"))));

  @Test
  void accessors_returnWhatItWasRolledUpWith() {
    AlignmentIndex index = AlignmentIndex.of(PLAN);
    RolledUpPlan rolled = RollUp.of(index, GOOGLE, END, RollUpPolicy.childrenOnly(),
        Map.of(id("dept1"), RollUpPolicy.ownOnly()));
    assertSame(index, rolled.index());
    assertSame(GOOGLE, rolled.scorer());
    assertEquals(END, rolled.asOf());
    assertEquals(RollUpPolicy.childrenOnly(), rolled.planPolicy());
    assertEquals(4, rolled.size());
  }

  @Test
  void toString_givesSizeDatePolicyAndOverrides() {
    AlignmentIndex index = AlignmentIndex.of(PLAN);
    assertEquals("RolledUpPlan[4 objectives as of 2026-03-31, children only]",
        RollUp.of(index, GOOGLE, END, RollUpPolicy.childrenOnly()).toString());
    assertEquals("RolledUpPlan[4 objectives as of 2026-03-31, blended 0.5, 1 overridden]",
        RollUp.of(index, GOOGLE, END, RollUpPolicy.blended(dec("0.5")),
            Map.of(id("dept1"), RollUpPolicy.ownOnly())).toString());
  }

  @Test
  void formula_followsThePolicy() {
    AlignmentIndex index = AlignmentIndex.of(PLAN);
    assertEquals("R = own score", RollUp.of(index, GOOGLE, END, RollUpPolicy.ownOnly())
        .objective(id("company")).explanation().formula());
    String blended = RollUp.of(index, GOOGLE, END, RollUpPolicy.blended(dec("0.5")))
        .objective(id("company")).explanation().formula();
    assertTrue(blended.startsWith("v_i = s_i × (1 − 0.5) + m_i × 0.5, m_i = Σ w × R / Σ w"),
        blended);
    assertTrue(blended.contains("; R = K × (1 − 0.5) + C × 0.5, C = Σ w × R / Σ w over the"
        + " children of the whole objective; R = K without them"), blended);
    String summing = RollUp.of(index, GOOGLE, END, RollUpPolicy.blended(dec("0.5"))
        .withSummedKeyResults(), Map.of(id("company"), RollUpPolicy.blended(dec("0.5"))))
        .objective(id("helper")).explanation().formula();
    assertTrue(summing.startsWith("v_i = score of V_i (sum of the values of the children's"
        + " metric key results) against key result i's measure"), summing);
    assertTrue(summing.contains("R = K × (1 − 0.5) + C × 0.5"), summing);
  }

  @Test
  void explanationInputs_listEachChildWithWeightAndProgressOnly() {
    RolledUpObjective company = RollUp.of(AlignmentIndex.of(PLAN), GOOGLE, END,
        RollUpPolicy.childrenOnly()).objective(id("company"));
    Map<String, String> inputs = company.explanation().inputs();
    assertEquals("children only", inputs.get("policy"));
    // own: (0.4 + 0.8) / 2 = 0.6
    assertEquals("0.6", inputs.get("own score"));
    assertEquals("own 0.4, weight 1", inputs.get("key result c1"));
    assertEquals("own 0.8, weight 1", inputs.get("key result c2"));
    // nobody sums, so no child carries values
    assertEquals("weight 0.5, progress 0.2", inputs.get("child dept1 -> company"));
    assertEquals("weight 0.5, progress 0.4", inputs.get("child dept2 -> company"));
    assertEquals("weight 1, progress 1", inputs.get("child helper -> company/c1"));
  }

  @Test
  void explanationResult_isTheScoreOrNotScored() {
    RolledUpObjective company = RollUp.of(AlignmentIndex.of(PLAN), GOOGLE, END,
        RollUpPolicy.childrenOnly()).objective(id("company"));
    // c1 = helper's 1; key results (1 + 0.8) / 2 = 0.9; whole children (0.5 × 0.2 + 0.5 × 0.4)
    // / 1 = 0.3; children only: R = 0.3, which google grades 0.3, red
    assertEquals("0.3 (grade 0.3, RED)", company.explanation().result());
    assertEquals(company.score().orElseThrow().toString(), company.explanation().result());
  }

  @Test
  void aCancelledChild_isMarkedInTheInputs() {
    Plan plan = PLAN.with(PLAN.objective(id("dept2")).cancel(END, "merged into dept1"));
    RolledUpObjective company = RollUp.of(AlignmentIndex.of(plan), GOOGLE, END,
        RollUpPolicy.childrenOnly()).objective(id("company"));
    String dept2 = company.explanation().inputs().get("child dept2 -> company");
    assertTrue(dept2.startsWith("weight 0.5, progress ")
        && dept2.endsWith(", cancelled: gives its parents nothing"), dept2);
    assertEquals("weight 0.5, progress 0.2", company.explanation().inputs()
        .get("child dept1 -> company"));
    // dept2 gives nothing: whole children 0.5 × 0.2 / 0.5 = 0.2
    assertEquals(0, dec("0.2").compareTo(company.progress().orElseThrow()));
  }

  @Test
  void explanationRounding_andTexts_nameTheProfilesRoundingAndTheScores() {
    RolledUpObjective company = RollUp.of(AlignmentIndex.of(PLAN), GOOGLE, END,
        RollUpPolicy.childrenOnly()).objective(id("company"));
    String rounding = company.explanation().rounding();
    assertTrue(rounding.startsWith("means and progress half-even to 32 decimal places; score: ")
        && rounding.endsWith(", capped at 1"), rounding);
    // company 0.3 as above; c2 has no children and keeps its own 8/10 = 0.8
    assertEquals("company: 0.3 (grade 0.3, RED) [children only]", company.toString());
    assertEquals("c2: 0.8 (grade 0.8, GREEN)", company.keyResults().get(1).toString());
  }
}
