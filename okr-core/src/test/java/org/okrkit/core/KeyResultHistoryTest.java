package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.core.Samples.ADA;
import static org.okrkit.core.Samples.CHURN;
import static org.okrkit.core.Samples.FEB_1;
import static org.okrkit.core.Samples.GRACE;
import static org.okrkit.core.Samples.MAR_1;
import static org.okrkit.core.Samples.dec;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A key result's attributes and history: what the builder's conveniences set, what the history
 * queries answer, and which measure an adjustment is compared with and governs.
 */
class KeyResultHistoryTest {

  private static final PersonId DANA = PersonId.of("dana");
  private static final PersonId EVE = PersonId.of("eve");
  private static final LocalDate FEB_10 = LocalDate.of(2026, 2, 10);
  private static final LocalDate MAR_10 = LocalDate.of(2026, 3, 10);
  /** The sample churn key result's measure: from 8 % down to 5 %. */
  private static final Metric TARGET_5 = Metric.of(dec("8"), dec("5"), "%");
  private static final Metric TARGET_6 = Metric.of(dec("8"), dec("6"), "%");
  private static final KpiLink CHURN_KPI = KpiLink.of(KpiId.of("churn"), KpiAggregation.LATEST);

  @Test
  void builderConveniences_setWhatTheyName() {
    Adjustment slower = Adjustment.of(MAR_1, TARGET_6, "slower");
    KeyResult keyResult = KeyResult.builder()
        .id(CHURN)
        .title("Reduce churn")
        .owner(ADA)
        .addContributors(EVE)
        .contributors(List.of(GRACE, DANA))
        .addAllContributors(List.of(EVE))
        .measure(TARGET_5)
        .kpi(Optional.of(CHURN_KPI))
        .checkIns(List.of(CheckIn.of(FEB_1, 7)))
        .addAdjustments(Adjustment.of(FEB_1, TARGET_6, "replaced below"))
        .adjustments(List.of(slower))
        .build();
    assertEquals("Reduce churn", keyResult.title());
    assertEquals(ADA, keyResult.owner());
    // contributors(...) replaced eve, who was then added again, last
    assertEquals(List.of(GRACE, DANA, EVE), keyResult.contributors().asList());
    assertEquals(Optional.of(CHURN_KPI), keyResult.kpi());
    assertEquals(List.of(CheckIn.of(FEB_1, 7)), keyResult.checkIns());
    assertEquals(List.of(slower), keyResult.adjustments());
    assertEquals(Optional.empty(), KeyResult.builder().from(keyResult).kpi(Optional.empty())
        .build().kpi());
  }

  @Test
  void from_copiesTheKpiLink_andAnAbsentOneKeepsTheLinkAlreadySet() {
    KeyResult drawn = KeyResult.builder().from(Samples.churn()).kpi(CHURN_KPI).build();
    assertEquals(Optional.of(CHURN_KPI), KeyResult.builder().from(drawn).build().kpi());
    assertEquals(Optional.of(CHURN_KPI),
        KeyResult.builder().kpi(CHURN_KPI).from(Samples.churn()).build().kpi());
  }

  @Test
  void latestCheckInAndActivity_readTheEndOfTheHistory() {
    assertEquals(Optional.empty(), Samples.churn().latestCheckIn());
    assertEquals(Optional.empty(), Samples.churn().latestActivity());
    KeyResult history = KeyResult.builder().from(Samples.churn())
        .addCheckIns(CheckIn.of(MAR_10, 6), CheckIn.of(FEB_10, 7))
        .addAdjustment(Adjustment.of(MAR_1, TARGET_6, "slower"))
        .build();
    assertEquals(Optional.of(CheckIn.of(MAR_10, 6)), history.latestCheckIn());
    // check-in Mar 10 is after the adjustment of Mar 1
    assertEquals(Optional.of(MAR_10), history.latestActivity());
    KeyResult adjustedOnly = KeyResult.builder().from(Samples.churn())
        .addAdjustment(Adjustment.of(MAR_1, TARGET_6, "slower")).build();
    assertEquals(Optional.of(MAR_1), adjustedOnly.latestActivity());
  }

