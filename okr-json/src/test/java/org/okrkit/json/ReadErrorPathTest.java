package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrkit.core.Plan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every rule of the format, broken once in an otherwise valid document ({@code
 * errors/valid-plan.json}, which uses every object kind and field): the error names the exact JSON
 * path, the rejected value as the message shows it, and the rule. Rules of the model are in {@link
 * ReadModelErrorTest}.
 */
class ReadErrorPathTest {

  /** Valid documents to break, and the checks every test here makes. */
  static final class Documents {

    private static final JsonMapper TREES = JsonMapper.builder().build();
    private static final YAMLMapper YAML_TREES = YAMLMapper.builder().build();

    private Documents() {}

    static String validJson() {
      try (InputStream in =
          ReadErrorPathTest.class.getResourceAsStream("/errors/valid-plan.json")) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The valid document as a tree, edited by {@code edit}. */
    static ObjectNode edited(Consumer<ObjectNode> edit) {
      ObjectNode root = (ObjectNode) TREES.readTree(validJson());
      edit.accept(root);
      return root;
    }

    static ObjectNode object(JsonNode root, String pointer) {
      return (ObjectNode) root.at(pointer);
    }

    static String json(JsonNode tree) {
      return TREES.writeValueAsString(tree);
    }

    static String yaml(JsonNode tree) {
      return YAML_TREES.writeValueAsString(tree);
    }

    static OkrJsonException refused(OkrJson format, String document) {
      return assertThrows(OkrJsonException.class, () -> format.readPlan(document), document);
    }

    static void assertError(OkrJsonException error, String path, String value, String rule) {
      assertEquals(path, error.path(), error::getMessage);
      assertEquals(value, error.rejectedValue(), error::getMessage);
      assertTrue(error.rule().contains(rule), () -> "rule of " + error.getMessage());
      assertTrue(error.getMessage().startsWith(path + " was " + value + ": "), error::getMessage);
    }

    /** The edited document is refused in JSON and in YAML alike, with this path, value, rule. */
    static void assertRefusedInBoth(Consumer<ObjectNode> edit, String path, String value,
        String rule) {
      ObjectNode tree = edited(edit);
      assertError(refused(OkrJson.json(), json(tree)), path, value, rule);
      assertError(refused(OkrJson.yaml(), yaml(tree)), path, value, rule);
    }
  }

  @Test
  void theValidDocumentIsValidInBothFormats() {
    Plan plan = OkrJson.json().readPlan(Documents.validJson());
    assertEquals(2, plan.objectives().size());
    assertEquals(plan, OkrJson.yaml().readPlan(Documents.yaml(Documents.edited(root -> { }))));
  }

