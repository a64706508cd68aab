package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.core.Samples.dec;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureTest {

  @Test
  void metric_infersDirection() {
    assertEquals(Direction.INCREASE, Metric.of(dec("100"), dec("150"), "EUR").direction());
    assertEquals(Direction.DECREASE, Metric.of(dec("8"), dec("5"), "%").direction());
    assertEquals(Direction.DECREASE, Metric.of(dec("0"), dec("-3"), "°C").direction());
    assertEquals(MeasureKind.METRIC, Metric.of(1, 2, "x").kind());
  }

  @Test
  void metric_rejectsStartEqualToTarget() {
    OkrException e =
        assertThrows(OkrException.class, () -> Metric.of(dec("5"), dec("5.00"), "%"));
    assertEquals("target", e.field());
    assertEquals("5", e.rejectedValue());
    assertTrue(e.getMessage().contains("threshold"), e.getMessage());
  }

  @Test
  void metric_rejectsNonFiniteDoublesAndBlankUnits() {
    assertEquals("start",
        assertThrows(OkrException.class, () -> Metric.of(Double.NaN, 1, "x")).field());
    assertEquals("target", assertThrows(OkrException.class,
        () -> Metric.of(0, Double.POSITIVE_INFINITY, "x")).field());
    assertThrows(OkrException.class, () -> Metric.of(0, Double.NEGATIVE_INFINITY, "x"));
    assertEquals("unit", assertThrows(OkrException.class, () -> Metric.of(0, 1, " ")).field());
  }

  @Test
  void metric_keepsNumbersExactAndCanonical() {
    Metric fromDoubles = Metric.of(0.1, 0.3, "x");
    assertEquals(dec("0.1"), fromDoubles.start());
    assertEquals(dec("0.3"), fromDoubles.target());
    assertEquals(dec("100"), Metric.of(dec("1E+2"), dec("0"), "x").start());
    new EqualsTester()
        .addEqualityGroup(Metric.of(dec("10.0"), dec("20"), "%"), Metric.of(10, 20, "%"))
        .addEqualityGroup(Metric.of(dec("10"), dec("20"), "pts"))
        .addEqualityGroup(Metric.of(dec("20"), dec("10"), "%"))
        .testEquals();
  }

  @Test
  void decimals_outOfRangeAreRejectedNotOverflowed() {
    OkrException huge =
        assertThrows(OkrException.class, () -> Metric.of(dec("1E+999999999"), dec("0"), "x"));
    assertEquals("start", huge.field());
    assertEquals("1E+999999999", huge.rejectedValue());
    OkrException tiny = assertThrows(OkrException.class, () -> CheckInValue.of(dec("1E-999999999")));
    assertEquals("value", tiny.field());
    String sixtyFourNines = "9".repeat(64);
    assertEquals(dec(sixtyFourNines), CheckInValue.of(dec(sixtyFourNines)).value());
    assertThrows(OkrException.class, () -> CheckInValue.of(dec(sixtyFourNines + "9")));
    assertEquals(dec("0." + "1".repeat(32)), CheckInValue.of(dec("0." + "1".repeat(32))).value());
    assertThrows(OkrException.class, () -> CheckInValue.of(dec("0." + "1".repeat(33))));
    assertThrows(OkrException.class, () -> Confidence.of(dec("1E-40")));
    assertThrows(OkrException.class, () -> Threshold.atOrAbove(dec("1E+70"), "x"));
    assertThrows(OkrException.class,
        () -> KeyResult.builder().from(Samples.churn()).weight(dec("1E+70")).build());
    for (int exponent : new int[] {-2147483647, 2147483647}) {
      BigDecimal extreme = new BigDecimal(java.math.BigInteger.ONE.negate(), exponent);
      OkrException weight = assertThrows(OkrException.class,
          () -> KeyResult.builder().from(Samples.churn()).weight(extreme).build());
      assertEquals("weight", weight.field());
    }
  }

  @Test
  void messages_doNotDependOnTheDefaultLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("th-TH-u-nu-thai"));
      OkrException e = assertThrows(OkrException.class, () -> PersonId.of("ab"));
      assertTrue(e.getMessage().contains("U+0001 (at index 2)"), e.getMessage());
      assertEquals("\"ab?\"", e.rejectedValue());
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void metric_withTarget_keepsStartAndUnit() {
    Metric adjusted = Metric.of(dec("8"), dec("5"), "%").withTarget(dec("6"));
    assertEquals(Metric.of(dec("8"), dec("6"), "%"), adjusted);
    assertThrows(OkrException.class, () -> adjusted.withTarget(dec("8")));
  }

  @Test
  void threshold_countsTheLevelAsMet() {
    Threshold uptime = Threshold.atOrAbove(dec("99.9"), "%");
    assertTrue(uptime.isMet(dec("99.9")));
    assertTrue(uptime.isMet(dec("100")));
    assertFalse(uptime.isMet(dec("99.89")));
    Threshold incidents = Threshold.atOrBelow(dec("2"), "incidents");
    assertTrue(incidents.isMet(dec("2")));
    assertTrue(incidents.isMet(dec("0")));
    assertFalse(incidents.isMet(dec("3")));
    assertEquals(Threshold.atOrBelow(dec("3"), "incidents"), incidents.withLevel(dec("3.0")));
    assertEquals("at or above 99.9 %", uptime.toString());
  }

  @Test
  void band_includesBothBoundsAndRejectsEmptyRanges() {
    Band latency = Band.of(dec("100"), dec("300"), "ms");
    assertTrue(latency.contains(dec("100")));
    assertTrue(latency.contains(dec("300")));
    assertFalse(latency.contains(dec("99.99")));
    assertFalse(latency.contains(dec("300.01")));
    OkrException e =
        assertThrows(OkrException.class, () -> Band.of(dec("300"), dec("100"), "ms"));
    assertEquals("upper", e.field());
    assertThrows(OkrException.class, () -> Band.of(dec("1"), dec("1.0"), "ms"));
  }

  @Test
  void checklist_needsUniqueItemsWithPositiveWeights() {
    Checklist plan = Checklist.of(ChecklistItem.of("pilot"), ChecklistItem.of("rollout", dec("2")));
    assertEquals(ImmutableSet.of("pilot", "rollout"), plan.itemNames());
    assertEquals(dec("1"), plan.items().get(0).weight());
    assertEquals("items",
        assertThrows(OkrException.class, () -> Checklist.of(List.of())).field());
    OkrException duplicate = assertThrows(OkrException.class,
        () -> Checklist.of(ChecklistItem.of("pilot"), ChecklistItem.of("pilot", dec("2"))));
    assertEquals("pilot", duplicate.rejectedValue());
    assertEquals("weight",
        assertThrows(OkrException.class, () -> ChecklistItem.of("a", dec("0"))).field());
    assertThrows(OkrException.class, () -> ChecklistItem.of("a", dec("-1")));
    assertThrows(OkrException.class, () -> ChecklistItem.of(" ", dec("1")));
  }

  @Test
  void accepts_matchesValueKindToMeasureKind() {
    CheckInValue number = CheckInValue.of(dec("3"));
    CheckInValue done = CheckInValue.done();
    Checklist plan = Checklist.of(ChecklistItem.of("pilot"), ChecklistItem.of("rollout"));
    for (Measure numeric : List.<Measure>of(Metric.of(0, 1, "x"),
        Threshold.atOrAbove(dec("1"), "x"), Band.of(dec("0"), dec("1"), "x"))) {
      assertTrue(numeric.accepts(number), numeric.toString());
      assertFalse(numeric.accepts(done), numeric.toString());
    }
    assertTrue(Milestone.of().accepts(done));
    assertTrue(Milestone.of().accepts(CheckInValue.notDone()));
    assertFalse(Milestone.of().accepts(number));
    assertTrue(plan.accepts(CheckInValue.itemsDone(List.of("pilot"))));
    assertTrue(plan.accepts(CheckInValue.itemsDone(List.of())));
    assertFalse(plan.accepts(CheckInValue.itemsDone(List.of("pilot", "launch-party"))));
    assertFalse(plan.accepts(number));
  }

  @Test
  void milestone_isOneValue() {
    assertSame(Milestone.of(), Milestone.of());
    assertEquals(MeasureKind.MILESTONE, Milestone.of().kind());
  }

  @Test
  void equality_ofTheOtherMeasures() {
    new EqualsTester()
        .addEqualityGroup(Threshold.atOrAbove(dec("1.50"), "x"), Threshold.atOrAbove(dec("1.5"), "x"))
        .addEqualityGroup(Threshold.atOrBelow(dec("1.5"), "x"))
        .addEqualityGroup(Band.of(dec("1"), dec("2"), "x"), Band.of(dec("1.0"), dec("2.00"), "x"))
        .addEqualityGroup(Milestone.of())
        .addEqualityGroup(Checklist.of(ChecklistItem.of("a"), ChecklistItem.of("b")))
        .addEqualityGroup(Checklist.of(ChecklistItem.of("b"), ChecklistItem.of("a")))
        .addEqualityGroup(ChecklistItem.of("a", dec("2")), ChecklistItem.of("a", dec("2.0")))
        .testEquals();
  }
}
