package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.alignment.ValidationFixtures.metric;
import static org.okrkit.alignment.ValidationFixtures.objective;
import static org.okrkit.alignment.ValidationFixtures.to;
import static org.okrkit.alignment.ValidationFixtures.toKeyResult;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.Plan;

/**
 * Links to the key results of a parent with many key results (more than eight, which the index
 * finds through a table rather than by scanning) are numbered like any other.
 */
class AlignmentIndexManyKeyResultsTest {

  @Test
  void linksToAParentWithTenKeyResults() {
    Objective.Builder dept = objective("dept", Level.DEPARTMENT).addAlignments(to("c", "1"));
    for (int k = 3; k <= 10; k++) {
      dept.addKeyResults(metric("k" + k));
    }
    // [0] c: k1 k2 = key results 0, 1; [1] dept: k1 .. k10 = 2 .. 11; [2] team: k1 k2 = 12, 13.
    // Links: dept's 0 (-> c); team's 1 (-> dept/k10), 2 (-> dept/k11, which dept lacks),
    // 3 (-> dept/k1).
    AlignmentIndex index = AlignmentIndex.of(Plan.of(List.of(
        objective("c", Level.COMPANY).build(),
        dept.build(),
        objective("team", Level.TEAM).addAlignments(toKeyResult("dept", "k10", "0.5"),
            toKeyResult("dept", "k11", "0.25"), toKeyResult("dept", "k1", "0.25")).build())));
    assertEquals(14, index.keyResultCount());
    // dept/k10 is dept's 10th key result: 2 + 9 = 11.
    assertEquals(1, index.linkParent(1));
    assertEquals(11, index.linkParentKeyResult(1));
    assertFalse(index.isDangling(1));
    assertEquals(1, index.linkParent(2));
    assertEquals(AlignmentIndex.MISSING, index.linkParentKeyResult(2));
    assertTrue(index.isDangling(2));
    // dept/k1 is dept's first: 2 + 0 = 2.
    assertEquals(2, index.linkParentKeyResult(3));
    assertFalse(index.isDangling(3));
    assertEquals("{2, 11}", index.supportedKeyResults().toString());
  }
}
