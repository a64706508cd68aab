package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A score is complete when its exact ratio, not its rounded value, is 1 or more. */
class ScoreCompletenessTest {

  @Test
  void exactlyOne_isComplete() {
    assertTrue(ScoringProfile.google().score(BigDecimal.ONE).isComplete());
  }

  @Test
  void aboveOne_cappedAtOne_isStillComplete() {
    // Google's profile caps at 1, so 1.2 becomes 1; the test is that the cap leaves it complete
    assertTrue(ScoringProfile.google().score(new BigDecimal("1.2")).isComplete());
  }

  @Test
  void justBelowOne_showsAsOne_butIsNotComplete() {
    // 0.99995 is a tie at 4 places; half-even takes 1.0000 (even last digit) over 0.9999, yet the
    // exact ratio is below 1
    Score score = ScoringProfile.google().score(new BigDecimal("0.99995"));
    assertEquals(0, score.value().compareTo(BigDecimal.ONE), score.toString());
    assertFalse(score.isComplete());
  }
}
