package org.okrkit.json;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.OkrException;
import org.okrkit.core.internal.Require;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads a document token by token, knowing at every step the JSON path of the value under the
 * parser, so every error names it. Objects are read field by field into the caller's locals and
 * built through okrkit's own factories; nothing is kept of a value whose building failed.
 *
 * <p>Not thread-safe: one reader reads one document.
 */
final class DocumentReader {

  /** Longest text accepted as a decimal: okrkit's range needs at most 98 characters. */
  static final int MAX_DECIMAL_TEXT = 200;

  /** Longest number a message shows as written. */
  private static final int SHOWN_NUMBER_LENGTH = 20;

  private final JsonParser in;
  private final boolean toleratesUnknownFields;
  private final boolean scalarsAreText;
  /** The path of the value under the parser; {@link #depthMarks} holds where each part starts. */
  private final StringBuilder path;
  private int[] depthMarks = new int[16];
  private int depth;

  DocumentReader(JsonParser in, boolean toleratesUnknownFields, String rootPath) {
    this.in = in;
    this.scalarsAreText = in instanceof YAMLParser;
    this.toleratesUnknownFields = toleratesUnknownFields;
    this.path = new StringBuilder(rootPath);
  }

  /** Reads one field's value; tells whether the field is one of the object's. */
  @FunctionalInterface
  interface FieldReader {
    boolean read(String name);
  }

  /** Moves to the document's first token, failing on an empty document. */
  void start() {
    JsonToken token = in.currentToken() != null ? in.currentToken() : in.nextToken();
    if (token == null) {
      throw error("nothing", "must be a document; the input is empty");
    }
  }

  /** Fails unless the input ends after the value just read. */
  void requireEnd() {
    JsonToken next = in.nextToken();
    if (next != null) {
      throw error(describe(next), "must be the end of the input; a document holds one value");
    }
  }

  @Nullable JsonToken currentToken() {
    return in.currentToken();
  }

  String path() {
    return path.toString();
  }

  String pathOf(String field) {
    return path + JsonPaths.field(field);
  }

  /**
   * Reads an object whose fields are given to {@code fields}; a field it does not know is an
   * error naming the known ones, or skipped when unknown fields are tolerated.
   */
  void object(String knownFields, FieldReader fields) {
    expect(JsonToken.START_OBJECT, "must be an object");
    for (JsonToken token = in.nextToken(); token != JsonToken.END_OBJECT; token = in.nextToken()) {
      String name = in.currentName();
      push(JsonPaths.field(name));
      in.nextToken();
      if (!fields.read(name)) {
        if (!toleratesUnknownFields) {
          throw error(describe(in.currentToken()), "is not a field of this object; its fields are "
              + knownFields + " (or read with unknown fields tolerated)");
        }
        in.skipChildren();
      }
      pop();
    }
  }

  /** Reads an array, each element with {@code element}. */
  <T> List<T> array(Supplier<T> element) {
    expect(JsonToken.START_ARRAY, "must be an array");
    List<T> elements = new ArrayList<>();
    for (JsonToken token = in.nextToken(); token != JsonToken.END_ARRAY; token = in.nextToken()) {
      push(JsonPaths.element(elements.size()));
      elements.add(element.get());
      pop();
    }
    return elements;
  }

  /** Reads an object of string values, in document order. */
  ImmutableMap<String, String> stringMap() {
    ImmutableMap.Builder<String, String> entries = ImmutableMap.builder();
    object("any names", name -> {
      entries.put(name, text());
      return true;
    });
    return entries.buildKeepingLast();
  }

  /**
   * Reads a string. In YAML a plain scalar such as {@code 2026} or {@code true} is text where the
   * format asks for text, as a person writing the file means it; JSON asks for a JSON string.
   */
  String text() {
    JsonToken token = in.currentToken();
    if (scalarsAreText && token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
      return in.getString();
    }
    expect(JsonToken.VALUE_STRING, "must be a string");
    return in.getString();
  }

