package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.core.KeyResultId;

/**
 * An objective's aggregate at the edges of its arithmetic contract: exact up to a common
 * denominator of 128 bits and rounded to 40 places past it; skipped key results left out of the
 * mean and counted-as-zero ones kept in; the weakest key result named first in order on a tie.
 */
class ObjectiveMeanPrecisionAndSkippingTest {

  private static final ScoringProfile MEAN = ScoringProfile.builder().name("plain-mean")
      .aggregation(ObjectiveAggregation.MEAN).missingValues(MissingValues.COUNT_AS_ZERO).build();
  private static final ScoringProfile MEAN_SKIPPING = ScoringProfile.builder()
      .name("plain-mean-skipping").aggregation(ObjectiveAggregation.MEAN)
      .missingValues(MissingValues.SKIP).build();
  private static final ScoringProfile WEIGHTED_SKIPPING = ScoringProfile.builder()
      .name("weighted-skipping").aggregation(ObjectiveAggregation.WEIGHTED_MEAN)
      .missingValues(MissingValues.SKIP).build();
  private static final ScoringProfile WEIGHTED_COUNTING_ZERO = ScoringProfile.builder()
      .name("weighted-zero").aggregation(ObjectiveAggregation.WEIGHTED_MEAN)
      .missingValues(MissingValues.COUNT_AS_ZERO).build();
  private static final ScoringProfile WEAKEST = ScoringProfile.builder().name("weakest")
      .aggregation(ObjectiveAggregation.WEAKEST).build();

  private static Fraction oneOverTwoTo(int power) {
    return Fraction.of(BigInteger.ONE, BigInteger.ONE.shiftLeft(power));
  }

  private static ObjectiveAggregate aggregate(ScoringProfile profile, Fraction... scores) {
    BigDecimal[] weights = new BigDecimal[scores.length];
    KeyResultId[] ids = new KeyResultId[scores.length];
    for (int i = 0; i < scores.length; i++) {
      weights[i] = BigDecimal.ONE;
      ids[i] = KeyResultId.of("kr-" + i);
    }
    return ObjectiveAggregate.of(scores, weights, ids, 0, profile);
  }

  /** 10^-40 times a whole number: a value at forty places. */
  private static Fraction fortyPlaces(long unscaled) {
    return Fraction.of(BigInteger.valueOf(unscaled), BigInteger.TEN.pow(40));
  }

  @Test
  void aCommonDenominatorOfExactly128Bits_isSummedExactly() {
    // one key result at 1/2^127: the term's denominator 2^127 has 128 bits, the limit itself
    ObjectiveAggregate at128 = aggregate(MEAN, oneOverTwoTo(127));
    assertTrue(at128.exact);
    assertEquals(oneOverTwoTo(127), at128.value);
    assertTrue(at128.mode().startsWith("exact"), at128.mode());
    // 1/2^126 and a silent key result counted as 0: terms 1/2^127 and 0, common denominator 2^127
    ObjectiveAggregate withZero = aggregate(MEAN, oneOverTwoTo(126), null);
    assertTrue(withZero.exact);
    assertEquals(oneOverTwoTo(127), withZero.value);
  }

