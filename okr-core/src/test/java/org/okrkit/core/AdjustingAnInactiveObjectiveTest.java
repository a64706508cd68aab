package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.core.Samples.FEB_1;
import static org.okrkit.core.Samples.LAUNCH;
import static org.okrkit.core.Samples.MAR_1;
import static org.okrkit.core.Samples.NPS;
import static org.okrkit.core.Samples.dec;

import org.junit.jupiter.api.Test;

/**
 * Adjustments are accepted only while the objective is active. Feb 1 lies inside Q1 and inside
 * the window a closed objective's history may carry (activated Jan 5, closed Mar 1), so only the
 * status check can reject these.
 */
class AdjustingAnInactiveObjectiveTest {

  private static final Objective CLOSED = Samples.active().close(MAR_1, "Done");

  @Test
  void adjust_onAClosedObjective_isRejectedByItsStatus() {
    Adjustment adjustment =
        Adjustment.of(FEB_1, Metric.of(dec("30"), dec("45"), "points"), "Survey scale changed");
    OkrStateException e = assertThrows(OkrStateException.class,
        () -> CLOSED.adjust(NPS, adjustment));
    assertEquals("CLOSED", e.state());
    assertEquals("adjust", e.operation());
  }

  @Test
  void adjustTarget_onAClosedObjective_isRejectedByItsStatus() {
    OkrStateException e = assertThrows(OkrStateException.class,
        () -> CLOSED.adjustTarget(NPS, FEB_1, dec("45"), "Survey scale changed"));
    assertEquals("CLOSED", e.state());
    assertEquals("adjust", e.operation());
  }

  @Test
  void adjustTarget_onADraft_isRejectedByItsStatus() {
    OkrStateException e = assertThrows(OkrStateException.class,
        () -> Samples.draft().adjustTarget(NPS, FEB_1, dec("45"), "Survey scale changed"));
    assertEquals("DRAFT", e.state());
  }

  @Test
  void adjustTarget_onAClosedObjective_reportsTheStatusBeforeLookingAtTheKeyResult() {
    // a milestone has no single target and "ghost" is no key result: the status is checked first
    OkrStateException milestone = assertThrows(OkrStateException.class,
        () -> CLOSED.adjustTarget(LAUNCH, FEB_1, dec("1"), "Dated"));
    assertEquals("CLOSED", milestone.state());
    assertEquals("adjust", milestone.operation());
    OkrStateException unknown = assertThrows(OkrStateException.class,
        () -> CLOSED.adjustTarget(KeyResultId.of("ghost"), FEB_1, dec("1"), "Dated"));
    assertEquals("CLOSED", unknown.state());
  }
}
