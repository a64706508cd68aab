package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.okrkit.core.KeyResultId;

/**
 * The exact sums behind an objective's score, computed in one pass over its key result scores.
 * Shared by the scorer and the explanation, so the explanation shows the very numbers used.
 */
final class Aggregate {

  BigDecimal numerator = BigDecimal.ZERO;
  BigDecimal denominator = BigDecimal.ZERO;
  BigDecimal weakest = BigDecimal.ZERO;
  KeyResultId weakestId;
  int counted;
  int reachedOne;

  private Aggregate() {}

  static Aggregate of(List<KeyResultScore> scores, ScoringProfile profile) {
    Aggregate aggregate = new Aggregate();
    boolean skipMissing = profile.missingValues() == MissingValues.SKIP;
    ObjectiveAggregation aggregation = profile.aggregation();
    for (int i = 0; i < scores.size(); i++) {
      KeyResultScore keyResult = scores.get(i);
      BigDecimal score;
      if (keyResult.score().isPresent()) {
        score = keyResult.score().get().value();
        if (score.compareTo(BigDecimal.ONE) >= 0) {
          aggregate.reachedOne++;
        }
      } else if (skipMissing) {
        continue;
      } else {
        score = BigDecimal.ZERO;
      }
      aggregate.counted++;
      switch (aggregation) {
        case WEIGHTED_MEAN:
          aggregate.numerator = aggregate.numerator.add(keyResult.weight().multiply(score));
          aggregate.denominator = aggregate.denominator.add(keyResult.weight());
          break;
        case MEAN:
          aggregate.numerator = aggregate.numerator.add(score);
          aggregate.denominator = aggregate.denominator.add(BigDecimal.ONE);
          break;
        default:
          if (aggregate.weakestId == null || score.compareTo(aggregate.weakest) < 0) {
            aggregate.weakest = score;
            aggregate.weakestId = keyResult.keyResultId();
          }
          break;
      }
    }
    return aggregate;
  }

  /** Returns the objective's unrounded-then-rounded value; call only when something counted. */
  BigDecimal value(ScoringProfile profile) {
    assert counted > 0 : "okrkit bug: no key result counted";
    if (profile.aggregation() == ObjectiveAggregation.WEAKEST) {
      return weakest;
    }
    return numerator.divide(denominator, profile.scale(), profile.roundingMode());
  }
}
