package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.core.Samples.CHURN;
import static org.okrkit.core.Samples.FEB_1;
import static org.okrkit.core.Samples.JAN_5;
import static org.okrkit.core.Samples.LAUNCH;
import static org.okrkit.core.Samples.MAR_1;
import static org.okrkit.core.Samples.MAR_31;
import static org.okrkit.core.Samples.NPS;
import static org.okrkit.core.Samples.Q1_2026;
import static org.okrkit.core.Samples.dec;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ObjectiveTest {

  @Test
  void builder_readsBack() {
    Objective draft = Samples.draft();
    assertEquals(ObjectiveId.of("retention-q1"), draft.id());
    assertEquals(Status.DRAFT, draft.status());
    assertEquals(Level.TEAM, draft.level());
    assertEquals(Commitment.ASPIRATIONAL, draft.commitment());
    assertEquals(ImmutableList.of(CHURN, NPS, LAUNCH),
        draft.keyResults().stream().map(KeyResult::id).collect(ImmutableList.toImmutableList()));
    assertEquals(Optional.empty(), draft.activatedOn());
    assertEquals(dec("2"), draft.keyResult(NPS).weight());
    assertEquals(dec("1"), draft.keyResult(CHURN).weight());
  }

  @Test
  void builder_namesMissingAttributes() {
    IncompleteValueException e = assertThrows(IncompleteValueException.class,
        () -> Objective.builder().id(ObjectiveId.of("x")).title("t").build());
    assertTrue(e.getMessage().contains("owner"), e.getMessage());
    assertTrue(e.getMessage().contains("period"), e.getMessage());
  }

  @Test
  void builder_rejectsDuplicateKeyResultIdsAndBlankTexts() {
    OkrException duplicate = assertThrows(OkrException.class,
        () -> Objective.builder().from(Samples.draft()).addKeyResult(Samples.churn()).build());
    assertEquals("keyResults", duplicate.field());
    assertEquals("churn", duplicate.rejectedValue());
    assertEquals("title", assertThrows(OkrException.class,
        () -> Objective.builder().from(Samples.draft()).title("  ").build()).field());
    assertEquals("description", assertThrows(OkrException.class,
        () -> Objective.builder().from(Samples.draft()).description("").build()).field());
  }

  @Test
  void alignment_weightAboveZeroAndAtMostOne() {
    ObjectiveId parent = ObjectiveId.of("company-2026");
    for (String bad : new String[] {"0", "-0.5", "1.01"}) {
      OkrException e = assertThrows(OkrException.class,
          () -> Alignment.toObjective(parent, dec(bad)));
      assertEquals("weight", e.field());
    }
    assertEquals(dec("1"), Alignment.toKeyResult(parent, CHURN).weight());
    assertTrue(Alignment.toKeyResult(parent, CHURN).isToKeyResult());
    assertEquals("-> company-2026/churn ×0.25",
        Alignment.toKeyResult(parent, CHURN, dec("0.250")).toString());
  }

  @Test
  void keyResult_weightMustBePositive() {
    OkrException e = assertThrows(OkrException.class,
        () -> KeyResult.builder().from(Samples.churn()).weight(dec("0")).build());
    assertEquals("weight", e.field());
    assertEquals("weight was 0: must be positive", e.getMessage());
  }

  @Test
  void builder_rejectsDuplicateParents() {
    ObjectiveId parent = ObjectiveId.of("company-2026");
    OkrException e = assertThrows(OkrException.class, () -> Objective.builder()
        .from(Samples.draft())
        .addAlignment(Alignment.toObjective(parent, dec("0.5")))
        .addAlignment(Alignment.toObjective(parent, dec("0.25")))
        .build());
    assertEquals("alignments", e.field());
    assertEquals("company-2026", e.rejectedValue());
    Objective slashes = Samples.draft()
        .alignTo(Alignment.toObjective(ObjectiveId.of("a/b")))
        .alignTo(Alignment.toKeyResult(ObjectiveId.of("a"), KeyResultId.of("b")));
    assertEquals(2, slashes.alignments().size());
    Objective twoParents = Samples.draft()
        .alignTo(Alignment.toObjective(parent, dec("0.5")))
        .alignTo(Alignment.toKeyResult(parent, KeyResultId.of("kr-1"), dec("0.25")));
    assertEquals(2, twoParents.alignments().size());
  }

  @Test
  void activate_needsADraftWithKeyResults() {
    Objective empty = Objective.builder().from(Samples.draft()).keyResults(List.of()).build();
    OkrStateException e = assertThrows(OkrStateException.class, () -> empty.activate(JAN_5));
    assertEquals("DRAFT", e.state());
    assertEquals("activate", e.operation());
    assertEquals("objective retention-q1 needs at least one key result first", e.rule());
    assertTrue(e.getMessage().contains("key result"), e.getMessage());

    Objective active = Samples.draft().activate(JAN_5);
    assertEquals(Status.ACTIVE, active.status());
    assertEquals(Optional.of(JAN_5), active.activatedOn());
    assertThrows(OkrStateException.class, () -> active.activate(FEB_1));
  }

  @Test
  void activate_notAfterThePeriod() {
    OkrException e = assertThrows(OkrException.class,
        () -> Samples.draft().activate(LocalDate.of(2026, 4, 1)));
    assertEquals("lifecycle", e.field());
    assertTrue(e.getMessage().contains("2026-03-31"), e.getMessage());
  }

  @Test
  void close_onlyWhenActiveAndWithANote() {
    Objective draft = Samples.draft();
    OkrStateException fromDraft =
        assertThrows(OkrStateException.class, () -> draft.close(MAR_31, "done"));
    assertEquals("DRAFT", fromDraft.state());
    assertEquals("close", fromDraft.operation());

    Objective active = Samples.active();
    assertThrows(OkrException.class, () -> active.close(MAR_31, " "));
    Objective closed = active.close(MAR_31, "Churn fell to 5.5 %; onboarding shipped late");
    assertEquals(Status.CLOSED, closed.status());
    assertEquals(Optional.of(MAR_31), closed.endedOn());
    assertEquals(Optional.of("Churn fell to 5.5 %; onboarding shipped late"),
        closed.lifecycle().events().get(1).note());
    assertThrows(OkrStateException.class, () -> closed.close(MAR_31, "again"));
    assertThrows(OkrStateException.class, () -> closed.cancel(MAR_31, "no"));
  }

  @Test
  void transitions_neverGoBackInTime() {
    Objective active = Samples.draft().activate(FEB_1);
    OkrException e = assertThrows(OkrException.class, () -> active.close(JAN_5, "early"));
    assertEquals("lifecycle", e.field());
    assertTrue(e.getMessage().contains("before the previous transition"), e.getMessage());
    assertEquals(Status.CLOSED, active.close(FEB_1, "same day is fine").status());
  }

  @Test
  void cancel_fromDraftOrActiveWithAReason() {
    Objective cancelledDraft = Samples.draft().cancel(JAN_5, "Merged into the growth objective");
    assertEquals(Status.CANCELLED, cancelledDraft.status());
    assertEquals(Optional.empty(), cancelledDraft.activatedOn());
    Objective cancelled = Samples.active().cancel(FEB_1, "Product line discontinued");
    assertEquals(Status.CANCELLED, cancelled.status());
    assertEquals(Optional.of(FEB_1), cancelled.endedOn());
    assertThrows(OkrException.class, () -> Samples.active().cancel(FEB_1, ""));
    assertThrows(OkrStateException.class, () -> cancelled.checkIn(CHURN, CheckIn.of(FEB_1, dec("7"))));
  }

  @Test
  void draftCommands_onlyInDraft() {
    Objective draft = Samples.draft();
    KeyResult extra = KeyResult.builder().from(Samples.churn()).id(KeyResultId.of("extra")).build();
    assertEquals(4, draft.addKeyResult(extra).keyResults().size());
    assertEquals(2, draft.removeKeyResult(NPS).keyResults().size());
    assertEquals(ImmutableList.of(CHURN, LAUNCH), draft.removeKeyResult(NPS).keyResults().stream()
        .map(KeyResult::id).collect(ImmutableList.toImmutableList()));
    assertThrows(OkrException.class, () -> draft.removeKeyResult(KeyResultId.of("nope")));
    ObjectiveId platform = ObjectiveId.of("platform");
    assertEquals(List.of(platform), draft.dependOn(platform).dependsOn().asList());
    Objective dependent = draft.dependOn(platform);
    assertSame(dependent, dependent.dependOn(platform));

    Objective active = Samples.active();
    assertThrows(OkrStateException.class, () -> active.addKeyResult(extra));
    assertThrows(OkrStateException.class, () -> active.removeKeyResult(NPS));
    assertThrows(OkrStateException.class, () -> active.alignTo(Alignment.toObjective(platform)));
    assertThrows(OkrStateException.class, () -> active.dependOn(platform));
  }

  @Test
  void checkIn_recordsInDateOrder() {
    Objective objective = Samples.active()
        .checkIn(CHURN, CheckIn.of(MAR_1, dec("6")))
        .checkIn(CHURN, CheckIn.builder().date(FEB_1).value(CheckInValue.of(7.5))
            .confidence(Confidence.HIGH).note("New onboarding emails").build())
        .checkIn(LAUNCH, CheckIn.of(MAR_1, CheckInValue.done()));
    KeyResult churn = objective.keyResult(CHURN);
    assertEquals(List.of(FEB_1, MAR_1),
        churn.checkIns().stream().map(CheckIn::date).collect(ImmutableList.toImmutableList()));
    assertEquals(dec("6"), ((NumericValue) churn.latestCheckIn().orElseThrow().value()).value());
    assertEquals(Optional.empty(), churn.checkInAsOf(JAN_5));
    assertEquals(FEB_1, churn.checkInAsOf(LocalDate.of(2026, 2, 28)).orElseThrow().date());
    assertEquals(Optional.of(Confidence.HIGH), churn.checkIns().get(0).confidence());
  }

  @Test
  void checkIn_rejectsWhatDoesNotFit() {
    Objective active = Samples.active().checkIn(CHURN, CheckIn.of(FEB_1, dec("7")));
    OkrException unknown = assertThrows(OkrException.class,
        () -> active.checkIn(KeyResultId.of("ghost"), CheckIn.of(FEB_1, dec("1"))));
    assertEquals("keyResultId", unknown.field());
    assertEquals("ghost", unknown.rejectedValue());

    OkrException sameDay = assertThrows(OkrException.class,
        () -> active.checkIn(CHURN, CheckIn.of(FEB_1, dec("6.5"))));
    assertEquals("2026-02-01", sameDay.rejectedValue());

    OkrException wrongKind = assertThrows(OkrException.class,
        () -> active.checkIn(CHURN, CheckIn.of(MAR_1, CheckInValue.done())));
    assertTrue(wrongKind.getMessage().contains("metric 8 -> 5 %"), wrongKind.getMessage());

    OkrException beforeActivation = assertThrows(OkrException.class,
        () -> active.checkIn(NPS, CheckIn.of(LocalDate.of(2026, 1, 2), dec("31"))));
    assertEquals("checkIn.date", beforeActivation.field());
    assertTrue(beforeActivation.getMessage().contains("from 2026-01-05 to 2026-04-14"),
        beforeActivation.getMessage());

    for (Executable bad : List.<Executable>of(
        () -> active.checkIn(NPS, CheckIn.of(LocalDate.of(2026, 4, 15), dec("40"))),
        () -> active.checkIn(LAUNCH, CheckIn.of(MAR_1, dec("1"))))) {
      assertThrows(OkrException.class, bad);
    }
  }

  @Test
  void checkIn_closingCheckInInsideTheGraceWindow() {
    LocalDate closingDay = MAR_31.plusDays(Period.CLOSING_GRACE_DAYS);
    Objective closed = Samples.active()
        .checkIn(NPS, CheckIn.of(closingDay, dec("46")))
        .close(closingDay, "NPS 46 of 50");
    assertEquals(closingDay, closed.keyResult(NPS).latestCheckIn().orElseThrow().date());
  }

  @Test
  void close_notBeforeThePeriodStarts() {
    Objective early = Samples.draft().activate(LocalDate.of(2025, 12, 1));
    OkrException e = assertThrows(OkrException.class,
        () -> early.close(LocalDate.of(2025, 12, 2), "never started"));
    assertEquals("lifecycle", e.field());
    assertTrue(e.getMessage().contains("cancel it instead"), e.getMessage());
    assertThrows(OkrException.class, () -> Objective.builder().from(early)
        .addLifecycleEvent(LifecycleEvent.closed(LocalDate.of(2025, 12, 2), "restored")).build());
    assertEquals(Status.CANCELLED, early.cancel(LocalDate.of(2025, 12, 2), "dropped").status());
  }

  @Test
  void owner_isNotAlsoContributorOrCoach() {
    OkrException contributor = assertThrows(OkrException.class, () -> Objective.builder()
        .from(Samples.draft()).addContributor(Samples.ADA).build());
    assertEquals("contributors", contributor.field());
    assertEquals("ada", contributor.rejectedValue());
    assertEquals("coach", assertThrows(OkrException.class,
        () -> Objective.builder().from(Samples.draft()).coach(Samples.ADA).build()).field());
    assertEquals("contributors", assertThrows(OkrException.class,
        () -> KeyResult.builder().from(Samples.churn()).addContributor(Samples.ADA).build())
        .field());
    Objective team = Objective.builder().from(Samples.draft())
        .addContributor(Samples.GRACE).coach(PersonId.of("coach")).build();
    assertEquals(Samples.GRACE, team.contributors().iterator().next());
  }

  @Test
  void checkIn_notAfterTheObjectiveEnded() {
    Objective closedEarly = Samples.active().close(FEB_1, "Reprioritised");
    OkrException e = assertThrows(OkrException.class, () -> Objective.builder()
        .from(closedEarly)
        .keyResults(List.of(KeyResult.builder().from(Samples.churn())
            .addCheckIn(CheckIn.of(MAR_1, dec("6"))).build()))
        .build());
    assertTrue(e.getMessage().contains("to 2026-02-01"), e.getMessage());
    OkrException closeBeforeCheckIn = assertThrows(OkrException.class,
        () -> Samples.active().checkIn(CHURN, CheckIn.of(MAR_1, dec("6"))).close(FEB_1, "x"));
    assertEquals("date", closeBeforeCheckIn.field());
    assertEquals("2026-02-01", closeBeforeCheckIn.rejectedValue());
    assertTrue(closeBeforeCheckIn.getMessage().contains("2026-03-01"),
        closeBeforeCheckIn.getMessage());
    Objective adjusted = Samples.active().adjustTarget(CHURN, MAR_1, dec("6"), "re-plan");
    assertEquals("date", assertThrows(OkrException.class,
        () -> adjusted.cancel(FEB_1, "dropped")).field());
  }

  @Test
  void adjust_keepsTheEarlierMeasureForEarlierDates() {
    Objective adjusted = Samples.active()
        .checkIn(NPS, CheckIn.of(FEB_1, dec("35")))
        .adjustTarget(NPS, MAR_1, dec("45"), "Survey vendor changed the scale")
        .checkIn(NPS, CheckIn.of(MAR_31, dec("44")));
    KeyResult nps = adjusted.keyResult(NPS);
    assertEquals(Metric.of(dec("30"), dec("50"), "points"), nps.measure());
    assertEquals(Metric.of(dec("30"), dec("45"), "points"), nps.currentMeasure());
    assertEquals(Metric.of(dec("30"), dec("50"), "points"), nps.measureAsOf(FEB_1));
    assertEquals(Metric.of(dec("30"), dec("45"), "points"), nps.measureAsOf(MAR_1));
    assertEquals("Survey vendor changed the scale", nps.adjustments().get(0).reason());
  }

  @Test
  void adjust_mustChangeSomethingAndKeepTheDirection() {
    Objective active = Samples.active();
    OkrException noOp = assertThrows(OkrException.class,
        () -> active.adjustTarget(CHURN, FEB_1, dec("5.00"), "same target"));
    assertEquals("adjustment.measure", noOp.field());
    assertTrue(noOp.getMessage().contains("already in force"), noOp.getMessage());
    assertThrows(OkrException.class,
        () -> active.adjust(LAUNCH, Adjustment.of(FEB_1, Milestone.of(), "same milestone")));
    OkrException flip = assertThrows(OkrException.class,
        () -> active.adjustTarget(CHURN, FEB_1, dec("10"), "now we want more churn?"));
    assertEquals("newTarget", flip.field());
    assertTrue(flip.getMessage().contains("from DECREASE to INCREASE"), flip.getMessage());
    Objective flipped = active.adjust(CHURN,
        Adjustment.of(FEB_1, Metric.of(dec("8"), dec("10"), "%"), "metric redefined as retention"));
    assertEquals(Direction.INCREASE, ((Metric) flipped.keyResult(CHURN).currentMeasure()).direction());
  }

  @Test
  void adjust_rejectsWhatDoesNotFit() {
    Objective active = Samples.active().checkIn(CHURN, CheckIn.of(MAR_1, dec("6")));
    OkrException noTarget = assertThrows(OkrException.class,
        () -> active.adjustTarget(LAUNCH, FEB_1, dec("1"), "why"));
    assertTrue(noTarget.getMessage().contains("no single target"), noTarget.getMessage());
    assertThrows(OkrException.class, () -> active.adjust(CHURN, Adjustment.of(FEB_1, Milestone.of(), "now a milestone")));
    assertThrows(OkrException.class, () -> active.adjustTarget(CHURN, LocalDate.of(2026, 4, 1), dec("6"), "after the period"));
    assertThrows(OkrException.class, () -> active.adjustTarget(CHURN, FEB_1, dec("8"), "target equals start"));
    assertThrows(OkrStateException.class, () -> Samples.draft().adjustTarget(CHURN, FEB_1, dec("6"), "draft"));
    Objective sameDay = active.adjustTarget(CHURN, FEB_1, dec("6"), "first");
    assertThrows(OkrException.class, () -> sameDay.adjustTarget(CHURN, FEB_1, dec("7"), "second on the same day"));
    Objective toMilestone = Samples.active()
        .adjust(LAUNCH, Adjustment.of(FEB_1, Checklist.of(ChecklistItem.of("beta"),
            ChecklistItem.of("ga", dec("3"))), "Split into beta and GA"))
        .checkIn(LAUNCH, CheckIn.of(MAR_1, CheckInValue.itemsDone(List.of("beta"))));
    assertEquals(MeasureKind.CHECKLIST, toMilestone.keyResult(LAUNCH).currentMeasure().kind());
  }

  @Test
  void asOf_replaysTheHistory() {
    Objective draft = Samples.draft();
    Objective active = draft.activate(JAN_5);
    Objective withFebruary = active.checkIn(CHURN, CheckIn.of(FEB_1, dec("7")));
    Objective adjusted = withFebruary.adjustTarget(CHURN, MAR_1, dec("6"), "Market shift");
    Objective closed = adjusted.checkIn(CHURN, CheckIn.of(MAR_31, dec("6"))).close(MAR_31, "Done");

    assertEquals(draft, closed.asOf(LocalDate.of(2026, 1, 4)));
    assertEquals(active, closed.asOf(JAN_5));
    assertEquals(withFebruary, closed.asOf(LocalDate.of(2026, 2, 28)));
    assertEquals(adjusted, closed.asOf(MAR_1));
    assertSame(closed, closed.asOf(MAR_31));
    assertEquals(Status.ACTIVE, closed.asOf(MAR_1).status());
  }

  @Test
  void checkIn_outsideThePeriodStartIsRejectedEvenIfActivatedEarly() {
    Objective early = Samples.draft().activate(LocalDate.of(2025, 12, 15));
    OkrException e = assertThrows(OkrException.class,
        () -> early.checkIn(CHURN, CheckIn.of(LocalDate.of(2025, 12, 20), dec("8"))));
    assertTrue(e.getMessage().contains("from 2026-01-01"), e.getMessage());
    assertEquals(Q1_2026, early.period());
  }

  @Test
  void lifecycle_restoredFromStorageIsChecked() {
    Objective.Builder restored = Objective.builder().from(Samples.draft());
    OkrException skipsActive = assertThrows(OkrException.class, () -> restored
        .lifecycleEvents(List.of(LifecycleEvent.closed(MAR_31, "closed without activating")))
        .build());
    assertTrue(skipsActive.getMessage().contains("cannot go from DRAFT to CLOSED"),
        skipsActive.getMessage());
    OkrException checkInOnDraft = assertThrows(OkrException.class, () -> Objective.builder()
        .from(Samples.draft())
        .keyResults(List.of(KeyResult.builder().from(Samples.churn())
            .addCheckIn(CheckIn.of(FEB_1, dec("7"))).build()))
        .build());
    assertTrue(checkInOnDraft.getMessage().contains("activated"), checkInOnDraft.getMessage());
  }

  @Test
  void findKeyResult_isEmptyForAnUnknownId() {
    Objective draft = Samples.draft();
    assertEquals(Optional.of(Samples.nps()), draft.findKeyResult(NPS));
    assertEquals(Optional.empty(), draft.findKeyResult(KeyResultId.of("ghost")));
  }

  @Test
  void adjustTarget_ofAThreshold_movesItsLevel() {
    KeyResultId uptime = KeyResultId.of("uptime");
    Objective active = Objective.builder().from(Samples.draft())
        .keyResults(List.of(KeyResult.builder().id(uptime).title("Stay up").owner(Samples.ADA)
            .measure(Threshold.atOrAbove(dec("99.5"), "%")).build()))
        .build()
        .activate(JAN_5);
    Objective stricter = active.adjustTarget(uptime, FEB_1, dec("99.9"), "stricter SLA");
    assertEquals(Threshold.atOrAbove(dec("99.9"), "%"),
        stricter.keyResult(uptime).currentMeasure());
    assertEquals(Threshold.atOrAbove(dec("99.5"), "%"), stricter.keyResult(uptime).measureAsOf(JAN_5));
  }
}
