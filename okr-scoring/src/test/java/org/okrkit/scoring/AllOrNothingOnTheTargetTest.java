package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.Fixtures.END;
import static org.okrkit.scoring.Fixtures.Q1;
import static org.okrkit.scoring.Fixtures.checkIn;
import static org.okrkit.scoring.Fixtures.date;
import static org.okrkit.scoring.Fixtures.dec;
import static org.okrkit.scoring.Fixtures.keyResult;
import static org.okrkit.scoring.Fixtures.metric;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.core.KeyResult;

/**
 * "All or nothing" at its edge: a value exactly on the target has reached it, in either direction,
 * both for the score and for the forecast's projected score.
 */
class AllOrNothingOnTheTargetTest {

  private static final Scorer BINARY = Scorer.of(ScoringProfile.builder().name("binary")
      .metricFormula(MetricFormula.ALL_OR_NOTHING).build());

  private static Optional<BigDecimal> scoreOf(KeyResult keyResult) {
    return BINARY.score(keyResult, Q1, END).score().map(Score::value);
  }

  @Test
  void aFallingMetric_exactlyOnItsTarget_scoresOne() {
    assertEquals(Optional.of(BigDecimal.ONE), scoreOf(keyResult("kr", metric("8", "5"),
        checkIn(2, 10, "5"))));
    assertEquals(Optional.of(BigDecimal.ZERO), scoreOf(keyResult("kr", metric("8", "5"),
        checkIn(2, 10, "5.001"))));
  }

  @Test
  void aRisingMetric_exactlyOnItsTarget_scoresOne_andJustShortScoresZero() {
    assertEquals(Optional.of(BigDecimal.ONE), scoreOf(keyResult("kr", metric("100", "150"),
        checkIn(2, 10, "150"))));
    assertEquals(Optional.of(BigDecimal.ZERO), scoreOf(keyResult("kr", metric("100", "150"),
        checkIn(2, 10, "149.999"))));
  }

  @Test
  void aLineEndingExactlyOnTheTarget_isProjectedToScoreOne() {
    // (0, 61) and (89, 150): slope 89 / 89 = 1, so y(89) = 61 + 89 = 150, exactly the target.
    KeyResult onTarget = keyResult("kr", metric("100", "150"),
        checkIn(1, 1, "61"), checkIn(3, 31, "150"));
    Projection projection = BINARY.forecast(onTarget, Q1, END).projection().orElseThrow();
    assertEquals(0, dec("150").compareTo(projection.projectedValue()));
    assertTrue(projection.reachesTarget());
    assertEquals(0, BigDecimal.ONE.compareTo(projection.projectedScore().value()));
  }

  @Test
  void aLineEndingShortOfTheTarget_isProjectedToScoreZero_notItsShare() {
    // (0, 100) and (30, 115): slope 15 / 30 = 0.5, so y(89) = 100 + 44.5 = 144.5 < 150.
    // Linear scoring would project (144.5 - 100) / 50 = 0.89; all or nothing gives 0.
    KeyResult short_ = keyResult("kr", metric("100", "150"),
        checkIn(1, 1, "100"), checkIn(1, 31, "115"));
    Projection projection = BINARY.forecast(short_, Q1, date(2, 1)).projection().orElseThrow();
    assertEquals(0, dec("144.5").compareTo(projection.projectedValue()));
    assertFalse(projection.reachesTarget());
    assertEquals(0, BigDecimal.ZERO.compareTo(projection.projectedScore().value()));
  }
}
