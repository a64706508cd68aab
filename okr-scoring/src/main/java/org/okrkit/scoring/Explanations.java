package org.okrkit.scoring;

import java.math.BigDecimal;
import org.okrkit.core.Band;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Checklist;
import org.okrkit.core.Commitment;
import org.okrkit.core.ChecklistValue;
import org.okrkit.core.Direction;
import org.okrkit.core.Metric;
import org.okrkit.core.NumericValue;
import org.okrkit.core.Threshold;
import org.okrkit.core.internal.Decimals;
import org.okrkit.scoring.internal.ScoreMath;

/** Builds the explanations of scores by redoing their steps with the same kernels. */
final class Explanations {

  private Explanations() {}

  static Explanation of(KeyResultScore score) {
    ScoringProfile profile = score.profile();
    Explanation.Builder explanation = Explanation.builder();
    explanation
        .subject("key result " + score.keyResultId() + " as of " + score.asOf())
        .profile(profile.name())
        .rule(score.rule().formula())
        .rounding(profile.roundingDescription())
        .result(score.score().map(Score::toString).orElse("not scored"));
    explanation.putInput("measure", score.measure().toString());
    explanation.putInput("source", score.source());
    explanation.putInput("weight", score.weight().toPlainString());
    if (score.value().isPresent()) {
      explanation.putInput("value", score.value().get().toString());
      explanation.putInput(score.source().startsWith("KPI") ? "reading date" : "check-in date",
          score.valueDate().map(Object::toString).orElse("none"));
    }
    switch (score.rule()) {
      case METRIC_LINEAR:
      case METRIC_ALL_OR_NOTHING:
        explainMetric(score, explanation);
        break;
      case THRESHOLD_LATEST:
      case THRESHOLD_SHARE_OF_CHECK_INS:
      case THRESHOLD_SHARE_OF_TIME:
        explainThreshold(score, explanation);
        break;
      case BAND_ZERO_OUTSIDE:
      case BAND_LINEAR_FALLOFF:
        explainBand(score, explanation);
        break;
      case CHECKLIST:
        explainChecklist(score, explanation);
        break;
      default:
        break;
    }
    explanation.putIntermediate("cap", profile.cap().toString());
    return explanation.build();
  }

  /** Shows a computed number in canonical form, as scores are reported. */
  private static String plain(BigDecimal value) {
    return Decimals.canonical(value).toPlainString();
  }

  private static BigDecimal number(CheckInValue value) {
    return ((NumericValue) value).value();
  }

  private static void explainMetric(KeyResultScore score, Explanation.Builder explanation) {
    Metric metric = (Metric) score.measure();
    BigDecimal value = number(score.value().orElseThrow());
    explanation.putInput("start", metric.start().toPlainString());
    explanation.putInput("target", metric.target().toPlainString());
    explanation.putInput("direction", metric.direction().toString());
    if (score.rule() == ScoringRule.METRIC_ALL_OR_NOTHING) {
      explanation.putIntermediate("reached", Boolean.toString(ScoreMath.reached(metric, value)));
      return;
    }
    if (metric.direction() == Direction.INCREASE) {
      explanation.putIntermediate("value - start", plain(value.subtract(metric.start())));
      explanation.putIntermediate(
          "target - start", plain(metric.target().subtract(metric.start())));
    } else {
      explanation.putIntermediate("start - value", plain(metric.start().subtract(value)));
      explanation.putIntermediate(
          "start - target", plain(metric.start().subtract(metric.target())));
    }
    ScoringProfile profile = score.profile();
    explanation.putIntermediate("progress", plain(ScoreMath.linearProgress(
        metric, value, profile.scale(), profile.roundingMode())));
  }

  private static void explainThreshold(KeyResultScore score, Explanation.Builder explanation) {
    Threshold threshold = (Threshold) score.measure();
    boolean strict = score.profile().levelComparison() == LevelComparison.STRICT;
    explanation.putInput("level", threshold.level().toPlainString());
    explanation.putInput("comparison", threshold.comparison()
        + (strict ? ", strictly: the level itself does not meet it" : ", the level included"));
    ScoringProfile profile = score.profile();
    switch (score.rule()) {
      case THRESHOLD_LATEST:
        explanation.putIntermediate("met", Boolean.toString(
            ScoreMath.meets(threshold, number(score.value().orElseThrow()), strict)));
        break;
      case THRESHOLD_SHARE_OF_CHECK_INS:
        explanation.putIntermediate("check-ins met", Long.toString(score.counted()));
        explanation.putIntermediate("check-ins", Long.toString(score.observed()));
        explanation.putIntermediate("share", plain(ScoreMath.share(score.counted(),
            score.observed(), profile.scale(), profile.roundingMode())));
        break;
      default:
        explanation.putIntermediate("days met", Long.toString(score.counted()));
        explanation.putIntermediate("days observed", Long.toString(score.observed()));
        explanation.putIntermediate("share", plain(ScoreMath.share(score.counted(),
            score.observed(), profile.scale(), profile.roundingMode())));
        break;
    }
  }