  boolean bool() {
    JsonToken token = in.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw error(describe(token), "must be true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /**
   * Reads a decimal written as a string of digits ({@code "0.55"}, the form okrkit writes) or as a
   * JSON number ({@code 0.55}, handy in hand-written YAML). Both are read exactly.
   */
  BigDecimal decimal() {
    JsonToken token = in.currentToken();
    String text;
    if (token == JsonToken.VALUE_STRING) {
      text = in.getString();
    } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      // The number's own text, never the parser's double: BigDecimal refuses YAML's .nan and
      // .inf below. (Asking the YAML parser isNaN() after a .nan also spoils its later floats.)
      text = in.getString();
    } else {
      throw error(describe(token), "must be a decimal number, written as a string such as \"0.55\"");
    }
    if (text.length() > MAX_DECIMAL_TEXT) {
      throw error(Require.shown(text),
          "must be a decimal of at most " + MAX_DECIMAL_TEXT + " characters");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException notADecimal) {
      throw error(Require.shown(text), "must be a decimal number such as \"0.55\" or \"-12\"");
    }
  }

  LocalDate date() {
    String text = text();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notADate) {
      throw error(Require.shown(text), "must be an ISO-8601 date such as \"2026-01-31\"");
    }
  }

  <E> E enumValue(java.util.Map<String, E> byName) {
    String text = text();
    E value = byName.get(text);
    if (value == null) {
      throw error(Require.shown(text), "must be one of " + EnumNames.choices(byName));
    }
    return value;
  }

  /** Fails at the path of a field of the current object that the document left out. */
  <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw new OkrJsonException(pathOf(field), "absent", "is required");
    }
    return value;
  }

  /**
   * Builds a value from a single field, the one under the parser: an error of okrkit's factory is
   * reported at that field's path.
   */
  <T> T atField(Supplier<T> factory) {
    try {
      return factory.get();
    } catch (OkrException rejected) {
      throw new OkrJsonException(path(), rejected.rejectedValue(), rejected.rule(), rejected);
    }
  }

  /**
   * Builds the object just read: an error of okrkit's factory or builder about one of its fields
   * is reported at that field's path, {@code locate} given the chance to point inside it.
   */
  <T> T build(Supplier<T> factory, ErrorLocator locate) {
    try {
      return factory.get();
    } catch (OkrException rejected) {
      throw new OkrJsonException(locate.pathOf(rejected), rejected.rejectedValue(), rejected.rule(),
          rejected);
    }
  }

  <T> T build(Supplier<T> factory) {
    return build(factory, rejected -> pathOf(rejected.field()));
  }

  /** Finds the path of the value a factory rejected. */
  @FunctionalInterface
  interface ErrorLocator {
    String pathOf(OkrException rejected);
  }

  OkrJsonException error(String value, String rule) {
    return new OkrJsonException(path(), value, rule);
  }

  /**
   * Turns a parser's error (bad syntax, a limit exceeded) into one naming the path where the
   * parser stopped: its own context, which may be deeper than this reader's path (inside a
   * tolerated unknown field being skipped) or one field further (a duplicate name).
   */
  OkrJsonException translate(JacksonException failure) {
    // a limit's error carries no location: the parser's own is where it stopped
    TokenStreamLocation at = failure.getLocation() != null && failure.getLocation().getLineNr() > 0
        ? failure.getLocation() : in.currentLocation();
    String where = at == null || at.getLineNr() < 0 ? "unreadable"
        : "unreadable at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new OkrJsonException(parserPath(), where, failure.getOriginalMessage(), failure);
  }

  /** The path of the value the parser is at, which may be ahead of or deeper than this reader. */
  String parserPath() {
    return JsonPaths.of(in.streamReadContext());
  }

  private void expect(JsonToken expected, String rule) {
    JsonToken token = in.currentToken();
    if (token != expected) {
      throw error(describe(token), rule);
    }
  }

  String describeCurrent() {
    return describe(in.currentToken());
  }

  /** The current token as a message shows it: strings quoted and cut short, numbers as written. */
  private String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return Require.shown(in.getString());
      case VALUE_NULL:
        return "null";
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        // a number as written; a long one cut short like a long string
        String number = in.getString();
        return number.length() <= SHOWN_NUMBER_LENGTH ? number : Require.shown(number);
      default:
        return token.toString();
    }
  }

  private void push(String step) {
    if (depth == depthMarks.length) {
      depthMarks = Arrays.copyOf(depthMarks, depth * 2);
    }
    depthMarks[depth++] = path.length();
    path.append(step);
  }

  private void pop() {
    path.setLength(depthMarks[--depth]);
  }
}
