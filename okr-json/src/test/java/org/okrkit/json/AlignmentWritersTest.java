package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.json.AlignmentGoldenTest.Q1;
import static org.okrkit.json.AlignmentGoldenTest.YEAR;
import static org.okrkit.json.AlignmentGoldenTest.keyResult;
import static org.okrkit.json.AlignmentGoldenTest.objective;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.util.Comparator;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentIndex;
import org.okrkit.alignment.AlignmentRule;
import org.okrkit.alignment.AlignmentRules;
import org.okrkit.alignment.AlignmentValidator;
import org.okrkit.alignment.Cascade;
import org.okrkit.alignment.RollUp;
import org.okrkit.alignment.RollUpPolicy;
import org.okrkit.alignment.RolledUpPlan;
import org.okrkit.alignment.Severity;
import org.okrkit.alignment.ValidationReport;
import org.okrkit.alignment.Violation;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Plan;
import org.okrkit.review.Question;
import org.okrkit.review.Retrospective;
import org.okrkit.scoring.ScoringProfile;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.Score;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/** The writers of okr-alignment's and okr-review's results, beyond the golden documents. */
class AlignmentWritersTest {

  /**
   * The public types of okr-alignment and okr-review that are not results: what computes results
   * (validators, rules, cascades, roll-ups, calculators) and the interface each question's own
   * class implements. Every other public type must have a writer, or be an enum written by name.
   */
  private static final Set<Class<?>> NOT_RESULTS = Set.of(AlignmentIndex.class,
      AlignmentRule.class, AlignmentRules.class, AlignmentValidator.class, Cascade.class,
      RollUp.class, Question.class);

  @Test
  void everyPublicResultTypeHasAWriterAndEveryPublicEnumIsWrittenByName() {
    List<Class<?>> types = new ArrayList<>();
    types.addAll(publicTypesBeside(Severity.class));
    types.addAll(publicTypesBeside(Retrospective.class));
    List<Class<?>> missing = types.stream()
        .filter(type -> !NOT_RESULTS.contains(type))
        .filter(type -> type.isEnum() ? !EnumValues.ALL.contains(type)
            : !ResultWriters.all().containsKey(type))
        .collect(Collectors.toList());

    // 18 public types in okr-alignment and 28 in okr-review when this was written: the scan must
    // have found them, or it proves nothing.
    assertTrue(types.size() >= 40, types::toString);
    assertEquals(List.of(), missing);
  }

  /**
   * team-a has 4 of 10 deals: progress 0.4. It gives company's key result grow, with weight 0.6,
   * a children's mean of 0.6 × 0.4 / 0.6 = 0.4; grow has no check-in, so its own counts as 0 under
   * Google's profile, and the blend 0.5 gives grow 0 × 0.5 + 0.4 × 0.5 = 0.2, company's only key
   * result, so company's progress is 0.2. A nested score is written as the mapper writes that
   * score on its own: through the serializer registered for scores.
   */
  @Test
  void rolledUpProgressIsExactAndNestedScoresAreWrittenByTheMapper() {
    ObjectiveId teamA = ObjectiveId.of("team-a");
    Plan plan = Plan.of(List.of(
        objective("company", Level.COMPANY, YEAR).addKeyResults(keyResult("grow")).build(),
        objective("team-a", Level.TEAM, Q1)
            .addKeyResults(keyResult("a1", CheckIn.of(LocalDate.of(2026, 2, 1), 4)))
            .addAlignments(Alignment.toKeyResult(ObjectiveId.of("company"),
                KeyResultId.of("grow"), 0.6)).build()));
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(plan), Scorer.of(ScoringProfile.google()),
        LocalDate.of(2026, 3, 1), RollUpPolicy.blended(new BigDecimal("0.5")));
    OkrJson json = OkrJson.json();

    JsonNode tree = json.mapper().readTree(json.write(rolled));

