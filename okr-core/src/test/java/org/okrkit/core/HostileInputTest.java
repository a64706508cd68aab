package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.core.Samples.CHURN;
import static org.okrkit.core.Samples.MAR_31;
import static org.okrkit.core.Samples.Q1_2026;
import static org.okrkit.core.Samples.active;
import static org.okrkit.core.Samples.dec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What HR platforms may feed okrkit: extreme numbers, edge dates, hostile text, duplicate ids.
 * Each case is handled correctly or rejected with {@link OkrException} naming the field.
 */
class HostileInputTest {

  /** Every public entry point that takes a {@code double}, with the field it reports. */
  private static Map<String, DoubleFunction<Object>> doubleEntryPoints() {
    Map<String, DoubleFunction<Object>> entries = new LinkedHashMap<>();
    entries.put("value", CheckInValue::of);
    entries.put("value ", v -> CheckIn.of(MAR_31, v));
    entries.put("start", v -> Metric.of(v, 1, "x"));
    entries.put("target", v -> Metric.of(0, v, "x"));
    entries.put("target ", v -> Metric.of(0, 1, "x").withTarget(v));
    entries.put("confidence", Confidence::of);
    entries.put("level", v -> Threshold.atOrAbove(v, "x"));
    entries.put("level ", v -> Threshold.atOrBelow(v, "x"));
    entries.put("level  ", v -> Threshold.atOrAbove(1, "x").withLevel(v));
    entries.put("lower", v -> Band.of(v, 1e9, "x"));
    entries.put("upper", v -> Band.of(-1e9, v, "x"));
    entries.put("weight", v -> Alignment.toObjective(ObjectiveId.of("p"), v));
    entries.put("weight ", v -> Alignment.toKeyResult(ObjectiveId.of("p"), KeyResultId.of("k"), v));
    entries.put("weight  ", v -> ChecklistItem.of("item", v));
    entries.put("weight   ", v -> KeyResult.builder().from(Samples.churn()).weight(v).build());
    entries.put("value  ", v -> KpiReading.of(MAR_31, v));
    entries.put("value   ", HealthTarget::stayAtOrAbove);
    entries.put("value    ", HealthTarget::stayAtOrBelow);
    entries.put("value     ", HealthTarget::increaseTo);
    entries.put("value      ", HealthTarget::decreaseTo);
    entries.put("lower ", v -> HealthTarget.stayWithin(v, 1e9));
    entries.put("upper ", v -> HealthTarget.stayWithin(-1e9, v));
    entries.put("newTarget", v -> active().adjustTarget(CHURN, LocalDate.of(2026, 2, 1), v, "r"));
    return entries;
  }

