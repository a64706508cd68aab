package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.core.Samples.CHURN;
import static org.okrkit.core.Samples.FEB_1;
import static org.okrkit.core.Samples.MAR_1;
import static org.okrkit.core.Samples.dec;

import org.junit.jupiter.api.Test;

/** Rules of a key result's history that the commands and the builder enforce alike. */
class KeyResultRulesTest {

  private static final Metric CHURN_METRIC = Metric.of(dec("8"), dec("5"), "%");
  private static final KpiLink CHURN_KPI = KpiLink.of(KpiId.of("churn"), KpiAggregation.LATEST);

  @Test
  void anAdjustmentThatChangesNothing_isRejectedByBothPaths() {
    OkrException command = assertThrows(OkrException.class, () -> Samples.active()
        .adjust(CHURN, Adjustment.of(FEB_1, CHURN_METRIC, "same again")));
    assertEquals("adjustment.measure", command.field());
    OkrException restore = assertThrows(OkrException.class, () -> KeyResult.builder()
        .from(Samples.churn())
        .addAdjustment(Adjustment.of(FEB_1, CHURN_METRIC, "same again"))
        .build());
    assertEquals("adjustment.measure", restore.field());
    assertEquals(CHURN_METRIC.toString(), restore.rejectedValue());
  }

  @Test
  void aBackDatedAdjustment_mustNotMakeTheNextOneANoOp() {
    Metric target6 = Metric.of(dec("8"), dec("6"), "%");
    Objective adjusted = Samples.active().adjust(CHURN, Adjustment.of(MAR_1, target6, "slower"));
    // inserting the same measure on Feb 1 would leave the Mar 1 adjustment changing nothing
    OkrException e = assertThrows(OkrException.class,
        () -> adjusted.adjust(CHURN, Adjustment.of(FEB_1, target6, "earlier")));
    assertEquals("adjustment.measure", e.field());
  }

  @Test
  void aKeyResultDrawnFromAKpi_hasNumericMeasuresOnly() {
    OkrException built = assertThrows(OkrException.class, () -> KeyResult.builder()
        .from(Samples.launch()).kpi(CHURN_KPI).build());
    assertEquals("measure", built.field());
    assertEquals(Milestone.of().toString(), built.rejectedValue());
    // adjusting a KPI-drawn key result into a checklist is refused by the command too
    KeyResult drawn = KeyResult.builder().from(Samples.churn()).kpi(CHURN_KPI).build();
    Objective objective = Objective.builder().from(Samples.draft())
        .keyResults(java.util.List.of(drawn)).build().activate(Samples.JAN_5);
    OkrException adjusted = assertThrows(OkrException.class, () -> objective.adjust(CHURN,
        Adjustment.of(FEB_1, Checklist.of(ChecklistItem.of("a")), "tasks now")));
    assertEquals("measure", adjusted.field());
  }
}
