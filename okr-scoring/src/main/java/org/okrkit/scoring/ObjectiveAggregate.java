package org.okrkit.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.okrkit.core.KeyResultId;

/**
 * The exact numbers behind an objective's score, computed once from its key results' exact
 * fractions (after their floor and cap, never their rounded values) and kept for the explanation.
 *
 * <p><b>Arithmetic contract.</b> The mean is the sum of the terms {@code weight × score /
 * sum(weight)} (for a plain mean, weight 1). It is exact while the least common multiple of the
 * terms' denominators fits in {@value #EXACT_BITS} bits, which holds for every ordinary objective.
 * Otherwise each term is rounded half-even to {@value #DECIMAL_PLACES} decimal places and the
 * rounded terms are added exactly, so the error is at most {@code n × 0.5 × 10^-40} for n key
 * results. Both modes are independent of the key results' order and of scaling all weights alike,
 * and cost one pass per mode, linear in the key results: exact fractions whose denominators grow
 * without bound would make a large objective quadratic.
 */
final class ObjectiveAggregate {

  /** The widest common denominator summed exactly. */
  static final int EXACT_BITS = 128;

  /** The decimal places each term is carried at beyond {@link #EXACT_BITS}. */
  static final int DECIMAL_PLACES = 40;

  final int counted;
  final int reached;
  final BigDecimal weights;
  /** The exact aggregate, or the sum of terms at 40 places; null when nothing counted. */
  final Fraction value;
  final boolean exact;
  final KeyResultId weakestId;

  private ObjectiveAggregate(int counted, int reached, BigDecimal weights, Fraction value,
      boolean exact, KeyResultId weakestId) {
    this.counted = counted;
    this.reached = reached;
    this.weights = weights;
    this.value = value;
    this.exact = exact;
    this.weakestId = weakestId;
  }

  static ObjectiveAggregate of(List<KeyResultScore> scores, ScoringProfile profile) {
    boolean skipMissing = profile.missingValues() == MissingValues.SKIP;
    boolean weighted = profile.aggregation() == ObjectiveAggregation.WEIGHTED_MEAN;
    int counted = 0;
    int reached = 0;
    BigDecimal weights = BigDecimal.ZERO;
    Fraction weakest = null;
    KeyResultId weakestId = null;
    for (KeyResultScore keyResult : scores) {
      if (keyResult.isTargetReached()) {
        reached++;
      }
      if (!keyResult.isScored() && skipMissing) {
        continue;
      }
      counted++;
      weights = weights.add(weighted ? keyResult.weight() : BigDecimal.ONE);
      Fraction score = scoreOf(keyResult);
      if (weakest == null || score.compareTo(weakest) < 0) {
        weakest = score;
        weakestId = keyResult.keyResultId();
      }
    }
    if (counted == 0) {
      return new ObjectiveAggregate(0, reached, weights, null, true, null);
    }
    if (profile.aggregation() == ObjectiveAggregation.WEAKEST) {
      return new ObjectiveAggregate(counted, reached, weights, weakest, true, weakestId);
    }
    Fraction sum = exactSum(scores, skipMissing, weighted, weights);
    if (sum != null) {
      return new ObjectiveAggregate(counted, reached, weights, sum, true, weakestId);
    }
    return new ObjectiveAggregate(counted, reached, weights,
        decimalSum(scores, skipMissing, weighted, weights), false, weakestId);
  }

  /** A key result's exact score after floor and cap; an unscored one counts as 0. */
  private static Fraction scoreOf(KeyResultScore keyResult) {
    return keyResult.score().map(Score::exact).orElse(Fraction.ZERO);
  }

  private static Fraction term(
      KeyResultScore keyResult, boolean weighted, BigDecimal weights) {
    Fraction score = scoreOf(keyResult);
    return (weighted ? score.multiply(keyResult.weight()) : score).divide(weights);
  }

  /** The exact sum of the terms, or null once their common denominator outgrows the limit. */
  private static Fraction exactSum(
      List<KeyResultScore> scores, boolean skipMissing, boolean weighted, BigDecimal weights) {
    Fraction sum = Fraction.ZERO;
    BigInteger common = BigInteger.ONE;
    for (KeyResultScore keyResult : scores) {
      if (!keyResult.isScored() && skipMissing) {
        continue;
      }
      Fraction term = term(keyResult, weighted, weights);
      BigInteger denominator = term.denominator();
      common = common.divide(common.gcd(denominator)).multiply(denominator);
      if (common.bitLength() > EXACT_BITS) {
        return null;
      }
      sum = sum.add(term);
    }
    return sum;
  }

  private static Fraction decimalSum(
      List<KeyResultScore> scores, boolean skipMissing, boolean weighted, BigDecimal weights) {
    BigDecimal sum = BigDecimal.ZERO;
    for (KeyResultScore keyResult : scores) {
      if (!keyResult.isScored() && skipMissing) {
        continue;
      }
      sum = sum.add(term(keyResult, weighted, weights)
          .round(DECIMAL_PLACES, RoundingMode.HALF_EVEN));
    }
    return Fraction.exactly(sum);
  }

  /** Describes how the mean was summed, for the explanation. */
  String mode() {
    return exact
        ? "exact: the terms' common denominator fits " + EXACT_BITS + " bits"
        : "each term rounded half-even to " + DECIMAL_PLACES + " decimal places, then added"
            + " exactly: the terms' common denominator exceeds " + EXACT_BITS + " bits";
  }
}
