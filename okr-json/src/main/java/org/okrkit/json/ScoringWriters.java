package org.okrkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.okrkit.scoring.Assessment;
import org.okrkit.scoring.BandMode;
import org.okrkit.scoring.BandScoring;
import org.okrkit.scoring.Explanation;
import org.okrkit.scoring.FalloffUnit;
import org.okrkit.scoring.Forecast;
import org.okrkit.scoring.Fraction;
import org.okrkit.scoring.GradeBands;
import org.okrkit.scoring.GradeColour;
import org.okrkit.scoring.Judgement;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.KpiHealth;
import org.okrkit.scoring.KpiHealthStatus;
import org.okrkit.scoring.LevelComparison;
import org.okrkit.scoring.MetricFormula;
import org.okrkit.scoring.MissingValues;
import org.okrkit.scoring.ObjectiveAggregation;
import org.okrkit.scoring.ObjectivePace;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Pace;
import org.okrkit.scoring.PaceRule;
import org.okrkit.scoring.PaceStatus;
import org.okrkit.scoring.PhasedTargets;
import org.okrkit.scoring.Projection;
import org.okrkit.scoring.Rounding;
import org.okrkit.scoring.Score;
import org.okrkit.scoring.ScoreCap;
import org.okrkit.scoring.ScoringProfile;
import org.okrkit.scoring.ScoringRule;
import org.okrkit.scoring.Shortfall;
import org.okrkit.scoring.StatusRollUp;
import org.okrkit.scoring.ThresholdMode;
import org.okrkit.scoring.ThresholdScoring;
import org.okrkit.scoring.ThresholdShare;
import org.okrkit.scoring.ValueSource;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the results of okr-scoring (scores, paces, forecasts, KPI health and their explanations)
 * and the configuration they were computed under (the scoring profile and its parts, phased
 * targets), following {@link PlanWriter}'s conventions. None of them is read back: results are
 * computed again from the plan.
 *
 * <p>Exact ratios ({@link Fraction}) are objects of two digit strings, {@code numerator} and
 * {@code denominator}, in lowest terms with a positive denominator. A result names its profile by
 * {@code name} only; the profile's parts are written when the profile itself is written.
 *
 * <p>An explanation is written once per document: a result nested in another whose explanation
 * already holds the nested one's as a part (a key result score in its objective score or its pace)
 * is written without its own {@code explanation} field. An explanation's inputs and intermediates
 * are arrays of {@code {"name", "value"}} in the explanation's own order, because that order (the
 * order of computation) is part of what it says.
 */
final class ScoringWriters {

  private ScoringWriters() {}

  /** The enums of okr-scoring, written as lower-case names. */
  static final ImmutableList<Class<? extends Enum<?>>> ENUMS =
      ImmutableList.<Class<? extends Enum<?>>>builder()
          .add(BandMode.class, FalloffUnit.class, GradeColour.class, Judgement.class,
              KpiHealthStatus.class, LevelComparison.class, MetricFormula.class,
              MissingValues.class, ObjectiveAggregation.class, PaceStatus.class,
              ScoringRule.class, Shortfall.class, StatusRollUp.class, ThresholdMode.class)
          .build();

