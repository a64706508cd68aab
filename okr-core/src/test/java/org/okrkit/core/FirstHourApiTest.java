package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.core.Samples.FEB_1;
import static org.okrkit.core.Samples.dec;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Numbers as doubles, varargs and day-count periods: what a first hour with the API reaches for. */
class FirstHourApiTest {

  @Test
  void doubleOverloadsTakeTheShortestDecimalForm() {
    assertEquals(CheckIn.of(FEB_1, dec("7.2")), CheckIn.of(FEB_1, 7.2));
    assertEquals(dec("1.5"), KeyResult.builder().from(Samples.churn()).weight(1.5).build().weight());
    assertEquals(Threshold.atOrAbove(dec("99.9"), "%"), Threshold.atOrAbove(99.9, "%"));
    assertEquals(Threshold.atOrBelow(dec("0.1"), "%"), Threshold.atOrBelow(0.1, "%"));
    assertEquals(Threshold.atOrAbove(dec("3"), "x"),
        Threshold.of(Threshold.Comparison.AT_OR_ABOVE, 3.0, "x"));
    assertEquals(Threshold.atOrAbove(dec("4"), "x"), Threshold.atOrAbove(3, "x").withLevel(4));
    assertEquals(ChecklistItem.of("pilot", dec("2")), ChecklistItem.of("pilot", 2.0));
    assertEquals(Band.of(dec("1"), dec("2.5"), "x"), Band.of(1, 2.5, "x"));
    assertEquals(Metric.of(0, 9, "x"), Metric.of(0, 10, "x").withTarget(9));
    assertEquals(HealthTarget.stayAtOrAbove(dec("300")), HealthTarget.stayAtOrAbove(300));
    assertEquals(HealthTarget.stayAtOrBelow(dec("3")), HealthTarget.stayAtOrBelow(3));
    assertEquals(HealthTarget.increaseTo(dec("5")), HealthTarget.increaseTo(5));
    assertEquals(HealthTarget.decreaseTo(dec("5")), HealthTarget.decreaseTo(5));
    assertEquals(HealthTarget.stayWithin(dec("1"), dec("2")), HealthTarget.stayWithin(1, 2));
    ObjectiveId parent = ObjectiveId.of("company");
    assertEquals(Alignment.toObjective(parent, dec("0.5")), Alignment.toObjective(parent, 0.5));
    assertEquals(Alignment.toKeyResult(parent, Samples.CHURN, dec("0.25")),
        Alignment.toKeyResult(parent, Samples.CHURN, 0.25));
    Objective adjusted = Samples.active().adjustTarget(Samples.CHURN, FEB_1, 4.5, "stretch");
    assertEquals(Metric.of(8, 4.5, "%"), adjusted.keyResult(Samples.CHURN).currentMeasure());
  }

  @Test
  void doubleOverloadsRejectNanAndInfinitiesNamingTheField() {
    assertRejected("value", "NaN", () -> CheckIn.of(FEB_1, Double.NaN));
    assertRejected("weight", "Infinity",
        () -> KeyResult.builder().weight(Double.POSITIVE_INFINITY));
    assertRejected("level", "-Infinity", () -> Threshold.atOrAbove(Double.NEGATIVE_INFINITY, "%"));
    assertRejected("weight", "NaN", () -> ChecklistItem.of("a", Double.NaN));
    assertRejected("upper", "NaN", () -> Band.of(0, Double.NaN, "x"));
    assertRejected("value", "NaN", () -> HealthTarget.increaseTo(Double.NaN));
    assertRejected("weight", "NaN",
        () -> Alignment.toObjective(ObjectiveId.of("p"), Double.NaN));
    assertRejected("newTarget", "NaN",
        () -> Samples.active().adjustTarget(Samples.CHURN, FEB_1, Double.NaN, "r"));
  }

  @Test
  void itemsDoneTakesNamesDirectly() {
    assertEquals(CheckInValue.itemsDone(List.of("pilot", "rollout")),
        CheckInValue.itemsDone("pilot", "rollout"));
    assertEquals(CheckInValue.itemsDone(List.of()), CheckInValue.itemsDone());
    assertThrows(NullPointerException.class, () -> CheckInValue.itemsDone("a", null));
  }

  @Test
  void periodOfDaysCountsBothEnds() {
    // 14 days from 2026-01-05: the 5th is day 1, so the 18th is day 14.
    Period sprint = Period.ofDays(LocalDate.of(2026, 1, 5), 14);
    assertEquals(Period.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 18)), sprint);
    assertEquals(14, sprint.lengthInDays());
    assertEquals(PeriodKind.CUSTOM, sprint.kind());
    LocalDate lastDay = LocalDate.of(9999, 12, 31);
    assertEquals(Period.of(lastDay, lastDay), Period.ofDays(lastDay, 1));
    assertRejected("days", "0", () -> Period.ofDays(FEB_1, 0));
    assertRejected("days", "-3", () -> Period.ofDays(FEB_1, -3));
    assertRejected("end", "9999-12-31 + 2 days", () -> Period.ofDays(lastDay, 2));
    assertRejected("end", "2026-02-01 + 2147483647 days",
        () -> Period.ofDays(FEB_1, Integer.MAX_VALUE));
  }

  private static void assertRejected(String field, String value, Executable executable) {
    OkrException e = assertThrows(OkrException.class, executable);
    assertEquals(field, e.field());
    assertEquals(value, e.rejectedValue());
  }
}
