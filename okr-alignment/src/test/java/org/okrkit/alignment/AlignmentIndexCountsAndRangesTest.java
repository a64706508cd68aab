package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.alignment.ValidationFixtures.Q1;
import static org.okrkit.alignment.ValidationFixtures.id;
import static org.okrkit.alignment.ValidationFixtures.objective;
import static org.okrkit.alignment.ValidationFixtures.to;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;

/** An index's counts, its objectives' days, and the range a rejected number is told to keep to. */
class AlignmentIndexCountsAndRangesTest {

  /** [0] c (2026), [1] team (Q1 2026) -> c, depending on c and ghost; two key results each. */
  private static final AlignmentIndex INDEX = AlignmentIndex.of(Plan.of(List.of(
      objective("c", Level.COMPANY).build(),
      objective("team", Level.TEAM).period(Q1).addAlignments(to("c", "1"))
          .addDependsOn(id("c"), id("ghost")).build())));

  @Test
  void counts() {
    assertEquals(2, INDEX.objectiveCount());
    assertEquals(4, INDEX.keyResultCount());
    assertEquals(1, INDEX.linkCount());
    // Dependencies that dangle count too: c and ghost.
    assertEquals(2, INDEX.dependencyCount());
    assertEquals("AlignmentIndex[2 objectives, 4 key results, 1 links, 2 dependencies]",
        INDEX.toString());
  }

  @Test
  void periodDays_sinceTheEpoch() {
    // 2026-01-01: 56 years after 1970 with 14 leap days (1972 .. 2024), 56 x 365 + 14 = 20454.
    assertEquals(20454, INDEX.periodStartDay(0));
    assertEquals(20454, INDEX.periodStartDay(1));
    // 2026-12-31 = 20454 + 364 = 20818; 2026-03-31 = 20454 + 31 + 28 + 30 = 20543.
    assertEquals(20818, INDEX.periodEndDay(0));
    assertEquals(20543, INDEX.periodEndDay(1));
  }

  @Test
  void aNumberOutOfRange_isToldTheRange() {
    OkrException objective = assertThrows(OkrException.class, () -> INDEX.periodStartDay(2));
    assertEquals("objective", objective.field());
    assertEquals("2", objective.rejectedValue());
    // 2 objectives: 0 to 2 - 1 = 1.
    assertEquals("must be from 0 to 1 in this index", objective.rule());
    OkrException dependency = assertThrows(OkrException.class,
        () -> INDEX.dependencyTarget(-1));
    assertEquals("dependency", dependency.field());
    assertEquals("-1", dependency.rejectedValue());
    assertEquals("must be from 0 to 1 in this index", dependency.rule());
    OkrException keyResult = assertThrows(OkrException.class,
        () -> INDEX.keyResultObjective(4));
    assertEquals("keyResult", keyResult.field());
    // 4 key results: 0 to 3.
    assertEquals("must be from 0 to 3 in this index", keyResult.rule());
  }
}
