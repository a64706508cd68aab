package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.Fixtures.END;
import static org.okrkit.scoring.Fixtures.checkIn;
import static org.okrkit.scoring.Fixtures.dec;
import static org.okrkit.scoring.Fixtures.keyResultBuilder;
import static org.okrkit.scoring.Fixtures.metric;
import static org.okrkit.scoring.Fixtures.objective;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Objective;

/** The arithmetic contract of an objective's mean (docs/scoring.md, "Objective mean"). */
class ObjectiveAggregateTest {

  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());

  private static final Scorer EIGHTEEN_PLACES = Scorer.of(ScoringProfile.builder()
      .name("eighteen-places").rounding(Rounding.ofScale(18)).build());

  private static KeyResult atOne(String id, String target, String weight) {
    return keyResultBuilder(id, metric("0", target)).weight(dec(weight))
        .addCheckIns(checkIn(2, 1, "1")).build();
  }

  @Test
  void anOrdinaryObjective_isSummedExactly() {
    // progress 1/3, 1/7 and 1/11: (1/3 + 1/7 + 1/11) / 3 = (77 + 33 + 21) / 231 / 3 = 131/693
    Objective objective = objective(Commitment.ASPIRATIONAL,
        atOne("a", "3", "1"), atOne("b", "7", "1"), atOne("c", "11", "1"));
    ObjectiveScore score = GOOGLE.score(objective, END);
    assertEquals(Fraction.of(131, 693), score.score().orElseThrow().exact());
    // 131 / 693 = 0.18903318... -> 0.1890
    assertEquals(dec("0.189"), score.score().orElseThrow().value());
    assertTrue(score.explanation().intermediates().get("summed").startsWith("exact"),
        score.explanation()::toString);
    assertEquals("131/231", score.explanation().intermediates().get("sum(weight x score)"));
  }

  @Test
  void unrelatedFractions_areSummedAtFortyPlaces_andStillRoundedRight() {
    // three 15-digit primes: the terms 1/(3p) have a common denominator of 142 bits
    String[] primes = {"100000000000031", "100000000000067", "100000000000097"};
    Objective objective = objective(Commitment.ASPIRATIONAL,
        atOne("a", primes[0], "1"), atOne("b", primes[1], "1"), atOne("c", primes[2], "1"));
    ObjectiveScore score = EIGHTEEN_PLACES.score(objective, END);
    assertTrue(score.explanation().intermediates().get("summed")
        .startsWith("each term rounded half-even to 40 decimal places"));
    // worked independently to 100 significant digits, then rounded to 18 places
    MathContext wide = new MathContext(100);
    BigDecimal sum = BigDecimal.ZERO;
    for (String prime : primes) {
      sum = sum.add(BigDecimal.ONE.divide(new BigDecimal(prime), wide));
    }
    BigDecimal mean = sum.divide(BigDecimal.valueOf(3), wide).setScale(18, RoundingMode.HALF_EVEN);
    assertEquals(0, mean.compareTo(score.score().orElseThrow().value()),
        () -> mean + " != " + score.score().orElseThrow().value());
  }

  @Test
  void manyUnrelatedKeyResults_neitherOrderNorWeightScalingChangesTheResult() {
    List<KeyResult> keyResults = new ArrayList<>();
    List<KeyResult> tripled = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String target = Integer.toString(1009 + 2 * i);
      String weight = Integer.toString(1 + i % 5);
      keyResults.add(atOne("kr-" + i, target, weight));
      tripled.add(atOne("kr-" + i, target, Integer.toString(3 * (1 + i % 5))));
    }
    ObjectiveScore score = EIGHTEEN_PLACES.score(
        objective(Commitment.ASPIRATIONAL, keyResults.toArray(KeyResult[]::new)), END);
    assertTrue(score.explanation().intermediates().get("summed").startsWith("each term"));
    Collections.shuffle(tripled, new Random(7));
    ObjectiveScore shuffled = EIGHTEEN_PLACES.score(
        objective(Commitment.ASPIRATIONAL, tripled.toArray(KeyResult[]::new)), END);
    assertEquals(score.score(), shuffled.score());
    assertEquals(score.judgement(), shuffled.judgement());
  }
}
