package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.okrkit.core.Adjustment;
import org.okrkit.core.Alignment;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.ChecklistItem;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiLink;
import org.okrkit.core.KpiReading;
import org.okrkit.core.Level;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each part of a plan read on its own ({@link OkrJson#read(String, Class)}): a field it does not
 * know refused at that field, and the paths of the errors its builder reports.
 */
class ReaderMutationTest {

  private static final OkrJson JSON = OkrJson.json();

  private static final String PERIOD =
      "{\"start\":\"2026-01-01\",\"end\":\"2026-03-31\",\"kind\":\"quarter\"}";
  private static final String METRIC =
      "{\"kind\":\"metric\",\"start\":\"0\",\"target\":\"10\",\"unit\":\"u\"}";

  private static OkrJsonException refused(String document, Class<?> type) {
    return assertThrows(OkrJsonException.class, () -> JSON.read(document, type), document);
  }

  /** A valid value of each part, its first field followed by an unknown one. */
  static Stream<Arguments> partsWithAnUnknownField() {
    return Stream.of(
        Arguments.of(ChecklistItem.class, "{\"name\":\"a\",\"x\":1}"),
        Arguments.of(KpiLink.class, "{\"kpiId\":\"nps\",\"x\":1}"),
        Arguments.of(CheckIn.class, "{\"date\":\"2026-01-02\",\"x\":1}"),
        Arguments.of(Adjustment.class, "{\"date\":\"2026-01-02\",\"x\":1}"),
        Arguments.of(Alignment.class, "{\"parentObjective\":\"grow\",\"x\":1}"),
        Arguments.of(LifecycleEvent.class, "{\"date\":\"2026-01-02\",\"x\":1}"),
        Arguments.of(Period.class, "{\"start\":\"2026-01-01\",\"x\":1}"),
        Arguments.of(Kpi.class, "{\"id\":\"nps\",\"x\":1}"),
        Arguments.of(HealthTarget.class, "{\"kind\":\"increase_to\",\"x\":1}"),
        Arguments.of(KpiReading.class, "{\"date\":\"2026-01-02\",\"x\":1}"),
        Arguments.of(Measure.class, "{\"kind\":\"milestone\",\"x\":1}"),
        Arguments.of(KeyResult.class, "{\"id\":\"k\",\"x\":1}"),
        Arguments.of(Objective.class, "{\"id\":\"o\",\"x\":1}"));
  }

  @ParameterizedTest
  @MethodSource("partsWithAnUnknownField")
  void anUnknownFieldOfEveryPartIsRefusedAtThatField(Class<?> part, String document) {
    OkrJsonException error = refused(document, part);
    assertEquals("$.x", error.path());
    assertEquals("1", error.rejectedValue());
    assertTrue(error.rule().startsWith("is not a field of this object"), error.rule());
  }

  @Test
  void aMilestoneCheckInValueIsReadFromTrueOrFalse() {
    assertEquals(CheckInValue.done(), JSON.read("true", CheckInValue.class));
    assertEquals(CheckInValue.notDone(), JSON.read("false", CheckInValue.class));
    assertEquals(CheckInValue.of(new BigDecimal("1.5")), JSON.read("\"1.5\"", CheckInValue.class));
  }

  @Test
  void anAlignmentWithoutWeightWeighsOne() {
    Alignment alignment = JSON.read("{\"parentObjective\":\"grow\"}", Alignment.class);
    assertEquals(AlignmentTarget.of(ObjectiveId.of("grow")), alignment.target());
    assertEquals(0, BigDecimal.ONE.compareTo(alignment.weight()));
  }

  @Test
  void anAlignmentToAKeyResultKeepsItsWeight() {
    Alignment alignment = JSON.read(
        "{\"parentObjective\":\"grow\",\"parentKeyResult\":\"revenue\",\"weight\":\"0.5\"}",
        Alignment.class);
    assertEquals(AlignmentTarget.of(ObjectiveId.of("grow"), KeyResultId.of("revenue")),
        alignment.target());
    assertEquals(new BigDecimal("0.5"), alignment.weight());
  }

  @Test
  void aBlankClosingNoteOrCancellingReasonIsRefusedAtTheNote() {
    assertEquals("$.note", refused(
        "{\"date\":\"2026-01-02\",\"status\":\"closed\",\"note\":\" \"}", LifecycleEvent.class)
        .path());
    // the model calls a cancellation's note its reason; the format's field is still "note"
    assertEquals("$.note", refused(
        "{\"date\":\"2026-01-02\",\"status\":\"cancelled\",\"note\":\" \"}", LifecycleEvent.class)
        .path());
  }

  @Test
  void aBandTargetsEndsAreRefusedAtValueAndUpper() {
    // 65 integer digits: one more than okrkit's decimals hold (HealthTarget's Javadoc)
    String tooLong = "1" + "0".repeat(64);
    assertEquals("$.value", refused("{\"kind\":\"stay_within_band\",\"value\":\"" + tooLong
        + "\",\"upper\":\"1\"}", HealthTarget.class).path());
    assertEquals("$.upper", refused("{\"kind\":\"stay_within_band\",\"value\":\"1\",\"upper\":\""
        + tooLong + "\"}", HealthTarget.class).path());
  }

  @Test
  void aFieldOfAnotherMeasureShowsItsDecimalInItsCanonicalForm() {
    // 1E+3 is read exactly; the message shows the decimal as okrkit describes one (Decimals)
    OkrJsonException error = refused(
        "{\"kind\":\"milestone\",\"level\":\"1E+3\"}", Measure.class);
    assertEquals("$.level", error.path());
    assertEquals("1E+3", error.rejectedValue());
    // 10^199 has 662 bits, above the 333 okrkit describes exactly: shown by its magnitude
    // (floor(662 x log10 2) = 199), not as its 200 digits
    OkrJsonException hugeError = refused(
        "{\"kind\":\"milestone\",\"level\":\"1" + "0".repeat(199) + "\"}", Measure.class);
    assertEquals("about 1E+199 (an unscaled value of 662 bits, scale 0)",
        hugeError.rejectedValue());
    OkrJsonException enumError = refused(
        "{\"kind\":\"milestone\",\"comparison\":\"at_or_above\"}", Measure.class);
    assertEquals("at_or_above", enumError.rejectedValue());
    OkrJsonException textError = refused("{\"kind\":\"milestone\",\"unit\":\"kg\"}", Measure.class);
    assertEquals("\"kg\"", textError.rejectedValue());
  }

  private static String keyResult(String extra) {
    return "{\"id\":\"k\",\"title\":\"K\",\"owner\":\"ana\",\"measure\":" + METRIC + extra + "}";
  }

  private static String adjustment(String date, String target) {
    return "{\"date\":\"" + date + "\",\"measure\":{\"kind\":\"metric\",\"start\":\"0\",\"target\":\""
        + target + "\",\"unit\":\"u\"},\"reason\":\"r\"}";
  }

  @Test
  void twoAdjustmentsOnOneDateAreRefusedAtTheSecond() {
    OkrJsonException error = refused(keyResult(",\"adjustments\":["
        + adjustment("2026-02-01", "20") + "," + adjustment("2026-02-01", "30") + "]"),
        KeyResult.class);
    assertEquals("$.adjustments[1].date", error.path());
    assertEquals("2026-02-01", error.rejectedValue());
  }

  @Test
  void twoCheckInsOnOneDateAreRefusedAtTheSecond() {
    OkrJsonException error = refused(keyResult(",\"checkIns\":["
        + "{\"date\":\"2026-01-05\",\"value\":\"1\"},{\"date\":\"2026-01-05\",\"value\":\"2\"}]"),
        KeyResult.class);
    assertEquals("$.checkIns[1].date", error.path());
  }

  @Test
  void aKeyResultDrawnFromAKpiRefusesAMeasureThatIsNoNumberAtItsMeasure() {
    OkrJsonException error = refused("{\"id\":\"k\",\"title\":\"K\",\"owner\":\"ana\","
        + "\"measure\":{\"kind\":\"milestone\"},\"kpi\":{\"kpiId\":\"nps\",\"aggregation\":\"latest\"}}",
        KeyResult.class);
    assertEquals("$.measure", error.path());
  }

  @Test
  void anAdjustmentToAMeasureThatIsNoNumberIsRefusedAtItsMeasure() {
    OkrJsonException error = refused(keyResult(
        ",\"kpi\":{\"kpiId\":\"nps\",\"aggregation\":\"latest\"},\"adjustments\":["
            + adjustment("2026-02-01", "20") + ",{\"date\":\"2026-02-10\","
            + "\"measure\":{\"kind\":\"milestone\"},\"reason\":\"r\"}]"), KeyResult.class);
    assertEquals("$.adjustments[1].measure", error.path());
  }

  @Test
  void aCheckInOutsideTheLifecycleIsFoundInALaterKeyResultAndAtALaterIndex() {
    // active from the period's start: key result 0's two check-ins are in the window, key result
    // 1's second is more than a year after the period's end
    String checkIns0 = ",\"checkIns\":[{\"date\":\"2026-01-05\",\"value\":\"1\"},"
        + "{\"date\":\"2026-01-06\",\"value\":\"2\"}]";
    String checkIns1 = ",\"checkIns\":[{\"date\":\"2026-01-07\",\"value\":\"1\"},"
        + "{\"date\":\"2027-06-01\",\"value\":\"2\"}]";
    String objective = "{\"id\":\"o\",\"title\":\"O\",\"level\":\"team\",\"owner\":\"ana\","
        + "\"period\":" + PERIOD + ",\"commitment\":\"committed\",\"lifecycleEvents\":"
        + "[{\"date\":\"2026-01-01\",\"status\":\"active\"}],\"keyResults\":["
        + keyResult(checkIns0) + "," + keyResult(checkIns1).replace("\"k\"", "\"k2\"") + "]}";
    OkrJsonException error = refused(objective, Objective.class);
    assertEquals("$.keyResults[1].checkIns[1].date", error.path());
    assertEquals("2027-06-01", error.rejectedValue());
  }

  @Test
  void idsAndEnumsAreReadByTheModuleFromTheirText() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule()).build();
    assertEquals(ObjectiveId.of("grow"), mapper.readValue("\"grow\"", ObjectiveId.class));
    assertEquals(Level.TEAM, mapper.readValue("\"team\"", Level.class));
  }
}
