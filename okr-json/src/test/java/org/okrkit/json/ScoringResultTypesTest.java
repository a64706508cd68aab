package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiAggregation;
import org.okrkit.core.KpiId;
import org.okrkit.core.KpiLink;
import org.okrkit.core.KpiReading;
import org.okrkit.core.Metric;
import org.okrkit.core.PersonId;
import org.okrkit.core.Period;
import org.okrkit.core.Threshold;
import org.okrkit.scoring.BandScoring;
import org.okrkit.scoring.FalloffUnit;
import org.okrkit.scoring.Forecast;
import org.okrkit.scoring.Fraction;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.KpiHealth;
import org.okrkit.scoring.LevelComparison;
import org.okrkit.scoring.ObjectivePace;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Pace;
import org.okrkit.scoring.PaceStatus;
import org.okrkit.scoring.PhasedTargets;
import org.okrkit.scoring.Rounding;
import org.okrkit.scoring.ScoreCap;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;
import org.okrkit.scoring.ThresholdMode;
import org.okrkit.scoring.ThresholdScoring;
import org.okrkit.scoring.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every public type of okr-scoring that the scoring entry points return, directly or through the
 * accessors of what they return, has a writer (or is an enum written by name), and each writer
 * writes okrkit's fields in okrkit's order, not Jackson's default bean properties. The field lists
 * here are the documented shape of each result.
 */
class ScoringResultTypesTest {

  private static final Period Q1 = Period.calendarQuarter(2026, 1);
  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  /** Leads: 42 on 2026-01-31, 37 on 2026-02-28; healthy at 40 or more. */
  private static final Kpi LEADS = Kpi.builder()
      .id(KpiId.of("leads")).name("Qualified leads").unit("leads").owner(PersonId.of("dana"))
      .healthTarget(HealthTarget.stayAtOrAbove(40))
      .addReadings(KpiReading.of(LocalDate.of(2026, 1, 31), 42),
          KpiReading.of(LocalDate.of(2026, 2, 28), 37))
      .build();

  /** The sum of the quarter's leads toward 100: 42 + 37 = 79 by 2026-03-15. */
  private static final KeyResult LEADS_SUM = KeyResult.builder()
      .id(KeyResultId.of("leads-sum")).title("100 leads").owner(PersonId.of("dana"))
      .measure(Metric.of(0, 100, "leads"))
      .kpi(KpiLink.of(LEADS.id(), KpiAggregation.SUM))
      .build();

  /** At or above 99 %: met on 2026-01-10 (99.5) and 2026-01-30 (99), not on 2026-01-20 (98). */
  private static final KeyResult UPTIME = KeyResult.builder()
      .id(KeyResultId.of("uptime")).title("Stay up").owner(PersonId.of("eve"))
      .measure(Threshold.atOrAbove(99, "%"))
      .addCheckIns(CheckIn.of(LocalDate.of(2026, 1, 10), 99.5),
          CheckIn.of(LocalDate.of(2026, 1, 20), 98), CheckIn.of(LocalDate.of(2026, 1, 30), 99))
      .build();

  private static final ScoringProfile SHARES = ScoringProfile.builder().name("shares")
      .threshold(ThresholdScoring.of(ThresholdMode.SHARE_OF_CHECK_INS, LevelComparison.INCLUSIVE))
      .band(BandScoring.linearFalloff(new BigDecimal("0.5"), FalloffUnit.BAND_WIDTHS))
      .cap(ScoreCap.uncapped())
      .build();

  private static final PhasedTargets PHASED = PhasedTargets.of(ImmutableMap.of(
      LocalDate.of(2026, 2, 28), new BigDecimal("0.60"),
      LocalDate.of(2026, 1, 31), new BigDecimal("0.25")));

  @Test
  void everyScoringTypeReachableFromTheEntryPointsHasAWriter() {
    Set<Class<?>> reached = scoringTypesReachableFrom(Scorer.class, KpiHealth.class);
    reached.remove(Scorer.class); // the service, not a value

    List<String> missing = new ArrayList<>();
    for (Class<?> type : reached) {
      boolean written = type.isEnum()
          ? ScoringWriters.ENUMS.contains(type) && EnumValues.ALL.contains(type)
          : ScoringWriters.WRITERS.containsKey(type);
      if (!written) {
        missing.add(type.getName());
      }
    }
    assertEquals(List.of(), missing);
    // the walk must have found the results themselves, or it proves nothing
    assertTrue(reached.containsAll(List.of(KeyResultScore.class, ObjectiveScore.class, Pace.class,
        ObjectivePace.class, Forecast.class, KpiHealth.class, Fraction.class,
        ValueSource.KpiAggregate.class, PaceStatus.class)), reached.toString());
  }