  /** Each result type of okr-scoring with its writer. */
  static final ImmutableMap<Class<?>, PlanWriter.ValueWriter<?>> WRITERS =
      ImmutableMap.<Class<?>, PlanWriter.ValueWriter<?>>builder()
          .put(Fraction.class, (PlanWriter.ValueWriter<Fraction>) ScoringWriters::fraction)
          .put(Score.class, (PlanWriter.ValueWriter<Score>) ScoringWriters::score)
          .put(Assessment.class, (PlanWriter.ValueWriter<Assessment>) ScoringWriters::assessment)
          .put(ThresholdShare.class,
              (PlanWriter.ValueWriter<ThresholdShare>) ScoringWriters::thresholdShare)
          .put(ValueSource.class, (PlanWriter.ValueWriter<ValueSource>) ScoringWriters::valueSource)
          .put(ValueSource.CheckIns.class,
              (PlanWriter.ValueWriter<ValueSource>) ScoringWriters::valueSource)
          .put(ValueSource.KpiAggregate.class,
              (PlanWriter.ValueWriter<ValueSource>) ScoringWriters::valueSource)
          .put(KeyResultScore.class,
              (PlanWriter.ValueWriter<KeyResultScore>) ScoringWriters::keyResultScore)
          .put(ObjectiveScore.class,
              (PlanWriter.ValueWriter<ObjectiveScore>) ScoringWriters::objectiveScore)
          .put(Pace.class, (PlanWriter.ValueWriter<Pace>) ScoringWriters::pace)
          .put(ObjectivePace.class,
              (PlanWriter.ValueWriter<ObjectivePace>) ScoringWriters::objectivePace)
          .put(Forecast.class, (PlanWriter.ValueWriter<Forecast>) ScoringWriters::forecast)
          .put(Projection.class, (PlanWriter.ValueWriter<Projection>) ScoringWriters::projection)
          .put(KpiHealth.class, (PlanWriter.ValueWriter<KpiHealth>) ScoringWriters::kpiHealth)
          .put(Explanation.class,
              (PlanWriter.ValueWriter<Explanation>) ScoringWriters::explanation)
          .put(ScoringProfile.class,
              (PlanWriter.ValueWriter<ScoringProfile>) ScoringWriters::profile)
          .put(ThresholdScoring.class,
              (PlanWriter.ValueWriter<ThresholdScoring>) ScoringWriters::thresholdScoring)
          .put(BandScoring.class, (PlanWriter.ValueWriter<BandScoring>) ScoringWriters::bandScoring)
          .put(Rounding.class, (PlanWriter.ValueWriter<Rounding>) ScoringWriters::rounding)
          .put(ScoreCap.class, (PlanWriter.ValueWriter<ScoreCap>) ScoringWriters::scoreCap)
          .put(GradeBands.class, (PlanWriter.ValueWriter<GradeBands>) ScoringWriters::gradeBands)
          .put(PaceRule.class, (PlanWriter.ValueWriter<PaceRule>) ScoringWriters::paceRule)
          .put(PhasedTargets.class,
              (PlanWriter.ValueWriter<PhasedTargets>) ScoringWriters::phasedTargets)
          .build();

  /** Digit strings, like decimals, so no reader rounds a 128-bit numerator to a double. */
  static void fraction(JsonGenerator out, Fraction fraction) {
    out.writeStartObject();
    out.writeStringProperty("numerator", fraction.numerator().toString());
    out.writeStringProperty("denominator", fraction.denominator().toString());
    out.writeEndObject();
  }

  private static void fraction(JsonGenerator out, String name, Fraction fraction) {
    out.writeName(name);
    fraction(out, fraction);
  }

  static void score(JsonGenerator out, Score score) {
    out.writeStartObject();
    PlanWriter.decimal(out, "value", score.value());
    PlanWriter.decimal(out, "grade", score.grade());
    out.writeStringProperty("colour", EnumNames.of(score.colour()));
    fraction(out, "exact", score.exact());
    out.writeBooleanProperty("complete", score.isComplete());
    out.writeBooleanProperty("overachieved", score.isOverachieved());
    out.writeName("cap");
    scoreCap(out, score.cap());
    out.writeEndObject();
  }

  private static void score(JsonGenerator out, String name, Score score) {
    out.writeName(name);
    score(out, score);
  }

  static void scoreCap(JsonGenerator out, ScoreCap cap) {
    out.writeStartObject();
    out.writeBooleanProperty("capped", cap.isCapped());
    cap.limit().ifPresent(limit -> PlanWriter.decimal(out, "limit", limit));
    out.writeEndObject();
  }

  static void assessment(JsonGenerator out, Assessment assessment) {
    out.writeStartObject();
    out.writeName("input");
    PlanWriter.checkInValue(out, assessment.input());
    PlanWriter.date(out, "inputDate", assessment.inputDate());
    fraction(out, "progress", assessment.progress());
    score(out, "score", assessment.score());
    out.writeBooleanProperty("targetReached", assessment.isTargetReached());
    out.writeEndObject();
  }

