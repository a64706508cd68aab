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
  /** The first key result, in the objective's order, with the lowest score; null if none. */
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
    int size = scores.size();
    Fraction[] exact = new Fraction[size];
    BigDecimal[] weights = new BigDecimal[size];
    KeyResultId[] ids = new KeyResultId[size];
    int reached = 0;
    for (int i = 0; i < size; i++) {
      KeyResultScore keyResult = scores.get(i);
      // one read of the assessment answers both questions (isScored, isTargetReached)
      Assessment assessment = keyResult.assessment().orElse(null);
      exact[i] = assessment == null ? null : assessment.score().exact();
      weights[i] = keyResult.weight();
      ids[i] = keyResult.keyResultId();
      if (assessment != null && assessment.isTargetReached()) {
        reached++;
      }
    }
    return of(exact, weights, ids, reached, profile);
  }

  /**
   * Aggregates exact key-result scores (after floor and cap; null where not scored) with their
   * weights; ids may be null where no key result names the term.
   */
  static ObjectiveAggregate of(Fraction[] scores, BigDecimal[] weights, KeyResultId[] ids,
      int reached, ScoringProfile profile) {
    boolean skipMissing = profile.missingValues() == MissingValues.SKIP;
    boolean weighted = profile.aggregation() == ObjectiveAggregation.WEIGHTED_MEAN;
    int counted = 0;
    BigDecimal total = BigDecimal.ZERO;
    Fraction weakest = null;
    KeyResultId weakestId = null;
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] == null && skipMissing) {
        continue;
      }
      counted++;
      total = total.add(weighted ? weights[i] : BigDecimal.ONE);
      Fraction score = scoreOf(scores[i]);
      if (weakest == null || score.compareTo(weakest) < 0) {
        weakest = score;
        weakestId = ids[i];
      }
    }
    if (counted == 0) {
      return new ObjectiveAggregate(0, reached, total, null, true, null);
    }
    if (profile.aggregation() == ObjectiveAggregation.WEAKEST) {
      return new ObjectiveAggregate(counted, reached, total, weakest, true, weakestId);
    }
    // the total as a fraction once, not once per term: every term divides by it
    Fraction exactTotal = Fraction.exactly(total);
    // a key result not scored adds a term of 0 whether it is skipped or counted as 0: the policy
    // decided only the total, so the sums need not know it
    Fraction sum = exactSum(scores, weights, weighted, exactTotal);
    if (sum != null) {
      return new ObjectiveAggregate(counted, reached, total, sum, true, weakestId);
    }
    return new ObjectiveAggregate(counted, reached, total,
        decimalSum(scores, weights, weighted, exactTotal), false, weakestId);
  }

  /** A key result's exact score after floor and cap; an unscored one counts as 0. */
  private static Fraction scoreOf(Fraction score) {
    return score == null ? Fraction.ZERO : score;
  }

  private static Fraction term(Fraction score, BigDecimal weight, boolean weighted,
      Fraction total) {
    Fraction value = scoreOf(score);
    return (weighted ? value.multiply(weight) : value).divide(total);
  }

  /** The exact sum of the terms, or null once their common denominator outgrows the limit. */
  private static Fraction exactSum(Fraction[] scores, BigDecimal[] weights, boolean weighted,
      Fraction total) {
    Fraction sum = Fraction.ZERO;
    // the common denominator stays a long while it fits, as it does for every ordinary objective
    long smallCommon = 1;
    BigInteger common = null;
    for (int i = 0; i < scores.length; i++) {
      Fraction term = term(scores[i], weights[i], weighted, total);
      long next = common == null ? term.commonDenominator(smallCommon) : 0;
      if (next > 0) {
        smallCommon = next;
      } else {
        common = term.commonDenominator(common == null ? BigInteger.valueOf(smallCommon) : common);
        if (common.bitLength() > EXACT_BITS) {
          return null;
        }
      }
      sum = sum.add(term);
    }
    return sum;
  }

  private static Fraction decimalSum(Fraction[] scores, BigDecimal[] weights, boolean weighted,
      Fraction total) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < scores.length; i++) {
      sum = sum.add(term(scores[i], weights[i], weighted, total)
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
