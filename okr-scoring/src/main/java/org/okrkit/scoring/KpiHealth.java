package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiId;
import org.okrkit.core.KpiReading;
import org.okrkit.core.internal.OkrStyle;

/**
 * Whether a KPI meets its own health target as of a date, judged on its latest reading on or before
 * that date. This is reported apart from the score of any key result drawn from the KPI: a KPI can
 * be healthy while the key result is far from its stretch target.
 *
 * <p>The health rule is the target's own ({@link HealthTarget#isMetBy(BigDecimal)}). Immutable
 * and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class KpiHealth {

  KpiHealth() {}

  /**
   * Judges a KPI's health as of a date.
   *
   * @param kpi  the KPI, not null
   * @param asOf  the date, not null
   * @return the health, {@link KpiHealthStatus#NO_READING} if there was no reading yet, not null
   */
  public static KpiHealth of(Kpi kpi, LocalDate asOf) {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(asOf, "asOf");
    Optional<KpiReading> reading = kpi.readingAsOf(asOf);
    KpiHealthStatus status = reading
        .map(r -> kpi.healthTarget().isMetBy(r.value())
            ? KpiHealthStatus.HEALTHY : KpiHealthStatus.UNHEALTHY)
        .orElse(KpiHealthStatus.NO_READING);
    return ImmutableKpiHealth.of(kpi.id(), asOf, kpi.healthTarget(), reading, status);
  }

  /**
   * Returns the KPI's id.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract KpiId kpiId();

  /**
   * Returns the date of the judgement.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns the health target judged against.
   *
   * @return the target, not null
   */
  @Value.Parameter
  public abstract HealthTarget healthTarget();

  /**
   * Returns the reading judged: the latest on or before the date.
   *
   * @return the reading, empty if none, not null
   */
  @Value.Parameter
  public abstract Optional<KpiReading> reading();

  /**
   * Returns the verdict.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract KpiHealthStatus status();

  /**
   * Returns how the verdict was reached.
   *
   * @return the explanation, not null
   */
  @Value.Lazy
  public Explanation explanation() {
    Explanation.Builder explanation = Explanation.builder()
        .subject("KPI " + kpiId() + " health as of " + asOf())
        .profile("KPI health target")
        .rule(healthTarget().kind() + ": the latest reading on or before the date must meet "
            + healthTarget())
        .rounding("none: exact comparison")
        .result(status().toString());
    explanation.putInput("health target", healthTarget().toString());
    explanation.putInput("reading", reading().map(KpiReading::toString).orElse("none"));
    return explanation.build();
  }

  /** Returns the verdict as text, for example {@code leads HEALTHY as of 2026-03-31 (2026-03-30=1012)}. */
  @Override
  public String toString() {
    return kpiId() + " " + status() + " as of " + asOf()
        + reading().map(r -> " (" + r + ")").orElse("");
  }
}
