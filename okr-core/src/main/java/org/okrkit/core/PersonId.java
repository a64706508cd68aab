package org.okrkit.core;

import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * Identifies a person, for example {@code PersonId.of("ada.lovelace")}.
 *
 * <p>An identifier is not blank, has at most 128 characters, no control characters and no leading
 * or trailing white space. Immutable and thread-safe; ordered by its text.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class PersonId implements Comparable<PersonId> {

  PersonId() {}

  /**
   * Obtains an identifier from its text.
   *
   * @param value  the identifier text, not null
   * @return the identifier, not null
   * @throws OkrException if the text is blank, too long or contains control characters
   */
  public static PersonId of(String value) {
    return ImmutablePersonId.of(value);
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
    Require.identifier("personId", value());
  }

  @Override
  public int compareTo(PersonId other) {
    return value().compareTo(other.value());
  }

  /** Returns the identifier text, as given to {@link #of(String)}. */
  @Override
  public String toString() {
    return value();
  }
}
