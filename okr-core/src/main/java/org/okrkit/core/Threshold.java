package org.okrkit.core;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * A key result measure that keeps a number at or above, or at or below, a level, for example
 * "keep uptime at or above 99.9 %". The level itself counts as met. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract sealed class Threshold implements Measure permits ImmutableThreshold {

  /** Which side of the level is good. */
  public enum Comparison {
    /** Met when the value is at or above the level. */
    AT_OR_ABOVE,
    /** Met when the value is at or below the level. */
    AT_OR_BELOW
  }

  Threshold() {}

  /**
   * Obtains a threshold met when the value is at or above a level.
   *
   * @param level  the level, not null
   * @param unit  the unit, not blank
   * @return the threshold, not null
   * @throws OkrException if the unit is blank or the level has more than 64 integer or 32
   *     fraction digits
   */
  public static Threshold atOrAbove(BigDecimal level, String unit) {
    return of(Comparison.AT_OR_ABOVE, level, unit);
  }

  /**
   * Obtains a threshold met when the value is at or above a level given as a double, taken in its shortest decimal form.
   *
   * @param level  the level, finite
   * @param unit  the unit, not blank
   * @return the threshold, not null
   * @throws OkrException if the level is NaN or infinite, or the unit is blank
   */
  public static Threshold atOrAbove(double level, String unit) {
    return atOrAbove(Require.finite("level", level), unit);
  }

  /**
   * Obtains a threshold met when the value is at or below a level.
   *
   * @param level  the level, not null
   * @param unit  the unit, not blank
   * @return the threshold, not null
   * @throws OkrException if the unit is blank or the level has more than 64 integer or 32
   *     fraction digits
   */
  public static Threshold atOrBelow(BigDecimal level, String unit) {
    return of(Comparison.AT_OR_BELOW, level, unit);
  }

  /**
   * Obtains a threshold met when the value is at or below a level given as a double, taken in its shortest decimal form.
   *
   * @param level  the level, finite
   * @param unit  the unit, not blank
   * @return the threshold, not null
   * @throws OkrException if the level is NaN or infinite, or the unit is blank
   */
  public static Threshold atOrBelow(double level, String unit) {
    return atOrBelow(Require.finite("level", level), unit);
  }

  /**
   * Obtains a threshold from its comparison, level and unit.
   *
   * @param comparison  which side of the level is good, not null
   * @param level  the level, not null
   * @param unit  the unit, not blank
   * @return the threshold, not null
   * @throws OkrException if the unit is blank or the level has more than 64 integer or 32
   *     fraction digits
   */
  public static Threshold of(Comparison comparison, BigDecimal level, String unit) {
    Objects.requireNonNull(level, "level");
    return ImmutableThreshold.of(comparison, Decimals.canonical("level", level), unit);
  }

  /**
   * Obtains a threshold from its comparison, a level given as a double (taken in its shortest decimal form) and unit.
   *
   * @param comparison  which side of the level is good, not null
   * @param level  the level, finite
   * @param unit  the unit, not blank
   * @return the threshold, not null
   * @throws OkrException if the level is NaN or infinite, or the unit is blank
   */
  public static Threshold of(Comparison comparison, double level, String unit) {
    return of(comparison, Require.finite("level", level), unit);
  }

  /**
   * Returns which side of the level is good.
   *
   * @return the comparison, not null
   */
  @Value.Parameter
  public abstract Comparison comparison();

  /**
   * Returns the level to stay at or beyond.
   *
   * @return the level, not null
   */
  @Value.Parameter
  public abstract BigDecimal level();

  /**
   * Returns the unit of the level.
   *
   * @return the unit, not null
   */
  @Value.Parameter
  public abstract String unit();

  @Value.Check
  void check() {
    Require.text("unit", unit());
    assert Decimals.isCanonical(level()) : "okrkit bug: threshold level not canonical: " + this;
  }

  /**
   * Tells whether a value meets the threshold; a value equal to the level does.
   *
   * @param value  the value, not null
   * @return true if the value is on the good side of the level or on it
   */
  public boolean isMet(BigDecimal value) {
    int sign = Objects.requireNonNull(value, "value").compareTo(level());
    return comparison() == Comparison.AT_OR_ABOVE ? sign >= 0 : sign <= 0;
  }

  /**
   * Returns a threshold with the same comparison and unit at another level.
   *
   * @param newLevel  the new level, not null
   * @return the adjusted threshold, not null
   */
  public Threshold withLevel(BigDecimal newLevel) {
    return of(comparison(), newLevel, unit());
  }

  /**
   * Returns a threshold with the same comparison and unit at another level, given as a double.
   *
   * @param newLevel  the new level, finite
   * @return the adjusted threshold, not null
   * @throws OkrException if the level is NaN or infinite
   */
  public Threshold withLevel(double newLevel) {
    return withLevel(Require.finite("level", newLevel));
  }

  @Override
  public MeasureKind kind() {
    return MeasureKind.THRESHOLD;
  }

  @Override
  public boolean accepts(CheckInValue value) {
    return Objects.requireNonNull(value, "value") instanceof NumericValue;
  }

  /** Returns the threshold as text, for example {@code at or above 99.9 %}. */
  @Override
  public String toString() {
    String side = comparison() == Comparison.AT_OR_ABOVE ? "at or above " : "at or below ";
    return side + level().toPlainString() + " " + unit();
  }
}
