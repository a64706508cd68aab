package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrkit.core.OkrException;
import org.okrkit.json.ReadErrorPathTest.Documents;

/** The limits documents are read within: the documented defaults, and what the withers accept. */
class ReadLimitsTest {

  @Test
  void theDefaultsAreTheDocumentedTable() {
    ReadLimits defaults = ReadLimits.defaults();

    assertEquals(20_000, defaults.maxStringLength());
    assertEquals(200, defaults.maxNumberLength());
    assertEquals(64, defaults.maxNestingDepth());
    assertEquals(1_000, defaults.maxNameLength());
    assertEquals(-1, defaults.maxDocumentLength());
    assertEquals(defaults, OkrJson.json().limits());
    assertEquals(defaults, OkrJson.yaml().limits());
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -2, Long.MIN_VALUE})
  void aDocumentLengthBelowOneOtherThanMinusOneIsRefused(long characters) {
    OkrException error = assertThrows(OkrException.class,
        () -> ReadLimits.defaults().withMaxDocumentLength(characters));

    assertEquals("maxDocumentLength", error.field());
    assertEquals(Long.toString(characters), error.rejectedValue());
    assertEquals("must be at least 1, or -1 for no limit", error.rule());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 100, -1, Long.MAX_VALUE})
  void aDocumentLengthOfOneOrMoreOrMinusOneIsKept(long characters) {
    ReadLimits limits = ReadLimits.defaults().withMaxDocumentLength(characters);

    assertEquals(characters, limits.maxDocumentLength());
    assertEquals(20_000, limits.maxStringLength());
  }

  @ParameterizedTest
  @ValueSource(ints = {3_999, 0, -1, Integer.MIN_VALUE})
  void aStringLengthBelowOkrkitsLongestTextIsRefused(int characters) {
    OkrException error = assertThrows(OkrException.class,
        () -> ReadLimits.defaults().withMaxStringLength(characters));

    assertEquals("maxStringLength", error.field());
    assertEquals(Integer.toString(characters), error.rejectedValue());
    assertTrue(error.rule().startsWith("must be at least 4000"), error::getMessage);
  }

  @Test
  void aStringLengthOf4000IsKept() {
    ReadLimits limits = ReadLimits.defaults().withMaxStringLength(4_000);

    assertEquals(4_000, limits.maxStringLength());
    assertEquals(-1, limits.maxDocumentLength());
  }

  @Test
  void aDocumentLongerThanTheLimitIsRefused() {
    // 38 characters of object and 162 spaces: 200 characters, twice the limit
    String document = "{\"formatVersion\": 1, \"objectives\": []" + " ".repeat(162) + "}";
    assertEquals(200, document.length());
    OkrJson limited = OkrJson.json().withLimits(ReadLimits.defaults().withMaxDocumentLength(100));

    OkrJsonException error = assertThrows(OkrJsonException.class,
        () -> limited.readPlan(document));

    // a string's length is known before the parser reads it: it is refused as a whole, at the root
    assertEquals("$", error.path());
    assertEquals("unreadable", error.rejectedValue());
    assertTrue(error.rule().contains("Document length"), error::getMessage);
    assertTrue(error.rule().contains("exceeds the maximum allowed (100"), error::getMessage);
    assertEquals(0, OkrJson.json().readPlan(document).objectives().size());
  }

  @Test
  void aYamlDocumentLongerThanTheLimitIsRefused() {
    String document = "formatVersion: 1\nobjectives: []\n" + "#".repeat(167) + "\n";
    assertEquals(200, document.length());
    OkrJson limited = OkrJson.yaml().withLimits(ReadLimits.defaults().withMaxDocumentLength(100));

    OkrJsonException error = assertThrows(OkrJsonException.class,
        () -> limited.readPlan(document));

    assertTrue(error.path().startsWith("$"), error::getMessage);
    assertEquals(0, OkrJson.yaml().readPlan(document).objectives().size());
  }

  @Test
  void aShorterStringLimitIsEnforcedByTheParser() {
    OkrJson limited = OkrJson.json().withLimits(ReadLimits.defaults().withMaxStringLength(4_000));
    String document = Documents.json(Documents.edited(
        root -> Documents.object(root, "/objectives/0").put("description", "d".repeat(4_001))));

    OkrJsonException error = assertThrows(OkrJsonException.class,
        () -> limited.readPlan(document));

    assertEquals("$.objectives[0].description", error.path(), error::getMessage);
    assertTrue(error.rule().contains("exceeds the maximum allowed (4000"), error::getMessage);
  }

  @Test
  void limitsAreValuesComparedByEveryLimit() {
    ReadLimits shorter = ReadLimits.defaults().withMaxDocumentLength(100);

    assertEquals(shorter, ReadLimits.defaults().withMaxDocumentLength(100));
    assertEquals(shorter.hashCode(), ReadLimits.defaults().withMaxDocumentLength(100).hashCode());
    assertNotEquals(ReadLimits.defaults(), shorter);
    assertNotEquals(ReadLimits.defaults(), ReadLimits.defaults().withMaxStringLength(4_000));
    assertEquals("ReadLimits{maxStringLength=20000, maxNumberLength=200, maxNestingDepth=64, "
        + "maxNameLength=1000, maxDocumentLength=100}", shorter.toString());
  }
}
