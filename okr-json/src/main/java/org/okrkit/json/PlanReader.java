package org.okrkit.json;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Adjustment;
import org.okrkit.core.Alignment;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.Band;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Checklist;
import org.okrkit.core.ChecklistItem;
import org.okrkit.core.Commitment;
import org.okrkit.core.Confidence;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiAggregation;
import org.okrkit.core.KpiId;
import org.okrkit.core.KpiLink;
import org.okrkit.core.KpiReading;
import org.okrkit.core.Level;
import org.okrkit.core.Lifecycle;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Measure;
import org.okrkit.core.MeasureKind;
import org.okrkit.core.Metric;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.PeriodKind;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.core.Status;
import org.okrkit.core.Threshold;
import org.okrkit.core.internal.Decimals;
import tools.jackson.core.JsonToken;

/**
 * Reads the values of okr-core in the plan format (docs/json-format.md). Every value is built
 * through okrkit's own factories and builders, so every invariant of the model holds; the format's
 * own rules (required fields, types, names) are checked here, the model's rules there, and both
 * kinds of error name the JSON path of the value they reject.
 */
final class PlanReader {

  private static final ImmutableMap<String, Level> LEVELS = EnumNames.byName(Level.class);
  private static final ImmutableMap<String, Commitment> COMMITMENTS =
      EnumNames.byName(Commitment.class);
  private static final ImmutableMap<String, PeriodKind> PERIOD_KINDS =
      EnumNames.byName(PeriodKind.class);
  private static final ImmutableMap<String, MeasureKind> MEASURE_KINDS =
      EnumNames.byName(MeasureKind.class);
  private static final ImmutableMap<String, Threshold.Comparison> COMPARISONS =
      EnumNames.byName(Threshold.Comparison.class);
  private static final ImmutableMap<String, KpiAggregation> AGGREGATIONS =
      EnumNames.byName(KpiAggregation.class);
  private static final ImmutableMap<String, HealthTarget.Kind> HEALTH_KINDS =
      EnumNames.byName(HealthTarget.Kind.class);
  /** Draft is where an objective starts, not an event: no event leads into it. */
  private static final ImmutableMap<String, Status> EVENT_STATUSES = ImmutableMap.of(
      EnumNames.of(Status.ACTIVE), Status.ACTIVE,
      EnumNames.of(Status.CLOSED), Status.CLOSED,
      EnumNames.of(Status.CANCELLED), Status.CANCELLED);

  private final DocumentReader in;
  /** The check-ins and adjustments of the key result read last, in the document's order. */
  private List<CheckIn> lastCheckIns = List.of();
  private List<Adjustment> lastAdjustments = List.of();

  PlanReader(DocumentReader in) {
    this.in = in;
  }

  Plan plan() {
    var fields = new Object() {
      /** Set once the version is read and found to be the one this okrkit reads. */
      @Nullable Boolean versionRead;
      ImmutableMap<String, String> parentUnits = ImmutableMap.of();
      List<Kpi> kpis = List.of();
      List<Objective> objectives = List.of();
    };
    in.object("formatVersion, parentUnits, kpis, objectives", name -> {
      switch (name) {
        case "formatVersion":
          requireFormatVersion();
          fields.versionRead = true;
          return true;
        case "parentUnits":
          fields.parentUnits = in.stringMap();
          return true;
        case "kpis":
          fields.kpis = in.array(this::kpi);
          return true;
        case "objectives":
          fields.objectives = in.array(this::objective);
          return true;
        default:
          return false;
      }
    });
    in.required(fields.versionRead, "formatVersion");
    Map<OrgUnitId, OrgUnitId> units = new LinkedHashMap<>();
    for (Map.Entry<String, String> unit : fields.parentUnits.entrySet()) {
      String unitPath = in.pathOf("parentUnits") + JsonPaths.field(unit.getKey());
      OrgUnitId child = atPath(unitPath, () -> OrgUnitId.of(unit.getKey()));
      units.put(child, atPath(unitPath, () -> OrgUnitId.of(unit.getValue())));
    }
    return in.build(() -> Plan.of(fields.objectives, fields.kpis, units), rejected -> {
      switch (rejected.field()) {
        case "objectives":
          return idPath("objectives", secondWith(fields.objectives, o -> o.id().value(), rejected));
        case "kpis":
          return idPath("kpis", secondWith(fields.kpis, k -> k.id().value(), rejected));
        default:
          return in.pathOf(rejected.field());
      }
    });
  }

