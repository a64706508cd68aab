package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.core.Samples.JAN_5;
import static org.okrkit.core.Samples.dec;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Restoring an objective through its builder checks the whole history against the lifecycle:
 * activated Jan 5 in Q1 2026, check-ins may be dated Jan 5 to Apr 14 (Mar 31 plus the 14-day
 * closing grace), adjustments Jan 5 to Mar 31.
 */
class RestoringAnObjectiveChecksItsHistoryTest {

  private static final LocalDate JAN_3 = LocalDate.of(2026, 1, 3);
  private static final LocalDate JAN_10 = LocalDate.of(2026, 1, 10);
  private static final LocalDate APR_14 = LocalDate.of(2026, 4, 14);
  private static final LocalDate APR_15 = LocalDate.of(2026, 4, 15);
  private static final LocalDate APR_1 = LocalDate.of(2026, 4, 1);

  private static Objective restore(boolean activated, KeyResult... keyResults) {
    Objective.Builder builder = Objective.builder().from(Samples.draft())
        .keyResults(List.of(keyResults));
    if (activated) {
      builder.addLifecycleEvent(LifecycleEvent.activated(JAN_5));
    }
    return builder.build();
  }

  private static KeyResult churnWith(CheckIn... checkIns) {
    return KeyResult.builder().from(Samples.churn()).addCheckIns(checkIns).build();
  }

  private static KeyResult churnAdjustedOn(LocalDate date) {
    return KeyResult.builder().from(Samples.churn())
        .addAdjustment(Adjustment.of(date, Metric.of(dec("8"), dec("6"), "%"), "Too hard"))
        .build();
  }

  private static KeyResult churnAdjustedOn(LocalDate first, LocalDate last) {
    return KeyResult.builder().from(Samples.churn())
        .addAdjustment(Adjustment.of(first, Metric.of(dec("8"), dec("6"), "%"), "Too hard"))
        .addAdjustment(Adjustment.of(last, Metric.of(dec("8"), dec("7"), "%"), "Still too hard"))
        .build();
  }

  private static void assertRejected(String field, String value, Runnable restore) {
    OkrException e = assertThrows(OkrException.class, restore::run);
    assertEquals(field, e.field());
    assertEquals(value, e.rejectedValue());
  }

  @Test
  void anActivatedObjective_withoutKeyResults_isRejected() {
    assertRejected("keyResults", "[]", () -> restore(true));
  }

  @Test
  void checkIns_atTheEdgesOfTheWindow_areAccepted() {
    Objective restored = restore(true,
        churnWith(CheckIn.of(JAN_5, dec("7.9")), CheckIn.of(APR_14, dec("5.5"))));
    assertEquals(2, restored.keyResults().get(0).checkIns().size());
  }

  @Test
  void theFirstCheckIn_beforeActivation_isRejected() {
    assertRejected("checkIn.date", "2026-01-03", () -> restore(true,
        churnWith(CheckIn.of(JAN_3, dec("7.9")), CheckIn.of(JAN_10, dec("7.5")))));
  }

  @Test
  void theLastCheckIn_afterTheClosingGrace_isRejected() {
    assertRejected("checkIn.date", "2026-04-15", () -> restore(true,
        churnWith(CheckIn.of(JAN_10, dec("7.5")), CheckIn.of(APR_15, dec("5.5")))));
  }

  @Test
  void aCheckInOnADraft_needsAnActivation() {
    OkrException e = assertThrows(OkrException.class,
        () -> restore(false, churnWith(CheckIn.of(JAN_10, dec("7.5")))));
    assertEquals("checkIn.date", e.field());
    assertTrue(e.getMessage().contains("to have been activated"), e.getMessage());
  }

  @Test
  void adjustments_outsideActivationAndPeriod_areRejected() {
    assertRejected("adjustment.date", "2026-01-03", () -> restore(true, churnAdjustedOn(JAN_3)));
    assertRejected("adjustment.date", "2026-04-01", () -> restore(true, churnAdjustedOn(APR_1)));
  }

  @Test
  void adjustments_areCheckedAtBothEndsOfTheHistory() {
    Objective inside = restore(true, churnAdjustedOn(JAN_5, LocalDate.of(2026, 3, 31)));
    assertEquals(2, inside.keyResults().get(0).adjustments().size());
    assertRejected("adjustment.date", "2026-01-03",
        () -> restore(true, churnAdjustedOn(JAN_3, JAN_10)));
    assertRejected("adjustment.date", "2026-04-01",
        () -> restore(true, churnAdjustedOn(JAN_10, APR_1)));
  }
}
