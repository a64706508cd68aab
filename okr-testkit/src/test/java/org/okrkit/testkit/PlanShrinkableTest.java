package org.okrkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.ShrinkingDistance;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;

class PlanShrinkableTest {

  @Test
  void shrink_largePlan_offersABoundedNumberOfCandidatesPerStep() {
    // At most: 14 prefixes, 2 + 4 + 8 + 16 parts, 64 roots, 64 cascades, and for links,
    // dependencies and histories one candidate for all objectives plus 64 for single ones.
    int bound = 14 + 30 + 2 * PlanShrinkable.SAMPLE + 3 * (1 + PlanShrinkable.SAMPLE);
    long candidates = new PlanShrinkable(Plans.generate(PlanSpec.of(10_000)
        .withMultiParentShare(0.5).withDependencyShare(0.5), 2026)).shrink().count();

    assertTrue(candidates <= bound, () -> candidates + " candidates");
    // A search over single objectives would offer one candidate per objective and list.
    assertTrue(candidates > 2 * PlanShrinkable.SAMPLE, () -> candidates + " candidates");
  }

  @Test
  void shrink_everyCandidateIsAValidPlanCloserToNothing() {
    Plan plan = Plans.generate(PlanSpec.of(300).withMultiParentShare(0.5)
        .withDependencyShare(0.5), 11);
    PlanShrinkable shrinkable = new PlanShrinkable(plan);
    ShrinkingDistance distance = shrinkable.distance();

    List<Shrinkable<Plan>> candidates = shrinkable.shrink().toList();

    assertEquals(1, candidates.get(0).value().size(), "the biggest cut comes first");
    for (Shrinkable<Plan> candidate : candidates) {
      assertTrue(candidate.distance().compareTo(distance) < 0, candidate.value()::toString);
      List<ReferenceChecker.Violation> violations = ReferenceChecker.check(candidate.value());
      assertTrue(violations.isEmpty(), violations::toString);
    }
  }
}