  /** The format version comes first in what okrkit writes, and only version 1 is read. */
  private void requireFormatVersion() {
    String shown = in.path();
    if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw in.error(in.describeCurrent(), "must be the number " + PlanWriter.FORMAT_VERSION
          + ", the plan format this okrkit reads");
    }
    BigDecimal version = in.decimal();
    if (version.compareTo(BigDecimal.valueOf(PlanWriter.FORMAT_VERSION)) != 0) {
      throw new OkrJsonException(shown, Decimals.describe(version),
          "must be " + PlanWriter.FORMAT_VERSION + ", the plan format this okrkit reads");
    }
  }

  Objective objective() {
    Objective.Builder builder = Objective.builder();
    var fields = new Object() {
      @Nullable String id;
      @Nullable String title;
      @Nullable Level level;
      @Nullable PersonId owner;
      @Nullable Period period;
      @Nullable Commitment commitment;
      List<KeyResult> keyResults = List.of();
      /** Each key result's check-ins and adjustments in the document's order, for error paths. */
      List<List<CheckIn>> checkInsAsWritten = new ArrayList<>();
      List<List<Adjustment>> adjustmentsAsWritten = new ArrayList<>();
      List<LifecycleEvent> events = List.of();
    };
    in.object("id, title, description, level, orgUnit, owner, contributors, coach, period, "
        + "commitment, keyResults, alignments, dependsOn, lifecycleEvents", name -> {
          switch (name) {
            case "id":
              fields.id = in.text();
              builder.id(in.atField(() -> ObjectiveId.of(fields.id)));
              return true;
            case "title":
              fields.title = in.text();
              builder.title(fields.title);
              return true;
            case "description":
              builder.description(in.text());
              return true;
            case "level":
              fields.level = in.enumValue(LEVELS);
              builder.level(fields.level);
              return true;
            case "orgUnit":
              builder.orgUnit(orgUnitId());
              return true;
            case "owner":
              fields.owner = personId();
              builder.owner(fields.owner);
              return true;
            case "contributors":
              builder.contributors(in.array(this::personId));
              return true;
            case "coach":
              builder.coach(personId());
              return true;
            case "period":
              fields.period = period();
              builder.period(fields.period);
              return true;
            case "commitment":
              fields.commitment = in.enumValue(COMMITMENTS);
              builder.commitment(fields.commitment);
              return true;
            case "keyResults":
              fields.keyResults = in.array(() -> {
                KeyResult keyResult = keyResult();
                fields.checkInsAsWritten.add(lastCheckIns);
                fields.adjustmentsAsWritten.add(lastAdjustments);
                return keyResult;
              });
              builder.keyResults(fields.keyResults);
              return true;
            case "alignments":
              builder.alignments(in.array(this::alignment));
              return true;
            case "dependsOn":
              builder.dependsOn(in.array(() -> in.atField(() -> ObjectiveId.of(in.text()))));
              return true;
            case "lifecycleEvents":
              fields.events = in.array(this::lifecycleEvent);
              builder.lifecycleEvents(fields.events);
              return true;
            default:
              return false;
          }
        });
    in.required(fields.id, "id");
    in.required(fields.title, "title");
    in.required(fields.level, "level");
    in.required(fields.owner, "owner");
    Period period = in.required(fields.period, "period");
    in.required(fields.commitment, "commitment");
    return in.build(builder::build, rejected -> {
      switch (rejected.field()) {
        case "checkIn.date":
          return historyDatePath(fields.checkInsAsWritten, "checkIns", CheckIn::date,
              Lifecycle.of(period, fields.events)::allowsCheckInOn, rejected);
        case "adjustment.date":
          return historyDatePath(fields.adjustmentsAsWritten, "adjustments", Adjustment::date,
              Lifecycle.of(period, fields.events)::allowsAdjustmentOn, rejected);
        case "lifecycle":
          return in.pathOf("lifecycleEvents")
              + lastWith(fields.events, LifecycleEvent::toString, rejected);
        case "keyResults":
          return idPath("keyResults", secondWith(fields.keyResults, k -> k.id().value(), rejected));
        default:
          return in.pathOf(rejected.field());
      }
    });
  }

  /**
   * The path of the first dated entry, in the document's order (a key result keeps its history
   * sorted by date), that the lifecycle window refuses with the date the builder rejected; the
   * list's own path if none matches.
   */
  private <T> String historyDatePath(List<List<T>> asWritten, String list,
      Function<T, LocalDate> date, java.util.function.Predicate<LocalDate> allowed,
      OkrException rejected) {
    for (int k = 0; k < asWritten.size(); k++) {
      List<T> dated = asWritten.get(k);
      for (int i = 0; i < dated.size(); i++) {
        LocalDate on = date.apply(dated.get(i));
        if (on.toString().equals(rejected.rejectedValue()) && !allowed.test(on)) {
          return in.pathOf("keyResults") + "[" + k + "]." + list + "[" + i + "].date";
        }
      }
    }
    return in.pathOf("keyResults");
  }

  KeyResult keyResult() {
    KeyResult.Builder builder = KeyResult.builder();
    var fields = new Object() {
      @Nullable String id;
      @Nullable String title;
      @Nullable PersonId owner;
      @Nullable Measure measure;
      List<CheckIn> checkIns = List.of();
      List<Adjustment> adjustments = List.of();
    };
    in.object("id, title, owner, contributors, weight, measure, kpi, checkIns, adjustments",
        name -> {
          switch (name) {
            case "id":
              fields.id = in.text();
              builder.id(in.atField(() -> KeyResultId.of(fields.id)));
              return true;
            case "title":
              fields.title = in.text();
              builder.title(fields.title);
              return true;
            case "owner":
              fields.owner = personId();
              builder.owner(fields.owner);
              return true;
            case "contributors":
              builder.contributors(in.array(this::personId));
              return true;
            case "weight":
              builder.weight(in.decimal());
              return true;
            case "measure":
              fields.measure = measure();
              builder.measure(fields.measure);
              return true;
            case "kpi":
              builder.kpi(kpiLink());
              return true;
            case "checkIns":
              fields.checkIns = in.array(this::checkIn);
              builder.checkIns(fields.checkIns);
              return true;
            case "adjustments":
              fields.adjustments = in.array(this::adjustment);
              builder.adjustments(fields.adjustments);
              return true;
            default:
              return false;
          }
        });
    in.required(fields.id, "id");
    in.required(fields.title, "title");
    in.required(fields.owner, "owner");
    in.required(fields.measure, "measure");
    lastCheckIns = fields.checkIns;
    lastAdjustments = fields.adjustments;
    return in.build(builder::build, rejected -> {
      switch (rejected.field()) {
        case "checkIns":
          return datedPath("checkIns", fields.checkIns, CheckIn::date, rejected);
        case "checkIn.value":
          return valuePath(fields.checkIns, rejected);
        case "adjustments":
          return datedPath("adjustments", fields.adjustments, Adjustment::date, rejected);
        case "adjustment.measure":
          return adjustedMeasurePath(fields.adjustments, rejected);
        case "measure":
          return fields.measure != null
              && fields.measure.toString().equals(rejected.rejectedValue())
              ? in.pathOf("measure") : adjustedMeasurePath(fields.adjustments, rejected);
        default:
          return in.pathOf(rejected.field());
      }
    });
  }

  private <T> String datedPath(String list, List<T> entries, Function<T, LocalDate> date,
      OkrException rejected) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (date.apply(entries.get(i)).toString().equals(rejected.rejectedValue())) {
        return in.pathOf(list) + "[" + i + "].date";
      }
    }
    return in.pathOf(list);
  }

  /** The path of the adjustment whose measure a key result refused. */
  private String adjustedMeasurePath(List<Adjustment> adjustments, OkrException rejected) {
    String index = lastWith(adjustments, a -> a.measure().toString(), rejected);
    return in.pathOf("adjustments") + (index.isEmpty() ? "" : index + ".measure");
  }

  private String valuePath(List<CheckIn> checkIns, OkrException rejected) {
    for (int i = 0; i < checkIns.size(); i++) {
      if (checkIns.get(i).value().toString().equals(rejected.rejectedValue())) {
        return in.pathOf("checkIns") + "[" + i + "].value";
      }
    }
    return in.pathOf("checkIns");
  }

  Measure measure() {
    var fields = new Object() {
      @Nullable MeasureKind kind;
      @Nullable BigDecimal start;
      @Nullable BigDecimal target;
      @Nullable String unit;
      Threshold.@Nullable Comparison comparison;
      @Nullable BigDecimal level;
      @Nullable BigDecimal lower;
      @Nullable BigDecimal upper;
      @Nullable List<ChecklistItem> items;
    };
    in.object("kind, start, target, unit (metric); comparison, level, unit (threshold); "
        + "lower, upper, unit (band); items (checklist)", name -> {
          switch (name) {
            case "kind":
              fields.kind = in.enumValue(MEASURE_KINDS);
              return true;
            case "start":
              fields.start = in.decimal();
              return true;
            case "target":
              fields.target = in.decimal();
              return true;
            case "unit":
              fields.unit = in.text();
              return true;
            case "comparison":
              fields.comparison = in.enumValue(COMPARISONS);
              return true;
            case "level":
              fields.level = in.decimal();
              return true;
            case "lower":
              fields.lower = in.decimal();
              return true;
            case "upper":
              fields.upper = in.decimal();
              return true;
            case "items":
              fields.items = in.array(this::checklistItem);
              return true;
            default:
              return false;
          }
        });
    MeasureKind kind = in.required(fields.kind, "kind");
    switch (kind) {
      case METRIC:
        onlyFor(kind, fields.comparison, "comparison", fields.level, "level", fields.lower,
            "lower", fields.upper, "upper", fields.items, "items");
        BigDecimal start = in.required(fields.start, "start");
        BigDecimal target = in.required(fields.target, "target");
        String metricUnit = in.required(fields.unit, "unit");
        return in.build(() -> Metric.of(start, target, metricUnit));
      case THRESHOLD:
        onlyFor(kind, fields.start, "start", fields.target, "target", fields.lower, "lower",
            fields.upper, "upper", fields.items, "items");
        Threshold.Comparison comparison = in.required(fields.comparison, "comparison");
        BigDecimal level = in.required(fields.level, "level");
        String thresholdUnit = in.required(fields.unit, "unit");
        return in.build(() -> Threshold.of(comparison, level, thresholdUnit));
      case BAND:
        onlyFor(kind, fields.start, "start", fields.target, "target", fields.comparison,
            "comparison", fields.level, "level", fields.items, "items");
        BigDecimal lower = in.required(fields.lower, "lower");
        BigDecimal upper = in.required(fields.upper, "upper");
        String bandUnit = in.required(fields.unit, "unit");
        return in.build(() -> Band.of(lower, upper, bandUnit));
      case CHECKLIST:
        onlyFor(kind, fields.start, "start", fields.target, "target", fields.comparison,
            "comparison", fields.level, "level", fields.lower, "lower", fields.upper, "upper",
            fields.unit, "unit");
        List<ChecklistItem> items = in.required(fields.items, "items");
        return in.build(() -> Checklist.of(items), rejected -> {
          String second = secondWith(items, ChecklistItem::name, rejected);
          return in.pathOf("items") + (second.isEmpty() ? "" : second + ".name");
        });
      case MILESTONE:
        onlyFor(kind, fields.start, "start", fields.target, "target", fields.comparison,
            "comparison", fields.level, "level", fields.lower, "lower", fields.upper, "upper",
            fields.unit, "unit", fields.items, "items");
        return Milestone.of();
      default:
        throw new AssertionError("MeasureKind has five constants: " + kind);
    }
  }

  /** A field of another kind of measure is an error, not silently dropped. */
  private void onlyFor(MeasureKind kind, @Nullable Object... valuesAndNames) {
    for (int i = 0; i < valuesAndNames.length; i += 2) {
      if (valuesAndNames[i] != null) {
        throw new OkrJsonException(in.pathOf((String) valuesAndNames[i + 1]),
            describe(valuesAndNames[i]), "is not a field of a " + EnumNames.of(kind) + " measure");
      }
    }
  }

  private static String describe(Object value) {
    if (value instanceof BigDecimal) {
      return Decimals.describe((BigDecimal) value);
    }
    if (value instanceof Enum) {
      return EnumNames.of((Enum<?>) value);
    }
    return value instanceof String ? org.okrkit.core.internal.Require.shown((String) value)
        : value.toString();
  }

  ChecklistItem checklistItem() {
    var fields = new Object() {
      @Nullable String name;
      @Nullable BigDecimal weight;
    };
    in.object("name, weight", name -> {
      switch (name) {
        case "name":
          fields.name = in.text();
          return true;
        case "weight":
          fields.weight = in.decimal();
          return true;
        default:
          return false;
      }
    });
    String itemName = in.required(fields.name, "name");
    BigDecimal weight = fields.weight;
    return in.build(() -> weight == null ? ChecklistItem.of(itemName)
        : ChecklistItem.of(itemName, weight));
  }

  KpiLink kpiLink() {
    var fields = new Object() {
      @Nullable KpiId kpiId;
      @Nullable KpiAggregation aggregation;
    };
    in.object("kpiId, aggregation", name -> {
      switch (name) {
        case "kpiId":
          fields.kpiId = in.atField(() -> KpiId.of(in.text()));
          return true;
        case "aggregation":
          fields.aggregation = in.enumValue(AGGREGATIONS);
          return true;
        default:
          return false;
      }
    });
    KpiId kpiId = in.required(fields.kpiId, "kpiId");
    KpiAggregation aggregation = in.required(fields.aggregation, "aggregation");
    return KpiLink.of(kpiId, aggregation);
  }

  CheckIn checkIn() {
    CheckIn.Builder builder = CheckIn.builder();
    var fields = new Object() {
      @Nullable LocalDate date;
      @Nullable CheckInValue value;
    };
    in.object("date, value, confidence, note", name -> {
      switch (name) {
        case "date":
          fields.date = in.date();
          builder.date(fields.date);
          return true;
        case "value":
          fields.value = checkInValue();
          builder.value(fields.value);
          return true;
        case "confidence":
          BigDecimal confidence = in.decimal();
          builder.confidence(in.atField(() -> Confidence.of(confidence)));
          return true;
        case "note":
          builder.note(in.text());
          return true;
        default:
          return false;
      }
    });
    in.required(fields.date, "date");
    in.required(fields.value, "value");
    return in.build(builder::build);
  }

  /** A decimal for a number, a boolean for a milestone, an array of item names for a checklist. */
  CheckInValue checkInValue() {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return in.bool() ? CheckInValue.done() : CheckInValue.notDone();
    }
    if (token == JsonToken.START_ARRAY) {
      List<String> done = in.array(in::text);
      return in.atField(() -> CheckInValue.itemsDone(done));
    }
    BigDecimal value = in.decimal();
    return in.atField(() -> CheckInValue.of(value));
  }

  Adjustment adjustment() {
    var fields = new Object() {
      @Nullable LocalDate date;
      @Nullable Measure measure;
      @Nullable String reason;
    };
    in.object("date, measure, reason", name -> {
      switch (name) {
        case "date":
          fields.date = in.date();
          return true;
        case "measure":
          fields.measure = measure();
          return true;
        case "reason":
          fields.reason = in.text();
          return true;
        default:
          return false;
      }
    });
    LocalDate date = in.required(fields.date, "date");
    Measure measure = in.required(fields.measure, "measure");
    String reason = in.required(fields.reason, "reason");
    return in.build(() -> Adjustment.of(date, measure, reason));
  }

  Alignment alignment() {
    var fields = new Object() {
      @Nullable ObjectiveId parentObjective;
      @Nullable KeyResultId parentKeyResult;
      @Nullable BigDecimal weight;
    };
    in.object("parentObjective, parentKeyResult, weight", name -> {
      switch (name) {
        case "parentObjective":
          fields.parentObjective = in.atField(() -> ObjectiveId.of(in.text()));
          return true;
        case "parentKeyResult":
          fields.parentKeyResult = in.atField(() -> KeyResultId.of(in.text()));
          return true;
        case "weight":
          fields.weight = in.decimal();
          return true;
        default:
          return false;
      }
    });
    ObjectiveId parent = in.required(fields.parentObjective, "parentObjective");
    AlignmentTarget target = fields.parentKeyResult == null ? AlignmentTarget.of(parent)
        : AlignmentTarget.of(parent, fields.parentKeyResult);
    BigDecimal weight = fields.weight == null ? BigDecimal.ONE : fields.weight;
    return in.build(() -> Alignment.to(target, weight));
  }

  LifecycleEvent lifecycleEvent() {
    var fields = new Object() {
      @Nullable LocalDate date;
      @Nullable Status status;
      @Nullable String note;
    };
    in.object("date, status, note", name -> {
      switch (name) {
        case "date":
          fields.date = in.date();
          return true;
        case "status":
          fields.status = in.enumValue(EVENT_STATUSES);
          return true;
        case "note":
          fields.note = in.text();
          return true;
        default:
          return false;
      }
    });
    LocalDate date = in.required(fields.date, "date");
    Status status = in.required(fields.status, "status");
    String note = fields.note;
    switch (status) {
      case ACTIVE:
        if (note != null) {
          throw new OkrJsonException(in.pathOf("note"), describe(note),
              "an activation takes no note");
        }
        return LifecycleEvent.activated(date);
      case CLOSED:
        String closingNote = in.required(note, "note");
        return in.build(() -> LifecycleEvent.closed(date, closingNote),
            rejected -> in.pathOf("note"));
      default:
        String reason = in.required(note, "note");
        return in.build(() -> LifecycleEvent.cancelled(date, reason),
            rejected -> in.pathOf("note"));
    }
  }

  Period period() {
    var fields = new Object() {
      @Nullable LocalDate start;
      @Nullable LocalDate end;
      @Nullable PeriodKind kind;
    };
    in.object("start, end, kind", name -> {
      switch (name) {
        case "start":
          fields.start = in.date();
          return true;
        case "end":
          fields.end = in.date();
          return true;
        case "kind":
          fields.kind = in.enumValue(PERIOD_KINDS);
          return true;
        default:
          return false;
      }
    });
    LocalDate start = in.required(fields.start, "start");
    LocalDate end = in.required(fields.end, "end");
    PeriodKind kind = in.required(fields.kind, "kind");
    return in.build(() -> Period.of(start, end, kind));
  }

  Kpi kpi() {
    Kpi.Builder builder = Kpi.builder();
    var fields = new Object() {
      @Nullable String id;
      @Nullable String name;
      @Nullable String unit;
      @Nullable PersonId owner;
      @Nullable HealthTarget healthTarget;
      List<KpiReading> readings = List.of();
    };
    in.object("id, name, unit, owner, healthTarget, readings", name -> {
      switch (name) {
        case "id":
          fields.id = in.text();
          builder.id(in.atField(() -> KpiId.of(fields.id)));
          return true;
        case "name":
          fields.name = in.text();
          builder.name(fields.name);
          return true;
        case "unit":
          fields.unit = in.text();
          builder.unit(fields.unit);
          return true;
        case "owner":
          fields.owner = personId();
          builder.owner(fields.owner);
          return true;
        case "healthTarget":
          fields.healthTarget = healthTarget();
          builder.healthTarget(fields.healthTarget);
          return true;
        case "readings":
          fields.readings = in.array(this::kpiReading);
          builder.readings(fields.readings);
          return true;
        default:
          return false;
      }
    });
    in.required(fields.id, "id");
    in.required(fields.name, "name");
    in.required(fields.unit, "unit");
    in.required(fields.owner, "owner");
    in.required(fields.healthTarget, "healthTarget");
    return in.build(builder::build, rejected -> rejected.field().equals("readings")
        ? datedPath("readings", fields.readings, KpiReading::date, rejected)
        : in.pathOf(rejected.field()));
  }

  HealthTarget healthTarget() {
    var fields = new Object() {
      HealthTarget.@Nullable Kind kind;
      @Nullable BigDecimal value;
      @Nullable BigDecimal upper;
    };
    in.object("kind, value, upper", name -> {
      switch (name) {
        case "kind":
          fields.kind = in.enumValue(HEALTH_KINDS);
          return true;
        case "value":
          fields.value = in.decimal();
          return true;
        case "upper":
          fields.upper = in.decimal();
          return true;
        default:
          return false;
      }
    });
    HealthTarget.Kind kind = in.required(fields.kind, "kind");
    BigDecimal value = in.required(fields.value, "value");
    if (kind == HealthTarget.Kind.STAY_WITHIN_BAND) {
      BigDecimal upper = in.required(fields.upper, "upper");
      return in.build(() -> HealthTarget.stayWithin(value, upper),
          rejected -> in.pathOf(rejected.field().equals("lower") ? "value" : rejected.field()));
    }
    if (fields.upper != null) {
      throw new OkrJsonException(in.pathOf("upper"), Decimals.describe(fields.upper),
          "only a stay_within_band target has an upper end");
    }
    switch (kind) {
      case STAY_AT_OR_ABOVE:
        return in.build(() -> HealthTarget.stayAtOrAbove(value));
      case STAY_AT_OR_BELOW:
        return in.build(() -> HealthTarget.stayAtOrBelow(value));
      case INCREASE_TO:
        return in.build(() -> HealthTarget.increaseTo(value));
      default:
        return in.build(() -> HealthTarget.decreaseTo(value));
    }
  }

  KpiReading kpiReading() {
    var fields = new Object() {
      @Nullable LocalDate date;
      @Nullable BigDecimal value;
    };
    in.object("date, value", name -> {
      switch (name) {
        case "date":
          fields.date = in.date();
          return true;
        case "value":
          fields.value = in.decimal();
          return true;
        default:
          return false;
      }
    });
    LocalDate date = in.required(fields.date, "date");
    BigDecimal value = in.required(fields.value, "value");
    return in.build(() -> KpiReading.of(date, value));
  }

  /** A value written as one string, such as an id, built by {@code parse}. */
  <T> T textValue(Function<String, T> parse) {
    String text = in.text();
    return in.atField(() -> parse.apply(text));
  }

  <E> E enumValue(Map<String, E> byName) {
    return in.enumValue(byName);
  }

  PersonId personId() {
    return in.atField(() -> PersonId.of(in.text()));
  }

  OrgUnitId orgUnitId() {
    return in.atField(() -> OrgUnitId.of(in.text()));
  }

  private <T> T atPath(String path, java.util.function.Supplier<T> factory) {
    try {
      return factory.get();
    } catch (OkrException rejected) {
      throw new OkrJsonException(path, rejected.rejectedValue(), rejected.rule(), rejected);
    }
  }

  /**
   * The index, as {@code [i]}, of the last element shown as the rejected value, or "" if none is:
   * the rule broken is the first in the list, and an equal element before it passed.
   */
  private static <T> String lastWith(List<T> elements, Function<T, String> shown,
      OkrException rejected) {
    for (int i = elements.size() - 1; i >= 0; i--) {
      if (shown.apply(elements.get(i)).equals(rejected.rejectedValue())) {
        return "[" + i + "]";
      }
    }
    return "";
  }

  /** The path of a list's duplicate id, or of the list when no element was found. */
  private String idPath(String list, String index) {
    return in.pathOf(list) + (index.isEmpty() ? "" : index + ".id");
  }

  /** The index, as {@code [i]}, of the second element with the rejected (duplicate) id. */
  private static <T> String secondWith(List<T> elements, Function<T, String> id,
      OkrException rejected) {
    boolean seen = false;
    for (int i = 0; i < elements.size(); i++) {
      if (id.apply(elements.get(i)).equals(rejected.rejectedValue())) {
        if (seen) {
          return "[" + i + "]";
        }
        seen = true;
      }
    }
    return "";
  }
}
