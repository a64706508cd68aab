package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrkit.core.Period;
import org.okrkit.core.PeriodKind;
import org.okrkit.core.Plan;
import org.okrkit.json.ReadErrorPathTest.Documents;

/**
 * The facade's ways in and out: streams and writers give the same text as {@link OkrJson#write}
 * and are left open, plans read from streams and readers equal those read from strings, and the
 * formats derived by the withers keep what they do not change.
 */
class OkrJsonFacadeTest {

  private static final Plan PLAN = OkrJson.json().readPlan(Documents.validJson());

  private static OkrJson format(String name) {
    return name.equals("yaml") ? OkrJson.yaml() : OkrJson.json();
  }

  /** Remembers whether it was closed, so a test can tell the writer left it open. */
  private static final class ClosableBytes extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Remembers whether it was closed, so a test can tell the writer left it open. */
  private static final class ClosableText extends StringWriter {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void writingToAStreamGivesTheUtf8BytesOfTheTextAndLeavesTheStreamOpen(String name) {
    OkrJson format = format(name);
    ClosableBytes out = new ClosableBytes();

    format.write(PLAN, out);

    assertArrayEquals(format.write(PLAN).getBytes(StandardCharsets.UTF_8), out.toByteArray());
    assertFalse(out.closed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void writingToAWriterGivesTheTextAndLeavesTheWriterOpen(String name) {
    OkrJson format = format(name);
    ClosableText out = new ClosableText();

    format.write(PLAN, out);

    assertEquals(format.write(PLAN), out.toString());
    assertFalse(out.closed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void aPlanReadFromAStreamEqualsThePlanReadFromItsText(String name) {
    OkrJson format = format(name);
    String document = format.write(PLAN);

    Plan read = format.readPlan(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));

    assertEquals(PLAN, read);
    assertEquals(document, format.write(read));
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void aPlanReadFromAReaderEqualsThePlanReadFromItsText(String name) {
    OkrJson format = format(name);
    String document = format.write(PLAN);

    Plan read = format.readPlan(new StringReader(document));

    assertEquals(PLAN, read);
    assertEquals(document, format.write(read));
  }

  @Test
  void toStringNamesTheFormatTheToleranceAndTheLimits() {
    assertEquals("OkrJson{json, refusing unknown fields, ReadLimits{maxStringLength=20000, "
        + "maxNumberLength=200, maxNestingDepth=64, maxNameLength=1000, maxDocumentLength=-1}}",
        OkrJson.json().toString());
    assertEquals("OkrJson{yaml, tolerating unknown fields, ReadLimits{maxStringLength=20000, "
        + "maxNumberLength=200, maxNestingDepth=64, maxNameLength=1000, maxDocumentLength=-1}}",
        OkrJson.yaml().toleratingUnknownFields().toString());
  }

  @Test
  void withLimitsKeepsTheFormatAndTheTolerance() {
    ReadLimits limits = ReadLimits.defaults().withMaxDocumentLength(500);

    OkrJson limited = OkrJson.yaml().toleratingUnknownFields().withLimits(limits);

    assertEquals(limits, limited.limits());
    assertEquals("OkrJson{yaml, tolerating unknown fields, ReadLimits{maxStringLength=20000, "
        + "maxNumberLength=200, maxNestingDepth=64, maxNameLength=1000, maxDocumentLength=500}}",
        limited.toString());
  }

  @Test
  void withLimitsRefusesNull() {
    NullPointerException error = assertThrows(NullPointerException.class,
        () -> OkrJson.json().withLimits(null));

    assertEquals("limits", error.getMessage());
  }

  @Test
  void yamlToleratingUnknownFieldsSkipsThemWhereYamlRefusesThem() {
    String document = "formatVersion: 1\nlaterField: [1, 2]\n";

    OkrJsonException error = assertThrows(OkrJsonException.class,
        () -> OkrJson.yaml().readPlan(document));
    Plan read = OkrJson.yaml().toleratingUnknownFields().readPlan(document);

    assertEquals("$.laterField", error.path());
    // the unknown field skipped, what is left is the empty plan
    assertEquals(OkrJson.yaml().readPlan("formatVersion: 1\n"), read);
  }

  /** A value of the caller's own holding an okrkit value. */
  record Holder(Period period) {}

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void theMapperOfATolerantFormatSkipsUnknownFieldsInValuesOfTheCallersOwn(String name) {
    // the mapper reads through the module only, not through the facade's own reading
    OkrJson tolerant = format(name).toleratingUnknownFields();
    String document = "{\"period\": {\"start\": \"2026-01-01\", \"end\": \"2026-03-31\", "
        + "\"kind\": \"quarter\", \"laterField\": 1}}";

    Holder read = tolerant.mapper().readValue(document, Holder.class);

    assertEquals(new Holder(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
        PeriodKind.QUARTER)), read);
  }

  @Test
  void limitsWithAnotherDocumentLengthHashAsObjectsHashWorksItOut() {
    ReadLimits defaults = ReadLimits.defaults();
    ReadLimits limited = defaults.withMaxDocumentLength(5);

    // Objects.hash folds the fields as h = 31 * h + hash(field), the document length last; the
    // hash of a long is (int) (v ^ v >>> 32): -1 hashes to 0 and 5 to 5, so the two hashes differ
    // by exactly 5
    assertEquals(defaults.hashCode() + 5, limited.hashCode());
  }

  @Test
  void theSchemaTextIsTheResourceInTheJar() throws java.io.IOException {
    byte[] resource;
    try (java.io.InputStream in = PlanSchema.class.getResourceAsStream(
        "plan-format-1.schema.json")) {
      resource = in.readAllBytes();
    }

    assertFalse(PlanSchema.text().isEmpty());
    assertEquals(new String(resource, StandardCharsets.UTF_8), PlanSchema.text());
  }
}
