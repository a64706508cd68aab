package org.okrkit.scoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.okrkit.core.KpiAggregation;
import org.okrkit.core.KpiId;
import org.okrkit.core.OkrException;

/**
 * Where the values a key result is judged on came from: its own {@linkplain CheckIns check-ins},
 * or the {@linkplain KpiAggregate aggregate} of the readings of the KPI it is drawn from. Immutable
 * and thread-safe.
 */
public sealed interface ValueSource permits ValueSource.CheckIns, ValueSource.KpiAggregate {

  /**
   * Returns the source of a key result judged on its own check-ins.
   *
   * @return the check-ins source, not null
   */
  static ValueSource checkIns() {
    return CheckIns.INSTANCE;
  }

  /** The key result's own check-ins. */
  final class CheckIns implements ValueSource {

    private static final CheckIns INSTANCE = new CheckIns();

    private CheckIns() {}

    /** Returns {@code check-ins}. */
    @Override
    public String toString() {
      return "check-ins";
    }
  }

  /**
   * The aggregate of a KPI's readings dated inside the key result's period, up to the date judged.
   *
   * @param kpiId  the KPI, not null
   * @param aggregation  how the readings were aggregated, not null
   * @param readings  how many readings were aggregated, not negative
   * @param firstReading  the date of the first reading aggregated, present exactly when there
   *     was one, not null
   * @param lastReading  the date of the last reading aggregated, which is the value's date, present
   *     exactly when there was one, not null
   */
  record KpiAggregate(KpiId kpiId, KpiAggregation aggregation, int readings,
      Optional<LocalDate> firstReading, Optional<LocalDate> lastReading) implements ValueSource {

    /**
     * Checks the parts.
     *
     * @param kpiId  the KPI, not null
     * @param aggregation  how the readings were aggregated, not null
     * @param readings  how many readings were aggregated, not negative
     * @param firstReading  the first reading's date, present exactly when readings is positive
     * @param lastReading  the last reading's date, present exactly when readings is positive
     * @throws OkrException if the count is negative or the dates do not match it
     */
    public KpiAggregate {
      Objects.requireNonNull(kpiId, "kpiId");
      Objects.requireNonNull(aggregation, "aggregation");
      Objects.requireNonNull(firstReading, "firstReading");
      Objects.requireNonNull(lastReading, "lastReading");
      if (readings < 0) {
        throw new OkrException("readings", Integer.toString(readings), "must not be negative");
      }
      if (firstReading.isPresent() != (readings > 0) || lastReading.isPresent() != (readings > 0)) {
        throw new OkrException("firstReading", firstReading.map(Object::toString).orElse("none"),
            "the first and last reading dates are present exactly when a reading was aggregated");
      }
    }

    /**
     * Returns the KPI, the aggregation and the readings, for example {@code KPI leads: SUM of 3
     * readings from 2026-01-05 to 2026-01-19}.
     */
    @Override
    public String toString() {
      String text = "KPI " + kpiId + ": " + aggregation + " of " + readings
          + (readings == 1 ? " reading" : " readings");
      if (readings == 0) {
        return text + " in the period";
      }
      return text + " from " + firstReading.orElseThrow() + " to " + lastReading.orElseThrow();
    }
  }
}
