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
import org.okrkit.scoring.internal.Ratio;
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
    if (score.progress().isPresent()) {
      explainLimits(score.progress().get(), score.score().orElseThrow(), profile, explanation);
      explanation.putIntermediate("target reached", score.isTargetReached()
          ? "yes: exact progress is 1 or more" : "no: exact progress is below 1");
    }
    return explanation.build();
  }

  /** Shows the exact ratio, the floor and cap applied to it, and the two roundings of the result. */
  private static void explainLimits(
      Ratio raw, Score score, ScoringProfile profile, Explanation.Builder explanation) {
    explanation.putIntermediate("exact", raw.toString());
    Ratio limited = score.exact();
    if (raw.signum() < 0) {
      explanation.putIntermediate("floored", "0 (below 0 counts as 0)");
    } else if (!limited.equals(raw)) {
      explanation.putIntermediate("capped", limited + " (" + profile.cap() + ")");
    }
    explanation.putIntermediate("value", limited + " rounded to scale " + profile.scale() + " "
        + profile.roundingMode() + " = " + score.value().toPlainString());
    explanation.putIntermediate("grade", limited + " rounded to tenths "
        + profile.gradeRoundingMode() + " = " + score.grade().toPlainString() + ", "
        + score.colour() + " (" + profile.gradeBands() + ")");
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
    explanation.putIntermediate("progress", ScoreMath.linearProgress(metric, value).toString());
  }

  private static void explainThreshold(KeyResultScore score, Explanation.Builder explanation) {
    Threshold threshold = (Threshold) score.measure();
    boolean strict = score.profile().levelComparison() == LevelComparison.STRICT;
    explanation.putInput("level", threshold.level().toPlainString());
    explanation.putInput("comparison", threshold.comparison()
        + (strict ? ", strictly: the level itself does not meet it" : ", the level included"));
    switch (score.rule()) {
      case THRESHOLD_LATEST:
        explanation.putIntermediate("met", Boolean.toString(
            ScoreMath.meets(threshold, number(score.value().orElseThrow()), strict)));
        break;
      case THRESHOLD_SHARE_OF_CHECK_INS:
        explanation.putIntermediate("check-ins met", Long.toString(score.counted()));
        explanation.putIntermediate("check-ins in the period", Long.toString(score.observed()));
        explanation.putIntermediate("share",
            ScoreMath.share(score.counted(), score.observed()).toString());
        break;
      default:
        explanation.putIntermediate("days met", Long.toString(score.counted()));
        explanation.putIntermediate("days from the period's start", Long.toString(score.observed()));
        explanation.putIntermediate("days unobserved", score.unobserved()
            + " (before the first check-in: no value known, counted as not met)");
        explanation.putIntermediate("share",
            ScoreMath.share(score.counted(), score.observed()).toString());
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
      boolean inBandWidths = profile.bandFalloffUnit() == FalloffUnit.BAND_WIDTHS;
      BigDecimal width = ScoreMath.falloffWidth(band, profile.bandFalloffWidth(), inBandWidths);
      explanation.putIntermediate("fall-off width", plain(width) + (inBandWidths
          ? " (" + profile.bandFalloffWidth().toPlainString() + " x (upper - lower))"
          : " (in the band's unit)"));
      explanation.putIntermediate("1 - distance / width",
          ScoreMath.falloff(distance, width).toString());
    }
  }

  private static void explainChecklist(KeyResultScore score, Explanation.Builder explanation) {
    Checklist checklist = (Checklist) score.measure();
    ChecklistValue done = (ChecklistValue) score.value().orElseThrow();
    BigDecimal doneWeight = ScoreMath.doneWeight(checklist, done);
    BigDecimal totalWeight = ScoreMath.totalWeight(checklist);
    explanation.putIntermediate("done weight", plain(doneWeight));
    explanation.putIntermediate("total weight", plain(totalWeight));
    explanation.putIntermediate("share", Ratio.of(doneWeight, totalWeight).toString());
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
        Score value = keyResult.score().get();
        shown = value.exact() + " (shown " + value.value().toPlainString() + ")"
            + (keyResult.isTargetReached() ? ", target reached" : "");
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
          explanation.putIntermediate("sum(weight x score)", aggregate.numerator.toString());
          explanation.putIntermediate("sum(weight)", plain(aggregate.denominator));
          break;
        case MEAN:
          explanation.putIntermediate("sum(score)", aggregate.numerator.toString());
          explanation.putIntermediate("count", plain(aggregate.denominator));
          break;
        default:
          explanation.putIntermediate("weakest key result", aggregate.weakestId.toString());
          break;
      }
      Ratio exact = aggregate.value(profile);
      explanation.putIntermediate("aggregate", exact.toString());
      Score objective = score.score().orElseThrow();
      explanation.putIntermediate("value", exact + " rounded to scale " + profile.scale() + " "
          + profile.roundingMode() + " = " + objective.value().toPlainString());
      explanation.putIntermediate("grade", exact + " rounded to tenths "
          + profile.gradeRoundingMode() + " = " + objective.grade().toPlainString() + ", "
          + objective.colour() + " (" + profile.gradeBands() + ")");
    }
    explanation.putIntermediate("key results that reached their target",
        aggregate.reached + " of " + score.keyResults().size());
    explanation.putIntermediate("expected", score.commitment() == Commitment.COMMITTED
        ? "committed: achieved only when every key result reached its target (exact progress 1"
            + " or more), whatever the mean"
        : "aspirational: meets the expectation at an exact score of 0.7 or more; too safe when"
            + " 75 % or more of the key results reached their target");
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
