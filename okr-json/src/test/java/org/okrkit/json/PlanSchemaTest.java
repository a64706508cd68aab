package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrkit.core.Plan;
import org.okrkit.testkit.Plans;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema of plan documents, checked by an independent JSON Schema 2020-12 validator: the
 * golden documents and every generated plan validate, and documents that break one rule of the
 * format are refused, by the schema and by okrkit's reader alike, so the schema is not vacuous.
 */
class PlanSchemaTest {

  private static final Path SHIPPED =
      Path.of("src", "main", "resources", "org", "okrkit", "json", "plan-format-1.schema.json");
  private static final Path DOCUMENTED = Path.of("..", "docs", "plan-format-1.schema.json");

  /** Errors name their place by JSON path, as okrkit's reader does, so the two compare directly. */
  private static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12, registry -> registry
          .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build()))
      .getSchema(PlanSchema.text(), InputFormat.JSON);

  @Test
  void theDocumentedSchemaIsTheShippedOneByteForByte() throws IOException {
    assertArrayEquals(Files.readAllBytes(SHIPPED), Files.readAllBytes(DOCUMENTED),
        "docs/plan-format-1.schema.json must be a copy of the schema in okr-json's resources");
  }

  @Test
  void theSchemaTextIsTheShippedResource() throws IOException {
    assertEquals(Files.readString(SHIPPED, StandardCharsets.UTF_8), PlanSchema.text());
  }

  @Test
  void theSchemaNamesItsDialectAndId() {
    JsonNode schema = OkrJson.json().mapper().readTree(PlanSchema.text());

    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asString());
    assertEquals(PlanSchema.ID, schema.get("$id").asString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"plan-full.json", "plan-minimal.json"})
  void theGoldenJsonDocumentsValidate(String golden) {
    assertValid(OkrJson.json().mapper().readTree(PlanGoldenTest.golden(golden)));
  }

  @Test
  void theGoldenYamlDocumentValidates() {
    assertValid(OkrJson.yaml().mapper().readTree(PlanGoldenTest.golden("plan-full.yaml")));
  }

  @Test
  void anObjectiveWithoutATitleIsRefused() {
    OkrJsonException refused = assertRefusedByBoth(
        document -> firstObjective(document).remove("title"),
        "$.objectives[0]", "required", "$.objectives[0].title");

    // docs/json-format.md quotes this message
    assertEquals("$.objectives[0].title was absent: is required", refused.getMessage());
  }

  @Test
  void anUnknownFieldIsRefused() {
    assertRefusedByBoth(
        document -> firstObjective(document).put("priority", "high"),
        "$.objectives[0]", "additionalProperties", "$.objectives[0].priority");
  }

  @Test
  void aLevelThatIsNotOneOfTheNamesIsRefused() {
    // The Java constant's name, not its lower-case form: the format's names are lower case only.
    OkrJsonException refused = assertRefusedByBoth(
        document -> firstObjective(document).put("level", "COMPANY"),
        "$.objectives[0].level", "enum", "$.objectives[0].level");

    // docs/json-format.md quotes this message
    assertEquals("$.objectives[0].level was \"COMPANY\": must be one of company, department, "
        + "team, individual", refused.getMessage());
  }

  @Test
  void aMetricWithChecklistItemsIsRefused() {
    // The first key result of the golden plan's first objective is a metric.
    assertRefusedByBoth(
        document -> {
          ObjectNode measure = (ObjectNode) firstObjective(document)
              .get("keyResults").get(0).get("measure");
          assertEquals("metric", measure.get("kind").asString());
          measure.putArray("items").addObject().put("name", "extra");
        },
        "$.objectives[0].keyResults[0].measure", "additionalProperties",
        "$.objectives[0].keyResults[0].measure.items");
  }

  @Test
  void anActivationWithANoteIsRefused() {
    OkrJsonException refused = assertRefusedByBoth(
        document -> {
          ObjectNode activation = (ObjectNode) firstObjective(document)
              .get("lifecycleEvents").get(0);
          assertEquals("active", activation.get("status").asString());
          activation.put("note", "Kick-off");
        },
        "$.objectives[0].lifecycleEvents[0].note", "false",
        "$.objectives[0].lifecycleEvents[0].note");

    // docs/json-format.md quotes this message
    assertEquals("$.objectives[0].lifecycleEvents[0].note was \"Kick-off\": an activation takes "
        + "no note", refused.getMessage());
  }

  /** The short plan file in docs/json-format.md is a valid plan, by the schema and the reader. */
  @Test
  void theYamlExampleInTheFormatDocsIsAValidPlan() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "json-format.md"), StandardCharsets.UTF_8);
    int start = docs.indexOf("```yaml\n") + "```yaml\n".length();
    String example = docs.substring(start, docs.indexOf("```", start));

    assertValid(OkrJson.yaml().mapper().readTree(example));
    Plan plan = OkrJson.yaml().readPlan(example);
    assertEquals(2, plan.objectives().get(0).keyResults().size());
    assertEquals(new java.math.BigDecimal("0.7"), plan.objectives().get(0).keyResults().get(0)
        .checkIns().get(0).confidence().orElseThrow().value());
  }

  @Test
  void aClosingWithoutANoteIsRefused() {
    // The golden plan's second objective, dept-sales, closes as its second event.
    assertRefusedByBoth(
        document -> {
          ObjectNode closing = (ObjectNode) ((ArrayNode) document.get("objectives")).get(1)
              .get("lifecycleEvents").get(1);
          assertEquals("closed", closing.get("status").asString());
          closing.remove("note");
        },
        "$.objectives[1].lifecycleEvents[1]", "required",
        "$.objectives[1].lifecycleEvents[1].note");
  }

  @Test
  void anUpperEndOnATargetThatIsNotABandIsRefused() {
    // The golden plan's first KPI stays at or above a level.
    assertRefusedByBoth(
        document -> {
          ObjectNode target = (ObjectNode) document.get("kpis").get(0).get("healthTarget");
          assertEquals("stay_at_or_above", target.get("kind").asString());
          target.put("upper", "2000000");
        },
        "$.kpis[0].healthTarget.upper", "false", "$.kpis[0].healthTarget.upper");
  }

  @Test
  void aDecimalWrittenAsWordsIsRefused() {
    assertRefusedByBoth(
        document -> ((ObjectNode) firstObjective(document).get("keyResults").get(0))
            .put("weight", "two"),
        "$.objectives[0].keyResults[0].weight", "pattern",
        "$.objectives[0].keyResults[0].weight");
  }

  @Test
  void aDecimalWrittenAsAJsonNumberValidates() {
    // okrkit writes decimals as strings but reads numbers too, and so does the schema.
    JsonNode document = goldenTree();
    ((ObjectNode) firstObjective(document).get("keyResults").get(0)).put("weight", 2.5);

    assertValid(document);
  }

  @Test
  void anotherFormatVersionIsRefused() {
    assertRefusedByBoth(document -> ((ObjectNode) document).put("formatVersion", 2),
        "$.formatVersion", "const", "$.formatVersion");
  }

  @Property(tries = 50)
  void everyGeneratedPlanWrittenAsJsonValidates(@ForAll("plans") Plan plan) {
    assertValid(OkrJson.json().mapper().readTree(OkrJson.json().write(plan)));
  }

  @Provide
  Arbitrary<Plan> plans() {
    return Plans.plans();
  }

  private static void assertValid(JsonNode document) {
    List<Error> errors = SCHEMA.validate(document);
    assertTrue(errors.isEmpty(), () -> "schema errors: " + describe(errors));
  }

  /**
   * Breaks the golden full plan in one place and checks that the schema refuses it at {@code
   * schemaPath} with {@code keyword}, and that okrkit's reader refuses it too, at {@code readerPath}.
   * The two paths differ where the schema reports a missing field at its object and the reader
   * at the field.
   */
  private static OkrJsonException assertRefusedByBoth(Consumer<JsonNode> breakDocument,
      String schemaPath, String keyword, String readerPath) {
    JsonNode document = goldenTree();
    breakDocument.accept(document);

    List<Error> errors = SCHEMA.validate(document);
    assertTrue(errors.stream().anyMatch(error -> error.getKeyword().equals(keyword)
            && error.getInstanceLocation().toString().equals(schemaPath)),
        () -> "expected a '" + keyword + "' error at " + schemaPath + ", got " + describe(errors));

    OkrJsonException refused = assertThrows(OkrJsonException.class,
        () -> OkrJson.json().readPlan(OkrJson.json().mapper().writeValueAsString(document)));
    assertEquals(readerPath, refused.path(), refused.getMessage());
    return refused;
  }

  private static JsonNode goldenTree() {
    return OkrJson.json().mapper().readTree(PlanGoldenTest.golden("plan-full.json"));
  }

  private static ObjectNode firstObjective(JsonNode document) {
    return (ObjectNode) document.get("objectives").get(0);
  }

  private static String describe(List<Error> errors) {
    return errors.stream()
        .map(error -> error.getInstanceLocation() + " " + error.getKeyword() + ": "
            + error.getMessage())
        .collect(Collectors.joining("; "));
  }
}
