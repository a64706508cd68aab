package org.okrkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.okrkit.alignment.CascadePath;
import org.okrkit.alignment.Coverage;
import org.okrkit.alignment.CoverageShare;
import org.okrkit.alignment.Dependency;
import org.okrkit.alignment.RollUpExplanation;
import org.okrkit.alignment.RollUpPolicy;
import org.okrkit.alignment.RolledUpKeyResult;
import org.okrkit.alignment.RolledUpObjective;
import org.okrkit.alignment.RolledUpPlan;
import org.okrkit.alignment.Severity;
import org.okrkit.alignment.ValidationReport;
import org.okrkit.alignment.Violation;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the results of okr-alignment (docs/json-format.md), streaming, in the conventions of
 * {@link PlanWriter}. Lists keep the order the result documents (a report's violations by severity
 * then plan position, a violation's objectives with the faulty one first, a roll-up's objectives
 * in plan order); maps keyed by a level or unit are JSON objects with sorted keys; an explanation's
 * inputs and intermediates are arrays of {@code {name, value}} in the order they were computed,
 * which is part of the explanation. Scores nested in a result are written by the mapper's own
 * serializer for them ({@link JsonGenerator#writePOJO(Object)}), so there is one writer of a score.
 */
final class AlignmentWriters {

  private AlignmentWriters() {}

  /** The enums of okr-alignment, written as lower-case names. */
  static final ImmutableList<Class<? extends Enum<?>>> ENUMS = ImmutableList.of(Severity.class);

  /** Each result type of okr-alignment with its writer. */
  static final ImmutableMap<Class<?>, PlanWriter.ValueWriter<?>> WRITERS =
      ImmutableMap.<Class<?>, PlanWriter.ValueWriter<?>>builder()
          .put(ValidationReport.class,
              (PlanWriter.ValueWriter<ValidationReport>) AlignmentWriters::validationReport)
          .put(Violation.class, (PlanWriter.ValueWriter<Violation>) AlignmentWriters::violation)
          .put(RolledUpPlan.class,
              (PlanWriter.ValueWriter<RolledUpPlan>) AlignmentWriters::rolledUpPlan)
          .put(RolledUpObjective.class,
              (PlanWriter.ValueWriter<RolledUpObjective>) AlignmentWriters::rolledUpObjective)
          .put(RolledUpKeyResult.class,
              (PlanWriter.ValueWriter<RolledUpKeyResult>) AlignmentWriters::rolledUpKeyResult)
          .put(RollUpExplanation.class,
              (PlanWriter.ValueWriter<RollUpExplanation>) AlignmentWriters::rollUpExplanation)
          .put(RollUpPolicy.class,
              (PlanWriter.ValueWriter<RollUpPolicy>) AlignmentWriters::rollUpPolicy)
          .put(Coverage.class, (PlanWriter.ValueWriter<Coverage>) AlignmentWriters::coverage)
          .put(CoverageShare.class,
              (PlanWriter.ValueWriter<CoverageShare>) AlignmentWriters::coverageShare)
          .put(CascadePath.class,
              (PlanWriter.ValueWriter<CascadePath>) AlignmentWriters::cascadePath)
          .put(Dependency.class, (PlanWriter.ValueWriter<Dependency>) AlignmentWriters::dependency)
          .build();

  /** The counts by severity come first, so a reader sees whether the plan is valid at a glance. */
  static void validationReport(JsonGenerator out, ValidationReport report) {
    out.writeStartObject();
    out.writeBooleanProperty("valid", report.isValid());
    out.writeNumberProperty("errors", report.errors().size());
    out.writeNumberProperty("warnings", report.warnings().size());
    out.writeNumberProperty("infos", report.infos().size());
    PlanWriter.list(out, "violations", report.violations(), AlignmentWriters::violation);
    out.writeEndObject();
  }

  static void violation(JsonGenerator out, Violation violation) {
    out.writeStartObject();
    out.writeStringProperty("ruleId", violation.ruleId());
    out.writeStringProperty("severity", EnumNames.of(violation.severity()));
    violation.cascadeRule()
        .ifPresent(rule -> out.writeStringProperty("cascadeRule", EnumNames.of(rule)));
    ids(out, "objectiveIds", violation.objectiveIds(), ObjectiveId::value);
    out.writeNumberProperty("objectiveCount", violation.objectiveCount());
    violation.keyResultId().ifPresent(id -> out.writeStringProperty("keyResultId", id.value()));
    out.writeStringProperty("message", violation.message());
    out.writeEndObject();
  }

  /**
   * Every objective of the plan in plan order, each rolled up in full; {@link
   * RolledUpPlan#objective(ObjectiveId)} computes one at a time, so the document streams.
   */
  static void rolledUpPlan(JsonGenerator out, RolledUpPlan plan) {
    out.writeStartObject();
    PlanWriter.date(out, "asOf", plan.asOf());
    out.writeStringProperty("profile", plan.scorer().profile().name());
    out.writeName("planPolicy");
    rollUpPolicy(out, plan.planPolicy());
    out.writeArrayPropertyStart("objectives");
    for (Objective objective : plan.index().plan().objectives()) {
      rolledUpObjective(out, plan.objective(objective.id()));
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  static void rolledUpObjective(JsonGenerator out, RolledUpObjective objective) {
    out.writeStartObject();
    out.writeStringProperty("objectiveId", objective.objectiveId().value());
    out.writeName("policy");
    rollUpPolicy(out, objective.policy());
    scoring(out, "ownScore", objective.ownScore());
    objective.progress().ifPresent(progress -> PlanWriter.decimal(out, "progress", progress));
    scoring(out, "score", objective.score());
    PlanWriter.list(out, "keyResults", objective.keyResults(), AlignmentWriters::rolledUpKeyResult);
    out.writeName("explanation");
    rollUpExplanation(out, objective.explanation());
    out.writeEndObject();
  }

  static void rolledUpKeyResult(JsonGenerator out, RolledUpKeyResult keyResult) {
    out.writeStartObject();
    out.writeStringProperty("keyResultId", keyResult.keyResultId().value());
    scoring(out, "ownScore", keyResult.ownScore());
    out.writeNumberProperty("children", keyResult.children());
    keyResult.summedValue().ifPresent(value -> PlanWriter.decimal(out, "summedValue", value));
    keyResult.progress().ifPresent(progress -> PlanWriter.decimal(out, "progress", progress));
    scoring(out, "score", keyResult.score());
    out.writeEndObject();
  }

  /**
   * The explanation's named figures are arrays, not objects: their order (inputs in a fixed order,
   * intermediates as computed) is part of the explanation, and JSON objects have no order.
   */
  static void rollUpExplanation(JsonGenerator out, RollUpExplanation explanation) {
    out.writeStartObject();
    out.writeStringProperty("subject", explanation.subject());
    out.writeStringProperty("policy", explanation.policy());
    out.writeStringProperty("formula", explanation.formula());
    PlanWriter.namedValues(out, "inputs", explanation.inputs());
    PlanWriter.namedValues(out, "intermediates", explanation.intermediates());
    out.writeStringProperty("rounding", explanation.rounding());
    out.writeStringProperty("result", explanation.result());
    out.writeEndObject();
  }

  static void rollUpPolicy(JsonGenerator out, RollUpPolicy policy) {
    out.writeStartObject();
    PlanWriter.decimal(out, "childrenShare", policy.childrenShare());
    out.writeBooleanProperty("summingKeyResults", policy.isSummingKeyResults());
    out.writeEndObject();
  }

  static void coverage(JsonGenerator out, Coverage coverage) {
    out.writeStartObject();
    out.writeName("objectives");
    coverageShare(out, coverage.objectives());
    sortedMap(out, "keyResultsByLevel", coverage.keyResultsByLevel(), EnumNames::of,
        AlignmentWriters::coverageShare);
    PlanWriter.list(out, "unsupportedKeyResults", coverage.unsupportedKeyResults(),
        PlanWriter::alignmentTarget);
    sortedMap(out, "objectivesByUnit", coverage.objectivesByUnit(), unit -> unit.value(),
        AlignmentWriters::coverageShare);
    out.writeEndObject();
  }

  /** The counts are exact; {@code value} is their share rounded as {@link CoverageShare} says. */
  static void coverageShare(JsonGenerator out, CoverageShare share) {
    out.writeStartObject();
    out.writeNumberProperty("covered", share.covered());
    out.writeNumberProperty("total", share.total());
    share.value().ifPresent(value -> PlanWriter.decimal(out, "value", value));
    out.writeEndObject();
  }

  static void cascadePath(JsonGenerator out, CascadePath path) {
    out.writeStartObject();
    out.writeStringProperty("from", path.from().value());
    PlanWriter.list(out, "steps", path.steps(), PlanWriter::alignmentTarget);
    out.writeStringProperty("top", path.top().value());
    out.writeBooleanProperty("reachesCompany", path.reachesCompany());
    out.writeEndObject();
  }

  static void dependency(JsonGenerator out, Dependency dependency) {
    out.writeStartObject();
    out.writeStringProperty("objective", dependency.objective().value());
    out.writeStringProperty("unit", dependency.unit().value());
    out.writeStringProperty("dependsOn", dependency.dependsOn().value());
    out.writeStringProperty("dependsOnUnit", dependency.dependsOnUnit().value());
    out.writeEndObject();
  }

  /** A list of ids in the list's own order (results document it), left out when empty. */
  static <T> void ids(JsonGenerator out, String name, List<T> ids, Function<T, String> text) {
    PlanWriter.list(out, name, ids, (generator, id) -> generator.writeString(text.apply(id)));
  }

  /**
   * A value of okr-scoring (a score, a forecast), left out when absent: the mapper writes it with
   * the serializer registered for its type, the one {@link ScoringWriters} gives.
   */
  static void scoring(JsonGenerator out, String name, Optional<?> value) {
    value.ifPresent(present -> scoringValue(out, name, present));
  }

  static void scoringValue(JsonGenerator out, String name, Object value) {
    out.writeName(name);
    out.writePOJO(value);
  }

  private static <K, V> void sortedMap(JsonGenerator out, String name, Map<K, V> map,
      Function<K, String> key, PlanWriter.ValueWriter<V> writer) {
    if (map.isEmpty()) {
      return;
    }
    out.writeName(name);
    out.writeStartObject();
    map.entrySet().stream()
        .sorted(Comparator.comparing(entry -> key.apply(entry.getKey())))
        .forEach(entry -> {
          out.writeName(key.apply(entry.getKey()));
          writer.write(out, entry.getValue());
        });
    out.writeEndObject();
  }
}
