package org.okrkit.scoring;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.okrkit.core.OkrException;
import org.okrkit.core.Period;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;

/**
 * Expected progress given by the user at dates of a period, instead of the default linear
 * expectation; for example 0.1 by the end of January and 0.6 by the end of February for a launch
 * that ramps up. Values are shares of the way from start to target, from 0 to 1.
 *
 * <p>Between two phase dates the expectation grows linearly with the elapsed days; before the
 * first phase date it grows linearly from 0 (the day before the period starts); after the last
 * phase date it stays at the last value. Interpolated values are rounded half-even to {@value
 * Period#ELAPSED_SHARE_SCALE} places, like {@link Period#elapsedShareAt(LocalDate)}. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class PhasedTargets {

  PhasedTargets() {}

  /**
   * Obtains phased targets from expected progress by date.
   *
   * @param targets  the expected progress, from 0 to 1, by date; not empty, not null
   * @return the phased targets, not null
   * @throws OkrException if there is no target or a value is outside 0 to 1
   */
  public static PhasedTargets of(Map<LocalDate, BigDecimal> targets) {
    Objects.requireNonNull(targets, "targets");
    ImmutableSortedMap.Builder<LocalDate, BigDecimal> canonical =
        ImmutableSortedMap.naturalOrder();
    for (Map.Entry<LocalDate, BigDecimal> target : targets.entrySet()) {
      canonical.put(Objects.requireNonNull(target.getKey(), "date"),
          Decimals.canonical(Objects.requireNonNull(target.getValue(), "expected")));
    }
    return ImmutablePhasedTargets.of(canonical.build());
  }

  /**
   * Returns the expected progress by date, in date order.
   *
   * @return the targets, not empty, not null
   */
  @Value.Parameter
  public abstract ImmutableSortedMap<LocalDate, BigDecimal> targets();

  @Value.Check
  void check() {
    if (targets().isEmpty()) {
      throw new OkrException("targets", "{}", "phased targets need at least one date");
    }
    for (Map.Entry<LocalDate, BigDecimal> target : targets().entrySet()) {
      if (target.getValue().signum() < 0 || target.getValue().compareTo(BigDecimal.ONE) > 0) {
        throw new OkrException("targets", target.getKey() + "=" + target.getValue().toPlainString(),
            "expected progress must be from 0 to 1");
      }
    }
  }

  /**
   * Returns the expected progress at the end of a date.
   *
   * @param period  the period the targets belong to, containing every phase date, not null
   * @param date  the date, not null
   * @return the expected progress, from 0 to 1, not null
   * @throws OkrException if a phase date lies outside the period
   */
  public BigDecimal expectedAt(Period period, LocalDate date) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(date, "date");
    long elapsed = period.elapsedDaysAt(date);
    long fromDays = 0;
    BigDecimal fromValue = BigDecimal.ZERO;
    for (Map.Entry<LocalDate, BigDecimal> target : targets().entrySet()) {
      if (!period.contains(target.getKey())) {
        throw new OkrException("targets", target.getKey().toString(),
            "a phase date must lie in the period " + period);
      }
      long toDays = period.elapsedDaysAt(target.getKey());
      if (elapsed < toDays) {
        BigDecimal rise = target.getValue().subtract(fromValue)
            .multiply(BigDecimal.valueOf(elapsed - fromDays));
        return Decimals.canonical(fromValue.add(rise.divide(
            BigDecimal.valueOf(toDays - fromDays), Period.ELAPSED_SHARE_SCALE,
            RoundingMode.HALF_EVEN)));
      }
      fromDays = toDays;
      fromValue = target.getValue();
    }
    return fromValue;
  }

  /** Returns the targets as text, for example {@code phased{2026-01-31=0.1, 2026-02-28=0.6}}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("phased{");
    String separator = "";
    for (Map.Entry<LocalDate, BigDecimal> target : targets().entrySet()) {
      text.append(separator).append(target.getKey()).append('=')
          .append(target.getValue().toPlainString());
      separator = ", ";
    }
    return text.append('}').toString();
  }
}