  @Test
  void aCommonDenominatorOf129Bits_isSummedAtFortyPlaces() {
    // 1/2^128 = 2.938...e-39 = 29.387... x 10^-40, rounded half-even to forty places: 29 x 10^-40
    ObjectiveAggregate at129 = aggregate(MEAN, oneOverTwoTo(128));
    assertFalse(at129.exact);
    assertEquals(fortyPlaces(29), at129.value);
    assertTrue(at129.mode().startsWith("each term rounded half-even to 40 decimal places"));
    // the same through the public aggregate, checked against BigDecimal's own division
    BigDecimal oracle = BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(128)), 40,
        RoundingMode.HALF_EVEN);
    assertEquals(40, oracle.scale());
    assertEquals(Optional.of(Fraction.of(oracle.unscaledValue(), BigInteger.TEN.pow(40))),
        MEAN.aggregate(List.of(Optional.of(oneOverTwoTo(128))), List.of(BigDecimal.ONE)));
  }

  @Test
  void aSilentKeyResult_countsAsAZeroTermAtFortyPlaces_orIsLeftOut() {
    // counted as 0: terms 0 and 1/2^129 = 14.69... x 10^-40, rounded to 15 x 10^-40
    ObjectiveAggregate counted = aggregate(MEAN, null, oneOverTwoTo(128));
    assertFalse(counted.exact);
    assertEquals(2, counted.counted);
    assertEquals(fortyPlaces(15), counted.value);
    // skipped: the mean of 1/2^128 alone, 29 x 10^-40 as above
    ObjectiveAggregate skipped = aggregate(MEAN_SKIPPING, null, oneOverTwoTo(128));
    assertFalse(skipped.exact);
    assertEquals(1, skipped.counted);
    assertEquals(fortyPlaces(29), skipped.value);
  }

  @Test
  void skippedKeyResults_areLeftOutOfTheMeanAndItsWeights() {
    // plain mean: 1/2 alone when the other is skipped; (1/2 + 0) / 2 = 1/4 when counted as 0
    List<Optional<Fraction>> halfAndSilent = List.of(Optional.empty(), Optional.of(Fraction.of(1, 2)));
    List<BigDecimal> weights = List.of(new BigDecimal("3"), BigDecimal.ONE);
    assertEquals(Optional.of(Fraction.of(1, 2)), MEAN_SKIPPING.aggregate(halfAndSilent, weights));
    assertEquals(Optional.of(Fraction.of(1, 4)), MEAN.aggregate(halfAndSilent, weights));
    // weighted: the silent key result weighs 3; skipped, 1/2 alone; counted as 0,
    // (3 x 0 + 1 x 1/2) / (3 + 1) = 1/8
    assertEquals(Optional.of(Fraction.of(1, 2)),
        WEIGHTED_SKIPPING.aggregate(halfAndSilent, weights));
    assertEquals(Optional.of(Fraction.of(1, 8)),
        WEIGHTED_COUNTING_ZERO.aggregate(halfAndSilent, weights));
  }

  @Test
  void whenEveryKeyResultIsSkipped_nothingIsAggregated() {
    List<Optional<Fraction>> silent = List.of(Optional.empty(), Optional.empty());
    List<BigDecimal> weights = List.of(BigDecimal.ONE, new BigDecimal("2"));
    assertEquals(Optional.empty(), MEAN_SKIPPING.aggregate(silent, weights));
    assertEquals(Optional.empty(), WEIGHTED_SKIPPING.aggregate(silent, weights));
    ObjectiveAggregate none = aggregate(MEAN_SKIPPING, null, null);
    assertEquals(0, none.counted);
    assertNull(none.value);
    assertNull(none.weakestId);
    // counted as 0 instead, two zeros average 0
    assertEquals(Optional.of(Fraction.ZERO), MEAN.aggregate(silent, weights));
  }

  @Test
  void theWeakestKeyResult_isTheFirstInOrderAmongEquallyWeakOnes() {
    // 1/2, 1/4, 3/4, 1/4: kr-1 and kr-3 tie at 1/4; the first of them is named
    ObjectiveAggregate weakest = aggregate(WEAKEST,
        Fraction.of(1, 2), Fraction.of(1, 4), Fraction.of(3, 4), Fraction.of(2, 8));
    assertEquals(Fraction.of(1, 4), weakest.value);
    assertEquals(KeyResultId.of("kr-1"), weakest.weakestId);
    // a lower score later in order still wins: 1/4, 1/2, 1/8
    assertEquals(KeyResultId.of("kr-2"),
        aggregate(WEAKEST, Fraction.of(1, 4), Fraction.of(1, 2), Fraction.of(1, 8)).weakestId);
  }
}
