package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void calendarYear_coversJanuaryToDecember() {
    Period year = Period.calendarYear(2026);
    assertEquals(date(2026, 1, 1), year.start());
    assertEquals(date(2026, 12, 31), year.end());
    assertEquals(PeriodKind.YEAR, year.kind());
    assertEquals(365, year.lengthInDays());
    assertEquals(366, Period.calendarYear(2028).lengthInDays());
  }

  @Test
  void calendarQuarter_coversThreeMonths() {
    assertEquals(Period.of(date(2026, 1, 1), date(2026, 3, 31)).start(),
        Period.calendarQuarter(2026, 1).start());
    Period q2 = Period.calendarQuarter(2026, 2);
    assertEquals(date(2026, 4, 1), q2.start());
    assertEquals(date(2026, 6, 30), q2.end());
    assertEquals(PeriodKind.QUARTER, q2.kind());
    assertEquals(date(2026, 12, 31), Period.calendarQuarter(2026, 4).end());
    // 2028 is a leap year: January 31 + February 29 + March 31 days.
    assertEquals(91, Period.calendarQuarter(2028, 1).lengthInDays());
  }

  @Test
  void fiscalYear_startsInAnyMonth() {
    Period fy = Period.fiscalYear(2025, Month.APRIL);
    assertEquals(date(2025, 4, 1), fy.start());
    assertEquals(date(2026, 3, 31), fy.end());
    assertEquals(PeriodKind.YEAR, fy.kind());
    assertEquals(Period.calendarYear(2026), Period.fiscalYear(2026, Month.JANUARY));
  }

  @Test
  void fiscalQuarter_countsFromTheFiscalYearStart() {
    Period q4 = Period.fiscalQuarter(2025, Month.APRIL, 4);
    assertEquals(date(2026, 1, 1), q4.start());
    assertEquals(date(2026, 3, 31), q4.end());
    Period q1 = Period.fiscalQuarter(2025, Month.OCTOBER, 1);
    assertEquals(date(2025, 10, 1), q1.start());
    assertEquals(date(2025, 12, 31), q1.end());
  }

  @Test
  void quarters_splitAYearInFour() {
    ImmutableList<Period> quarters = Period.fiscalYear(2025, Month.JULY).quarters();
    assertEquals(4, quarters.size());
    assertEquals(date(2025, 7, 1), quarters.get(0).start());
    assertEquals(date(2025, 9, 30), quarters.get(0).end());
    assertEquals(date(2026, 4, 1), quarters.get(3).start());
    assertEquals(date(2026, 6, 30), quarters.get(3).end());
    assertThrows(OkrStateException.class, () -> Period.calendarQuarter(2026, 1).quarters());
  }

  @Test
  void factories_rejectOutOfRangeNumbers() {
    OkrException quarter = assertThrows(OkrException.class, () -> Period.calendarQuarter(2026, 5));
    assertEquals("quarter", quarter.field());
    assertEquals("5", quarter.rejectedValue());
    assertThrows(OkrException.class, () -> Period.calendarQuarter(2026, 0));
    OkrException year = assertThrows(OkrException.class, () -> Period.calendarYear(0));
    assertEquals("year", year.field());
    assertThrows(OkrException.class, () -> Period.fiscalYear(10_000, Month.MARCH));
  }

  @Test
  void of_rejectsEndBeforeStart() {
    OkrException e = assertThrows(OkrException.class,
        () -> Period.of(date(2026, 3, 1), date(2026, 2, 28)));
    assertEquals("end", e.field());
    assertEquals("2026-02-28", e.rejectedValue());
    assertTrue(e.getMessage().contains("2026-03-01"), e.getMessage());
  }

  @Test
  void of_keepsDatesInsideYearsOneTo9999() {
    OkrException end = assertThrows(OkrException.class,
        () -> Period.of(date(2026, 1, 1), LocalDate.MAX));
    assertEquals("end", end.field());
    assertEquals("start", assertThrows(OkrException.class,
        () -> Period.of(LocalDate.MIN, date(2026, 1, 1))).field());
    assertThrows(OkrException.class, () -> Period.fiscalYear(9999, Month.APRIL));
    assertEquals(date(9999, 12, 31), Period.calendarYear(9999).end());
  }

  @Test
  void ofKind_restoresAPeriodWhoseDatesFitTheKind() {
    assertEquals(Period.calendarQuarter(2026, 1),
        Period.of(date(2026, 1, 1), date(2026, 3, 31), PeriodKind.QUARTER));
    assertEquals(Period.fiscalYear(2025, Month.APRIL),
        Period.of(date(2025, 4, 1), date(2026, 3, 31), PeriodKind.YEAR));
    OkrException notAQuarter = assertThrows(OkrException.class,
        () -> Period.of(date(2026, 1, 1), date(2026, 3, 30), PeriodKind.QUARTER));
    assertTrue(notAQuarter.getMessage().contains("2026-03-31"), notAQuarter.getMessage());
    assertThrows(OkrException.class,
        () -> Period.of(date(2026, 1, 2), date(2027, 1, 1), PeriodKind.YEAR));
    assertEquals(PeriodKind.CUSTOM,
        Period.of(date(2026, 1, 2), date(2026, 1, 9), PeriodKind.CUSTOM).kind());
  }

  @Test
  void of_acceptsOneDay() {
    Period day = Period.of(date(2026, 5, 5), date(2026, 5, 5));
    assertEquals(1, day.lengthInDays());
    assertEquals(PeriodKind.CUSTOM, day.kind());
    assertEquals(BigDecimal.ONE, day.elapsedShareAt(date(2026, 5, 5)));
    assertEquals(0, day.elapsedShareAt(date(2026, 5, 4)).signum());
  }

  @Test
  void contains_includesBothEnds() {
    Period q1 = Period.calendarQuarter(2026, 1);
    assertTrue(q1.contains(date(2026, 1, 1)));
    assertTrue(q1.contains(date(2026, 3, 31)));
    assertFalse(q1.contains(date(2025, 12, 31)));
    assertFalse(q1.contains(date(2026, 4, 1)));
    assertTrue(Period.calendarYear(2026).contains(q1));
    assertTrue(q1.contains(q1));
    assertFalse(q1.contains(Period.calendarYear(2026)));
    assertFalse(Period.calendarYear(2026).contains(Period.fiscalQuarter(2026, Month.NOVEMBER, 1)));
  }

  @Test
  void overlaps_needsOneSharedDay() {
    Period q1 = Period.calendarQuarter(2026, 1);
    assertTrue(q1.overlaps(Period.of(date(2026, 3, 31), date(2026, 4, 30))));
    assertFalse(q1.overlaps(Period.calendarQuarter(2026, 2)));
    assertTrue(q1.overlaps(Period.calendarYear(2026)));
  }

  @Test
  void elapsedShareAt_countsWholeDaysPassed() {
    Period q1 = Period.calendarQuarter(2026, 1); // 90 days
    assertEquals(0, q1.elapsedShareAt(date(2025, 12, 31)).signum());
    // End of January 1: 1 of 90 days = 0.0111111111 (10 places, half-even).
    assertEquals(new BigDecimal("0.0111111111"), q1.elapsedShareAt(date(2026, 1, 1)));
    // End of February 14: 31 + 14 = 45 of 90 days.
    assertEquals(new BigDecimal("0.5"), q1.elapsedShareAt(date(2026, 2, 14)));
    assertEquals(BigDecimal.ONE, q1.elapsedShareAt(date(2026, 3, 31)));
    assertEquals(BigDecimal.ONE, q1.elapsedShareAt(date(2027, 1, 1)));
    assertEquals(45, q1.elapsedDaysAt(date(2026, 2, 14)));
  }

  @Test
  void equality_isByDatesAndKind() {
    new EqualsTester()
        .addEqualityGroup(Period.calendarQuarter(2026, 1), Period.fiscalQuarter(2026, Month.JANUARY, 1))
        .addEqualityGroup(Period.of(date(2026, 1, 1), date(2026, 3, 31)))
        .addEqualityGroup(Period.calendarYear(2026))
        .testEquals();
  }

  @Test
  void toString_showsKindAndDates() {
    assertEquals("QUARTER[2026-04-01..2026-06-30]", Period.calendarQuarter(2026, 2).toString());
  }

  @Test
  void yearsOutsideOneTo9999_areRejectedAsYears() {
    OkrException late = assertThrows(OkrException.class,
        () -> Period.fiscalYear(10_000, Month.MARCH));
    assertEquals("year", late.field());
    assertEquals("10000", late.rejectedValue());
    OkrException early = assertThrows(OkrException.class,
        () -> Period.fiscalQuarter(0, Month.JANUARY, 1));
    assertEquals("year", early.field());
    assertEquals("0", early.rejectedValue());
  }

  @Test
  void of_startAfter9999_isRejectedAsTheStart() {
    OkrException e = assertThrows(OkrException.class,
        () -> Period.of(date(10_000, 1, 1), date(10_000, 1, 2)));
    assertEquals("start", e.field());
    assertEquals("+10000-01-01", e.rejectedValue());
  }

  @Test
  void lastCheckInDate_addsTheGraceButStopsAt9999() {
    // 2026-03-31 + 14 days = 2026-04-14
    assertEquals(date(2026, 4, 14), Period.calendarQuarter(2026, 1).lastCheckInDate());
    // 9999-12-17 + 14 days = 9999-12-31, the last date, exactly
    assertEquals(date(9999, 12, 31),
        Period.of(date(9999, 12, 1), date(9999, 12, 17)).lastCheckInDate());
    // 9999-12-18 + 14 would be 10000-01-01
    assertEquals(date(9999, 12, 31),
        Period.of(date(9999, 12, 1), date(9999, 12, 18)).lastCheckInDate());
    assertEquals(date(9999, 12, 31), Period.calendarYear(9999).lastCheckInDate());
  }

  @Test
  void elapsedShareAt_isExactlyOneFromTheLastDayOn() {
    Period quarter = Period.calendarQuarter(2026, 1);
    assertEquals(BigDecimal.ONE, quarter.elapsedShareAt(date(2026, 3, 31)));
    assertEquals(BigDecimal.ONE, quarter.elapsedShareAt(date(2026, 6, 30)));
    // Q1 2026 has 31 + 28 + 31 = 90 days; on Jan 9, 9 have passed: 9 / 90 = 0.1
    assertEquals(new BigDecimal("0.1"), quarter.elapsedShareAt(date(2026, 1, 9)));
  }
}
