package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Confidence;
import org.okrkit.core.Lifecycle;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Objective;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** What the facade and the module promise beyond the format: open sources, nulls, every value. */
class FacadeContractTest {

  private static final String EMPTY_PLAN = "{\"formatVersion\": 1}";

  /** A source that remembers being closed. */
  private static final class WatchedStream extends ByteArrayInputStream {
    boolean closed;

    WatchedStream(String text) {
      super(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static final class WatchedReader extends StringReader {
    boolean closed;

    WatchedReader(String text) {
      super(text);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void readingAPlanLeavesTheCallersStreamAndReaderOpen() {
    for (OkrJson format : List.of(OkrJson.json(), OkrJson.yaml())) {
      WatchedStream stream = new WatchedStream(EMPTY_PLAN);
      assertEquals(Plan.empty(), format.readPlan(stream));
      assertFalse(stream.closed, format.toString());
      WatchedReader reader = new WatchedReader(EMPTY_PLAN);
      assertEquals(Plan.empty(), format.readPlan(reader));
      assertFalse(reader.closed, format.toString());
    }
  }

  @Test
  void aRefusedDocumentAlsoLeavesTheStreamOpen() {
    WatchedStream stream = new WatchedStream("{\"formatVersion\": 2}");
    assertThrows(OkrJsonException.class, () -> OkrJson.json().readPlan(stream));
    assertFalse(stream.closed);
  }

  @Test
  void aNullDocumentIsRefusedByTheModuleAtTheRoot() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule()).build();
    OkrJsonException refused = assertThrows(OkrJsonException.class,
        () -> mapper.readValue("null", Plan.class));
    assertEquals("$", refused.path());
    assertEquals("null", refused.rejectedValue());
    assertEquals("must be Plan, not null", refused.rule());
  }

  /** A user's record holding a plan. */
  record Workspace(Plan plan, List<Objective> drafts) {}

  @Test
  void aNullInsideTheCallersRecordIsRefusedAtItsField() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule()).build();
    DatabindException wrapped = assertThrows(DatabindException.class,
        () -> mapper.readValue("{\"plan\": null, \"drafts\": []}", Workspace.class));
    OkrJsonException refused = (OkrJsonException) wrapped.getCause();
    assertEquals("$.plan", refused.path());
    assertEquals("must be Plan, not null", refused.rule());
  }

  @Test
  void aConfidenceIsWrittenAsItsDecimal() {
    // Confidence.MEDIUM is 0.55
    assertEquals("\"0.55\"", OkrJson.json().write(Confidence.MEDIUM));
  }

  @Test
  void aLifecycleIsWrittenAsItsPeriodAndEvents() {
    Lifecycle lifecycle = Lifecycle.of(Period.calendarQuarter(2026, 1),
        List.of(LifecycleEvent.activated(LocalDate.of(2026, 1, 5))));
    String json = OkrJson.json().write(lifecycle);
    assertEquals("{\n"
        + "  \"period\": {\n"
        + "    \"start\": \"2026-01-01\",\n"
        + "    \"end\": \"2026-03-31\",\n"
        + "    \"kind\": \"quarter\"\n"
        + "  },\n"
        + "  \"lifecycleEvents\": [\n"
        + "    {\n"
        + "      \"date\": \"2026-01-05\",\n"
        + "      \"status\": \"active\"\n"
        + "    }\n"
        + "  ]\n"
        + "}", json);
    assertTrue(OkrJson.json().write(Lifecycle.draft(Period.calendarYear(2026)))
        .endsWith("\"kind\": \"year\"\n  }\n}"));
  }
}
