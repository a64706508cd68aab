package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.core.Samples.CHURN;
import static org.okrkit.core.Samples.dec;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlignmentTargetTest {

  private static final ObjectiveId SALES = ObjectiveId.of("sales-2026");

  @Test
  void target_isAnObjectiveOrOneOfItsKeyResults() {
    AlignmentTarget objective = AlignmentTarget.of(SALES);
    assertEquals(SALES, objective.objective());
    assertEquals(Optional.empty(), objective.keyResult());
    assertFalse(objective.isKeyResult());
    assertEquals("sales-2026", objective.toString());

    AlignmentTarget keyResult = AlignmentTarget.of(SALES, KeyResultId.of("kr-2"));
    assertEquals(SALES, keyResult.objective());
    assertEquals(Optional.of(KeyResultId.of("kr-2")), keyResult.keyResult());
    assertTrue(keyResult.isKeyResult());
    assertEquals("sales-2026/kr-2", keyResult.toString());
  }

  @Test
  void target_isComparedByIdsNotByText() {
    // Both print as "sales-2026/churn", yet one is an objective and the other a key result.
    AlignmentTarget slashInId = AlignmentTarget.of(ObjectiveId.of("sales-2026/churn"));
    AlignmentTarget keyResult = AlignmentTarget.of(SALES, CHURN);
    assertEquals(slashInId.toString(), keyResult.toString());
    assertNotEquals(slashInId, keyResult);
  }

  @Test
  void alignment_namesItsTargetAndIsBuiltFromOne() {
    assertEquals(AlignmentTarget.of(SALES), Alignment.toObjective(SALES, dec("0.5")).target());
    assertEquals(AlignmentTarget.of(SALES, CHURN), Alignment.toKeyResult(SALES, CHURN).target());
    assertEquals(Alignment.toKeyResult(SALES, CHURN, dec("0.25")),
        Alignment.to(AlignmentTarget.of(SALES, CHURN), dec("0.250")));
    assertEquals(Alignment.toObjective(SALES),
        Alignment.to(AlignmentTarget.of(SALES), dec("1")));
    assertEquals("weight", assertThrows(OkrException.class,
        () -> Alignment.to(AlignmentTarget.of(SALES), dec("1.5"))).field());
  }
}
