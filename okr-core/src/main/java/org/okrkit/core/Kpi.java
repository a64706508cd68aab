package org.okrkit.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * A key performance indicator: a standalone health metric with a unit, an owner, a health target
 * and a history of dated readings, at most one per date. A key result may be drawn from a KPI
 * (see {@link KeyResult#kpi()}); the KPI keeps its own history either way. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Kpi leads = Kpi.builder()
 *     .id(KpiId.of("leads")).name("Qualified leads").unit("leads").owner(PersonId.of("dana"))
 *     .healthTarget(HealthTarget.stayAtOrAbove(40))
 *     .addReadings(KpiReading.of(LocalDate.of(2026, 1, 31), 42))
 *     .build()
 *     .withReading(KpiReading.of(LocalDate.of(2026, 2, 28), 37));
 * Optional<KpiReading> latest = leads.readingAsOf(LocalDate.of(2026, 3, 15)); // 37 on Feb 28
 * boolean healthy = leads.healthTarget().isMetBy(latest.orElseThrow().value()); // false
 * List<KpiReading> inQ1 = leads.readingsWithin(Period.calendarQuarter(2026, 1)); // both
 * }</pre>
 */
@Value.Immutable(copy = false)
@OkrStyle
public abstract class Kpi {

  private static final Comparator<KpiReading> BY_DATE = Comparator.comparing(KpiReading::date);

  Kpi() {}

  /**
   * Returns a builder; id, name, unit, owner and health target are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the KPI's id.
   *
   * @return the id, not null
   */
  public abstract KpiId id();

  /**
   * Returns the name, for example "Qualified leads".
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * Returns the unit the readings are in.
   *
   * @return the unit, not null
   */
  public abstract String unit();

  /**
   * Returns the one accountable owner.
   *
   * @return the owner, not null
   */
  public abstract PersonId owner();

  /**
   * Returns what the KPI must do to be healthy.
   *
   * @return the health target, not null
   */
  public abstract HealthTarget healthTarget();

  /**
   * Returns the readings in date order, at most one per date.
   *
   * @return the readings, not null
   */
  public abstract ImmutableList<KpiReading> readings();

  @Value.Check
  Kpi normalize() {
    Require.text("name", name());
    Require.text("unit", unit());
    if (!Ordering.from(BY_DATE).isOrdered(readings())) {
      return ImmutableKpi.builder()
          .from(this)
          .readings(ImmutableList.sortedCopyOf(BY_DATE, readings()))
          .build();
    }
    for (int i = 1; i < readings().size(); i++) {
      if (readings().get(i).date().equals(readings().get(i - 1).date())) {
        throw new OkrException("readings", readings().get(i).date().toString(),
            "KPI " + id() + " already has a reading on that date");
      }
    }
    return this;
  }

  /**
   * Returns this KPI with one more reading.
   *
   * @param reading  the reading, not null, on a date with no other reading
   * @return the KPI with the reading added, not null
   * @throws OkrException if there is already a reading on that date
   */
  public Kpi withReading(KpiReading reading) {
    Objects.requireNonNull(reading, "reading");
    return ImmutableKpi.builder().from(this).addReading(reading).build();
  }

  /**
   * Returns the readings dated inside a period, in date order.
   *
   * @param period  the period, not null
   * @return the readings in the period, not null
   */
  public ImmutableList<KpiReading> readingsWithin(Period period) {
    Objects.requireNonNull(period, "period");
    return readings().stream()
        .filter(reading -> period.contains(reading.date()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the latest reading on or before a date.
   *
   * @param date  the date, not null
   * @return the reading, empty if there was none yet, not null
   */
  public Optional<KpiReading> readingAsOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    KpiReading found = null;
    for (KpiReading reading : readings()) {
      if (reading.date().isAfter(date)) {
        break;
      }
      found = reading;
    }
    return Optional.ofNullable(found);
  }

  /** Builds a {@link Kpi}; obtain one with {@link Kpi#builder()}. */
  public static final class Builder extends ImmutableKpi.Builder {
    Builder() {}
  }
}