  @Test
  void nanAndInfinities_areRejectedByEveryDoubleEntryPoint() {
    for (Map.Entry<String, DoubleFunction<Object>> entry : doubleEntryPoints().entrySet()) {
      String field = entry.getKey().strip();
      for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY}) {
        OkrException e = assertThrows(OkrException.class, () -> entry.getValue().apply(bad),
            entry.getKey() + " " + bad);
        assertEquals(field, e.field(), entry.getKey());
        assertEquals(Double.toString(bad), e.rejectedValue());
        assertEquals("must be a finite number", e.rule());
      }
    }
  }

  @Test
  void extremeDoubles_areRejectedAsOutOfRange() {
    for (Map.Entry<String, DoubleFunction<Object>> entry : doubleEntryPoints().entrySet()) {
      // 1.7976931348623157E+308 has 309 integer digits; 4.9E-324 has 324 fraction digits
      for (double extreme : new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE}) {
        OkrException e = assertThrows(OkrException.class, () -> entry.getValue().apply(extreme),
            entry.getKey() + " " + extreme);
        // adjustTarget checks only finiteness itself; the range is the metric's, named "target"
        String field = entry.getKey().equals("newTarget") ? "target" : entry.getKey().strip();
        assertEquals(field, e.field());
        assertEquals("must have at most 64 digits before and 32 after the decimal point", e.rule());
      }
    }
  }

  @Test
  void negativeZero_isZero() {
    assertSame(BigDecimal.ZERO, ((NumericValue) CheckInValue.of(-0.0)).value());
    assertSame(BigDecimal.ZERO, ((NumericValue) CheckInValue.of(new BigDecimal("-0.000"))).value());
    assertEquals(CheckInValue.of(0), CheckInValue.of(-0.0));
    assertEquals(Metric.of(0, 5, "x"), Metric.of(-0.0, 5, "x"));
  }

  @Test
  void hugeAndTinyDecimals_areRejectedNamingTheField() {
    OkrException huge = assertThrows(OkrException.class,
        () -> Metric.of(new BigDecimal("1E+1000"), BigDecimal.ZERO, "x"));
    assertEquals("start", huge.field());
    assertEquals("1E+1000", huge.rejectedValue());
    OkrException tiny = assertThrows(OkrException.class,
        () -> CheckIn.of(MAR_31, new BigDecimal("1E-1000")));
    assertEquals("value", tiny.field());
    assertEquals("1E-1000", tiny.rejectedValue());
    OkrException overflow = assertThrows(OkrException.class, () -> CheckInValue.of(
        new BigDecimal(java.math.BigInteger.TEN, Integer.MIN_VALUE)));
    assertEquals("value", overflow.field());
    assertEquals("1.0E+2147483649", overflow.rejectedValue());
  }

  @Test
  void targetEqualToStart_isRejected() {
    OkrException e = assertThrows(OkrException.class, () -> Metric.of(5, 5, "x"));
    assertEquals("target", e.field());
    assertEquals("5", e.rejectedValue());
    // equal once canonical: 5.000 is 5
    assertThrows(OkrException.class, () -> Metric.of(dec("5"), dec("5.000"), "x"));
  }

  // ----------------------------------------------------------------------------------------------
  // Dates

  @Test
  void checkIns_onTheFirstAndLastDayOfThePeriod_butNotOneDayOutside() {
    Objective fromStart = Samples.draft().activate(Q1_2026.start());
    CheckIn first = CheckIn.of(LocalDate.of(2026, 1, 1), dec("7"));
    assertEquals(first, fromStart.checkIn(CHURN, first).keyResult(CHURN).checkIns().get(0));
    assertEquals(1, fromStart.checkIn(CHURN, CheckIn.of(MAR_31, dec("7")))
        .keyResult(CHURN).checkIns().size());
    OkrException before = assertThrows(OkrException.class,
        () -> fromStart.checkIn(CHURN, CheckIn.of(LocalDate.of(2025, 12, 31), dec("7"))));
    assertEquals("2025-12-31", before.rejectedValue());
    // the closing check-in may come up to 14 days after the end, not 15
    LocalDate lastClosing = MAR_31.plusDays(14);
    assertEquals(1, fromStart.checkIn(CHURN, CheckIn.of(lastClosing, dec("7")))
        .keyResult(CHURN).checkIns().size());
    OkrException late = assertThrows(OkrException.class,
        () -> fromStart.checkIn(CHURN, CheckIn.of(lastClosing.plusDays(1), dec("7"))));
    assertEquals(lastClosing.plusDays(1).toString(), late.rejectedValue());
  }

  @Test
  void leapDays_areOrdinaryDays() {
    Period q1of2028 = Period.calendarQuarter(2028, 1);
    // Jan 31 + Feb 29 + Mar 31 = 91 days in a leap year's first quarter, 90 otherwise
    assertEquals(91, q1of2028.lengthInDays());
    assertEquals(90, Q1_2026.lengthInDays());
    LocalDate leapDay = LocalDate.of(2028, 2, 29);
    assertTrue(q1of2028.contains(leapDay));
    assertEquals(366, Period.calendarYear(2028).lengthInDays());
    // a fiscal year from March 2027 holds Feb 29, 2028 as its last day
    Period fiscal = Period.fiscalYear(2027, Month.MARCH);
    assertEquals(leapDay, fiscal.end());
    assertEquals(366, fiscal.lengthInDays());
  }

  @Test
  void oneDayPeriods_areDefined() {
    Period day = Period.ofDays(LocalDate.of(2026, 5, 4), 1);
    assertEquals(day.start(), day.end());
    assertEquals(1, day.lengthInDays());
    // elapsed share: 0 before the day, 1 from its end on (a one-day period is over at its end)
    assertEquals(BigDecimal.ZERO, day.elapsedShareAt(LocalDate.of(2026, 5, 3)));
    assertEquals(BigDecimal.ONE, day.elapsedShareAt(LocalDate.of(2026, 5, 4)));
    OkrException empty = assertThrows(OkrException.class,
        () -> Period.ofDays(LocalDate.of(2026, 5, 4), 0));
    assertEquals("days", empty.field());
  }

  // ----------------------------------------------------------------------------------------------
  // Text

  /** Every free-text field, with a factory that puts the text there. */
  private static Map<String, Function<String, Object>> textFields() {
    Map<String, Function<String, Object>> fields = new LinkedHashMap<>();
    fields.put("title", text -> Objective.builder().from(Samples.draft()).title(text).build());
    fields.put("description",
        text -> Objective.builder().from(Samples.draft()).description(text).build());
    fields.put("title ", text -> KeyResult.builder().from(Samples.churn()).title(text).build());
    fields.put("unit", text -> Metric.of(0, 1, text));
    fields.put("note", text -> CheckIn.builder().date(MAR_31).value(CheckInValue.of(1)).note(text)
        .build());
    fields.put("reason", text -> Adjustment.of(MAR_31, Metric.of(0, 1, "x"), text));
    fields.put("note ", text -> active().close(MAR_31, text));
    fields.put("reason ", text -> active().cancel(MAR_31, text));
    fields.put("name", text -> ChecklistItem.of(text));
    return fields;
  }

  @Test
  void hostileTexts_areRejectedNamingTheField() {
    String million = "x".repeat(1_000_000);
    for (Map.Entry<String, Function<String, Object>> entry : textFields().entrySet()) {
      String field = entry.getKey().strip();
      for (String blank : new String[] {"", " ", "\u00A0", "\u2007\u202F", "\t\n"}) {
        OkrException e = assertThrows(OkrException.class, () -> entry.getValue().apply(blank),
            entry.getKey() + " '" + blank + "'");
        assertEquals(field, e.field());
        assertEquals("must not be empty or blank", e.rule());
      }
      OkrException control = assertThrows(OkrException.class,
          () -> entry.getValue().apply("a\u0007b"));
      assertEquals(field, control.field());
      assertEquals("\"a?b\"", control.rejectedValue());
      OkrException surrogate = assertThrows(OkrException.class,
          () -> entry.getValue().apply("a\uD800b"));
      assertEquals("must not contain an unpaired surrogate U+D800 (at index 1)", surrogate.rule());
      OkrException tooLong = assertThrows(OkrException.class,
          () -> entry.getValue().apply(million));
      assertEquals(field, tooLong.field());
      assertTrue(tooLong.getMessage().length() < 150, tooLong.getMessage());
      assertTrue(tooLong.rule().startsWith("must have at most "), tooLong.rule());
    }
  }

  @Test
  void textsAtTheirLimits_areAccepted() {
    String longest = "t".repeat(4000);
    assertEquals(longest, Objective.builder().from(Samples.draft()).title(longest).build().title());
    assertThrows(OkrException.class,
        () -> Objective.builder().from(Samples.draft()).title(longest + "t").build());
    // line breaks and tabs are allowed in free text, and a paired surrogate is one character
    String note = "line 1\nline 2\t\uD83D\uDE00";
    assertEquals(note, CheckIn.builder().date(MAR_31).value(CheckInValue.of(1)).note(note).build()
        .note().orElseThrow());
  }

  // ----------------------------------------------------------------------------------------------
  // Duplicate ids

  @Test
  void duplicateObjectiveIds_inAPlanAreRejected_butKeyResultIdsAreScopedToTheirObjective() {
    Objective a = active();
    Objective twin = Objective.builder().from(Samples.draft()).title("Another").build();
    OkrException e = assertThrows(OkrException.class, () -> Plan.of(List.of(a, twin)));
    assertEquals("retention-q1", e.rejectedValue());
    Objective other = Objective.builder().from(Samples.draft()).id(ObjectiveId.of("other")).build();
    // both objectives have key results churn, nps and launch: ids are per objective
    assertEquals(2, Plan.of(List.of(a, other)).size());
    OkrException sameKeyResultTwice = assertThrows(OkrException.class, () -> Objective.builder()
        .from(Samples.draft()).addKeyResults(Samples.churn()).build());
    assertEquals("keyResults", sameKeyResultTwice.field());
    assertEquals("churn", sameKeyResultTwice.rejectedValue());
  }
}
