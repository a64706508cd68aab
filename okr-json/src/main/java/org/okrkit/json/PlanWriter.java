package org.okrkit.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.okrkit.core.Adjustment;
import org.okrkit.core.Alignment;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.Band;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Checklist;
import org.okrkit.core.ChecklistItem;
import org.okrkit.core.ChecklistValue;
import org.okrkit.core.Confidence;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiLink;
import org.okrkit.core.KpiReading;
import org.okrkit.core.Lifecycle;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Measure;
import org.okrkit.core.Metric;
import org.okrkit.core.MilestoneValue;
import org.okrkit.core.NumericValue;
import org.okrkit.core.Objective;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Threshold;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the values of okr-core in the plan format (docs/json-format.md), streaming to a
 * generator. Fields come in a fixed order; optional fields that are absent and collections that are
 * empty are left out; sets (contributors, dependencies, checklist items done, the unit tree) are
 * written sorted, because equal values may hold them in different orders. So equal values give
 * equal bytes.
 */
final class PlanWriter {

  /** The version written at the top of every plan document, and the only one read. */
  static final int FORMAT_VERSION = 1;

  private PlanWriter() {}

  static void plan(JsonGenerator out, Plan plan) {
    out.writeStartObject();
    out.writeNumberProperty("formatVersion", FORMAT_VERSION);
    if (!plan.parentUnits().isEmpty()) {
      out.writeName("parentUnits");
      out.writeStartObject();
      plan.parentUnits().entrySet().stream()
          .sorted(Map.Entry.comparingByKey(Comparator.comparing(OrgUnitId::value)))
          .forEach(unit -> out.writeStringProperty(unit.getKey().value(), unit.getValue().value()));
      out.writeEndObject();
    }
    list(out, "kpis", plan.kpis(), PlanWriter::kpi);
    out.writeArrayPropertyStart("objectives");
    for (Objective objective : plan.objectives()) {
      objective(out, objective);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  static void objective(JsonGenerator out, Objective objective) {
    out.writeStartObject();
    out.writeStringProperty("id", objective.id().value());
    out.writeStringProperty("title", objective.title());
    optionalText(out, "description", objective.description());
    out.writeStringProperty("level", EnumNames.of(objective.level()));
    objective.orgUnit().ifPresent(unit -> out.writeStringProperty("orgUnit", unit.value()));
    out.writeStringProperty("owner", objective.owner().value());
    sortedIds(out, "contributors", objective.contributors(), id -> id.value());
    objective.coach().ifPresent(coach -> out.writeStringProperty("coach", coach.value()));
    out.writeName("period");
    period(out, objective.period());
    out.writeStringProperty("commitment", EnumNames.of(objective.commitment()));
    list(out, "keyResults", objective.keyResults(), PlanWriter::keyResult);
    list(out, "alignments", objective.alignments(), PlanWriter::alignment);
    sortedIds(out, "dependsOn", objective.dependsOn(), id -> id.value());
    list(out, "lifecycleEvents", objective.lifecycleEvents(), PlanWriter::lifecycleEvent);
    out.writeEndObject();
  }

  static void keyResult(JsonGenerator out, KeyResult keyResult) {
    out.writeStartObject();
    out.writeStringProperty("id", keyResult.id().value());
    out.writeStringProperty("title", keyResult.title());
    out.writeStringProperty("owner", keyResult.owner().value());
    sortedIds(out, "contributors", keyResult.contributors(), id -> id.value());
    decimal(out, "weight", keyResult.weight());
    out.writeName("measure");
    measure(out, keyResult.measure());
    keyResult.kpi().ifPresent(link -> {
      out.writeName("kpi");
      kpiLink(out, link);
    });
    list(out, "checkIns", keyResult.checkIns(), PlanWriter::checkIn);
    list(out, "adjustments", keyResult.adjustments(), PlanWriter::adjustment);
    out.writeEndObject();
  }

  static void measure(JsonGenerator out, Measure measure) {
    out.writeStartObject();
    out.writeStringProperty("kind", EnumNames.of(measure.kind()));
    if (measure instanceof Metric) {
      Metric metric = (Metric) measure;
      decimal(out, "start", metric.start());
      decimal(out, "target", metric.target());
      out.writeStringProperty("unit", metric.unit());
    } else if (measure instanceof Threshold) {
      Threshold threshold = (Threshold) measure;
      out.writeStringProperty("comparison", EnumNames.of(threshold.comparison()));
      decimal(out, "level", threshold.level());
      out.writeStringProperty("unit", threshold.unit());
    } else if (measure instanceof Band) {
      Band band = (Band) measure;
      decimal(out, "lower", band.lower());
      decimal(out, "upper", band.upper());
      out.writeStringProperty("unit", band.unit());
    } else if (measure instanceof Checklist) {
      list(out, "items", ((Checklist) measure).items(), PlanWriter::checklistItem);
    }
    // a milestone has no field beyond its kind
    out.writeEndObject();
  }

  static void checklistItem(JsonGenerator out, ChecklistItem item) {
    out.writeStartObject();
    out.writeStringProperty("name", item.name());
    decimal(out, "weight", item.weight());
    out.writeEndObject();
  }

  static void kpiLink(JsonGenerator out, KpiLink link) {
    out.writeStartObject();
    out.writeStringProperty("kpiId", link.kpiId().value());
    out.writeStringProperty("aggregation", EnumNames.of(link.aggregation()));
    out.writeEndObject();
  }

  static void checkIn(JsonGenerator out, CheckIn checkIn) {
    out.writeStartObject();
    date(out, "date", checkIn.date());
    out.writeName("value");
    checkInValue(out, checkIn.value());
    checkIn.confidence().ifPresent(confidence -> decimal(out, "confidence", confidence.value()));
    optionalText(out, "note", checkIn.note());
    out.writeEndObject();
  }

  /** A number for a numeric value, a boolean for a milestone, the items done for a checklist. */
  static void checkInValue(JsonGenerator out, CheckInValue value) {
    if (value instanceof NumericValue) {
      decimal(out, ((NumericValue) value).value());
    } else if (value instanceof MilestoneValue) {
      out.writeBoolean(((MilestoneValue) value).done());
    } else if (value instanceof ChecklistValue) {
      out.writeStartArray();
      ((ChecklistValue) value).itemsDone().stream().sorted().forEach(out::writeString);
      out.writeEndArray();
    } else {
      throw new AssertionError("CheckInValue is sealed: " + value.getClass());
    }
  }

  static void adjustment(JsonGenerator out, Adjustment adjustment) {
    out.writeStartObject();
    date(out, "date", adjustment.date());
    out.writeName("measure");
    measure(out, adjustment.measure());
    out.writeStringProperty("reason", adjustment.reason());
    out.writeEndObject();
  }

  static void alignment(JsonGenerator out, Alignment alignment) {
    out.writeStartObject();
    out.writeStringProperty("parentObjective", alignment.parentObjective().value());
    alignment.parentKeyResult()
        .ifPresent(keyResult -> out.writeStringProperty("parentKeyResult", keyResult.value()));
    decimal(out, "weight", alignment.weight());
    out.writeEndObject();
  }

  /** An objective, or one of its key results: {@code {"objective": .., "keyResult": ..}}. */
  static void alignmentTarget(JsonGenerator out, AlignmentTarget target) {
    out.writeStartObject();
    out.writeStringProperty("objective", target.objective().value());
    target.keyResult()
        .ifPresent(keyResult -> out.writeStringProperty("keyResult", keyResult.value()));
    out.writeEndObject();
  }

  static void lifecycleEvent(JsonGenerator out, LifecycleEvent event) {
    out.writeStartObject();
    date(out, "date", event.date());
    out.writeStringProperty("status", EnumNames.of(event.status()));
    optionalText(out, "note", event.note());
    out.writeEndObject();
  }

  /** A confidence on its own is its decimal, as a check-in writes it. */
  static void confidence(JsonGenerator out, Confidence confidence) {
    decimal(out, confidence.value());
  }

  /** A lifecycle on its own: the period it runs in and its events, as an objective holds them. */
  static void lifecycle(JsonGenerator out, Lifecycle lifecycle) {
    out.writeStartObject();
    out.writeName("period");
    period(out, lifecycle.period());
    list(out, "lifecycleEvents", lifecycle.events(), PlanWriter::lifecycleEvent);
    out.writeEndObject();
  }

  static void period(JsonGenerator out, Period period) {
    out.writeStartObject();
    date(out, "start", period.start());
    date(out, "end", period.end());
    out.writeStringProperty("kind", EnumNames.of(period.kind()));
    out.writeEndObject();
  }

  static void kpi(JsonGenerator out, Kpi kpi) {
    out.writeStartObject();
    out.writeStringProperty("id", kpi.id().value());
    out.writeStringProperty("name", kpi.name());
    out.writeStringProperty("unit", kpi.unit());
    out.writeStringProperty("owner", kpi.owner().value());
    out.writeName("healthTarget");
    healthTarget(out, kpi.healthTarget());
    list(out, "readings", kpi.readings(), PlanWriter::kpiReading);
    out.writeEndObject();
  }

  static void healthTarget(JsonGenerator out, HealthTarget target) {
    out.writeStartObject();
    out.writeStringProperty("kind", EnumNames.of(target.kind()));
    decimal(out, "value", target.value());
    target.upper().ifPresent(upper -> decimal(out, "upper", upper));
    out.writeEndObject();
  }

  static void kpiReading(JsonGenerator out, KpiReading reading) {
    out.writeStartObject();
    date(out, "date", reading.date());
    decimal(out, "value", reading.value());
    out.writeEndObject();
  }

  /** A functional writer of one value, for the lists. */
  @FunctionalInterface
  interface ValueWriter<T> {
    void write(JsonGenerator out, T value);
  }

  static <T> void list(JsonGenerator out, String name, List<T> values, ValueWriter<T> writer) {
    if (values.isEmpty()) {
      return;
    }
    out.writeArrayPropertyStart(name);
    for (T value : values) {
      writer.write(out, value);
    }
    out.writeEndArray();
  }

  /**
   * An explanation's ordered map (scoring's and alignment's alike) as an array of {@code {"name",
   * "value"}} in its order, the order of the computation; left out when empty.
   */
  static void namedValues(JsonGenerator out, String name, Map<String, String> values) {
    list(out, name, List.copyOf(values.entrySet()), (generator, entry) -> {
      generator.writeStartObject();
      generator.writeStringProperty("name", entry.getKey());
      generator.writeStringProperty("value", entry.getValue());
      generator.writeEndObject();
    });
  }

  private static <T> void sortedIds(JsonGenerator out, String name, Collection<T> ids,
      Function<T, String> text) {
    if (ids.isEmpty()) {
      return;
    }
    out.writeArrayPropertyStart(name);
    ids.stream().map(text).sorted().forEach(out::writeString);
    out.writeEndArray();
  }

  private static void optionalText(JsonGenerator out, String name, Optional<String> text) {
    text.ifPresent(value -> out.writeStringProperty(name, value));
  }

  /**
   * Decimals are written as JSON strings of their plain digits ({@code "0.55"}, never {@code
   * 5.5E-1}), so a JavaScript reader cannot round them to a binary double by accident.
   */
  static void decimal(JsonGenerator out, String name, BigDecimal value) {
    out.writeStringProperty(name, value.toPlainString());
  }

  static void decimal(JsonGenerator out, BigDecimal value) {
    out.writeString(value.toPlainString());
  }

  static void date(JsonGenerator out, String name, LocalDate date) {
    out.writeStringProperty(name, date.toString());
  }
}
