package org.okrkit.core;

import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * Identifies an objective, for example {@code ObjectiveId.of("sales-2026-q1")}.
 *
 * <p>An identifier is not blank, has at most 128 characters, no control characters and no leading
 * or trailing white space. Immutable and thread-safe; ordered by its text.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class ObjectiveId implements Comparable<ObjectiveId> {

  ObjectiveId() {}

  /**
   * Obtains an identifier from its text.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws OkrException if the text is blank, too long or contains control characters
   */
  public static ObjectiveId of(String value) {
    return ImmutableObjectiveId.of(value);
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
    Require.identifier("objectiveId", value());
  }

  @Override
  public int compareTo(ObjectiveId other) {
    return value().compareTo(other.value());
  }

  /** Returns the identifier text, as given to {@link #of(String)}. */
  @Override
  public String toString() {
    return value();
  }
}