  private static void explainBand(KeyResultScore score, Explanation.Builder explanation) {
    Band band = (Band) score.measure();
    BigDecimal value = number(score.value().orElseThrow());
    explanation.putInput("lower", band.lower().toPlainString());
    explanation.putInput("upper", band.upper().toPlainString());
    BigDecimal distance = ScoreMath.distanceOutside(band, value);
    explanation.putIntermediate("distance outside", plain(distance));
    if (score.rule() == ScoringRule.BAND_LINEAR_FALLOFF) {
      ScoringProfile profile = score.profile();
      BigDecimal width = ScoreMath.falloffWidth(band, profile.bandFalloffWidth());
      explanation.putIntermediate("fall-off width", plain(width));
      explanation.putIntermediate("1 - distance / width", plain(ScoreMath.falloff(
          distance, width, profile.scale(), profile.roundingMode())));
    }
  }

  private static void explainChecklist(KeyResultScore score, Explanation.Builder explanation) {
    Checklist checklist = (Checklist) score.measure();
    ChecklistValue done = (ChecklistValue) score.value().orElseThrow();
    BigDecimal doneWeight = ScoreMath.doneWeight(checklist, done);
    BigDecimal totalWeight = ScoreMath.totalWeight(checklist);
    explanation.putIntermediate("done weight", plain(doneWeight));
    explanation.putIntermediate("total weight", plain(totalWeight));
    ScoringProfile profile = score.profile();
    explanation.putIntermediate("share", plain(doneWeight.divide(
        totalWeight, profile.scale(), profile.roundingMode())));
  }

  static Explanation of(ObjectiveScore score) {
    ScoringProfile profile = score.profile();
    Aggregate aggregate = Aggregate.of(score.keyResults(), profile);
    Explanation.Builder explanation = Explanation.builder();
    explanation
        .subject("objective " + score.objectiveId() + " as of " + score.asOf())
        .profile(profile.name())
        .rule(aggregationRule(profile))
        .rounding(profile.roundingDescription())
        .result(score.score().map(Score::toString).orElse("not scored") + "; "
            + score.judgement() + (score.isTooSafe() ? "; too safe" : ""));
    explanation.putInput("commitment", score.commitment().toString());
    explanation.putInput("profile parts", profile.toString());
    for (KeyResultScore keyResult : score.keyResults()) {
      String shown;
      if (keyResult.score().isPresent()) {
        shown = keyResult.score().get().value().toPlainString();
      } else {
        shown = profile.missingValues() == MissingValues.SKIP
            ? "not scored, skipped" : "not scored, counts as 0";
      }
      explanation.putInput("key result " + keyResult.keyResultId(),
          shown + " x weight " + keyResult.weight().toPlainString());
      explanation.addPart(keyResult.explanation());
    }
    explanation.putIntermediate("key results counted", Integer.toString(aggregate.counted));
    if (aggregate.counted > 0) {
      switch (profile.aggregation()) {
        case WEIGHTED_MEAN:
          explanation.putIntermediate("sum(weight x score)", plain(aggregate.numerator));
          explanation.putIntermediate("sum(weight)", plain(aggregate.denominator));
          break;
        case MEAN:
          explanation.putIntermediate("sum(score)", plain(aggregate.numerator));
          explanation.putIntermediate("count", plain(aggregate.denominator));
          break;
        default:
          explanation.putIntermediate("weakest key result", aggregate.weakestId.toString());
          break;
      }
      explanation.putIntermediate("aggregate", plain(aggregate.value(profile)));
    }
    explanation.putIntermediate("key results at 1.0 or more",
        aggregate.reachedOne + " of " + score.keyResults().size());
    explanation.putIntermediate("expected", score.commitment() == Commitment.COMMITTED
        ? "1.0 (committed)" : "0.7 (aspirational); too safe when 75 % or more reach 1.0");
    return explanation.build();
  }

  private static String aggregationRule(ScoringProfile profile) {
    switch (profile.aggregation()) {
      case WEIGHTED_MEAN:
        return "sum(weight x score) / sum(weight), weights normalised";
      case MEAN:
        return "sum(score) / count, weights ignored";
      default:
        return "the weakest key result's score";
    }
  }
}
