package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Period;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The document reader on its own: the value each kind of token is shown as, booleans and decimals
 * at their limits, paths deeper than the reader's first table of depths, and where a parser's error
 * is located.
 */
class ReaderPathsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** A reader at the first token of {@code json}. */
  private static DocumentReader at(String json) {
    DocumentReader reader = new DocumentReader(MAPPER.createParser(json), false, "$");
    reader.start();
    return reader;
  }

  private static OkrJsonException refusedAsBoolean(String json) {
    return assertThrows(OkrJsonException.class, () -> at(json).bool());
  }

  @Test
  void booleansAreReadAsWritten() {
    assertTrue(at("true").bool());
    assertFalse(at("false").bool());
  }

  @Test
  void everyOtherTokenIsRefusedAsABooleanAndShownByItsKind() {
    assertEquals("an object", refusedAsBoolean("{}").rejectedValue());
    assertEquals("an array", refusedAsBoolean("[]").rejectedValue());
    assertEquals("\"yes\"", refusedAsBoolean("\"yes\"").rejectedValue());
    assertEquals("null", refusedAsBoolean("null").rejectedValue());
    assertEquals("1", refusedAsBoolean("1").rejectedValue());
    assertEquals("0.5", refusedAsBoolean("0.5").rejectedValue());
    OkrJsonException error = refusedAsBoolean("7");
    assertEquals("$", error.path());
    assertEquals("must be true or false", error.rule());
  }

  @Test
  void trueAndFalseAreShownAsWrittenWhereAnotherValueIsExpected() {
    DocumentReader atTrue = at("true");
    assertEquals("true", assertThrows(OkrJsonException.class, atTrue::decimal).rejectedValue());
    DocumentReader atFalse = at("false");
    assertEquals("false", assertThrows(OkrJsonException.class, atFalse::decimal).rejectedValue());
  }

  @Test
  void aTokenThatIsNoValueIsShownByItsName() {
    DocumentReader reader = at("[]");
    reader.array(() -> "never called: the array is empty");
    // the parser now stands on the array's end, which is no value
    assertEquals("END_ARRAY", assertThrows(OkrJsonException.class, reader::bool).rejectedValue());
  }

  @Test
  void theEndOfTheInputIsShownAsSuch() {
    DocumentReader notStarted = new DocumentReader(MAPPER.createParser(""), false, "$");
    OkrJsonException error = assertThrows(OkrJsonException.class, notStarted::bool);
    assertEquals("the end of the input", error.rejectedValue());
  }

  @Test
  void numbersOfUpToTwentyCharactersAreShownAsWrittenLongerOnesCutShort() {
    String twenty = "12345678901234567890";
    assertEquals(twenty, refusedAsBoolean(twenty).rejectedValue());
    String twentyOne = twenty + "1";
    // cut to its first 20 characters, quoted, with its length (Require.shown)
    assertEquals("\"" + twenty + "\"... (21 characters)", refusedAsBoolean(twentyOne).rejectedValue());
  }

  @Test
  void aDecimalOfTwoHundredCharactersIsReadOneMoreIsRefused() {
    String twoHundred = "1" + "0".repeat(199);
    assertEquals(new BigDecimal(twoHundred), at("\"" + twoHundred + "\"").decimal());
    OkrJsonException error = assertThrows(OkrJsonException.class,
        () -> at("\"" + twoHundred + "0\"").decimal());
    assertEquals("must be a decimal of at most 200 characters", error.rule());
  }

  @Test
  void anEmptyDocumentIsRefusedAsNothing() {
    OkrJsonException error = assertThrows(OkrJsonException.class,
        () -> new DocumentReader(MAPPER.createParser(""), false, "$").start());
    assertEquals("$", error.path());
    assertEquals("nothing", error.rejectedValue());
    OkrJsonException viaFacade = assertThrows(OkrJsonException.class,
        () -> OkrJson.json().read("", Period.class));
    assertEquals("nothing", viaFacade.rejectedValue());
    assertEquals("must be a document; the input is empty", viaFacade.rule());
  }

  @Test
  void startKeepsATokenTheParserIsAlreadyAt() {
    JsonParser parser = MAPPER.createParser("true false");
    parser.nextToken();
    DocumentReader reader = new DocumentReader(parser, false, "$");
    reader.start();
    assertTrue(reader.bool());
  }

  /** Twenty arrays one inside the other, a string innermost, read as arrays down to a boolean. */
  @Test
  void pathsGoDeeperThanSixteenSteps() {
    int depth = 20;
    String document = "[".repeat(depth) + "\"deep\"" + "]".repeat(depth);
    DocumentReader reader = at(document);
    OkrJsonException error = assertThrows(OkrJsonException.class,
        () -> nestedArrays(reader, depth).get());
    assertEquals("$" + "[0]".repeat(depth), error.path());
    assertEquals("\"deep\"", error.rejectedValue());
  }

  /** Reads {@code levels} nested arrays, a boolean innermost; a fixed depth, given by the test. */
  private static Supplier<Object> nestedArrays(DocumentReader reader, int levels) {
    Supplier<Object> innermost = reader::bool;
    Supplier<Object> read = innermost;
    for (int level = 0; level < levels; level++) {
      Supplier<Object> inner = read;
      read = () -> reader.array(inner);
    }
    return read;
  }

  @Test
  void aDeepValueErrorUnderAToleratedUnknownFieldIsStillAtItsPath() {
    // 20 nested arrays in an unknown field are skipped when tolerated ...
    String nested = "[".repeat(20) + "1" + "]".repeat(20);
    Period period = OkrJson.json().toleratingUnknownFields().read("{\"start\":\"2026-01-01\","
        + "\"later\":" + nested + ",\"end\":\"2026-03-31\",\"kind\":\"quarter\"}", Period.class);
    assertEquals("2026-03-31", period.end().toString());
    // ... and refused, at the field, when not
    OkrJsonException error = assertThrows(OkrJsonException.class, () -> OkrJson.json()
        .read("{\"later\":" + nested + "}", Period.class));
    assertEquals("$.later", error.path());
    assertEquals("an array", error.rejectedValue());
  }

  @Test
  void aSyntaxErrorIsLocatedAtItsLineAndColumn() {
    // the stray @ is the fourth character of line 2
    OkrJsonException error = assertThrows(OkrJsonException.class,
        () -> OkrJson.json().read("{\"start\":\n   @}", Period.class));
    assertEquals("unreadable at line 2, column 4", error.rejectedValue());
    assertEquals("$.start", error.path());
  }

  @Test
  void anErrorWithoutALineIsLocatedWhereTheParserStands() {
    DocumentReader reader = at("  true");
    // a location of line 0 is no line: the parser's own location (line 1, after "true") is used
    TokenStreamLocation lineZero = new TokenStreamLocation(ContentReference.unknown(), -1, 0, 3);
    OkrJsonException error = reader.translate(new StreamReadException(null, "bad", lineZero));
    assertEquals("unreadable at line 1, column 7", error.rejectedValue());
    assertEquals("$", error.path());
    assertEquals("bad", error.rule());
    // no location at all: the same
    OkrJsonException unlocated = reader.translate(new StreamReadException(null, "bad", (TokenStreamLocation) null));
    assertEquals("unreadable at line 1, column 7", unlocated.rejectedValue());
  }

  @Test
  void aParserWithoutLocationsGivesNoLineAndColumn() {
    assertEquals("unreadable", translatedAtLine(-1));
    // line 0 is a line the parser reports, shown as it is
    assertEquals("unreadable at line 0, column 5", translatedAtLine(0));
  }

  /** Translates an unlocated error by a reader whose parser stands at {@code line}, column 5. */
  private static String translatedAtLine(int line) {
    JsonParser parser = new JsonParserDelegate(MAPPER.createParser("true")) {
      @Override
      public TokenStreamLocation currentLocation() {
        return new TokenStreamLocation(ContentReference.unknown(), -1, line, 5);
      }
    };
    DocumentReader reader = new DocumentReader(parser, false, "$");
    return reader.translate(new StreamReadException(null, "bad", (TokenStreamLocation) null)).rejectedValue();
  }
}
