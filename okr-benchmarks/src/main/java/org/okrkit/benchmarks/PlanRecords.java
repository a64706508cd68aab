package org.okrkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResult;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Metric;
import org.okrkit.core.NumericValue;
import org.okrkit.core.Objective;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;

/**
 * The JSON benchmarks' baseline: a plan as plain Java records, the shape a team would write to
 * serialize it with Jackson's data binding and nothing else. Same fields, same names and same
 * values as okrkit's plan document, so both write equal documents: dates are {@link LocalDate}
 * (Jackson's ISO text), decimals {@link BigDecimal} written as JSON strings (as okrkit does), and
 * enums and ids plain strings (okrkit's lower-case names and id values), since a record mirror
 * carries no rules. Sets are lists, in okrkit's sorted order; absent values are null and, like
 * empty lists, left out of the document.
 *
 * <p>Only what the benchmark workloads hold is mirrored: metric key results and numeric
 * check-ins; no KPIs, adjustments or key-result KPI links. {@link #of(Plan)} refuses the rest.
 */
final class PlanRecords {

  private PlanRecords() {}

  /** A plan document. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record PlanRecord(int formatVersion, Map<String, String> parentUnits,
      List<ObjectiveRecord> objectives) {}

  /** An objective. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ObjectiveRecord(String id, String title, String description, String level,
      String orgUnit, String owner, List<String> contributors, String coach, PeriodRecord period,
      String commitment, List<KeyResultRecord> keyResults, List<AlignmentRecord> alignments,
      List<String> dependsOn, List<LifecycleEventRecord> lifecycleEvents) {}

  /** A period. */
  record PeriodRecord(LocalDate start, LocalDate end, String kind) {}

  /** A key result with a metric measure. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record KeyResultRecord(String id, String title, String owner, List<String> contributors,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal weight, MetricRecord measure,
      List<CheckInRecord> checkIns) {}

  /** A metric: from a start towards a target. */
  record MetricRecord(String kind, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal start,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal target, String unit) {}

  /** A numeric check-in. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record CheckInRecord(LocalDate date,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal confidence, String note) {}

  /** An alignment to a parent objective or one of its key results. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record AlignmentRecord(String parentObjective, String parentKeyResult,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal weight) {}

  /** A change of lifecycle state. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record LifecycleEventRecord(LocalDate date, String status, String note) {}

  /**
   * Mirrors a plan as records.
   *
   * @param plan  the plan, not null, with metric key results and numeric check-ins only
   * @return the records, not null
   * @throws OkrException if the plan holds what the records do not mirror
   */
  static PlanRecord of(Plan plan) {
    Map<String, String> parentUnits = new TreeMap<>();
    plan.parentUnits().forEach((unit, parent) -> parentUnits.put(unit.value(), parent.value()));
    if (!plan.kpis().isEmpty()) {
      throw new OkrException("kpis", Integer.toString(plan.kpis().size()), "are not mirrored");
    }
    List<ObjectiveRecord> objectives = new ArrayList<>(plan.size());
    for (Objective objective : plan.objectives()) {
      objectives.add(objective(objective));
    }
    return new PlanRecord(1, parentUnits, objectives);
  }

  private static ObjectiveRecord objective(Objective objective) {
    List<KeyResultRecord> keyResults = new ArrayList<>(objective.keyResults().size());
    for (KeyResult keyResult : objective.keyResults()) {
      keyResults.add(keyResult(keyResult));
    }
    List<AlignmentRecord> alignments = new ArrayList<>(objective.alignments().size());
    for (Alignment alignment : objective.alignments()) {
      alignments.add(new AlignmentRecord(alignment.parentObjective().value(),
          alignment.parentKeyResult().map(id -> id.value()).orElse(null), alignment.weight()));
    }
    List<LifecycleEventRecord> events = new ArrayList<>(objective.lifecycleEvents().size());
    for (LifecycleEvent event : objective.lifecycleEvents()) {
      events.add(new LifecycleEventRecord(event.date(), name(event.status()),
          event.note().orElse(null)));
    }
    return new ObjectiveRecord(objective.id().value(), objective.title(),
        objective.description().orElse(null), name(objective.level()),
        objective.orgUnit().map(unit -> unit.value()).orElse(null), objective.owner().value(),
        objective.contributors().stream().map(id -> id.value()).sorted().toList(),
        objective.coach().map(coach -> coach.value()).orElse(null),
        new PeriodRecord(objective.period().start(), objective.period().end(),
            name(objective.period().kind())),
        name(objective.commitment()), keyResults, alignments,
        objective.dependsOn().stream().map(id -> id.value()).sorted().toList(), events);
  }

  private static KeyResultRecord keyResult(KeyResult keyResult) {
    if (!(keyResult.measure() instanceof Metric metric)) {
      throw new OkrException("measure", keyResult.measure().kind().toString(),
          "is not mirrored: metrics only");
    }
    if (keyResult.kpi().isPresent() || !keyResult.adjustments().isEmpty()) {
      throw new OkrException("keyResult", keyResult.id().value(),
          "has a KPI link or adjustments, which are not mirrored");
    }
    List<CheckInRecord> checkIns = new ArrayList<>(keyResult.checkIns().size());
    for (CheckIn checkIn : keyResult.checkIns()) {
      if (!(checkIn.value() instanceof NumericValue numeric)) {
        throw new OkrException("checkIn.value", checkIn.value().toString(),
            "is not mirrored: numeric values only");
      }
      checkIns.add(new CheckInRecord(checkIn.date(), numeric.value(),
          checkIn.confidence().map(confidence -> confidence.value()).orElse(null),
          checkIn.note().orElse(null)));
    }
    return new KeyResultRecord(keyResult.id().value(), keyResult.title(),
        keyResult.owner().value(),
        keyResult.contributors().stream().map(id -> id.value()).sorted().toList(),
        keyResult.weight(),
        new MetricRecord(name(metric.kind()), metric.start(), metric.target(), metric.unit()),
        checkIns);
  }

  /** okrkit's name of an enum constant: its Java name in lower case, as in the document. */
  private static String name(Enum<?> constant) {
    return constant.name().toLowerCase(java.util.Locale.ROOT);
  }
}