  @Test
  void anAdjustment_isComparedWithTheMeasureInForceBeforeIt() {
    Objective slower = Samples.active().adjust(CHURN, Adjustment.of(FEB_1, TARGET_6, "slower"));
    // back to the original 8 -> 5 changes the 8 -> 6 in force since Feb 1
    Objective back = slower.adjust(CHURN, Adjustment.of(MAR_1, TARGET_5, "back on track"));
    assertEquals(TARGET_5, back.keyResult(CHURN).currentMeasure());
    assertEquals(TARGET_6, back.keyResult(CHURN).measureAsOf(FEB_10));
    // 8 -> 6 again on Mar 1 would change nothing
    OkrException again = assertThrows(OkrException.class,
        () -> slower.adjust(CHURN, Adjustment.of(MAR_1, TARGET_6, "slower still")));
    assertEquals("adjustment.measure", again.field());
    assertEquals("metric 8 -> 6 %", again.rejectedValue());
  }

  @Test
  void aBackDatedAdjustment_governsCheckInsOnlyUntilTheNextAdjustment() {
    Objective milestoneFromMarch = Samples.active()
        .checkIn(CHURN, CheckIn.of(FEB_10, 7))
        .adjust(CHURN, Adjustment.of(MAR_1, Milestone.of(), "now a milestone"))
        .checkIn(CHURN, CheckIn.of(MAR_10, CheckInValue.done()));
    // 8 -> 6 from Feb 1 governs the Feb 10 number, not the Mar 10 milestone check-in
    Objective backDated = milestoneFromMarch.adjust(CHURN,
        Adjustment.of(FEB_1, TARGET_6, "slower"));
    KeyResult churn = backDated.keyResult(CHURN);
    assertEquals(List.of(FEB_1, MAR_1), churn.adjustments().stream().map(Adjustment::date).toList());
    assertEquals(TARGET_6, churn.measureAsOf(FEB_10));
    assertEquals(Milestone.of(), churn.measureAsOf(MAR_10));
    // a milestone from Feb 1 does not fit the Feb 10 number it would govern
    OkrException unfit = assertThrows(OkrException.class, () -> milestoneFromMarch.adjust(CHURN,
        Adjustment.of(FEB_1, Checklist.of(ChecklistItem.of("a")), "tasks")));
    assertEquals("checkIn.value", unfit.field());
    assertEquals("7", unfit.rejectedValue());
  }

  @Test
  void restoring_rejectsTwoAdjustmentsOnOneDate() {
    OkrException e = assertThrows(OkrException.class, () -> KeyResult.builder()
        .from(Samples.churn())
        .addAdjustment(Adjustment.of(FEB_1, TARGET_6, "slower"))
        .addAdjustment(Adjustment.of(FEB_1, Milestone.of(), "a milestone instead"))
        .build());
    assertEquals("adjustments", e.field());
    assertEquals("2026-02-01", e.rejectedValue());
  }

  @Test
  void restoring_comparesEachAdjustmentWithThePreviousOne() {
    KeyResult restored = KeyResult.builder().from(Samples.churn())
        .addAdjustment(Adjustment.of(FEB_1, TARGET_6, "slower"))
        .addAdjustment(Adjustment.of(MAR_1, TARGET_5, "back on track"))
        .build();
    assertEquals(TARGET_5, restored.currentMeasure());
    OkrException e = assertThrows(OkrException.class, () -> KeyResult.builder()
        .from(Samples.churn())
        .addAdjustment(Adjustment.of(FEB_1, TARGET_6, "slower"))
        .addAdjustment(Adjustment.of(MAR_1, TARGET_6, "slower still"))
        .build());
    assertEquals("adjustment.measure", e.field());
    assertEquals("metric 8 -> 6 %", e.rejectedValue());
  }

  @Test
  void restoring_aKpiDrawnKeyResult_rejectsANonNumericAdjustment() {
    OkrException e = assertThrows(OkrException.class, () -> KeyResult.builder()
        .from(Samples.churn())
        .kpi(CHURN_KPI)
        .addAdjustment(Adjustment.of(FEB_1, TARGET_6, "slower"))
        .addAdjustment(Adjustment.of(MAR_1, Checklist.of(ChecklistItem.of("a")), "tasks"))
        .build());
    assertEquals("measure", e.field());
    // a checklist shows its items with their weights; an item's weight is 1 unless given
    assertEquals("checklist[a×1]", e.rejectedValue());
    assertTrue(e.getMessage().contains("drawn from KPI churn"), e.getMessage());
  }

  @Test
  void toString_namesTheAttributesAndHistory() {
    String text = KeyResult.builder().from(Samples.churn())
        .addCheckIn(CheckIn.of(FEB_1, 7)).build().toString();
    assertTrue(text.startsWith("KeyResult{id=churn, title=Reduce monthly churn from 8 % to 5 %, "
        + "owner=ada, contributors=[], weight=1, measure=metric 8 -> 5 %, checkIns=["), text);
    assertTrue(text.endsWith("], adjustments=[]}"), text);
  }
}
