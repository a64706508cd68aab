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

  /** Longest string a message shows whole. */
  private static final int SHOWN_LENGTH = 20;

  private Require() {}

  /**
   * Checks an identifier: at most 128 characters, not blank, no white space at either end, no
   * control characters and no unpaired surrogates. White space is what Java calls white space or a
   * space character, so no-break spaces (U+00A0, U+2007, U+202F) count.
   */
  public static String identifier(String field, String value) {
    Objects.requireNonNull(value, field);
    checkLength(field, value, MAX_IDENTIFIER_LENGTH);
    checkNotBlank(field, value);
    if (isSpace(value.codePointAt(0)) || isSpace(value.codePointBefore(value.length()))) {
      throw new OkrException(field, quoted(value), "must not start or end with white space");
    }
    checkCharacters(field, value, false);
    return value;
  }

  /**
   * Checks a short human text such as a title or unit: at most 4000 characters, not blank, no
   * control characters other than line breaks and tabs, no unpaired surrogates.
   */
  public static String text(String field, String value) {
    Objects.requireNonNull(value, field);
    checkLength(field, value, MAX_TEXT_LENGTH);
    checkNotBlank(field, value);
    checkCharacters(field, value, true);
    return value;
  }

  /** Checked first, so that no later message quotes more than the limit. */
  private static void checkLength(String field, String value, int limit) {
    if (value.length() > limit) {
      throw new OkrException(field, shown(value), "must have at most " + limit + " characters");
    }
  }

  private static void checkNotBlank(String field, String value) {
    if (value.codePoints().allMatch(Require::isSpace)) {
      throw new OkrException(field, quoted(value), "must not be empty or blank");
    }
  }

  /** The one rule for white space in okrkit's texts: Java's white space and Unicode's space characters. */
  private static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  /**
   * Shows a string of any length for a message: quoted as by {@link #quoted(String)} when short,
   * otherwise its first 20 characters and its length, so a message stays short however long the
   * input.
   */
  public static String shown(String value) {
    if (value.length() <= SHOWN_LENGTH) {
      return quoted(value);
    }
    return quoted(prefix(value)) + "... (" + value.length() + " characters)";
  }

  /** The first 20 characters, one fewer when the 20th would split a surrogate pair. */
  private static String prefix(String value) {
    int end = Character.isHighSurrogate(value.charAt(19)) ? 19 : 20;
    return value.substring(0, end);
  }

  private static void checkCharacters(String field, String value, boolean allowLineBreaks) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
      if (Character.isISOControl(c) && !(allowLineBreaks && lineBreak)) {
        throw new OkrException(
            field,
            quoted(value),
            String.format(Locale.ROOT, "must not contain control character U+%04X (at index %d)", (int) c, i));
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1));
        if (!paired) {
          // A lone surrogate is not text: it cannot be encoded (UTF-8 turns it into '?'), so two
          // different ids could become equal once stored.
          throw new OkrException(field, quoted(value), String.format(Locale.ROOT,
              "must not contain an unpaired surrogate U+%04X (at index %d)", (int) c, i));
        }
        i++;
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
   * and unpaired surrogates shown as {@code ?} so a message never carries them.
   */
  public static String quoted(String value) {
    return '"' + value.replaceAll("[\\p{Cc}\\p{Cs}]", "?") + '"';
  }
}
