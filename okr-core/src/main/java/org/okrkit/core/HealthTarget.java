package org.okrkit.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * What a {@link Kpi} must do to be healthy: stay at or above a level, stay at or below it, stay
 * within a band, or increase or decrease to a value. A KPI has no direction of its own; its health
 * target gives it one. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class HealthTarget {

  /** The kinds of health target. */
  public enum Kind {
    /** Healthy while the value is at or above the level. */
    STAY_AT_OR_ABOVE,
    /** Healthy while the value is at or below the level. */
    STAY_AT_OR_BELOW,
    /** Healthy while the value is within the band, both ends included. */
    STAY_WITHIN_BAND,
    /** Healthy once the value has risen to the target. */
    INCREASE_TO,
    /** Healthy once the value has fallen to the target. */
    DECREASE_TO
  }

  HealthTarget() {}

  /**
   * Obtains a target to stay at or above a level.
   *
   * @param level  the level, not null
   * @return the target, not null
   * @throws OkrException if a number has more than 64 integer or 32 fraction digits
   */
  public static HealthTarget stayAtOrAbove(BigDecimal level) {
    return single(Kind.STAY_AT_OR_ABOVE, level);
  }

  /**
   * Obtains a target to stay at or above a level given as a double, taken in its shortest decimal form.
   *
   * @param level  the level, finite
   * @return the target, not null
   * @throws OkrException if the number is NaN or infinite
   */
  public static HealthTarget stayAtOrAbove(double level) {
    return stayAtOrAbove(Require.finite("value", level));
  }

  /**
   * Obtains a target to stay at or below a level.
   *
   * @param level  the level, not null
   * @return the target, not null
   * @throws OkrException if a number has more than 64 integer or 32 fraction digits
   */
  public static HealthTarget stayAtOrBelow(BigDecimal level) {
    return single(Kind.STAY_AT_OR_BELOW, level);
  }

  /**
   * Obtains a target to stay at or below a level given as a double, taken in its shortest decimal form.
   *
   * @param level  the level, finite
   * @return the target, not null
   * @throws OkrException if the number is NaN or infinite
   */
  public static HealthTarget stayAtOrBelow(double level) {
    return stayAtOrBelow(Require.finite("value", level));
  }

  /**
   * Obtains a target to increase to a value.
   *
   * @param target  the value to reach, not null
   * @return the target, not null
   * @throws OkrException if a number has more than 64 integer or 32 fraction digits
   */
  public static HealthTarget increaseTo(BigDecimal target) {
    return single(Kind.INCREASE_TO, target);
  }

  /**
   * Obtains a target to increase to a value given as a double, taken in its shortest decimal form.
   *
   * @param target  the value to reach, finite
   * @return the target, not null
   * @throws OkrException if the number is NaN or infinite
   */
  public static HealthTarget increaseTo(double target) {
    return increaseTo(Require.finite("value", target));
  }

  /**
   * Obtains a target to decrease to a value.
   *
   * @param target  the value to reach, not null
   * @return the target, not null
   * @throws OkrException if a number has more than 64 integer or 32 fraction digits
   */
  public static HealthTarget decreaseTo(BigDecimal target) {
    return single(Kind.DECREASE_TO, target);
  }

  /**
   * Obtains a target to decrease to a value given as a double, taken in its shortest decimal form.
   *
   * @param target  the value to reach, finite
   * @return the target, not null
   * @throws OkrException if the number is NaN or infinite
   */
  public static HealthTarget decreaseTo(double target) {
    return decreaseTo(Require.finite("value", target));
  }

  /**
   * Obtains a target to stay within a band.
   *
   * @param lower  the lowest healthy value, not null
   * @param upper  the highest healthy value, not null, above lower
   * @return the target, not null
   * @throws OkrException if upper is not above lower
   */
  public static HealthTarget stayWithin(BigDecimal lower, BigDecimal upper) {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    return ImmutableHealthTarget.of(
        Kind.STAY_WITHIN_BAND, Decimals.canonical("lower", lower),
        Optional.of(Decimals.canonical("upper", upper)));
  }

  /**
   * Obtains a target to stay within a band given as doubles, each taken in its shortest decimal form.
   *
   * @param lower  the lowest healthy value, finite
   * @param upper  the highest healthy value, finite, above lower
   * @return the target, not null
   * @throws OkrException if a bound is NaN or infinite, or upper is not above lower
   */
  public static HealthTarget stayWithin(double lower, double upper) {
    return stayWithin(Require.finite("lower", lower), Require.finite("upper", upper));
  }

  private static HealthTarget single(Kind kind, BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return ImmutableHealthTarget.of(kind, Decimals.canonical("value", value), Optional.empty());
  }

  /**
   * Returns the kind of target.
   *
   * @return the kind, not null
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Returns the level or target value; for a band, its lower end.
   *
   * @return the value, not null
   */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * Returns the upper end of a band; empty for the other kinds.
   *
   * @return the upper end, not null
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> upper();

  @Value.Check
  void check() {
    if (kind() == Kind.STAY_WITHIN_BAND) {
      BigDecimal upper = upper().orElseThrow(
          () -> new OkrException("upper", "empty", "a band needs an upper end"));
      if (upper.compareTo(value()) <= 0) {
        throw new OkrException("upper", upper.toPlainString(),
            "must be above lower " + value().toPlainString());
      }
    } else if (upper().isPresent()) {
      throw new OkrException("upper", upper().get().toPlainString(),
          "only a band has an upper end, not " + kind());
    }
  }

  /**
   * Tells whether a reading meets the target: stay at or above and increase to are met at or above
   * the value; stay at or below and decrease to at or below it; stay within a band inside it, both
   * ends included.
   *
   * @param reading  the reading's value, not null
   * @return true if the reading meets the target
   */
  public boolean isMetBy(BigDecimal reading) {
    int sign = Objects.requireNonNull(reading, "reading").compareTo(value());
    switch (kind()) {
      case STAY_AT_OR_ABOVE:
      case INCREASE_TO:
        return sign >= 0;
      case STAY_AT_OR_BELOW:
      case DECREASE_TO:
        return sign <= 0;
      default:
        return sign >= 0 && reading.compareTo(upper().orElseThrow()) <= 0;
    }
  }

  /** Returns the target as text, for example {@code STAY_AT_OR_ABOVE 1000}. */
  @Override
  public String toString() {
    return kind() + " " + value().toPlainString()
        + upper().map(upper -> ".." + upper.toPlainString()).orElse("");
  }
}
