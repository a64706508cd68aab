package org.okrkit.core;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;

/**
 * A number reported by a check-in, kept as an exact decimal in canonical form. Obtain one with
 * {@link CheckInValue#of(BigDecimal)}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract sealed class NumericValue implements CheckInValue permits ImmutableNumericValue {

  NumericValue() {}

  /**
   * Returns the number.
   *
   * @return the number, not null
   */
  @Value.Parameter
  public abstract BigDecimal value();

  @Value.Check
  void check() {
    assert Decimals.isCanonical(value()) : "okrkit bug: check-in number not canonical: " + value();
  }

  /** Returns the number in plain notation. */
  @Override
  public String toString() {
    return value().toPlainString();
  }
}