  static void thresholdShare(JsonGenerator out, ThresholdShare share) {
    out.writeStartObject();
    out.writeStringProperty("basis", EnumNames.of(share.basis()));
    out.writeNumberProperty("met", share.met());
    out.writeNumberProperty("whole", share.whole());
    out.writeNumberProperty("unobserved", share.unobserved());
    fraction(out, "share", share.share());
    out.writeEndObject();
  }

  /** A {@code kind} of {@code check_ins} or {@code kpi_aggregate}, then the aggregate's parts. */
  static void valueSource(JsonGenerator out, ValueSource source) {
    out.writeStartObject();
    if (source instanceof ValueSource.KpiAggregate) {
      ValueSource.KpiAggregate aggregate = (ValueSource.KpiAggregate) source;
      out.writeStringProperty("kind", "kpi_aggregate");
      out.writeStringProperty("kpiId", aggregate.kpiId().value());
      out.writeStringProperty("aggregation", EnumNames.of(aggregate.aggregation()));
      out.writeNumberProperty("readings", aggregate.readings());
      aggregate.firstReading().ifPresent(date -> PlanWriter.date(out, "firstReading", date));
      aggregate.lastReading().ifPresent(date -> PlanWriter.date(out, "lastReading", date));
    } else if (source instanceof ValueSource.CheckIns) {
      out.writeStringProperty("kind", "check_ins");
    } else {
      throw new AssertionError("ValueSource is sealed: " + source.getClass());
    }
    out.writeEndObject();
  }

  static void keyResultScore(JsonGenerator out, KeyResultScore score) {
    keyResultScore(out, score, true);
  }

  private static void keyResultScore(
      JsonGenerator out, KeyResultScore score, boolean withExplanation) {
    out.writeStartObject();
    out.writeStringProperty("keyResultId", score.keyResultId().value());
    PlanWriter.date(out, "asOf", score.asOf());
    out.writeStringProperty("profile", score.profile().name());
    PlanWriter.decimal(out, "weight", score.weight());
    out.writeName("measure");
    PlanWriter.measure(out, score.measure());
    out.writeName("source");
    valueSource(out, score.source());
    out.writeStringProperty("rule", EnumNames.of(score.rule()));
    out.writeBooleanProperty("scored", score.isScored());
    out.writeBooleanProperty("targetReached", score.isTargetReached());
    score.assessment().ifPresent(assessment -> {
      out.writeName("assessment");
      assessment(out, assessment);
    });
    score.share().ifPresent(share -> {
      out.writeName("share");
      thresholdShare(out, share);
    });
    if (withExplanation) {
      explanation(out, "explanation", score.explanation());
    }
    out.writeEndObject();
  }

  static void objectiveScore(JsonGenerator out, ObjectiveScore score) {
    out.writeStartObject();
    out.writeStringProperty("objectiveId", score.objectiveId().value());
    PlanWriter.date(out, "asOf", score.asOf());
    out.writeStringProperty("profile", score.profile().name());
    out.writeStringProperty("commitment", EnumNames.of(score.commitment()));
    out.writeBooleanProperty("scored", score.isScored());
    score.score().ifPresent(value -> score(out, "score", value));
    out.writeNumberProperty("counted", score.counted());
    out.writeStringProperty("judgement", EnumNames.of(score.judgement()));
    out.writeBooleanProperty("tooSafe", score.isTooSafe());
    // the objective's explanation holds each key result's as a part
    PlanWriter.list(out, "keyResults", score.keyResults(),
        (generator, keyResult) -> keyResultScore(generator, keyResult, false));
    explanation(out, "explanation", score.explanation());
    out.writeEndObject();
  }