  static Stream<Arguments> requiredFields() {
    return Stream.of(
        Arguments.of("", "formatVersion", "$.formatVersion"),
        Arguments.of("/kpis/0", "id", "$.kpis[0].id"),
        Arguments.of("/kpis/0", "name", "$.kpis[0].name"),
        Arguments.of("/kpis/0", "unit", "$.kpis[0].unit"),
        Arguments.of("/kpis/0", "owner", "$.kpis[0].owner"),
        Arguments.of("/kpis/0", "healthTarget", "$.kpis[0].healthTarget"),
        Arguments.of("/kpis/0/healthTarget", "kind", "$.kpis[0].healthTarget.kind"),
        Arguments.of("/kpis/0/healthTarget", "value", "$.kpis[0].healthTarget.value"),
        Arguments.of("/kpis/0/healthTarget", "upper", "$.kpis[0].healthTarget.upper"),
        Arguments.of("/kpis/0/readings/1", "date", "$.kpis[0].readings[1].date"),
        Arguments.of("/kpis/0/readings/1", "value", "$.kpis[0].readings[1].value"),
        Arguments.of("/objectives/1", "id", "$.objectives[1].id"),
        Arguments.of("/objectives/1", "title", "$.objectives[1].title"),
        Arguments.of("/objectives/1", "level", "$.objectives[1].level"),
        Arguments.of("/objectives/1", "owner", "$.objectives[1].owner"),
        Arguments.of("/objectives/1", "period", "$.objectives[1].period"),
        Arguments.of("/objectives/1", "commitment", "$.objectives[1].commitment"),
        Arguments.of("/objectives/0/period", "start", "$.objectives[0].period.start"),
        Arguments.of("/objectives/0/period", "end", "$.objectives[0].period.end"),
        Arguments.of("/objectives/0/period", "kind", "$.objectives[0].period.kind"),
        Arguments.of("/objectives/0/keyResults/0", "id", "$.objectives[0].keyResults[0].id"),
        Arguments.of("/objectives/0/keyResults/0", "title", "$.objectives[0].keyResults[0].title"),
        Arguments.of("/objectives/0/keyResults/0", "owner", "$.objectives[0].keyResults[0].owner"),
        Arguments.of("/objectives/0/keyResults/0", "measure",
            "$.objectives[0].keyResults[0].measure"),
        Arguments.of("/objectives/0/keyResults/0/measure", "kind",
            "$.objectives[0].keyResults[0].measure.kind"),
        Arguments.of("/objectives/0/keyResults/0/measure", "start",
            "$.objectives[0].keyResults[0].measure.start"),
        Arguments.of("/objectives/0/keyResults/0/measure", "target",
            "$.objectives[0].keyResults[0].measure.target"),
        Arguments.of("/objectives/0/keyResults/0/measure", "unit",
            "$.objectives[0].keyResults[0].measure.unit"),
        Arguments.of("/objectives/0/keyResults/1/measure", "comparison",
            "$.objectives[0].keyResults[1].measure.comparison"),
        Arguments.of("/objectives/0/keyResults/1/measure", "level",
            "$.objectives[0].keyResults[1].measure.level"),
        Arguments.of("/objectives/0/keyResults/1/measure", "unit",
            "$.objectives[0].keyResults[1].measure.unit"),
        Arguments.of("/objectives/0/keyResults/2/measure", "lower",
            "$.objectives[0].keyResults[2].measure.lower"),
        Arguments.of("/objectives/0/keyResults/2/measure", "upper",
            "$.objectives[0].keyResults[2].measure.upper"),
        Arguments.of("/objectives/0/keyResults/2/measure", "unit",
            "$.objectives[0].keyResults[2].measure.unit"),
        Arguments.of("/objectives/0/keyResults/3/measure", "items",
            "$.objectives[0].keyResults[3].measure.items"),
        Arguments.of("/objectives/0/keyResults/3/measure/items/1", "name",
            "$.objectives[0].keyResults[3].measure.items[1].name"),
        Arguments.of("/objectives/0/keyResults/0/kpi", "kpiId",
            "$.objectives[0].keyResults[0].kpi.kpiId"),
        Arguments.of("/objectives/0/keyResults/0/kpi", "aggregation",
            "$.objectives[0].keyResults[0].kpi.aggregation"),
        Arguments.of("/objectives/0/keyResults/0/checkIns/1", "date",
            "$.objectives[0].keyResults[0].checkIns[1].date"),
        Arguments.of("/objectives/0/keyResults/0/checkIns/1", "value",
            "$.objectives[0].keyResults[0].checkIns[1].value"),
        Arguments.of("/objectives/0/keyResults/0/adjustments/0", "date",
            "$.objectives[0].keyResults[0].adjustments[0].date"),
        Arguments.of("/objectives/0/keyResults/0/adjustments/0", "measure",
            "$.objectives[0].keyResults[0].adjustments[0].measure"),
        Arguments.of("/objectives/0/keyResults/0/adjustments/0", "reason",
            "$.objectives[0].keyResults[0].adjustments[0].reason"),
        Arguments.of("/objectives/1/alignments/0", "parentObjective",
            "$.objectives[1].alignments[0].parentObjective"),
        Arguments.of("/objectives/0/lifecycleEvents/0", "date",
            "$.objectives[0].lifecycleEvents[0].date"),
        Arguments.of("/objectives/0/lifecycleEvents/0", "status",
            "$.objectives[0].lifecycleEvents[0].status"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("requiredFields")
  void aMissingRequiredFieldIsNamedByItsPath(String object, String field, String path) {
    Documents.assertRefusedInBoth(root -> Documents.object(root, object).remove(field), path,
        "absent", "is required");
  }

  @Test
  void aClosingEventWithoutNoteIsMissingItsNote() {
    Documents.assertRefusedInBoth(root -> Documents.object(root, "/objectives/0")
            .withArray("lifecycleEvents").addObject().put("date", "2026-03-31")
            .put("status", "closed"),
        "$.objectives[0].lifecycleEvents[1].note", "absent", "is required");
  }

  @Test
  void anActivationWithANoteIsRefusedAtTheNote() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0/lifecycleEvents/0").put("note", "go"),
        "$.objectives[0].lifecycleEvents[0].note", "\"go\"", "an activation takes no note");
  }

  @Test
  void anObjectWhereAStringBelongs() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0").putObject("title").put("text", "x"),
        "$.objectives[0].title", "an object", "must be a string");
  }

