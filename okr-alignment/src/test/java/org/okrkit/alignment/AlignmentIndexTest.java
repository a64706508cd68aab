package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Alignment;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;

class AlignmentIndexTest {

  private static KeyResult keyResult(String id) {
    return KeyResult.builder().id(KeyResultId.of(id)).title("kr " + id).owner(PersonId.of("ada"))
        .measure(Metric.of(BigDecimal.ZERO, BigDecimal.TEN, "u")).build();
  }

  private static Objective objective(String id, Level level, List<KeyResult> keyResults,
      List<Alignment> alignments, List<ObjectiveId> dependsOn) {
    return Objective.builder().id(ObjectiveId.of(id)).title("objective " + id).level(level)
        .owner(PersonId.of("ada")).period(Period.calendarQuarter(2026, 1))
        .commitment(Commitment.ASPIRATIONAL).addAllKeyResults(keyResults)
        .addAllAlignments(alignments).addAllDependsOn(dependsOn).build();
  }

  /** company (k1, k2) <- dept via k2 and via the whole company; team -> dept, -> ghost; team depends on ghost. */
  private static final Plan PLAN = Plan.of(List.of(
      objective("company", Level.COMPANY, List.of(keyResult("k1"), keyResult("k2")), List.of(),
          List.of()),
      objective("dept", Level.DEPARTMENT, List.of(keyResult("d1")),
          List.of(Alignment.toKeyResult(ObjectiveId.of("company"), KeyResultId.of("k2")),
              Alignment.toKeyResult(ObjectiveId.of("company"), KeyResultId.of("nope"))),
          List.of()),
      objective("team", Level.TEAM, List.of(),
          List.of(Alignment.toObjective(ObjectiveId.of("dept")),
              Alignment.toObjective(ObjectiveId.of("ghost"))),
          List.of(ObjectiveId.of("ghost"), ObjectiveId.of("dept")))));

  @Test
  void nodesAndContainment() {
    AlignmentIndex index = AlignmentIndex.of(PLAN);
    assertEquals(3, index.objectiveCount());
    assertEquals(3, index.keyResultCount());
    // company's key results are 0 and 1, dept's is 2, team has none
    assertEquals(0, index.keyResultStart(0));
    assertEquals(2, index.keyResultEnd(0));
    assertEquals(2, index.keyResultStart(1));
    assertEquals(3, index.keyResultEnd(1));
    assertEquals(3, index.keyResultStart(2));
    assertEquals(3, index.keyResultEnd(2));
    assertEquals(1, index.keyResultObjective(2));
    assertEquals(KeyResultId.of("d1"), index.keyResult(2).id());
    assertEquals(Level.DEPARTMENT, index.level(1));
    assertEquals(1, index.objectiveNumber(ObjectiveId.of("dept")));
    assertEquals(AlignmentIndex.MISSING, index.objectiveNumber(ObjectiveId.of("ghost")));
  }

  @Test
  void linksOfEachKind() {
    AlignmentIndex index = AlignmentIndex.of(PLAN);
    assertEquals(4, index.linkCount());
    // dept's links are 0 (company/k2) and 1 (company/nope); team's are 2 (dept) and 3 (ghost)
    assertEquals(0, index.linkStart(1));
    assertEquals(2, index.linkEnd(1));
    assertEquals(0, index.linkParent(0));
    assertEquals(1, index.linkParentKeyResult(0));
    assertFalse(index.isDangling(0));
    assertEquals(0, index.linkParent(1));
    assertEquals(AlignmentIndex.MISSING, index.linkParentKeyResult(1));
    assertTrue(index.isDangling(1));
    assertEquals(1, index.linkParent(2));
    assertFalse(index.isDangling(2));
    assertEquals(AlignmentIndex.MISSING, index.linkParent(3));
    assertTrue(index.isDangling(3));
    assertEquals(2, index.linkChild(3));
    // incoming: company has links 0 and 1, dept has link 2, team none
    assertEquals(2, index.incomingEnd(0) - index.incomingStart(0));
    assertEquals(2, index.incomingLink(index.incomingStart(1)));
    assertEquals(index.incomingStart(2), index.incomingEnd(2));
    // team depends on ghost (missing) and dept
    assertEquals(AlignmentIndex.MISSING, index.dependencyTarget(index.dependencyStart(2)));
    assertEquals(1, index.dependencyTarget(index.dependencyStart(2) + 1));
    // only company's k2 is supported
    assertEquals("{1}", index.supportedKeyResults().toString());
  }

  @Test
  void numbersOutOfRange_areRejected() {
    AlignmentIndex index = AlignmentIndex.of(PLAN);
    OkrException e = assertThrows(OkrException.class, () -> index.level(3));
    assertEquals("objective", e.field());
    assertEquals("3", e.rejectedValue());
    assertThrows(OkrException.class, () -> index.linkParent(-1));
    assertThrows(OkrException.class, () -> index.keyResult(3));
  }

  @Test
  void anEmptyPlan() {
    AlignmentIndex index = AlignmentIndex.of(Plan.empty());
    assertEquals(0, index.objectiveCount());
    assertEquals("AlignmentIndex[0 objectives, 0 key results, 0 links, 0 dependencies]",
        index.toString());
  }
}
