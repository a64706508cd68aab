package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.core.Samples.CHURN;
import static org.okrkit.core.Samples.FEB_1;
import static org.okrkit.core.Samples.JAN_5;
import static org.okrkit.core.Samples.MAR_1;
import static org.okrkit.core.Samples.dec;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Commands check only the new fact; the builder checks the whole history. */
class CommandsTest {

  private static final LocalDate FEB_15 = LocalDate.of(2026, 2, 15);

  @Test
  void sameDateCheckInIsRejectedAndChangesNothing() {
    Objective once = Samples.active().checkIn(CHURN, CheckIn.of(FEB_1, dec("7")));
    OkrException e = assertThrows(OkrException.class,
        () -> once.checkIn(CHURN, CheckIn.of(FEB_1, dec("6"))));
    assertEquals("checkIns", e.field());
    assertEquals("2026-02-01", e.rejectedValue());
    assertEquals(List.of(CheckIn.of(FEB_1, dec("7"))), once.keyResult(CHURN).checkIns());
  }

  @Test
  void backDatedCheckInTakesItsPlaceInDateOrder() {
    Objective objective = Samples.active()
        .checkIn(CHURN, CheckIn.of(MAR_1, 6))
        .checkIn(CHURN, CheckIn.of(FEB_1, 7));
    assertEquals(List.of(CheckIn.of(FEB_1, dec("7")), CheckIn.of(MAR_1, dec("6"))),
        objective.keyResult(CHURN).checkIns());
  }

  @Test
  void branchesFromOneObjectiveKeepTheirOwnHistories() {
    Objective base = Samples.active().checkIn(CHURN, CheckIn.of(FEB_1, 7));
    Objective left = base.checkIn(CHURN, CheckIn.of(MAR_1, 6));
    Objective right = base.checkIn(CHURN, CheckIn.of(MAR_1, 5));
    assertEquals(List.of(CheckIn.of(FEB_1, 7)), base.keyResult(CHURN).checkIns());
    assertEquals(dec("6"), ((NumericValue) left.keyResult(CHURN).checkIns().get(1).value()).value());
    assertEquals(dec("5"), ((NumericValue) right.keyResult(CHURN).checkIns().get(1).value()).value());
  }

  @Test
  void adjustmentMustFitTheCheckInsItGoverns() {
    Objective milestoneLater = Samples.active()
        .checkIn(CHURN, CheckIn.of(MAR_1, 6));
    OkrException e = assertThrows(OkrException.class, () -> milestoneLater.adjust(CHURN,
        Adjustment.of(FEB_1, Milestone.of(), "now a milestone")));
    assertEquals("checkIn.value", e.field());
    assertEquals("6", e.rejectedValue());
    // An adjustment after the check-in governs nothing recorded yet.
    Objective adjusted = milestoneLater.adjust(CHURN,
        Adjustment.of(LocalDate.of(2026, 3, 2), Milestone.of(), "now a milestone"));
    assertEquals(Milestone.of(), adjusted.keyResult(CHURN).currentMeasure());
  }

  @Test
  void checkInOutsideTheWindowNamesTheDate() {
    OkrException e = assertThrows(OkrException.class,
        () -> Samples.active().checkIn(CHURN, CheckIn.of(LocalDate.of(2026, 4, 15), 6)));
    assertEquals("checkIn.date", e.field());
    assertEquals("2026-04-15", e.rejectedValue());
  }

  @Test
  void latestActivityIsTheLatestEventCheckInOrAdjustment() {
    assertEquals(Optional.empty(), Samples.draft().latestActivity());
    Objective active = Samples.active();
    assertEquals(Optional.of(JAN_5), active.latestActivity());
    Objective busy = active
        .checkIn(CHURN, CheckIn.of(FEB_1, 7))
        .adjustTarget(CHURN, FEB_15, 4, "stretch");
    assertEquals(Optional.of(FEB_15), busy.keyResult(CHURN).latestActivity());
    assertEquals(Optional.of(FEB_15), busy.latestActivity());
    OkrException early = assertThrows(OkrException.class, () -> busy.close(FEB_1, "done"));
    assertEquals("date", early.field());
  }

  @Test
  void unknownKeyResultIdsThrowUnknownKeyResultException() {
    KeyResultId ghost = KeyResultId.of("ghost");
    Objective active = Samples.active();
    for (Runnable command : List.<Runnable>of(
        () -> active.keyResult(ghost),
        () -> active.checkIn(ghost, CheckIn.of(FEB_1, 1)),
        () -> active.adjust(ghost, Adjustment.of(FEB_1, Milestone.of(), "r")),
        () -> active.adjustTarget(ghost, FEB_1, dec("1"), "r"),
        () -> Samples.draft().removeKeyResult(ghost))) {
      UnknownKeyResultException e = assertThrows(UnknownKeyResultException.class, command::run);
      assertEquals(ghost, e.keyResultId());
      assertEquals("keyResultId", e.field());
      assertEquals("ghost", e.rejectedValue());
    }
  }

  @Test
  void builderSortsTheRestoredHistoryAndChecksAllOfIt() {
    KeyResult restored = KeyResult.builder().from(Samples.churn())
        .addCheckIns(CheckIn.of(MAR_1, 6), CheckIn.of(FEB_1, 7))
        .build();
    assertEquals(List.of(CheckIn.of(FEB_1, 7), CheckIn.of(MAR_1, 6)), restored.checkIns());
    OkrException twice = assertThrows(OkrException.class, () -> KeyResult.builder()
        .from(restored).addCheckIn(CheckIn.of(FEB_1, 5)).build());
    assertEquals("checkIns", twice.field());
    assertEquals("2026-02-01", twice.rejectedValue());
    OkrException unfit = assertThrows(OkrException.class, () -> KeyResult.builder()
        .from(restored).addAdjustment(Adjustment.of(JAN_5, Milestone.of(), "r")).build());
    assertEquals("checkIn.value", unfit.field());
  }

  @Test
  void asOfSharesTheHistoryAndReturnsTheSameInstanceWhenNothingIsLater() {
    Objective objective = Samples.active().checkIn(CHURN, CheckIn.of(FEB_1, 7));
    assertSame(objective, objective.asOf(MAR_1));
    assertEquals(List.of(), objective.asOf(JAN_5).keyResult(CHURN).checkIns());
    assertEquals(Samples.active(), objective.asOf(JAN_5));
  }
}
