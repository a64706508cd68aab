package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.alignment.CascadeTestPlans.id;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Plan;

/**
 * The queries on a chain and on a cycle of a million objectives, on the test's own thread with
 * the default stack: the walks are iterative, so depth costs no stack.
 */
@Tag("scale")
class CascadeScaleTest {

  private static final int MILLION = 1_000_000;
  /** Built once: a million objectives take seconds to build. */
  private static final Plan CHAIN = CascadeTestPlans.chain(MILLION, false);

  @Test
  void aMillionDeepChain() {
    // o-0 <- o-1 <- ... <- o-999999: above the bottom, all 999,999 others, nearest first.
    Cascade chain = Cascade.of(CHAIN);
    List<ObjectiveId> ancestors = chain.ancestors(id("o-999999"));
    assertEquals(MILLION - 1, ancestors.size());
    assertEquals(id("o-999998"), ancestors.get(0));
    assertEquals(id("o-0"), ancestors.get(MILLION - 2));
    List<ObjectiveId> descendants = chain.descendants(id("o-0"));
    assertEquals(MILLION - 1, descendants.size());
    assertEquals(id("o-1"), descendants.get(0));
    assertEquals(id("o-999999"), descendants.get(MILLION - 2));
    // No company above: the way up ends at o-0, which aligns to nothing, after 999,999 links.
    CascadePath path = chain.pathToTop(id("o-999999"));
    assertEquals(MILLION - 1, path.length());
    assertEquals(AlignmentTarget.of(id("o-0")), path.steps().get(MILLION - 2));
    assertEquals(id("o-0"), path.top());
    assertFalse(path.reachesCompany());
  }

  @Test
  void aMillionMemberCycle() {
    // o-0 -> o-999999 -> ... -> o-1 -> o-0: every other member is above o-0 once, and below.
    Cascade cycle = Cascade.of(CascadeTestPlans.closeChain(CHAIN));
    List<ObjectiveId> ancestors = cycle.ancestors(id("o-0"));
    assertEquals(MILLION - 1, ancestors.size());
    assertEquals(id("o-999999"), ancestors.get(0));
    assertEquals(id("o-1"), ancestors.get(MILLION - 2));
    List<ObjectiveId> descendants = cycle.descendants(id("o-0"));
    assertEquals(MILLION - 1, descendants.size());
    assertEquals(id("o-1"), descendants.get(0));
    CascadePath path = cycle.pathToTop(id("o-0"));
    assertTrue(path.steps().isEmpty());
    assertFalse(path.reachesCompany());
    // None of the 1,000,000 is at company level, and each aligns to an objective in the plan.
    assertEquals(CoverageShare.of(MILLION, MILLION), cycle.coverage().objectives());
  }
}
