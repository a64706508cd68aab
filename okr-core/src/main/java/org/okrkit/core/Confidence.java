package org.okrkit.core;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * How likely the owner thinks the key result is to be achieved, from 0 to 1.
 *
 * <p>The shorthands follow the common low / medium / high scale, where medium means a 40 % to 70 %
 * chance: {@link #LOW} is 0.2, {@link #MEDIUM} 0.55 (the middle of medium) and {@link #HIGH} 0.85.
 * Any value maps back to a {@link ConfidenceLevel}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Confidence implements Comparable<Confidence> {

  /** Low confidence, 0.2: less than a 40 % chance. */
  public static final Confidence LOW = of(new BigDecimal("0.2"));

  /** Medium confidence, 0.55: a 40 % to 70 % chance. */
  public static final Confidence MEDIUM = of(new BigDecimal("0.55"));

  /** High confidence, 0.85: more than a 70 % chance. */
  public static final Confidence HIGH = of(new BigDecimal("0.85"));

  private static final BigDecimal MEDIUM_FROM = new BigDecimal("0.4");
  private static final BigDecimal HIGH_ABOVE = new BigDecimal("0.7");

  Confidence() {}

  /**
   * Obtains a confidence from a probability.
   *
   * @param value  the probability, from 0 to 1
   * @return the confidence, not null
   * @throws OkrException if the value is outside 0 to 1
   */
  public static Confidence of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return ImmutableConfidence.of(Decimals.canonical("confidence", value));
  }

  /**
   * Obtains a confidence from a probability given as a double.
   *
   * @param value  the probability, from 0 to 1
   * @return the confidence, not null
   * @throws OkrException if the value is NaN, infinite or outside 0 to 1
   */
  public static Confidence of(double value) {
    return of(Require.finite("confidence", value));
  }

  /**
   * Returns the shorthand for a level.
   *
   * @param level  the level, not null
   * @return {@link #LOW}, {@link #MEDIUM} or {@link #HIGH}, not null
   */
  public static Confidence of(ConfidenceLevel level) {
    switch (Objects.requireNonNull(level, "level")) {
      case LOW:
        return LOW;
      case MEDIUM:
        return MEDIUM;
      default:
        return HIGH;
    }
  }

  /**
   * Returns the probability.
   *
   * @return the probability, from 0 to 1, not null
   */
  @Value.Parameter
  public abstract BigDecimal value();

  @Value.Check
  void check() {
    if (value().signum() < 0 || value().compareTo(BigDecimal.ONE) > 0) {
      throw new OkrException("confidence", value().toPlainString(), "must be from 0 to 1");
    }
  }

  /**
   * Returns the level this probability falls in: low below 0.4, medium from 0.4 to 0.7, high
   * above 0.7.
   *
   * @return the level, not null
   */
  public ConfidenceLevel level() {
    if (value().compareTo(MEDIUM_FROM) < 0) {
      return ConfidenceLevel.LOW;
    }
    return value().compareTo(HIGH_ABOVE) <= 0 ? ConfidenceLevel.MEDIUM : ConfidenceLevel.HIGH;
  }

  @Override
  public int compareTo(Confidence other) {
    return value().compareTo(other.value());
  }

  /** Returns the probability in plain notation. */
  @Override
  public String toString() {
    return value().toPlainString();
  }
}
