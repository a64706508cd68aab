package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.core.Samples.FEB_1;
import static org.okrkit.core.Samples.JAN_5;
import static org.okrkit.core.Samples.MAR_31;
import static org.okrkit.core.Samples.Q1_2026;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  @Test
  void statusKnowsItsTransitions() {
    assertTrue(Status.DRAFT.canBecome(Status.ACTIVE));
    assertTrue(Status.DRAFT.canBecome(Status.CANCELLED));
    assertFalse(Status.DRAFT.canBecome(Status.CLOSED));
    assertFalse(Status.DRAFT.canBecome(Status.DRAFT));
    assertTrue(Status.ACTIVE.canBecome(Status.CLOSED));
    assertTrue(Status.ACTIVE.canBecome(Status.CANCELLED));
    assertFalse(Status.ACTIVE.canBecome(Status.ACTIVE));
    for (Status next : Status.values()) {
      assertFalse(Status.CLOSED.canBecome(next));
      assertFalse(Status.CANCELLED.canBecome(next));
    }
  }

  @Test
  void draftHasNoWindow() {
    Lifecycle draft = Lifecycle.draft(Q1_2026);
    assertEquals(Status.DRAFT, draft.status());
    assertEquals(Optional.empty(), draft.firstHistoryDate());
    assertEquals(Optional.empty(), draft.lastCheckInDate());
    assertFalse(draft.allowsCheckInOn(FEB_1));
  }

  @Test
  void activeWindowRunsFromActivationToTheClosingGrace() {
    Lifecycle active = Lifecycle.draft(Q1_2026).then(LifecycleEvent.activated(JAN_5));
    assertEquals(Optional.of(JAN_5), active.firstHistoryDate());
    // Q1 ends 2026-03-31; 14 days of grace: 2026-04-14.
    assertEquals(Optional.of(LocalDate.of(2026, 4, 14)), active.lastCheckInDate());
    assertEquals(Optional.of(MAR_31), active.lastAdjustmentDate());
    assertTrue(active.allowsCheckInOn(LocalDate.of(2026, 4, 14)));
    assertFalse(active.allowsCheckInOn(LocalDate.of(2026, 4, 15)));
    assertFalse(active.allowsAdjustmentOn(LocalDate.of(2026, 4, 1)));
    assertFalse(active.allowsCheckInOn(LocalDate.of(2026, 1, 4)));
  }

  @Test
  void earlyActivationWindowStartsWithThePeriodAndEndsWhenTheObjectiveEnds() {
    Lifecycle cancelled = Lifecycle.of(Q1_2026, List.of(
        LifecycleEvent.activated(LocalDate.of(2025, 12, 20)),
        LifecycleEvent.cancelled(FEB_1, "dropped")));
    assertEquals(Status.CANCELLED, cancelled.status());
    assertEquals(Optional.of(Q1_2026.start()), cancelled.firstHistoryDate());
    assertEquals(Optional.of(FEB_1), cancelled.lastCheckInDate());
    assertEquals(Optional.of(FEB_1), cancelled.lastAdjustmentDate());
    assertEquals(Optional.of(FEB_1), cancelled.endedOn());
  }

  @Test
  void rejectsWhatTheTransitionsForbid() {
    OkrException closedDraft = assertThrows(OkrException.class,
        () -> Lifecycle.draft(Q1_2026).then(LifecycleEvent.closed(MAR_31, "note")));
    assertEquals("lifecycle", closedDraft.field());
    assertEquals("2026-03-31 CLOSED: note", closedDraft.rejectedValue());
    OkrException backwards = assertThrows(OkrException.class, () -> Lifecycle.of(Q1_2026,
        List.of(LifecycleEvent.activated(FEB_1), LifecycleEvent.cancelled(JAN_5, "r"))));
    assertEquals("lifecycle", backwards.field());
    assertEquals("2026-01-05 CANCELLED: r", backwards.rejectedValue());
    assertThrows(OkrException.class, () -> Lifecycle.draft(Q1_2026)
        .then(LifecycleEvent.activated(LocalDate.of(2026, 4, 1))));
  }

  @Test
  void objectiveExposesItsLifecycle() {
    Objective active = Samples.active();
    assertEquals(Lifecycle.of(Q1_2026, List.of(LifecycleEvent.activated(JAN_5))),
        active.lifecycle());
    assertEquals(active.lifecycle().events(), active.lifecycleEvents());
  }

  @Test
  void closingInTheGrace_endsCheckInsThenButAdjustmentsStillEndWithThePeriod() {
    LocalDate apr10 = LocalDate.of(2026, 4, 10);
    Lifecycle closedLate = Lifecycle.of(Q1_2026, List.of(
        LifecycleEvent.activated(JAN_5), LifecycleEvent.closed(apr10, "done")));
    // check-ins: the earlier of Apr 10 and Apr 14; adjustments: the earlier of Apr 10 and Mar 31
    assertEquals(Optional.of(apr10), closedLate.lastCheckInDate());
    assertEquals(Optional.of(MAR_31), closedLate.lastAdjustmentDate());
    assertEquals("[2026-01-05 ACTIVE, 2026-04-10 CLOSED: done]", closedLate.toString());
  }

  @Test
  void eventsOutsideTheFactories_areCheckedToo() {
    // ImmutableLifecycleEvent.of is reachable inside the package only; its check still holds
    OkrException draft = assertThrows(OkrException.class,
        () -> ImmutableLifecycleEvent.of(JAN_5, Status.DRAFT, Optional.empty()));
    assertEquals("status", draft.field());
    assertEquals("DRAFT", draft.rejectedValue());
    OkrException noted = assertThrows(OkrException.class,
        () -> ImmutableLifecycleEvent.of(JAN_5, Status.ACTIVE, Optional.of("kick-off")));
    assertEquals("note", noted.field());
    assertEquals("kick-off", noted.rejectedValue());
    OkrException unexplained = assertThrows(OkrException.class,
        () -> ImmutableLifecycleEvent.of(MAR_31, Status.CANCELLED, Optional.empty()));
    assertEquals("note", unexplained.field());
    assertEquals("empty", unexplained.rejectedValue());
    assertEquals("reason", assertThrows(OkrException.class,
        () -> LifecycleEvent.cancelled(MAR_31, " ")).field());
    assertEquals("2026-03-31 CANCELLED: dropped", LifecycleEvent.cancelled(MAR_31, "dropped")
        .toString());
  }
}
