package org.okrkit.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/** A dated value of a {@link Kpi}, as an exact decimal. Immutable and thread-safe. */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class KpiReading {

  KpiReading() {}

  /**
   * Obtains a reading.
   *
   * @param date  the date of the reading, not null
   * @param value  the value read, not null
   * @return the reading, not null
   * @throws OkrException if a number has more than 64 integer or 32 fraction digits
   */
  public static KpiReading of(LocalDate date, BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return ImmutableKpiReading.of(date, Decimals.canonical("value", value));
  }

  /**
   * Obtains a reading from a double, taken in its shortest decimal form.
   *
   * @param date  the date of the reading, not null
   * @param value  the value read, finite
   * @return the reading, not null
   * @throws OkrException if the value is NaN or infinite
   */
  public static KpiReading of(LocalDate date, double value) {
    return of(date, Require.finite("value", value));
  }

  /**
   * Returns the date of the reading.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the value read.
   *
   * @return the value, not null
   */
  @Value.Parameter
  public abstract BigDecimal value();

  /** Returns the reading as text, for example {@code 2026-02-01=412}. */
  @Override
  public String toString() {
    return date() + "=" + value().toPlainString();
  }
}