  @Test
  void eachResultIsWrittenWithOkrkitsFieldsInOrder() {
    KeyResultScore churn = GOOGLE.score(ScoringGoldenTest.GROW, ScoringGoldenTest.CHURN.id(),
        LocalDate.of(2026, 2, 14));
    KeyResultScore fromKpi = GOOGLE.withKpis(List.of(LEADS))
        .score(LEADS_SUM, Q1, LocalDate.of(2026, 3, 15));
    KeyResultScore share = Scorer.of(SHARES).score(UPTIME, Q1, LocalDate.of(2026, 1, 31));
    Forecast defined = GOOGLE.forecast(ScoringGoldenTest.GROW, ScoringGoldenTest.SIGNUPS.id(),
        LocalDate.of(2026, 1, 31));

    Map<Object, List<String>> fields = new LinkedHashMap<>();
    fields.put(churn, List.of("keyResultId", "asOf", "profile", "weight", "measure", "source",
        "rule", "scored", "targetReached", "assessment", "explanation"));
    fields.put(share, List.of("keyResultId", "asOf", "profile", "weight", "measure", "source",
        "rule", "scored", "targetReached", "assessment", "share", "explanation"));
    // before the first check-in: not scored, so no assessment
    fields.put(GOOGLE.score(ScoringGoldenTest.GROW, ScoringGoldenTest.CHURN.id(),
        LocalDate.of(2026, 1, 5)), List.of("keyResultId", "asOf", "profile", "weight", "measure",
        "source", "rule", "scored", "targetReached", "explanation"));
    fields.put(GOOGLE.score(ScoringGoldenTest.GROW, LocalDate.of(2026, 2, 14)), List.of(
        "objectiveId", "asOf", "profile", "commitment", "scored", "score", "counted", "judgement",
        "tooSafe", "keyResults", "explanation"));
    fields.put(GOOGLE.pace(ScoringGoldenTest.GROW, ScoringGoldenTest.SIGNUPS.id(),
        LocalDate.of(2026, 2, 14)), List.of("keyResultId", "asOf", "status", "progressStatus",
        "expected", "expectation", "actual", "confidenceCheckIn", "score", "explanation"));
    fields.put(GOOGLE.pace(ScoringGoldenTest.GROW, LocalDate.of(2026, 2, 14)), List.of(
        "objectiveId", "asOf", "status", "expected", "actual", "score", "keyResults"));
    fields.put(defined, List.of("keyResultId", "asOf", "points", "defined", "projection",
        "explanation"));
    // churn has one value by 2026-02-14: no line through one point
    fields.put(GOOGLE.forecast(ScoringGoldenTest.GROW, ScoringGoldenTest.CHURN.id(),
        LocalDate.of(2026, 2, 14)), List.of("keyResultId", "asOf", "points", "defined",
        "undefinedReason", "explanation"));
    fields.put(defined.projection().orElseThrow(), List.of("slopePerDay", "projectedValue",
        "projectedScore", "target", "reachesTarget", "targetDate"));
    fields.put(KpiHealth.of(LEADS, LocalDate.of(2026, 3, 15)), List.of("kpiId", "asOf", "status",
        "healthTarget", "reading", "explanation"));
    fields.put(churn.explanation(), List.of("subject", "profile", "rule", "inputs",
        "intermediates", "rounding", "result"));
    fields.put(churn.score().orElseThrow(), List.of("value", "grade", "colour", "exact",
        "complete", "overachieved", "cap"));
    fields.put(churn.assessment().orElseThrow(), List.of("input", "inputDate", "progress", "score",
        "targetReached"));
    fields.put(share.share().orElseThrow(), List.of("basis", "met", "whole", "unobserved",
        "share"));
    fields.put(ValueSource.checkIns(), List.of("kind"));
    fields.put(fromKpi.source(), List.of("kind", "kpiId", "aggregation", "readings",
        "firstReading", "lastReading"));
    fields.put(Fraction.of(4, 15), List.of("numerator", "denominator"));
    fields.put(SHARES, List.of("name", "metricFormula", "threshold", "band", "aggregation",
        "missingValues", "rounding", "cap", "gradeBands", "paceRule", "statusRollUp"));
    fields.put(SHARES.threshold(), List.of("mode", "comparison"));
    fields.put(SHARES.band(), List.of("mode", "falloffWidth", "falloffUnit"));
    fields.put(ScoringProfile.google().band(), List.of("mode"));
    fields.put(SHARES.rounding(), List.of("scale", "mode", "gradeMode"));
    fields.put(SHARES.cap(), List.of("capped"));
    fields.put(ScoreCap.atOne(), List.of("capped", "limit"));
    fields.put(SHARES.gradeBands(), List.of("yellowFrom", "greenFrom"));
    fields.put(SHARES.paceRule(), List.of("atRiskAbove", "offTrackAbove", "shortfall"));
    fields.put(PHASED, List.of("targets"));

    assertAll(fields.entrySet().stream().map(expected -> () -> {
      String json = OkrJson.json().write(expected.getKey());
      assertEquals(expected.getValue(), List.copyOf(PLAIN.readTree(json).propertyNames()),
          expected.getKey().getClass().getSimpleName() + ": " + json);
    }));
  }

