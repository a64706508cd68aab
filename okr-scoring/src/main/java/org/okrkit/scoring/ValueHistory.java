package org.okrkit.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okrkit.core.Adjustment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiId;
import org.okrkit.core.KpiLink;
import org.okrkit.core.KpiReading;
import org.okrkit.core.Measure;
import org.okrkit.core.NumericValue;
import org.okrkit.core.Period;
import org.okrkit.core.internal.Decimals;

/**
 * The values a key result is judged on as of a date, built once per key result and date: the one
 * definition of which values count, used by scores, shares, pace, confidence and forecasts.
 *
 * <ul>
 *   <li>A check-in counts from the period's start up to the date judged, and at most up to
 *       {@link Period#lastCheckInDate()}: a check-in is a report about the period, so the closing
 *       one in the grace window counts.
 *   <li>A KPI reading counts from the period's start up to the date judged, and at most up to the
 *       period's end: a reading observes its own day, so a reading after the period is about
 *       another period. Each reading's date carries the aggregate of the readings so far.
 *   <li>Only values recorded since the measure in force last changed its kind or unit count, for
 *       everything: values on another scale (a metric's raw numbers before it became a checklist,
 *       percentages before a threshold in milliseconds) are never judged, shared or fitted
 *       against the measure in force. A change of target or level keeps the scale.
 *   <li>Shares count only the values dated inside the period ({@link #inPeriodCount()}).
 * </ul>
 *
 * <p>Finding the window costs two binary searches over the check-ins and one pass over the
 * adjustments; a KPI's aggregates cost one pass over its readings.
 */
final class ValueHistory {

  private final KeyResult keyResult;
  private final Period period;
  private final LocalDate asOf;
  private final Measure measure;
  private final ValueSource source;
  /** The key result's check-ins, when it is judged on them; null for a KPI. */
  private final List<CheckIn> checkIns;
  private final int from;
  private final int to;
  /** The KPI aggregates' dates and values, when the key result is drawn from a KPI. */
  private final List<LocalDate> dates;
  private final List<BigDecimal> aggregates;

  private ValueHistory(KeyResult keyResult, Period period, LocalDate asOf, ValueSource source,
      List<CheckIn> checkIns, int from, int to, List<LocalDate> dates,
      List<BigDecimal> aggregates) {
    this.keyResult = keyResult;
    this.period = period;
    this.asOf = asOf;
    this.measure = keyResult.measureAsOf(asOf);
    this.source = source;
    this.checkIns = checkIns;
    this.from = from;
    this.to = to;
    this.dates = dates;
    this.aggregates = aggregates;
  }

  /** Builds the history; a key result drawn from a KPI must find it among the KPIs given. */
  static ValueHistory of(
      KeyResult keyResult, Period period, LocalDate asOf, Map<KpiId, Kpi> kpis) {
    return of(keyResult, period, asOf, lastCheckInDate(period, asOf), kpis);
  }

  /**
   * The last date a check-in counts on when judged as of a date: the date itself, at most the
   * period's closing grace. The same for every key result of an objective, so computed once.
   */
  static LocalDate lastCheckInDate(Period period, LocalDate asOf) {
    return earlier(asOf, period.lastCheckInDate());
  }

  /**
   * Builds the history with the {@linkplain #lastCheckInDate(Period, LocalDate) last check-in
   * date} already computed for the period and date.
   */
  static ValueHistory of(KeyResult keyResult, Period period, LocalDate asOf,
      LocalDate lastCheckIn, Map<KpiId, Kpi> kpis) {
    if (keyResult.kpi().isPresent()) {
      KpiLink link = keyResult.kpi().get();
      return ofKpi(keyResult, period, asOf, link, kpis.get(link.kpiId()));
    }
    List<CheckIn> checkIns = keyResult.checkIns();
    LocalDate first = later(period.start(), sameScaleSince(keyResult, asOf));
    LocalDate last = lastCheckIn;
    int from = firstPast(checkIns, first, false);
    int to = Math.max(from, firstPast(checkIns, last, true));
    return new ValueHistory(keyResult, period, asOf, ValueSource.checkIns(), checkIns, from, to,
        null, null);
  }

