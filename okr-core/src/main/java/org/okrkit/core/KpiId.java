package org.okrkit.core;

import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * Identifies a KPI, for example {@code KpiId.of("leads-per-quarter")}.
 *
 * <p>An identifier is not blank, has at most 128 characters, no control characters and no leading
 * or trailing white space. Immutable and thread-safe; ordered by its text.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class KpiId implements Comparable<KpiId> {

  KpiId() {}

  /**
   * Obtains an identifier from its text.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws OkrException if the text is blank, too long or contains control characters
   */
  public static KpiId of(String value) {
    return ImmutableKpiId.of(value);
  }

  /**
   * Returns the identifier text.
   *
   * @return the text, not null
   */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  void check() {
    Require.identifier("kpiId", value());
  }

  @Override
  public int compareTo(KpiId other) {
    return value().compareTo(other.value());
  }

  /** Returns the identifier text, as given to {@link #of(String)}. */
  @Override
  public String toString() {
    return value();
  }
}