  /**
   * The values behind the field lists, worked out by hand: 79 leads of 100 from two readings;
   * uptime met on 2 of 3 check-ins; leads unhealthy at 37, below 40.
   */
  @Test
  void kpiSourcesSharesAndHealthCarryTheirCounts() {
    JsonNode fromKpi = PLAIN.readTree(OkrJson.json().write(GOOGLE.withKpis(List.of(LEADS))
        .score(LEADS_SUM, Q1, LocalDate.of(2026, 3, 15))));
    assertEquals("{\"kind\":\"kpi_aggregate\",\"kpiId\":\"leads\",\"aggregation\":\"sum\","
        + "\"readings\":2,\"firstReading\":\"2026-01-31\",\"lastReading\":\"2026-02-28\"}",
        fromKpi.get("source").toString());
    assertEquals("{\"numerator\":\"79\",\"denominator\":\"100\"}",
        fromKpi.get("assessment").get("progress").toString());

    JsonNode share = PLAIN.readTree(OkrJson.json().write(
        Scorer.of(SHARES).score(UPTIME, Q1, LocalDate.of(2026, 1, 31))));
    assertEquals("{\"basis\":\"share_of_check_ins\",\"met\":2,\"whole\":3,\"unobserved\":0,"
        + "\"share\":{\"numerator\":\"2\",\"denominator\":\"3\"}}", share.get("share").toString());
    assertEquals("{\"capped\":false}", share.get("assessment").get("score").get("cap").toString());

    JsonNode health = PLAIN.readTree(OkrJson.json().write(
        KpiHealth.of(LEADS, LocalDate.of(2026, 3, 15))));
    assertEquals("unhealthy", health.get("status").stringValue());
    assertEquals("{\"date\":\"2026-02-28\",\"value\":\"37\"}", health.get("reading").toString());
  }

  /** Keys in date order whatever order they were given in; 0.25 written as given, 0.60 as 0.6. */
  @Test
  void phasedTargetsAreAnObjectKeyedByDateInDateOrder() {
    assertEquals("{\"targets\":{\"2026-01-31\":\"0.25\",\"2026-02-28\":\"0.6\"}}",
        PLAIN.readTree(OkrJson.json().write(PHASED)).toString());
  }

  @Test
  void enumsAreWrittenAsLowerCaseNames() {
    assertEquals("\"at_risk\"", OkrJson.json().write(PaceStatus.AT_RISK));
    assertEquals("\"band_widths\"", OkrJson.json().write(FalloffUnit.BAND_WIDTHS));
  }

  /**
   * The okr-scoring types reached from the public instance methods of the roots, through the
   * return types (and their type arguments) of each type's public instance methods, and the
   * permitted subtypes of sealed ones: a worklist, so the walk needs no recursion.
   */
  private static Set<Class<?>> scoringTypesReachableFrom(Class<?>... roots) {
    Set<Class<?>> reached = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
    Deque<Class<?>> pending = new ArrayDeque<>(List.of(roots));
    while (!pending.isEmpty()) {
      Class<?> type = pending.pop();
      if (!isScoringType(type) || !reached.add(type)) {
        continue;
      }
      if (type.isSealed()) {
        pending.addAll(List.of(type.getPermittedSubclasses()));
      }
      for (Method method : type.getMethods()) {
        boolean entryPoint = type == KpiHealth.class && method.getName().equals("of");
        if (Modifier.isStatic(method.getModifiers()) && !entryPoint) {
          continue;
        }
        Deque<Type> types = new ArrayDeque<>(List.of(method.getGenericReturnType()));
        while (!types.isEmpty()) {
          Type next = types.pop();
          if (next instanceof Class) {
            pending.add((Class<?>) next);
          } else if (next instanceof ParameterizedType) {
            types.add(((ParameterizedType) next).getRawType());
            types.addAll(List.of(((ParameterizedType) next).getActualTypeArguments()));
          }
        }
      }
    }
    return new LinkedHashSet<>(reached);
  }

  private static boolean isScoringType(Class<?> type) {
    return type.getPackageName().equals("org.okrkit.scoring")
        && Modifier.isPublic(type.getModifiers())
        && Optional.ofNullable(type.getEnclosingClass())
            .map(outer -> Modifier.isPublic(outer.getModifiers())).orElse(true);
  }
}
