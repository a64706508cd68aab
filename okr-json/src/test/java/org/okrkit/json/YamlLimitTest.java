package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Objective;
import org.okrkit.core.Plan;

/**
 * The YAML document limit, {@link ReadLimits#maxDocumentLength()}, through every way a YAML
 * document is read: a document of exactly the limit is read, one character more is refused with
 * the path where the input stopped.
 */
class YamlLimitTest {

  /** 17 characters, all ASCII, so as many bytes. */
  private static final String EMPTY_PLAN = "formatVersion: 1\n";

  /** An objective id far longer than the YAML library's read-ahead, cut inside by the limit. */
  private static final String LONG_ID = "a".repeat(40_000);

  private static OkrJson limitedTo(long characters) {
    return OkrJson.yaml().withLimits(ReadLimits.defaults().withMaxDocumentLength(characters));
  }

  private static Plan fromStream(OkrJson format, String document) {
    return format.readPlan(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
  }

  private static Plan fromReader(OkrJson format, String document) {
    return format.readPlan(new StringReader(document));
  }

  private static void assertTooLong(OkrJsonException error, String path, int limit) {
    assertEquals(path, error.path(), error::getMessage);
    assertEquals("longer than " + limit + " characters", error.rejectedValue());
    assertEquals("a YAML document must have at most " + limit + " characters (the limit "
        + "ReadLimits.maxDocumentLength sets, or its default for YAML; read from a stream, its "
        + "bytes count)", error.rule());
  }

  @Test
  void aDocumentOfExactlyTheLimitIsReadFromAStreamAReaderAndAString() {
    assertEquals(17, EMPTY_PLAN.length());
    OkrJson format = limitedTo(17);
    Plan expected = OkrJson.yaml().readPlan(EMPTY_PLAN);

    assertEquals(expected, fromStream(format, EMPTY_PLAN));
    assertEquals(expected, fromReader(format, EMPTY_PLAN));
    assertEquals(expected, format.read(EMPTY_PLAN, Plan.class));
  }

  @Test
  void aDocumentOneByteOverTheLimitIsRefusedFromAStream() {
    OkrJsonException error = assertThrows(OkrJsonException.class,
        () -> fromStream(limitedTo(16), EMPTY_PLAN));

    assertTooLong(error, "$", 16);
  }

  @Test
  void aDocumentOneCharacterOverTheLimitIsRefusedFromAReader() {
    OkrJsonException error = assertThrows(OkrJsonException.class,
        () -> fromReader(limitedTo(16), EMPTY_PLAN));

    assertTooLong(error, "$", 16);
  }

  @Test
  void aDocumentOneCharacterOverTheLimitIsRefusedFromAString() {
    OkrJsonException error = assertThrows(OkrJsonException.class,
        () -> limitedTo(16).read(EMPTY_PLAN, Plan.class));

    assertTooLong(error, "$", 16);
  }

  @Test
  void aPlanCutInsideAnIdIsRefusedAtTheIdFromAStreamAndAReader() {
    String document = "formatVersion: 1\nobjectives:\n- id: \"" + LONG_ID + "\"\n";

    for (Function<OkrJson, Plan> read : java.util.List.<Function<OkrJson, Plan>>of(
        format -> fromStream(format, document), format -> fromReader(format, document))) {
      OkrJsonException error = assertThrows(OkrJsonException.class,
          () -> read.apply(limitedTo(16_384)));
      assertTooLong(error, "$.objectives[0].id", 16_384);
    }
  }

  @Test
  void aPartCutInsideItsIdIsRefusedAtTheId() {
    String document = "id: \"" + LONG_ID + "\"\n";

    OkrJsonException error = assertThrows(OkrJsonException.class,
        () -> limitedTo(16_384).read(document, Objective.class));

    assertTooLong(error, "$.id", 16_384);
  }

  @Test
  void aBoundedReaderCountsSingleCharactersButNotTheEnd() throws IOException {
    // NUL is character 0: counted like any other, only the end (-1) is not
    try (OkrJson.BoundedReader in = new OkrJson.BoundedReader(new StringReader("\0b"), 2)) {
      assertEquals(0, in.read());
      assertEquals('b', in.read());
      assertEquals(-1, in.read());
      assertEquals(-1, in.read());
    }
    OkrJson.BoundedReader over = new OkrJson.BoundedReader(new StringReader("\0\0"), 1);
    assertEquals(0, over.read());
    assertThrows(OkrJson.YamlTooLong.class, over::read);
  }

  @Test
  void aBoundedReaderCountsBlocks() throws IOException {
    char[] into = new char[10];
    OkrJson.BoundedReader in = new OkrJson.BoundedReader(new StringReader("abc"), 3);
    assertEquals(3, in.read(into, 0, 10));
    assertEquals(-1, in.read(into, 0, 10));
    assertEquals("abc", new String(into, 0, 3));

    OkrJson.BoundedReader over = new OkrJson.BoundedReader(new StringReader("abcd"), 3);
    assertThrows(OkrJson.YamlTooLong.class, () -> over.read(into, 0, 10));
  }

  @Test
  void aBoundedStreamCountsSingleBytesButNotTheEnd() throws IOException {
    try (OkrJson.BoundedStream in = new OkrJson.BoundedStream(
        new ByteArrayInputStream(new byte[] {0, 'b'}), 2)) {
      assertEquals(0, in.read());
      assertEquals('b', in.read());
      assertEquals(-1, in.read());
      assertEquals(-1, in.read());
    }
    OkrJson.BoundedStream over = new OkrJson.BoundedStream(
        new ByteArrayInputStream(new byte[] {0, 0}), 1);
    assertEquals(0, over.read());
    assertThrows(OkrJson.YamlTooLong.class, over::read);
  }

  @Test
  void aBoundedStreamCountsBlocks() throws IOException {
    byte[] into = new byte[10];
    OkrJson.BoundedStream in = new OkrJson.BoundedStream(
        new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), 3);
    assertEquals(3, in.read(into, 0, 10));
    assertEquals(-1, in.read(into, 0, 10));
    assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(into, 3));

    OkrJson.BoundedStream over = new OkrJson.BoundedStream(
        new ByteArrayInputStream("abcd".getBytes(StandardCharsets.US_ASCII)), 3);
    assertThrows(OkrJson.YamlTooLong.class, () -> over.read(into, 0, 10));
  }
}
