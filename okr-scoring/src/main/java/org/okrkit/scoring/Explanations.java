package org.okrkit.scoring;

import org.okrkit.core.Commitment;

/**
 * Renders the explanations of scores from what scoring recorded: the {@link Steps} a key result's
 * rule took and the {@link ObjectiveAggregate} an objective was summed into. Nothing is recomputed.
 */
final class Explanations {

  private Explanations() {}

  static Explanation of(KeyResultScore score) {
    ScoringProfile profile = score.profile();
    Explanation.Builder explanation = Explanation.builder();
    String notScored = score.steps().notScoredReason();
    explanation
        .subject("key result " + score.keyResultId() + " as of " + score.asOf())
        .profile(profile.name())
        .rule(score.rule().formula())
        .rounding(profile.rounding().toString())
        .result(score.score().map(Score::toString).orElse("not scored"));
    score.steps().renderInto(explanation);
    if (notScored != null) {
      explanation.putIntermediate("why not scored", notScored);
    }
    explanation.putIntermediate("cap", profile.cap().toString());
    if (score.assessment().isPresent()) {
      Assessment assessment = score.assessment().get();
      explainLimits(assessment.progress(), assessment.score(), profile, explanation);
      explanation.putIntermediate("target reached", assessment.isTargetReached()
          ? "yes: exact progress is 1 or more" : "no: exact progress is below 1");
    }
    return explanation.build();
  }

  /** Shows the exact fraction, the floor and cap applied to it, and the two roundings. */
  private static void explainLimits(
      Fraction raw, Score score, ScoringProfile profile, Explanation.Builder explanation) {
    explanation.putIntermediate("exact", raw.toString());
    Fraction limited = score.exact();
    if (raw.signum() < 0) {
      explanation.putIntermediate("floored", "0 (below 0 counts as 0)");
    } else if (!limited.equals(raw)) {
      explanation.putIntermediate("capped", limited + " (" + profile.cap() + ")");
    }
    explainRounding(limited, score, profile, explanation);
  }

  private static void explainRounding(
      Fraction exact, Score score, ScoringProfile profile, Explanation.Builder explanation) {
    Rounding rounding = profile.rounding();
    explanation.putIntermediate("value", exact + " rounded to scale " + rounding.scale() + " "
        + rounding.mode() + " = " + score.value().toPlainString());
    explanation.putIntermediate("grade", exact + " rounded to tenths " + rounding.gradeMode()
        + " = " + score.grade().toPlainString() + ", " + score.colour() + " ("
        + profile.gradeBands() + ")");
  }

  static Explanation of(ObjectiveScore score) {
    ScoringProfile profile = score.profile();
    ObjectiveAggregate aggregate = score.aggregate();
    Explanation.Builder explanation = Explanation.builder();
    explanation
        .subject("objective " + score.objectiveId() + " as of " + score.asOf())
        .profile(profile.name())
        .rule(aggregationRule(profile))
        .rounding(profile.rounding().toString())
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
        shown = profile.missingValues() == MissingValues.SKIP ? "not scored, skipped"
            // under count-as-zero only an objective that could have no check-ins yet skips
            : aggregate.counted < score.keyResults().size()
                ? "not scored, skipped: no check-in was possible yet" : "not scored, counts as 0";
      }
      explanation.putInput("key result " + keyResult.keyResultId(),
          shown + " x weight " + keyResult.weight().toPlainString());
      explanation.addPart(keyResult.explanation());
    }
    explanation.putIntermediate("key results counted", Integer.toString(aggregate.counted));
    if (aggregate.counted > 0) {
      switch (profile.aggregation()) {
        case WEIGHTED_MEAN:
          explanation.putIntermediate("sum(weight x score)",
              aggregate.value.multiply(aggregate.weights).toString());
          explanation.putIntermediate("sum(weight)", Steps.render(aggregate.weights));
          explanation.putIntermediate("summed", aggregate.mode());
          break;
        case MEAN:
          explanation.putIntermediate("sum(score)",
              aggregate.value.multiply(aggregate.weights).toString());
          explanation.putIntermediate("count", Steps.render(aggregate.weights));
          explanation.putIntermediate("summed", aggregate.mode());
          break;
        default:
          explanation.putIntermediate("weakest key result", aggregate.weakestId.toString());
          break;
      }
      explanation.putIntermediate("aggregate", aggregate.value.toString());
      explainRounding(aggregate.value, score.score().orElseThrow(), profile, explanation);
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
