package org.okrkit.core.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.okrkit.core.OkrException;

/**
 * Input checks shared by the value types: each throws the library's own exception, whose message
 * names the field, the value and the rule.
 */
public final class Require {

  /** Longest identifier accepted; long enough for UUIDs and path-like keys, short enough to index. */
  public static final int MAX_IDENTIFIER_LENGTH = 128;

  /** Longest free text (title, note, reason) accepted. */
  public static final int MAX_TEXT_LENGTH = 4000;

  private Require() {}

  /** Checks an identifier: not blank, at most 128 characters, no control characters, no edge spaces. */
  public static String identifier(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new OkrException(field, quoted(value), "must not be empty or blank");
    }
    if (value.length() > MAX_IDENTIFIER_LENGTH) {
      throw new OkrException(
          field,
          quoted(value.substring(0, 20)) + "... (" + value.length() + " characters)",
          "must have at most " + MAX_IDENTIFIER_LENGTH + " characters");
    }
    if (!value.strip().equals(value)) {
      throw new OkrException(field, quoted(value), "must not start or end with white space");
    }
    rejectControlCharacters(field, value, false);
    return value;
  }

  /** Checks a short human text such as a title or unit: not blank, bounded, no control characters. */
  public static String text(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new OkrException(field, quoted(value), "must not be empty or blank");
    }
    if (value.length() > MAX_TEXT_LENGTH) {
      throw new OkrException(
          field,
          quoted(value.substring(0, 20)) + "... (" + value.length() + " characters)",
          "must have at most " + MAX_TEXT_LENGTH + " characters");
    }
    rejectControlCharacters(field, value, true);
    return value;
  }

  private static void rejectControlCharacters(String field, String value, boolean allowLineBreaks) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
      if (Character.isISOControl(c) && !(allowLineBreaks && lineBreak)) {
        throw new OkrException(
            field,
            quoted(value),
            String.format(Locale.ROOT, "must not contain control character U+%04X (at index %d)", (int) c, i));
      }
    }
  }

  /** Checks that a decimal is strictly positive. */
  public static BigDecimal positive(String field, BigDecimal value) {
    Objects.requireNonNull(value, field);
    if (value.signum() <= 0) {
      // toString, not toPlainString: an extreme exponent would make the plain form enormous.
      throw new OkrException(field, value.toString(), "must be positive");
    }
    return value;
  }

  /** Converts a double exactly as written (its shortest decimal form), rejecting NaN and infinities. */
  public static BigDecimal finite(String field, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new OkrException(field, Double.toString(value), "must be a finite number");
    }
    return BigDecimal.valueOf(value);
  }

  /**
   * Checks that an iterable and its elements are not null; the exception names the field, so a
   * null element is reported like a null argument.
   */
  public static <T extends Iterable<?>> T noNulls(String field, T elements) {
    Objects.requireNonNull(elements, field);
    for (Object element : elements) {
      Objects.requireNonNull(element, field);
    }
    return elements;
  }

  /** Checks that the keys extracted from the elements are unique, naming the first repeated one. */
  public static <T, K> void uniqueKeys(
      String field, Collection<T> elements, Function<? super T, K> key) {
    Set<K> seen = new HashSet<>();
    for (T element : elements) {
      K k = key.apply(element);
      if (!seen.add(k)) {
        throw new OkrException(field, String.valueOf(k), "appears more than once; each must be unique");
      }
    }
  }

  /** Checks that the owner is not also listed among people who own nothing (contributors, coach). */
  public static void notOwner(String field, Collection<?> people, Object owner) {
    if (people.contains(owner)) {
      throw new OkrException(field, String.valueOf(owner),
          "is the owner; the owner is accountable and is not also listed as " + field);
    }
  }

  /**
   * Quotes a string for a message, so blanks and edge spaces are visible, with control characters
   * shown as {@code ?} so a message never carries them.
   */
  public static String quoted(String value) {
    return '"' + value.replaceAll("\\p{Cntrl}", "?") + '"';
  }
}
