package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.okrkit.core.KeyResultId;
import org.okrkit.scoring.internal.Ratio;

/**
 * The exact sums behind an objective's score, computed in one pass over its key result scores from
 * their exact ratios (after floor and cap), never from their rounded values. Shared by the scorer
 * and the explanation, so the explanation shows the very numbers used.
 */
final class Aggregate {

  Ratio numerator = Ratio.ZERO;
  BigDecimal denominator = BigDecimal.ZERO;
  Ratio weakest = Ratio.ZERO;
  KeyResultId weakestId;
  int counted;
  int reached;

  private Aggregate() {}

  static Aggregate of(List<KeyResultScore> scores, ScoringProfile profile) {
    Aggregate aggregate = new Aggregate();
    boolean skipMissing = profile.missingValues() == MissingValues.SKIP;
    ObjectiveAggregation aggregation = profile.aggregation();
    for (int i = 0; i < scores.size(); i++) {
      KeyResultScore keyResult = scores.get(i);
      Ratio score;
      if (keyResult.score().isPresent()) {
        score = keyResult.score().get().exact();
        if (keyResult.isTargetReached()) {
          aggregate.reached++;
        }
      } else if (skipMissing) {
        continue;
      } else {
        score = Ratio.ZERO;
      }
      aggregate.counted++;
      switch (aggregation) {
        case WEIGHTED_MEAN:
          aggregate.numerator = aggregate.numerator.add(score.multiply(keyResult.weight()));
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

  /** Returns the objective's exact value; call only when something counted. */
  Ratio value(ScoringProfile profile) {
    assert counted > 0 : "okrkit bug: no key result counted";
    if (profile.aggregation() == ObjectiveAggregation.WEAKEST) {
      return weakest;
    }
    return numerator.divide(denominator);
  }
}
