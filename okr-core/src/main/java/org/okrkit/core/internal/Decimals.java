package org.okrkit.core.internal;

import java.math.BigDecimal;

/** Canonical forms of exact decimals, so that equal numbers give equal values. */
public final class Decimals {

  private Decimals() {}

  /**
   * Returns the canonical form of a decimal: no trailing fractional zeros and never a negative
   * scale, so {@code 10.0} and {@code 10} become {@code 10}, and {@code 100} stays {@code 100}.
   */
  public static BigDecimal canonical(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Tells whether a decimal is already in its canonical form. */
  public static boolean isCanonical(BigDecimal value) {
    return canonical(value).equals(value);
  }
}
