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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Plan;
import org.okrkit.scoring.MissingValues;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/**
 * What a missing value counts for in a roll-up: 0 with its weight under the default profile,
 * nothing when the profile skips missing values (see {@link RollUp}).
 */
class RollUpMissingValuesTest {

  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());
  private static final Scorer SKIPPING = Scorer.of(
      ScoringProfile.builder().name("skipping").missingValues(MissingValues.SKIP).build());

  /** parent (p1 at 5/10) <- a (weight 1, a1 at 10/10) and b (weight 1, b1 not checked in). */
  private static final Plan ONE_CHILD_SILENT = Plan.of(List.of(
      objective("parent", Level.COMPANY, List.of(kr("p1", "5"))),
      objective("a", Level.DEPARTMENT, List.of(kr("a1", "10")), to("parent", "1")),
      objective("b", Level.DEPARTMENT, List.of(kr("b1", null)), to("parent", "1"))));

  @Test
  void aChildWithoutProgress_isSkippedWithItsWeight_whenTheProfileSkips() {
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(ONE_CHILD_SILENT), SKIPPING, END,
        RollUpPolicy.childrenOnly());
    // b has no scored key result, so under SKIP no progress at all
    assertEquals(Optional.empty(), rolled.progress(id("b")));
    // parent = (1 × 1) / 1 = 1: b adds neither progress nor weight
    assertEquals(Optional.of(dec("1")), rolled.progress(id("parent")));
  }

  @Test
  void aChildWithoutProgress_countsAsZero_byDefault() {
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(ONE_CHILD_SILENT), GOOGLE, END,
        RollUpPolicy.childrenOnly());
    // b's unscored b1 counts 0; parent = (1 × 1 + 1 × 0) / (1 + 1) = 0.5
    assertEquals(Optional.of(dec("0.5")), rolled.progress(id("parent")));
  }

  /** parent p1 not checked in, a (a1 at 8/10) aligned to p1 with weight 1. */
  private static final Plan OWN_SILENT = Plan.of(List.of(
      objective("parent", Level.COMPANY, List.of(kr("p1", null))),
      objective("a", Level.DEPARTMENT, List.of(kr("a1", "8")), toKr("parent", "p1", "1"))));

  @Test
  void aBlendWithoutAnOwnScore_takesTheChildrensMean_whenTheProfileSkips() {
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(OWN_SILENT), SKIPPING, END,
        RollUpPolicy.blended(dec("0.5")));
    // v_1 = the children's mean 0.8 alone; K = 0.8; no whole-objective children: R = 0.8
    assertEquals(Optional.of(dec("0.8")), rolled.progress(id("parent")));
  }

  @Test
  void aBlendWithoutAnOwnScore_countsTheOwnAsZero_byDefault() {
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(OWN_SILENT), GOOGLE, END,
        RollUpPolicy.blended(dec("0.5")));
    // v_1 = 0 × 0.5 + 0.8 × 0.5 = 0.4
    assertEquals(Optional.of(dec("0.4")), rolled.progress(id("parent")));
  }

  @Test
  void anObjectiveWithoutProgress_isExplainedAsNotScored() {
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(ONE_CHILD_SILENT), SKIPPING, END,
        RollUpPolicy.childrenOnly());
    RolledUpObjective b = rolled.objective(id("b"));
    assertEquals("not scored", b.explanation().result());
    assertEquals("own not scored, weight 1", b.explanation().inputs().get("key result b1"));
    assertEquals("not scored", b.explanation().inputs().get("own score"));
    assertEquals("none", b.explanation().intermediates().get("rolled-up progress"));
    assertEquals("weight 1, progress none", rolled.objective(id("parent")).explanation()
        .inputs().get("child b -> parent"));
  }
}
