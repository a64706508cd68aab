package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.core.Samples.dec;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every public entry point of okr-core rejects null arguments with a NullPointerException. */
class NullRejectionTest {

  private static final List<Class<?>> PUBLIC_TYPES = List.of(
      ObjectiveId.class, KeyResultId.class, KpiId.class, PersonId.class, OrgUnitId.class,
      Level.class, Period.class, PeriodKind.class, Measure.class, MeasureKind.class, Metric.class,
      Direction.class, Threshold.class, Band.class, Milestone.class, Checklist.class,
      ChecklistItem.class, CheckInValue.class, NumericValue.class, MilestoneValue.class,
      ChecklistValue.class, Confidence.class, ConfidenceLevel.class, CheckIn.class,
      Adjustment.class, KeyResult.class, Status.class, Commitment.class, LifecycleEvent.class,
      Lifecycle.class, Alignment.class, AlignmentTarget.class, Objective.class, Plan.class,
      CascadeRule.class, Kpi.class, KpiReading.class, HealthTarget.class, KpiLink.class,
      UnknownKeyResultException.class, UnknownKpiException.class, UnitMismatchException.class,
      OkrException.class, OkrStateException.class, IncompleteValueException.class);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "text")
        .setDefault(BigDecimal.class, dec("3"))
        .setDefault(LocalDate.class, Samples.FEB_1)
        .setDefault(Month.class, Month.JANUARY)
        .setDefault(ObjectiveId.class, ObjectiveId.of("o"))
        .setDefault(KeyResultId.class, Samples.CHURN)
        .setDefault(KpiId.class, KpiId.of("k"))
        .setDefault(PersonId.class, Samples.ADA)
        .setDefault(OrgUnitId.class, OrgUnitId.of("u"))
        .setDefault(Period.class, Samples.Q1_2026)
        .setDefault(Measure.class, Metric.of(0, 1, "x"))
        .setDefault(Metric.class, Metric.of(0, 1, "x"))
        .setDefault(CheckInValue.class, CheckInValue.of(3))
        .setDefault(CheckIn.class, CheckIn.of(Samples.FEB_1, dec("7")))
        .setDefault(Confidence.class, Confidence.MEDIUM)
        .setDefault(Adjustment.class, Adjustment.of(Samples.FEB_1, Metric.of(8, 6, "%"), "why"))
        .setDefault(Alignment.class, Alignment.toObjective(ObjectiveId.of("parent")))
        .setDefault(AlignmentTarget.class, AlignmentTarget.of(ObjectiveId.of("parent")))
        .setDefault(KeyResult.class, Samples.churn())
        .setDefault(Objective.class, Samples.draft())
        .setDefault(ChecklistItem.class, ChecklistItem.of("a"))
        .setDefault(KpiReading.class, KpiReading.of(Samples.FEB_1, 1))
        .setDefault(HealthTarget.class, HealthTarget.increaseTo(dec("5")))
        .setDefault(LifecycleEvent.class, LifecycleEvent.activated(Samples.JAN_5));
  }

  @Test
  void staticMethods_rejectNull() {
    NullPointerTester tester = tester();
    for (Class<?> type : PUBLIC_TYPES) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
  }

  @Test
  void nullPointerMessagesNameTheParameter() {
    assertEquals("items", assertThrows(NullPointerException.class,
        () -> Checklist.of((ChecklistItem[]) null)).getMessage());
    assertEquals("note", assertThrows(NullPointerException.class,
        () -> LifecycleEvent.closed(Samples.FEB_1, null)).getMessage());
    assertEquals("reason", assertThrows(NullPointerException.class,
        () -> LifecycleEvent.cancelled(Samples.FEB_1, null)).getMessage());
    assertEquals("itemNames", assertThrows(NullPointerException.class,
        () -> CheckInValue.itemsDone((Iterable<String>) null)).getMessage());
    assertEquals("parent", assertThrows(NullPointerException.class,
        () -> Alignment.toObjective(null)).getMessage());
    assertEquals("keyResult", assertThrows(NullPointerException.class,
        () -> AlignmentTarget.of(ObjectiveId.of("p"), null)).getMessage());
    assertEquals("objectiveId", assertThrows(NullPointerException.class,
        () -> Plan.empty().findObjective(null)).getMessage());
    assertEquals("parentUnits", assertThrows(NullPointerException.class,
        () -> Plan.of(List.of(), null)).getMessage());
    assertEquals("checkIn", assertThrows(NullPointerException.class,
        () -> Samples.active().checkIn(Samples.CHURN, null)).getMessage());
    assertEquals("title", assertThrows(NullPointerException.class,
        () -> KeyResult.builder().title(null)).getMessage());
  }

  @Test
  void instanceMethods_rejectNull() {
    NullPointerTester tester = tester();
    Kpi kpi = Kpi.builder().id(KpiId.of("k")).name("n").unit("u").owner(Samples.ADA)
        .healthTarget(HealthTarget.increaseTo(dec("5"))).build();
    List<Object> instances = List.of(
        ObjectiveId.of("o"), KeyResultId.of("k"), KpiId.of("k"), PersonId.of("p"),
        OrgUnitId.of("u"), Level.TEAM, Samples.Q1_2026, Metric.of(0, 1, "x"),
        Threshold.atOrAbove(dec("1"), "x"), Band.of(dec("0"), dec("1"), "x"), Milestone.of(),
        Checklist.of(ChecklistItem.of("a")), ChecklistItem.of("a"), CheckInValue.of(1),
        CheckInValue.done(), CheckInValue.itemsDone(List.of("a")), Confidence.HIGH,
        CheckIn.of(Samples.FEB_1, dec("7")), Adjustment.of(Samples.FEB_1, Milestone.of(), "r"),
        Samples.churn(), LifecycleEvent.activated(Samples.JAN_5),
        Alignment.toObjective(ObjectiveId.of("p")), Samples.draft(), Samples.active(), kpi,
        KpiReading.of(Samples.FEB_1, 1), HealthTarget.decreaseTo(dec("1")),
        Objective.builder(), KeyResult.builder(), CheckIn.builder(), Kpi.builder(),
        AlignmentTarget.of(ObjectiveId.of("p")), AlignmentTarget.of(ObjectiveId.of("p"), Samples.CHURN),
        Plan.empty(), PlanTest.companySalesTeam());
    for (Object instance : instances) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }
}