  static void pace(JsonGenerator out, Pace pace) {
    out.writeStartObject();
    out.writeStringProperty("keyResultId", pace.keyResultId().value());
    PlanWriter.date(out, "asOf", pace.asOf());
    out.writeStringProperty("status", EnumNames.of(pace.status()));
    out.writeStringProperty("progressStatus", EnumNames.of(pace.progressStatus()));
    PlanWriter.decimal(out, "expected", pace.expected());
    out.writeStringProperty("expectation", pace.expectation());
    pace.actual().ifPresent(actual -> PlanWriter.decimal(out, "actual", actual));
    pace.confidenceCheckIn().ifPresent(checkIn -> {
      out.writeName("confidenceCheckIn");
      PlanWriter.checkIn(out, checkIn);
    });
    // the pace's explanation holds the score's as a part
    out.writeName("score");
    keyResultScore(out, pace.score(), false);
    explanation(out, "explanation", pace.explanation());
    out.writeEndObject();
  }

  static void objectivePace(JsonGenerator out, ObjectivePace pace) {
    out.writeStartObject();
    out.writeStringProperty("objectiveId", pace.objectiveId().value());
    PlanWriter.date(out, "asOf", pace.score().asOf());
    out.writeStringProperty("status", EnumNames.of(pace.status()));
    PlanWriter.decimal(out, "expected", pace.expected());
    pace.actual().ifPresent(actual -> PlanWriter.decimal(out, "actual", actual));
    out.writeName("score");
    objectiveScore(out, pace.score());
    PlanWriter.list(out, "keyResults", pace.keyResults(), ScoringWriters::pace);
    out.writeEndObject();
  }

  static void forecast(JsonGenerator out, Forecast forecast) {
    out.writeStartObject();
    out.writeStringProperty("keyResultId", forecast.keyResultId().value());
    PlanWriter.date(out, "asOf", forecast.asOf());
    out.writeNumberProperty("points", forecast.points());
    out.writeBooleanProperty("defined", forecast.isDefined());
    forecast.projection().ifPresent(projection -> {
      out.writeName("projection");
      projection(out, projection);
    });
    forecast.undefinedReason()
        .ifPresent(reason -> out.writeStringProperty("undefinedReason", reason));
    explanation(out, "explanation", forecast.explanation());
    out.writeEndObject();
  }

  static void projection(JsonGenerator out, Projection projection) {
    out.writeStartObject();
    PlanWriter.decimal(out, "slopePerDay", projection.slopePerDay());
    PlanWriter.decimal(out, "projectedValue", projection.projectedValue());
    score(out, "projectedScore", projection.projectedScore());
    projection.target().ifPresent(target -> PlanWriter.decimal(out, "target", target));
    out.writeBooleanProperty("reachesTarget", projection.reachesTarget());
    projection.reachedOn().ifPresent(date -> PlanWriter.date(out, "reachedOn", date));
    projection.targetDate().ifPresent(date -> PlanWriter.date(out, "targetDate", date));
    out.writeEndObject();
  }

  static void kpiHealth(JsonGenerator out, KpiHealth health) {
    out.writeStartObject();
    out.writeStringProperty("kpiId", health.kpiId().value());
    PlanWriter.date(out, "asOf", health.asOf());
    out.writeStringProperty("status", EnumNames.of(health.status()));
    out.writeName("healthTarget");
    PlanWriter.healthTarget(out, health.healthTarget());
    health.reading().ifPresent(reading -> {
      out.writeName("reading");
      PlanWriter.kpiReading(out, reading);
    });
    explanation(out, "explanation", health.explanation());
    out.writeEndObject();
  }

  private static void explanation(JsonGenerator out, String name, Explanation explanation) {
    out.writeName(name);
    explanation(out, explanation);
  }

  /**
   * Parts nest (an objective's explanation holds its key results'), so the nesting is walked with
   * an explicit stack of the parts still to write, never with recursion.
   */
  static void explanation(JsonGenerator out, Explanation root) {
    Deque<Iterator<Explanation>> openParts = new ArrayDeque<>();
    openExplanation(out, root, openParts);
    while (!openParts.isEmpty()) {
      Iterator<Explanation> parts = openParts.peek();
      if (parts.hasNext()) {
        openExplanation(out, parts.next(), openParts);
      } else {
        openParts.pop();
        out.writeEndArray();
        out.writeEndObject();
      }
    }
  }

