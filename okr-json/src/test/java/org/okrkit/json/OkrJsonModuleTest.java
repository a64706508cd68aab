package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.KpiId;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.PeriodKind;
import org.okrkit.core.PersonId;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module registered on a plain {@link JsonMapper} of the caller's: ids and enums on their own,
 * okrkit values inside the caller's records and lists, with errors naming the path from the root.
 */
class OkrJsonModuleTest {

  /**
   * A new module for every test, not one shared by the class: PIT swaps a mutated module in
   * between tests, and a module built once would keep what the unmutated constructor registered.
   */
  private final JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule()).build();

  static Stream<Arguments> valuesAndTheirText() {
    return Stream.of(
        Arguments.of(ObjectiveId.class, ObjectiveId.of("grow"), "\"grow\""),
        Arguments.of(KeyResultId.class, KeyResultId.of("grow-1"), "\"grow-1\""),
        Arguments.of(KpiId.class, KpiId.of("nps"), "\"nps\""),
        Arguments.of(PersonId.class, PersonId.of("ada"), "\"ada\""),
        Arguments.of(OrgUnitId.class, OrgUnitId.of("company"), "\"company\""),
        Arguments.of(HealthTarget.Kind.class, HealthTarget.Kind.STAY_AT_OR_ABOVE,
            "\"stay_at_or_above\""),
        Arguments.of(PeriodKind.class, PeriodKind.QUARTER, "\"quarter\""));
  }

  @ParameterizedTest
  @MethodSource("valuesAndTheirText")
  void idsAndEnumsAreWrittenAsTheirTextOnTheirOwn(Class<?> type, Object value, String text) {
    assertEquals(text, mapper.writeValueAsString(value));
  }

  @ParameterizedTest
  @MethodSource("valuesAndTheirText")
  void idsAndEnumsAreReadFromTheirTextOnTheirOwn(Class<?> type, Object value, String text) {
    assertEquals(value, mapper.readValue(text, type));
  }

  @Test
  void anEnumNameOkrkitDoesNotWriteIsRefused() {
    OkrJsonException error = assertThrows(OkrJsonException.class,
        () -> mapper.readValue("\"STAY_AT_OR_ABOVE\"", HealthTarget.Kind.class));

    assertEquals("$", error.path());
    assertEquals("\"STAY_AT_OR_ABOVE\"", error.rejectedValue());
  }

  @Test
  void theModuleTellsWhetherItToleratesUnknownFields() {
    assertFalse(new OkrJsonModule().toleratesUnknownFields());
    assertTrue(OkrJsonModule.toleratingUnknownFields().toleratesUnknownFields());
  }

  /** Values of the caller's own holding okrkit values, in a field and in a list. */
  record Holder(Period period, List<Period> periods) {}

  private static final String QUARTER = "{\"start\": \"2026-01-01\", \"end\": \"2026-03-31\", "
      + "\"kind\": \"quarter\"}";
  private static final String BAD_KIND = "{\"start\": \"2026-01-01\", \"end\": \"2026-03-31\", "
      + "\"kind\": \"fortnight\"}";

  private OkrJsonException refused(String document, Class<?> type) {
    // Jackson wraps what a deserializer throws, naming its own reference chain
    DatabindException error = assertThrows(DatabindException.class,
        () -> mapper.readValue(document, type));
    return assertInstanceOf(OkrJsonException.class, error.getCause(), error::toString);
  }

  @Test
  void aValueInTheCallersRecordAndListIsRead() {
    Period quarter = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
        PeriodKind.QUARTER);

    Holder read = mapper.readValue("{\"period\": " + QUARTER + ", \"periods\": [" + QUARTER
        + "]}", Holder.class);

    assertEquals(new Holder(quarter, List.of(quarter)), read);
  }

  @Test
  void anErrorInAnObjectInTheCallersRecordNamesThePathFromTheRoot() {
    OkrJsonException error = refused("{\"period\": " + BAD_KIND + "}", Holder.class);

    assertEquals("$.period.kind", error.path());
    assertEquals("\"fortnight\"", error.rejectedValue());
  }

  @Test
  void anErrorInAnObjectInTheCallersListNamesThePathFromTheRoot() {
    OkrJsonException error = refused("{\"periods\": [" + QUARTER + ", " + BAD_KIND + "]}",
        Holder.class);

    assertEquals("$.periods[1].kind", error.path());
  }

  @Test
  void anErrorInAnObjectAtTheRootNamesThePathFromTheRoot() {
    // at the root there is no reference chain for Jackson to add: the error comes unwrapped
    OkrJsonException error = assertThrows(OkrJsonException.class,
        () -> mapper.readValue(BAD_KIND, Period.class));

    assertEquals("$.kind", error.path());
  }

  @Test
  void anArrayWhereAnOkrkitObjectBelongsIsRefusedAtItsField() {
    OkrJsonException error = refused("{\"period\": [1]}", Holder.class);

    assertEquals("$.period", error.path());
    assertEquals("an array", error.rejectedValue());
  }

  @Test
  void anUnknownFieldInTheCallersRecordIsRefusedUnlessTolerated() {
    String document = "{\"period\": {\"start\": \"2026-01-01\", \"end\": \"2026-03-31\", "
        + "\"kind\": \"quarter\", \"laterField\": 1}}";

    OkrJsonException error = refused(document, Holder.class);
    Holder read = JsonMapper.builder().addModule(OkrJsonModule.toleratingUnknownFields()).build()
        .readValue(document, Holder.class);

    assertEquals("$.period.laterField", error.path());
    assertEquals(PeriodKind.QUARTER, read.period().kind());
  }
}
