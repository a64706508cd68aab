package org.okrkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.json.OkrJson;

/**
 * The baseline compares like with like: the records hold the plan's data, so Jackson's data binding
 * writes the very bytes okrkit writes, and reads them back to records that write them again.
 */
class JsonBaselineTest {

  private static final Plan PLAN = Workload.generate(500).plan();

  @Test
  void baseline_writesTheBytesOkrkitWrites() {
    ByteArrayOutputStream okrkit = new ByteArrayOutputStream();
    OkrJson.json().write(PLAN, okrkit);
    ByteArrayOutputStream baseline = new ByteArrayOutputStream();
    new JsonBaseline().write(PlanRecords.of(PLAN), baseline);
    String expected = okrkit.toString(StandardCharsets.UTF_8);
    // Not a document of empty objectives: the workload's five key results with check-ins show.
    assertTrue(expected.contains("\"checkIns\": ["), expected.substring(0, 400));
    assertEquals(expected, baseline.toString(StandardCharsets.UTF_8));
  }

  @Test
  void baseline_readsOkrkitsDocumentBackToTheSameDocument() throws IOException {
    // Records read back hold null for the empty lists left out, so compare what they write.
    ChunkedBytes document = new ChunkedBytes();
    OkrJson.json().write(PLAN, document);
    JsonBaseline baseline = new JsonBaseline();
    ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
    try (InputStream in = document.inputStream()) {
      baseline.write(baseline.read(in), rewritten);
    }
    try (InputStream in = document.inputStream()) {
      assertArrayEquals(in.readAllBytes(), rewritten.toByteArray());
    }
  }

  @Test
  void chunkedBytes_giveBackWhatWasWrittenAcrossChunks() throws IOException {
    // One byte short of a chunk, then a block crossing into the second chunk, then single bytes.
    ChunkedBytes bytes = new ChunkedBytes();
    byte[] expected = new byte[ChunkedBytes.CHUNK + 10];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = (byte) (i * 31);
    }
    bytes.write(expected, 0, ChunkedBytes.CHUNK - 1);
    bytes.write(expected, ChunkedBytes.CHUNK - 1, 6);
    for (int i = ChunkedBytes.CHUNK + 5; i < expected.length; i++) {
      bytes.write(expected[i]);
    }
    assertEquals(expected.length, bytes.size());
    try (InputStream in = bytes.inputStream()) {
      assertArrayEquals(expected, in.readAllBytes());
      assertEquals(-1, in.read());
    }
  }
}
