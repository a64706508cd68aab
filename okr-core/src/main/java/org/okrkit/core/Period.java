package org.okrkit.core;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.immutables.value.Value;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;

/**
 * A closed range of dates that objectives are set for: a year, a quarter or a custom span.
 *
 * <p>Both ends are included, so a period of one day has {@code start == end}. Years and quarters
 * may be calendar or fiscal: a fiscal year starts on the first day of any month. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Period q1 = Period.calendarQuarter(2026, 1);                  // 2026-01-01..2026-03-31, 90 days
 * Period fiscal = Period.fiscalYear(2025, Month.APRIL);         // 2025-04-01..2026-03-31
 * Period sprint = Period.ofDays(LocalDate.of(2026, 2, 2), 14);  // ends 2026-02-15
 * boolean inside = Period.calendarYear(2026).contains(q1);      // true
 * BigDecimal elapsed = q1.elapsedShareAt(LocalDate.of(2026, 2, 14)); // 45 of 90 days: 0.5
 * LocalDate closingCheckIn = q1.lastCheckInDate();              // 2026-04-14
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Period {

  /** Decimal places of {@link #elapsedShareAt(LocalDate)}; rounded half-even. */
  public static final int ELAPSED_SHARE_SCALE = 10;

  /**
   * Days after a period's end during which the closing check-in of a key result set for it may
   * still be dated; see {@link #lastCheckInDate()}.
   */
  public static final int CLOSING_GRACE_DAYS = 14;

  /** The last date okrkit supports: no period, and no date it computes, lies after it. */
  public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

  private static final int MIN_YEAR = 1;
  private static final int MAX_YEAR = LAST_DATE.getYear();
  private static final LocalDate FIRST_DAY = LocalDate.of(MIN_YEAR, 1, 1);
  private static final LocalDate LAST_DAY = LAST_DATE;

  Period() {}

  /**
   * Obtains a custom period from its first and last day, both included.
   *
   * @param start  the first day, not null
   * @param end  the last day, not null, not before start
   * @return the period, not null
   * @throws OkrException if end is before start
   */
  public static Period of(LocalDate start, LocalDate end) {
    return ImmutablePeriod.of(start, end, PeriodKind.CUSTOM);
  }

  /**
   * Obtains a custom period of a number of days from its first day, for example a two-week sprint:
   * {@code ofDays(start, 14)} ends 13 days after start.
   *
   * @param start  the first day, not null
   * @param days  the number of days, both ends included, at least 1
   * @return the period, not null
   * @throws OkrException if days is below 1 (field {@code days}), or the period would end after
   *     9999-12-31 (field {@code end})
   */
  public static Period ofDays(LocalDate start, int days) {
    Objects.requireNonNull(start, "start");
    if (days < 1) {
      throw new OkrException("days", Integer.toString(days), "must be at least 1");
    }
    if (ChronoUnit.DAYS.between(start, LAST_DAY) < days - 1L) {
      throw new OkrException("end", start + " + " + days + " days",
          "must not be after " + LAST_DAY);
    }
    return of(start, start.plusDays(days - 1L));
  }

  /**
   * Obtains a period of a given kind from its dates, for example to restore a stored period. A
   * year must run twelve months and a quarter three, each from the first day of a month.
   *
   * @param start  the first day, not null
   * @param end  the last day, not null, not before start
   * @param kind  the kind, not null
   * @return the period, not null
   * @throws OkrException if end is before start, or the dates do not fit the kind
   */
  public static Period of(LocalDate start, LocalDate end, PeriodKind kind) {
    return ImmutablePeriod.of(start, end, kind);
  }

  /**
   * Obtains a calendar year, January 1 to December 31.
   *
   * @param year  the year, from 1 to 9999
   * @return the period, not null
   * @throws OkrException if the year is out of range
   */
  public static Period calendarYear(int year) {
    return fiscalYear(year, Month.JANUARY);
  }

  /**
   * Obtains a calendar quarter, for example quarter 2 of 2026 is April 1 to June 30.
   *
   * @param year  the year, from 1 to 9999
   * @param quarter  the quarter, from 1 to 4
   * @return the period, not null
   * @throws OkrException if the year or quarter is out of range
   */
  public static Period calendarQuarter(int year, int quarter) {
    return fiscalQuarter(year, Month.JANUARY, quarter);
  }

  /**
   * Obtains a fiscal year that starts on the first day of {@code firstMonth} in {@code startYear}.
   * For example {@code fiscalYear(2025, Month.APRIL)} runs from 2025-04-01 to 2026-03-31.
   *
   * @param startYear  the calendar year the fiscal year starts in, from 1 to 9999
   * @param firstMonth  the first month of the fiscal year, not null
   * @return the period, not null
   * @throws OkrException if the year is out of range, or the fiscal year would end after
   *     9999-12-31
   */
  public static Period fiscalYear(int startYear, Month firstMonth) {
    LocalDate start = firstDay(startYear, firstMonth);
    return ImmutablePeriod.of(start, start.plusYears(1).minusDays(1), PeriodKind.YEAR);
  }

  /**
   * Obtains a quarter of the fiscal year that starts on the first day of {@code firstMonth} in
   * {@code startYear}. For example quarter 4 of {@code fiscalYear(2025, Month.APRIL)} runs from
   * 2026-01-01 to 2026-03-31.
   *
   * @param startYear  the calendar year the fiscal year starts in, from 1 to 9999
   * @param firstMonth  the first month of the fiscal year, not null
   * @param quarter  the quarter of the fiscal year, from 1 to 4
   * @return the period, not null
   * @throws OkrException if the year or quarter is out of range, or the quarter would end after
   *     9999-12-31
   */
  public static Period fiscalQuarter(int startYear, Month firstMonth, int quarter) {
    Objects.requireNonNull(firstMonth, "firstMonth");
    if (quarter < 1 || quarter > 4) {
      throw new OkrException("quarter", Integer.toString(quarter), "must be from 1 to 4");
    }
    LocalDate start = firstDay(startYear, firstMonth).plusMonths(3L * (quarter - 1));
    return ImmutablePeriod.of(start, start.plusMonths(3).minusDays(1), PeriodKind.QUARTER);
  }

  private static LocalDate firstDay(int year, Month month) {
    Objects.requireNonNull(month, "firstMonth");
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new OkrException(
          "year", Integer.toString(year), "must be from " + MIN_YEAR + " to " + MAX_YEAR);
    }
    return LocalDate.of(year, month, 1);
  }

  /**
   * Returns the first day of the period.
   *
   * @return the first day, not null
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * Returns the last day of the period, included in it.
   *
   * @return the last day, not null
   */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * Returns what kind of period this is.
   *
   * @return the kind, not null
   */
  @Value.Parameter
  public abstract PeriodKind kind();

  @Value.Check
  void check() {
    if (start().isBefore(FIRST_DAY) || start().isAfter(LAST_DAY)) {
      throw new OkrException("start", start().toString(),
          "must be from " + FIRST_DAY + " to " + LAST_DAY);
    }
    if (end().isBefore(start())) {
      throw new OkrException(
          "end", end().toString(), "must not be before start " + start());
    }
    if (end().isAfter(LAST_DAY)) {
      throw new OkrException("end", end().toString(), "must not be after " + LAST_DAY);
    }
    int months = kind() == PeriodKind.YEAR ? 12 : kind() == PeriodKind.QUARTER ? 3 : 0;
    if (months > 0 && (start().getDayOfMonth() != 1
        || !end().equals(start().plusMonths(months).minusDays(1)))) {
      throw new OkrException("end", end().toString(),
          "a " + kind() + " starting " + start() + " must start on the first of a month and end on "
              + start().withDayOfMonth(1).plusMonths(months).minusDays(1));
    }
  }

  /**
   * Returns the number of days in the period, both ends included; at least 1.
   *
   * @return the length in days
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start(), end()) + 1;
  }

  /**
   * Returns the last date a check-in of a key result set for this period may carry: the period's
   * end plus {@value #CLOSING_GRACE_DAYS} days of closing grace, so the closing check-in can be
   * recorded after the last day, but never after 9999-12-31. The window of values a key result is
   * judged on runs from {@link #start()} to this date.
   *
   * @return the last check-in date, not before {@link #end()}, not null
   */
  public LocalDate lastCheckInDate() {
    return end().isAfter(LAST_DAY.minusDays(CLOSING_GRACE_DAYS))
        ? LAST_DAY : end().plusDays(CLOSING_GRACE_DAYS);
  }

  /**
   * Tells whether a date lies in the period, both ends included.
   *
   * @param date  the date, not null
   * @return true if start &le; date &le; end
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Tells whether another period lies entirely inside this one; a period contains itself.
   *
   * @param other  the other period, not null
   * @return true if every day of the other period is in this one
   */
  public boolean contains(Period other) {
    Objects.requireNonNull(other, "other");
    return !other.start().isBefore(start()) && !other.end().isAfter(end());
  }

  /**
   * Tells whether this period and another share at least one day.
   *
   * @param other  the other period, not null
   * @return true if they overlap
   */
  public boolean overlaps(Period other) {
    Objects.requireNonNull(other, "other");
    return !other.end().isBefore(start()) && !other.start().isAfter(end());
  }

  /**
   * Returns the number of days of the period that have fully passed at the end of a date: 0 before
   * the start, the whole length from the end on.
   *
   * @param date  the date, not null
   * @return the elapsed days, from 0 to {@link #lengthInDays()}
   */
  public long elapsedDaysAt(LocalDate date) {
    Objects.requireNonNull(date, "date");
    long elapsed = ChronoUnit.DAYS.between(start(), date) + 1;
    return Math.max(0, Math.min(elapsed, lengthInDays()));
  }

  /**
   * Returns the share of the period that has passed at the end of a date, from 0 to 1: elapsed
   * days divided by the length, rounded half-even to {@value #ELAPSED_SHARE_SCALE} places, in
   * canonical form (no trailing zeros). On the last day (and so on the only day of a one-day
   * period) it is exactly 1.
   *
   * @param date  the date, not null
   * @return the elapsed share, from 0 to 1, not null
   */
  public BigDecimal elapsedShareAt(LocalDate date) {
    long elapsed = elapsedDaysAt(date);
    // on the last day this is 1.0000000000, which the canonical form makes exactly 1
    return Decimals.canonical(BigDecimal.valueOf(elapsed)
        .divide(BigDecimal.valueOf(lengthInDays()), ELAPSED_SHARE_SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * Returns the four quarters of a year period, in order; for a fiscal year, its fiscal quarters.
   *
   * @return the four quarters, not null
   * @throws OkrStateException if this period is not a year
   */
  public ImmutableList<Period> quarters() {
    if (kind() != PeriodKind.YEAR) {
      throw new OkrStateException(kind().name(), "split into quarters", "only a year has quarters");
    }
    ImmutableList.Builder<Period> quarters = ImmutableList.builder();
    for (int q = 1; q <= 4; q++) {
      quarters.add(fiscalQuarter(start().getYear(), start().getMonth(), q));
    }
    return quarters.build();
  }

  /** Returns the kind and the dates, for example {@code QUARTER[2026-04-01..2026-06-30]}. */
  @Override
  public String toString() {
    return kind() + "[" + start() + ".." + end() + "]";
  }
}