    JsonNode company = tree.get("objectives").get(0);
    assertEquals("company", company.get("objectiveId").asString());
    assertEquals("0.2", company.get("progress").asString());
    JsonNode grow = company.get("keyResults").get(0);
    assertEquals(1, grow.get("children").asInt());
    assertEquals("0.2", grow.get("progress").asString());
    assertFalse(grow.has("ownScore"), "grow has no check-in, so no own score");
    JsonNode team = tree.get("objectives").get(1);
    assertEquals("0.4", team.get("progress").asString());
    assertEquals(json.mapper().valueToTree(rolled.objective(teamA).ownScore().orElseThrow()),
        team.get("ownScore"));
    assertEquals(json.mapper().valueToTree(rolled.objective(teamA).score().orElseThrow()),
        team.get("score"));
  }

  /**
   * A score nested in a result goes through the serializer the mapper has for scores: here one
   * registered after okrkit's module, which writes a marker, so the test holds whatever okrkit's
   * own writer of scores writes.
   */
  @Test
  void nestedScoresGoThroughTheMappersSerializerForScores() {
    Plan plan = Plan.of(List.of(objective("team-a", Level.TEAM, Q1)
        .addKeyResults(keyResult("a1", CheckIn.of(LocalDate.of(2026, 2, 1), 4))).build()));
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(plan), Scorer.of(ScoringProfile.google()),
        LocalDate.of(2026, 3, 1), RollUpPolicy.ownOnly());
    SimpleModule marker = new SimpleModule("marker");
    marker.addSerializer(Score.class, new StdSerializer<Score>(Score.class) {
      @Override
      public void serialize(Score score, JsonGenerator out, SerializationContext context) {
        out.writeString("score " + score.value().toPlainString());
      }
    });
    JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule()).addModule(marker)
        .build();

    JsonNode tree = mapper.readTree(mapper.writeValueAsString(rolled));

    // 4 of 10 deals: 0.4, the own score of the objective and of its only key result
    JsonNode objective = tree.get("objectives").get(0);
    assertEquals("score 0.4", objective.get("ownScore").asString());
    assertEquals("score 0.4", objective.get("score").asString());
    assertEquals("score 0.4", objective.get("keyResults").get(0).get("ownScore").asString());
  }

  /** 150 objectives involved: the first 100 listed, in order, and all 150 counted. */
  @Test
  void aTruncatedViolationListsItsFirstIdsAndCountsThemAll() {
    List<ObjectiveId> ids = IntStream.rangeClosed(1, 150).mapToObj(k -> ObjectiveId.of("o" + k))
        .collect(Collectors.toList());
    Violation violation = Violation.of(rule("too-wide", Severity.WARNING), ids, "Too wide.");
    OkrJson json = OkrJson.json();

    JsonNode tree = json.mapper().readTree(json.write(violation));

    assertEquals(100, tree.get("objectiveIds").size());
    assertEquals("o1", tree.get("objectiveIds").get(0).asString());
    assertEquals("o100", tree.get("objectiveIds").get(99).asString());
    assertEquals(150, tree.get("objectiveCount").asInt());
    assertEquals("warning", tree.get("severity").asString());
    assertFalse(tree.has("cascadeRule"), "a rule of one's own checks no cascade rule");
  }

  /**
   * team-a aligns to dept's key result d1, dept to company as a whole: two steps up to a company
   * objective. team-a (unit sales) depends on ops-1 (unit ops): one cross-team dependency.
   */
  @Test
  void cascadePathAndDependency() {
    ObjectiveId company = ObjectiveId.of("company");
    Plan plan = Plan.of(List.of(
        objective("company", Level.COMPANY, YEAR).addKeyResults(keyResult("c1")).build(),
        objective("dept", Level.DEPARTMENT, YEAR).addKeyResults(keyResult("d1"))
            .addAlignments(Alignment.toObjective(company)).build(),
        objective("team-a", Level.TEAM, Q1).orgUnit(OrgUnitId.of("sales"))
            .addKeyResults(keyResult("a1"))
            .addAlignments(Alignment.toKeyResult(ObjectiveId.of("dept"), KeyResultId.of("d1")))
            .addDependsOn(ObjectiveId.of("ops-1")).build(),
        objective("ops-1", Level.TEAM, Q1).orgUnit(OrgUnitId.of("ops"))
            .addKeyResults(keyResult("o1")).addAlignments(Alignment.toObjective(company))
            .build()));
    Cascade cascade = Cascade.of(plan);

    assertEquals("{\n"
        + "  \"from\": \"team-a\",\n"
        + "  \"steps\": [\n"
        + "    {\n"
        + "      \"objective\": \"dept\",\n"
        + "      \"keyResult\": \"d1\"\n"
        + "    },\n"
        + "    {\n"
        + "      \"objective\": \"company\"\n"
        + "    }\n"
        + "  ],\n"
        + "  \"top\": \"company\",\n"
        + "  \"reachesCompany\": true\n"
        + "}", OkrJson.json().write(cascade.pathToTop(ObjectiveId.of("team-a"))));
    assertEquals("[\n"
        + "  {\n"
        + "    \"objective\": \"team-a\",\n"
        + "    \"unit\": \"sales\",\n"
        + "    \"dependsOn\": \"ops-1\",\n"
        + "    \"dependsOnUnit\": \"ops\"\n"
        + "  }\n"
        + "]", OkrJson.json().write(cascade.crossTeamDependencies()));
  }

  /** YAML carries the same document as JSON: the writers are the same, only the syntax differs. */
  @Test
  void yamlHoldsTheSameTreeAsJson() {
    Plan plan = Plan.of(List.of(
        objective("company", Level.COMPANY, YEAR).addKeyResults(keyResult("c1")).build(),
        objective("team-a", Level.TEAM, Q1).addKeyResults(keyResult("a1")).build()));
    ValidationReport report = AlignmentValidator.standard().validate(plan);

    JsonNode fromJson = OkrJson.json().mapper().readTree(OkrJson.json().write(report));
    JsonNode fromYaml = OkrJson.yaml().mapper().readTree(OkrJson.yaml().write(report));

    assertEquals(fromJson, fromYaml);
    // team-a aligns to nothing, and each objective has 1 key result of the 2 asked for
    assertEquals(3, fromJson.get("violations").size());
  }

  /** A policy is its exact share and whether it sums; the share in plain digits. */
  @Test
  void rollUpPolicies() {
    assertEquals("{\n  \"childrenShare\": \"0\",\n  \"summingKeyResults\": false\n}",
        OkrJson.json().write(RollUpPolicy.ownOnly()));
    assertEquals("{\n  \"childrenShare\": \"1\",\n  \"summingKeyResults\": true\n}",
        OkrJson.json().write(RollUpPolicy.summing()));
    assertEquals("{\n  \"childrenShare\": \"0.00000001\",\n  \"summingKeyResults\": false\n}",
        OkrJson.json().write(RollUpPolicy.blended(new BigDecimal("1E-8"))));
  }

  private static AlignmentRule rule(String id, Severity severity) {
    return new AlignmentRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Severity severity() {
        return severity;
      }

      @Override
      public void check(AlignmentIndex index, Consumer<Violation> report) {}
    };
  }

  /**
   * The public top-level and nested types of the package of a class, from the class path (a
   * directory in a module build, a jar in the reactor's verify).
   */
  private static List<Class<?>> publicTypesBeside(Class<?> anchor) {
    String packageName = anchor.getPackageName();
    try {
      return ClassPath.from(anchor.getClassLoader()).getAllClasses().stream()
          .filter(info -> info.getPackageName().equals(packageName))
          .filter(info -> !info.getSimpleName().equals("package-info"))
          .sorted(Comparator.comparing(ClassPath.ClassInfo::getName))
          .<Class<?>>map(ClassPath.ClassInfo::load)
          .filter(type -> Modifier.isPublic(type.getModifiers()) && isPubliclyReachable(type))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isPubliclyReachable(Class<?> type) {
    for (Class<?> outer = type.getEnclosingClass(); outer != null;
        outer = outer.getEnclosingClass()) {
      if (!Modifier.isPublic(outer.getModifiers())) {
        return false;
      }
    }
    return !type.isAnonymousClass() && !type.isLocalClass();
  }
}
