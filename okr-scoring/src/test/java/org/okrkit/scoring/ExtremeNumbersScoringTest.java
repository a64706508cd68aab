package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.Fixtures.END;
import static org.okrkit.scoring.Fixtures.Q1;
import static org.okrkit.scoring.Fixtures.checkIn;
import static org.okrkit.scoring.Fixtures.dec;
import static org.okrkit.scoring.Fixtures.keyResult;
import static org.okrkit.scoring.Fixtures.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Threshold;

/** Scores, pace and forecasts at the edges of okrkit's number range stay exact and bounded. */
class ExtremeNumbersScoringTest {

  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());
  private static final String MAX = "9".repeat(64);
  private static final String TINY = "0." + "0".repeat(31) + "1";

  @Test
  void widestMetric_scoresExactly() {
    // -MAX -> MAX at 0: (0 + MAX) / (2 x MAX) = 1/2 exactly
    KeyResult wide = keyResult("k", metric("-" + MAX, MAX), checkIn(2, 1, "0"),
        checkIn(2, 2, TINY));
    assertEquals(dec("0.5"), GOOGLE.score(wide, Q1, Fixtures.date(2, 1)).score().orElseThrow()
        .value());
    // one step of 1E-32 more: (MAX + 1E-32) / (2 x MAX) = 1/2 + 1E-32 / (2 x MAX), about
    // 1/2 + 5E-97: exact (visible at 100 places), yet shown as 0.5
    Score next = GOOGLE.score(wide, Q1, Fixtures.date(2, 2)).score().orElseThrow();
    assertEquals(dec("0.5"), next.value());
    assertTrue(next.exact().round(100, RoundingMode.DOWN).compareTo(dec("0.5")) > 0);
    assertEquals(0, next.exact().round(90, RoundingMode.DOWN).compareTo(dec("0.5")));
    // pace and forecast run on the same numbers without leaving the library's exceptions
    assertTrue(GOOGLE.pace(wide, Q1, END).actual().isPresent());
    assertTrue(GOOGLE.forecast(wide, Q1, Fixtures.date(2, 2)).projection().isPresent());
  }

  @Test
  void tinyMetric_scoresExactly() {
    // 0 -> 1E-32 at 1E-32: reached, 1
    KeyResult tiny = keyResult("k", metric("0", TINY), checkIn(2, 1, TINY));
    KeyResultScore score = GOOGLE.score(tiny, Q1, END);
    assertEquals(dec("1"), score.score().orElseThrow().value());
    assertTrue(score.isTargetReached());
  }

  @Test
  void thresholdAtTheExactLevel_isMet() {
    KeyResult atLevel = keyResult("k", Threshold.atOrAbove(dec(MAX), "x"), checkIn(2, 1, MAX));
    assertEquals(dec("1"), GOOGLE.score(atLevel, Q1, END).score().orElseThrow().value());
    KeyResult justBelow = keyResult("k", Threshold.atOrBelow(dec(TINY), "x"), checkIn(2, 1, TINY));
    assertEquals(dec("1"), GOOGLE.score(justBelow, Q1, END).score().orElseThrow().value());
  }
}