  @Test
  void aStringWhereAnArrayBelongs() {
    Documents.assertRefusedInBoth(root -> root.put("objectives", "none"),
        "$.objectives", "\"none\"", "must be an array");
  }

  @Test
  void nullWhereAnObjectBelongs() {
    Documents.assertRefusedInBoth(root -> Documents.object(root, "/objectives/0").putNull("period"),
        "$.objectives[0].period", "null", "must be an object");
  }

  @Test
  void anArrayWhereADecimalBelongs() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0/keyResults/0").putArray("weight").add("1"),
        "$.objectives[0].keyResults[0].weight", "an array", "must be a decimal number");
  }

  @Test
  void aBooleanWhereADecimalBelongs() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0/keyResults/0/measure").put("target", true),
        "$.objectives[0].keyResults[0].measure.target", "true", "must be a decimal number");
  }

  @Test
  void aStringWhereABooleanOrDecimalBelongsInACheckIn() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0/keyResults/0/checkIns/0").putObject("value"),
        "$.objectives[0].keyResults[0].checkIns[0].value", "an object", "must be a decimal");
  }

  @Test
  void aNumberWhereAStringBelongsIsRefusedInJsonButIsTextInYaml() {
    ObjectNode tree = Documents.edited(root -> Documents.object(root, "/objectives/0")
        .put("title", 2026));

    Documents.assertError(Documents.refused(OkrJson.json(), Documents.json(tree)),
        "$.objectives[0].title", "2026", "must be a string"); // a number, shown unquoted
    // a person writing YAML by hand means the text 2026
    assertEquals("2026", OkrJson.yaml().readPlan(Documents.yaml(tree)).objectives().get(0).title());
  }

  @Test
  void anUnknownFieldIsRefusedNamingTheKnownOnes() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0/keyResults/0").put("colour", "red"),
        "$.objectives[0].keyResults[0].colour", "\"red\"",
        "is not a field of this object; its fields are id, title, owner, contributors, weight");
  }

  @Test
  void anUnknownFieldAtTheRoot() {
    Documents.assertRefusedInBoth(root -> root.put("formatVersio", 1),
        "$.formatVersio", "1", "is not a field of this object");
  }

  @Test
  void anUnknownFieldIsSkippedWhenTolerated() {
    Plan expected = OkrJson.json().readPlan(Documents.validJson());
    ObjectNode tree = Documents.edited(root -> {
      root.put("generator", "a later okrkit");
      ObjectNode objective = Documents.object(root, "/objectives/0");
      objective.putObject("extras").put("a", 1).putArray("b").addObject().putArray("c").add(1);
      Documents.object(root, "/objectives/0/keyResults/0/measure").putArray("history")
          .add("x").addArray().addObject().put("deep", true);
      Documents.object(root, "/kpis/0/healthTarget").putNull("note");
    });

    assertEquals(expected, OkrJson.json().toleratingUnknownFields().readPlan(Documents.json(tree)));
    assertEquals(expected, OkrJson.yaml().toleratingUnknownFields().readPlan(Documents.yaml(tree)));
    // refused by default, at the first unknown field in document order
    Documents.assertError(Documents.refused(OkrJson.json(), Documents.json(tree)),
        "$.kpis[0].healthTarget.note", "null", "is not a field of this object");
  }

  static Stream<Arguments> enumFields() {
    return Stream.of(
        Arguments.of("/objectives/0", "level", "company, department, team, individual"),
        Arguments.of("/objectives/0", "commitment", "committed, aspirational"),
        Arguments.of("/objectives/0/period", "kind", "year, quarter"),
        Arguments.of("/objectives/0/keyResults/0/measure", "kind",
            "metric, threshold, band, milestone, checklist"),
        Arguments.of("/objectives/0/keyResults/1/measure", "comparison",
            "at_or_above, at_or_below"),
        Arguments.of("/objectives/0/keyResults/0/kpi", "aggregation",
            "latest, sum, mean, minimum"),
        Arguments.of("/kpis/0/healthTarget", "kind", "stay_at_or_above, stay_at_or_below, "
            + "stay_within_band, increase_to, decrease_to"),
        Arguments.of("/objectives/0/lifecycleEvents/0", "status", "active, closed, cancelled"));
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("enumFields")
  void anUnknownEnumNameIsRefusedNamingTheChoices(String object, String field, String choices) {
    String path = "$" + object.replace("/", ".").replaceAll("\\.(\\d+)", "[$1]") + "." + field;
    Documents.assertRefusedInBoth(root -> Documents.object(root, object).put(field, "Bogus"),
        path, "\"Bogus\"", "must be one of " + choices);
  }

  @Test
  void anUpperCaseEnumNameIsNotTheFormatsName() {
    Documents.assertRefusedInBoth(root -> Documents.object(root, "/objectives/0").put("level",
        "COMPANY"), "$.objectives[0].level", "\"COMPANY\"", "must be one of company,");
  }

  @Test
  void draftIsNotAnEventStatus() {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0/lifecycleEvents/0").put("status", "draft"),
        "$.objectives[0].lifecycleEvents[0].status", "\"draft\"", "must be one of active,");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "2026-1-5", "05/01/2026", "2026-01-05T10:00", ""})
  void aBadDateIsRefused(String date) {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0/keyResults/0/checkIns/0").put("date", date),
        "$.objectives[0].keyResults[0].checkIns[0].date", "\"" + date + "\"",
        "must be an ISO-8601 date");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1,5", "0x10", "1.2.3", "", " 1", "NaN", "Infinity"})
  void aStringThatIsNotADecimalIsRefused(String decimal) {
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0/keyResults/0/measure").put("target", decimal),
        "$.objectives[0].keyResults[0].measure.target", "\"" + decimal + "\"",
        "must be a decimal number");
  }

  @Test
  void aDecimalStringLongerThan200CharactersIsRefusedBeforeItIsParsed() {
    String digits = "1".repeat(201);
    // the message shows the first 20 characters and the length
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, "/objectives/0/keyResults/0/measure").put("target", digits),
        "$.objectives[0].keyResults[0].measure.target",
        "\"11111111111111111111\"... (201 characters)", "at most 200 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {".nan", ".NaN", ".inf", "-.inf", "+.Inf"})
  void yamlsNotANumberAndInfinityAreRefused(String special) {
    String yaml = Documents.yaml(Documents.edited(root -> { }))
        .replace("target: \"150\"", "target: " + special);
    assertTrue(yaml.contains("target: " + special), yaml);

    OkrJsonException error = Documents.refused(OkrJson.yaml(), yaml);

    assertEquals("$.objectives[0].keyResults[0].measure.target", error.path(), error::getMessage);
    assertTrue(error.rejectedValue().contains(special) || error.rule().contains("finite"),
        error::getMessage);
    assertTrue(error.rule().contains("decimal"), error::getMessage);
  }

  @Test
  void jsonNotANumberIsASyntaxError() {
    String json = Documents.validJson().replace("\"target\": \"150\"", "\"target\": NaN");

    OkrJsonException error = Documents.refused(OkrJson.json(), json);

    assertTrue(error.path().startsWith("$.objectives[0].keyResults[0].measure"),
        error::getMessage);
    assertTrue(error.rejectedValue().startsWith("unreadable at line 66, column "),
        error::getMessage);
  }

  @Test
  void aDecimalWrittenAsAJsonNumberIsReadExactly() {
    String json = Documents.validJson().replace("\"target\": \"150\"", "\"target\": 150.000");
    assertEquals(OkrJson.json().readPlan(Documents.validJson()), OkrJson.json().readPlan(json));
  }

  @Test
  void anotherFormatVersionIsRefused() {
    Documents.assertRefusedInBoth(root -> root.put("formatVersion", 2), "$.formatVersion", "2",
        "must be 1, the plan format this okrkit reads");
  }

  @Test
  void aHugeFormatVersionIsRefusedWithoutWritingItOut() {
    // 1E+999999999 written out in plain digits would be a billion characters
    Documents.assertRefusedInBoth(root -> root.put("formatVersion", new BigDecimal("1e999999999")),
        "$.formatVersion", "1E+999999999", "must be the number 1");
  }

  @Test
  void theFormatVersionAsAStringIsRefused() {
    // the schema says the number 1; the reader agrees, so a document valid for one is for both
    Documents.assertRefusedInBoth(root -> root.put("formatVersion", "1"), "$.formatVersion",
        "\"1\"", "must be the number 1, the plan format this okrkit reads");
  }

  @Test
  void aFormatVersionThatIsNoNumberIsRefused() {
    Documents.assertRefusedInBoth(root -> root.put("formatVersion", "one"), "$.formatVersion",
        "\"one\"", "must be the number 1");
  }

  @Test
  void contentAfterTheDocumentIsRefused() {
    OkrJsonException error = Documents.refused(OkrJson.json(), Documents.validJson() + " {}");
    Documents.assertError(error, "$", "an object", "must be the end of the input");
  }

  @Test
  void aSecondYamlDocumentIsRefused() {
    String yaml = Documents.yaml(Documents.edited(root -> { })) + "---\nformatVersion: 1\n";
    OkrJsonException error = Documents.refused(OkrJson.yaml(), yaml);
    Documents.assertError(error, "$", "an object", "must be the end of the input");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n"})
  void anEmptyInputIsRefused(String empty) {
    Documents.assertError(Documents.refused(OkrJson.json(), empty), "$", "nothing",
        "the input is empty");
    Documents.assertError(Documents.refused(OkrJson.yaml(), empty), "$", "nothing",
        "the input is empty");
  }

  @Test
  void aDocumentThatIsNotAnObjectIsRefused() {
    Documents.assertError(Documents.refused(OkrJson.json(), "[]"), "$", "an array",
        "must be an object");
    Documents.assertError(Documents.refused(OkrJson.yaml(), "just text"), "$", "\"just text\"",
        "must be an object");
  }

  @Test
  void aDuplicateFieldIsRefusedInJson() {
    String json = Documents.validJson().replace("\"title\": \"Team goal\",",
        "\"title\": \"Team goal\", \"title\": \"Again\",");

    OkrJsonException error = Documents.refused(OkrJson.json(), json);

    assertEquals("$.objectives[1].title", error.path(), error::getMessage);
    assertTrue(error.rejectedValue().startsWith("unreadable at line 167, column "),
        error::getMessage);
    assertTrue(error.rule().contains("Duplicate"), error::getMessage);
  }

  @Test
  void aDuplicateFieldIsRefusedInYaml() {
    String yaml = Documents.yaml(Documents.edited(root -> { }))
        .replaceAll("(?m)^( *)title: \"Team goal\"$",
            "$1title: \"Team goal\"\n$1title: \"Again\"");
    assertTrue(yaml.contains("Again"), yaml);

    OkrJsonException error = Documents.refused(OkrJson.yaml(), yaml);

    assertEquals("$.objectives[1].title", error.path(), error::getMessage);
    assertTrue(error.rule().contains("Duplicate"), error::getMessage);
  }

  @Test
  void aSyntaxErrorNamesWhereTheParserStoppedWithLineAndColumn() {
    // the comma after the first key result's target is dropped: the parser stops at line 67,
    // on the next name, having read the target
    String json = Documents.validJson().replace("\"target\": \"150\",", "\"target\": \"150\"");

    OkrJsonException error = Documents.refused(OkrJson.json(), json);

    assertEquals("$.objectives[0].keyResults[0].measure.target", error.path(), error::getMessage);
    assertTrue(error.rejectedValue().startsWith("unreadable at line 67, column "),
        error::getMessage);
    assertTrue(error.rule().contains("expecting comma"), error::getMessage);
  }

  @Test
  void aYamlSyntaxErrorNamesLineAndColumn() {
    String yaml = "formatVersion: 1\nobjectives: [\n";
    OkrJsonException error = Documents.refused(OkrJson.yaml(), yaml);
    assertTrue(error.path().startsWith("$.objectives"), error::getMessage);
    assertTrue(error.rejectedValue().startsWith("unreadable at line "), error::getMessage);
  }

  @Test
  void aTruncatedDocumentIsRefused() {
    String json = Documents.validJson();
    OkrJsonException error = Documents.refused(OkrJson.json(),
        json.substring(0, json.indexOf("\"uptime\"")));
    // the input ends after '"id": ' on line 99
    assertEquals("$.objectives[0].keyResults[1].id", error.path(), error::getMessage);
    assertTrue(error.rejectedValue().startsWith("unreadable at line 99, column "),
        error::getMessage);
    assertTrue(error.rule().contains("end-of-input"), error::getMessage);
  }

  static Stream<Arguments> fieldsOfAnotherMeasureKind() {
    return Stream.of(
        Arguments.of(0, "level", "\"5\"", "metric"),
        Arguments.of(0, "items", "[]", "metric"),
        Arguments.of(1, "start", "\"5\"", "threshold"),
        Arguments.of(2, "comparison", "\"at_or_above\"", "band"),
        Arguments.of(3, "unit", "\"ms\"", "checklist"),
        Arguments.of(4, "target", "\"5\"", "milestone"));
  }

  @ParameterizedTest(name = "{1} of a {3}")
  @MethodSource("fieldsOfAnotherMeasureKind")
  void aFieldOfAnotherMeasureKindIsRefused(int keyResult, String field, String json,
      String kind) {
    String object = "/objectives/0/keyResults/" + keyResult + "/measure";
    String shown = json.equals("[]") ? "[]" : json.startsWith("\"at") ? "at_or_above"
        : json.equals("\"ms\"") ? "\"ms\"" : "5";
    Documents.assertRefusedInBoth(
        root -> Documents.object(root, object).set(field, parse(json)),
        "$.objectives[0].keyResults[" + keyResult + "].measure." + field, shown,
        "is not a field of a " + kind + " measure");
  }

  private static JsonNode parse(String json) {
    return JsonMapper.builder().build().readTree(json);
  }

  @Test
  void anUpperEndOnlyBelongsToABandHealthTarget() {
    Documents.assertRefusedInBoth(root -> Documents.object(root, "/kpis/1/healthTarget")
            .put("upper", "9"), "$.kpis[1].healthTarget.upper", "9",
        "only a stay_within_band target has an upper end");
  }

  @Test
  void aNameNeedingBracketsIsQuotedInThePath() {
    Documents.assertRefusedInBoth(root -> Documents.object(root, "/parentUnits")
            .put("a b", ""), "$.parentUnits['a b']", "\"\"", "");
  }

  @Test
  void aNonStringUnitParentIsRefusedAtItsName() {
    Documents.assertRefusedInBoth(root -> Documents.object(root, "/parentUnits")
            .putObject("team-b"), "$.parentUnits['team-b']", "an object", "must be a string");
  }
}