  /**
   * The position of the first check-in dated after a date, or on or after it when not {@code
   * after}, by binary search (no date arithmetic: the day after the window is never built).
   */
  private static int firstPast(List<CheckIn> checkIns, LocalDate date, boolean after) {
    int low = 0;
    int high = checkIns.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      LocalDate dated = checkIns.get(middle).date();
      if (after ? !dated.isAfter(date) : dated.isBefore(date)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * The date since which the measures in force, up to the date judged, have all had the kind and
   * unit of the measure in force: the date of the latest adjustment that changed either.
   */
  private static LocalDate sameScaleSince(KeyResult keyResult, LocalDate asOf) {
    LocalDate since = LocalDate.MIN;
    Measure previous = keyResult.measure();
    for (Adjustment adjustment : keyResult.adjustments()) {
      if (adjustment.date().isAfter(asOf)) {
        break;
      }
      if (!MeasureRule.of(previous).sameScaleAs(MeasureRule.of(adjustment.measure()))) {
        since = adjustment.date();
      }
      previous = adjustment.measure();
    }
    return since;
  }

  private static ValueHistory ofKpi(
      KeyResult keyResult, Period period, LocalDate asOf, KpiLink link, Kpi kpi) {
    assert kpi != null : "okrkit bug: KPI links are checked before values are read";
    LocalDate last = earlier(asOf, period.end());
    // the aggregate runs over the whole period; only its values on another scale are dropped
    LocalDate since = sameScaleSince(keyResult, asOf);
    List<LocalDate> dates = new ArrayList<>();
    List<BigDecimal> aggregates = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal min = null;
    BigDecimal max = null;
    long count = 0;
    for (KpiReading entry : kpi.readings()) {
      if (entry.date().isAfter(last)) {
        break;
      }
      if (entry.date().isBefore(period.start())) {
        continue;
      }
      BigDecimal reading = entry.value();
      sum = sum.add(reading);
      min = min == null ? reading : min.min(reading);
      max = max == null ? reading : max.max(reading);
      BigDecimal aggregate;
      switch (link.aggregation()) {
        case LATEST:
          aggregate = reading;
          break;
        case SUM:
          aggregate = sum;
          break;
        case MEAN:
          // okr-core accepts at most 32 decimal places in a value, so the mean is rounded there
          aggregate = sum.divide(BigDecimal.valueOf(count + 1L),
              Decimals.MAX_FRACTION_DIGITS, RoundingMode.HALF_EVEN);
          break;
        case MINIMUM:
          aggregate = min;
          break;
        default:
          aggregate = max;
          break;
      }
      // Readings are in range, but a sum of many can leave it: name the KPI and the aggregation.
      BigDecimal value = Decimals.canonical("KPI " + link, aggregate);
      count++;
      if (!entry.date().isBefore(since)) {
        dates.add(entry.date());
        aggregates.add(value);
      }
    }
    ValueSource source = new ValueSource.KpiAggregate(link.kpiId(), link.aggregation(),
        dates.size(),
        dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0)),
        dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1)));
    return new ValueHistory(keyResult, period, asOf, source, null, 0, dates.size(), dates,
        aggregates);
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  KeyResult keyResult() {
    return keyResult;
  }

  Period period() {
    return period;
  }

  LocalDate asOf() {
    return asOf;
  }

  /** The measure in force at the end of the date judged. */
  Measure measure() {
    return measure;
  }

  ValueSource source() {
    return source;
  }

  /** How many values count, in date order. */
  int size() {
    return checkIns != null ? to - from : dates.size();
  }

  boolean isEmpty() {
    return size() == 0;
  }

  LocalDate dateAt(int index) {
    return checkIns != null ? checkIns.get(from + index).date() : dates.get(index);
  }

  CheckInValue valueAt(int index) {
    return checkIns != null
        ? checkIns.get(from + index).value() : CheckInValue.of(aggregates.get(index));
  }

  /** The number at an index; call only for numeric values. */
  BigDecimal numberAt(int index) {
    return checkIns != null
        ? ((NumericValue) checkIns.get(from + index).value()).value() : aggregates.get(index);
  }

  int latestIndex() {
    return size() - 1;
  }

  /** How many of the values are dated inside the period itself, not in the closing grace. */
  int inPeriodCount() {
    int count = size();
    while (count > 0 && dateAt(count - 1).isAfter(period.end())) {
      count--;
    }
    return count;
  }

  /** The measure in force on a value's date, by which that value is judged. */
  Measure measureOn(LocalDate date) {
    return keyResult.measureAsOf(date);
  }

  /**
   * The latest check-in in the window of a key result that gave a confidence; KPI readings carry
   * none.
   */
  static Optional<CheckIn> latestConfidence(KeyResult keyResult, Period period, LocalDate asOf) {
    LocalDate last = lastCheckInDate(period, asOf);
    CheckIn found = null;
    for (CheckIn checkIn : keyResult.checkIns()) {
      if (checkIn.date().isAfter(last)) {
        break;
      }
      if (!checkIn.date().isBefore(period.start()) && checkIn.confidence().isPresent()) {
        found = checkIn;
      }
    }
    return Optional.ofNullable(found);
  }
}