  /** Writes all but the parts; leaves the object open on the stack when it has parts. */
  private static void openExplanation(
      JsonGenerator out, Explanation explanation, Deque<Iterator<Explanation>> openParts) {
    out.writeStartObject();
    out.writeStringProperty("subject", explanation.subject());
    out.writeStringProperty("profile", explanation.profile());
    out.writeStringProperty("rule", explanation.rule());
    PlanWriter.namedValues(out, "inputs", explanation.inputs());
    PlanWriter.namedValues(out, "intermediates", explanation.intermediates());
    out.writeStringProperty("rounding", explanation.rounding());
    out.writeStringProperty("result", explanation.result());
    if (explanation.parts().isEmpty()) {
      out.writeEndObject();
    } else {
      out.writeArrayPropertyStart("parts");
      openParts.push(explanation.parts().iterator());
    }
  }

  static void profile(JsonGenerator out, ScoringProfile profile) {
    out.writeStartObject();
    out.writeStringProperty("name", profile.name());
    out.writeStringProperty("metricFormula", EnumNames.of(profile.metricFormula()));
    out.writeName("threshold");
    thresholdScoring(out, profile.threshold());
    out.writeName("band");
    bandScoring(out, profile.band());
    out.writeStringProperty("aggregation", EnumNames.of(profile.aggregation()));
    out.writeStringProperty("missingValues", EnumNames.of(profile.missingValues()));
    out.writeName("rounding");
    rounding(out, profile.rounding());
    out.writeName("cap");
    scoreCap(out, profile.cap());
    out.writeName("gradeBands");
    gradeBands(out, profile.gradeBands());
    out.writeName("paceRule");
    paceRule(out, profile.paceRule());
    out.writeStringProperty("statusRollUp", EnumNames.of(profile.statusRollUp()));
    out.writeEndObject();
  }

  static void thresholdScoring(JsonGenerator out, ThresholdScoring threshold) {
    out.writeStartObject();
    out.writeStringProperty("mode", EnumNames.of(threshold.mode()));
    out.writeStringProperty("comparison", EnumNames.of(threshold.comparison()));
    out.writeEndObject();
  }

  static void bandScoring(JsonGenerator out, BandScoring band) {
    out.writeStartObject();
    out.writeStringProperty("mode", EnumNames.of(band.mode()));
    band.falloffWidth().ifPresent(width -> PlanWriter.decimal(out, "falloffWidth", width));
    band.falloffUnit()
        .ifPresent(unit -> out.writeStringProperty("falloffUnit", EnumNames.of(unit)));
    out.writeEndObject();
  }

  /** Rounding modes are the JDK's, named like okrkit's enums: {@code half_even}. */
  static void rounding(JsonGenerator out, Rounding rounding) {
    out.writeStartObject();
    out.writeNumberProperty("scale", rounding.scale());
    out.writeStringProperty("mode", EnumNames.of(rounding.mode()));
    out.writeStringProperty("gradeMode", EnumNames.of(rounding.gradeMode()));
    out.writeEndObject();
  }

  static void gradeBands(JsonGenerator out, GradeBands bands) {
    out.writeStartObject();
    PlanWriter.decimal(out, "yellowFrom", bands.yellowFrom());
    PlanWriter.decimal(out, "greenFrom", bands.greenFrom());
    out.writeEndObject();
  }

  static void paceRule(JsonGenerator out, PaceRule rule) {
    out.writeStartObject();
    PlanWriter.decimal(out, "atRiskAbove", rule.atRiskAbove());
    PlanWriter.decimal(out, "offTrackAbove", rule.offTrackAbove());
    out.writeStringProperty("shortfall", EnumNames.of(rule.shortfall()));
    out.writeEndObject();
  }

  /**
   * The expected progress by date as one object keyed by ISO date: date order is the keys' sorted
   * order, because every date okrkit holds has a four-digit year.
   */
  static void phasedTargets(JsonGenerator out, PhasedTargets phased) {
    out.writeStartObject();
    out.writeName("targets");
    out.writeStartObject();
    phased.targets()
        .forEach((date, expected) -> PlanWriter.decimal(out, date.toString(), expected));
    out.writeEndObject();
    out.writeEndObject();
  }
}
