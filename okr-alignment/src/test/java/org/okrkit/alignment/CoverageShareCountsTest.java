package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.scoring.Fraction;

/** A share is complete only when everything is covered, a share of nothing included. */
class CoverageShareCountsTest {

  @Test
  void isComplete_onlyWhenCoveredEqualsTotal() {
    assertFalse(CoverageShare.of(5, 6).isComplete());
    assertFalse(CoverageShare.of(0, 1).isComplete());
    assertTrue(CoverageShare.of(6, 6).isComplete());
    assertTrue(CoverageShare.of(0, 0).isComplete());
  }

  @Test
  void value_isTheShareRoundedToFourPlaces() {
    // 5 / 6 = 0.83333... half-even to 4 places: 0.8333
    assertEquals(Optional.of(new BigDecimal("0.8333")), CoverageShare.of(5, 6).value());
    assertEquals(Optional.of(Fraction.of(5, 6)), CoverageShare.of(5, 6).fraction());
    assertEquals(Optional.empty(), CoverageShare.of(0, 0).value());
    assertEquals("5 of 6", CoverageShare.of(5, 6).toString());
  }
}
