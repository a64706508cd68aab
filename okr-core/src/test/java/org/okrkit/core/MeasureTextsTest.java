package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.core.Samples.FEB_1;
import static org.okrkit.core.Samples.dec;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures, check-in values and KPI links read as their Javadoc shows: these texts appear as the
 * rejected value of okrkit's exceptions. And each measure names its kind.
 */
class MeasureTextsTest {

  @Test
  void measures_readAsDocumented() {
    assertEquals("within 100..300 ms", Band.of(dec("100"), dec("300"), "ms").toString());
    assertEquals("milestone", Milestone.of().toString());
    Checklist checklist = Checklist.of(List.of(ChecklistItem.of("pilot"),
        ChecklistItem.of("rollout", dec("2"))));
    assertEquals("checklist[pilot×1, rollout×2]", checklist.toString());
    assertEquals("pilot-done×2", ChecklistItem.of("pilot-done", dec("2.0")).toString());
  }

  @Test
  void checkInValues_readAsDocumented() {
    assertEquals("done", CheckInValue.done().toString());
    assertEquals("not done", CheckInValue.notDone().toString());
    assertEquals("done[pilot, rollout]",
        CheckInValue.itemsDone(List.of("pilot", "rollout")).toString());
    assertEquals("done[]", CheckInValue.itemsDone(List.of()).toString());
  }

  @Test
  void kpiLinksAndReadings_readAsDocumented() {
    assertEquals("leads SUM", KpiLink.of(KpiId.of("leads"), KpiAggregation.SUM).toString());
    // 412.0 in canonical form is 412
    assertEquals("2026-02-01=412", KpiReading.of(FEB_1, dec("412.0")).toString());
  }

  @Test
  void eachMeasure_namesItsKind_andOnlyNumberMeasuresAreNumeric() {
    assertEquals(MeasureKind.METRIC, Metric.of(dec("8"), dec("5"), "%").kind());
    assertEquals(MeasureKind.THRESHOLD, Threshold.atOrAbove(dec("99.9"), "%").kind());
    assertEquals(MeasureKind.BAND, Band.of(dec("100"), dec("300"), "ms").kind());
    assertEquals(MeasureKind.MILESTONE, Milestone.of().kind());
    assertEquals(MeasureKind.CHECKLIST, Checklist.of(ChecklistItem.of("a")).kind());
    for (MeasureKind numeric : EnumSet.of(MeasureKind.METRIC, MeasureKind.THRESHOLD,
        MeasureKind.BAND)) {
      assertTrue(numeric.isNumeric(), numeric.name());
    }
    for (MeasureKind other : EnumSet.of(MeasureKind.MILESTONE, MeasureKind.CHECKLIST)) {
      assertFalse(other.isNumeric(), other.name());
    }
  }
}
