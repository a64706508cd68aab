package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.scoring.Fixtures.dec;

import org.junit.jupiter.api.Test;
import org.okrkit.core.OkrException;

/** The range checks of custom grade bands, each at its edge, and colours under custom bands. */
class GradeBandsRangeTest {

  @Test
  void theWidestBands_startYellowAtOneTenthAndGreenAtOne() {
    // Both edges are allowed: yellowFrom must be above 0 (0.1 is), greenFrom at most 1 (1 is).
    GradeBands widest = GradeBands.of(dec("0.1"), dec("1"));
    assertEquals(dec("0.1"), widest.yellowFrom());
    assertEquals(dec("1"), widest.greenFrom());
    assertEquals(GradeColour.RED, widest.colourOf(dec("0.0")));
    assertEquals(GradeColour.YELLOW, widest.colourOf(dec("0.1")));
    assertEquals(GradeColour.YELLOW, widest.colourOf(dec("0.9")));
    assertEquals(GradeColour.GREEN, widest.colourOf(dec("1.0")));
  }

  @Test
  void adjacentTenths_areAllowed() {
    // greenFrom must be above yellowFrom: one tenth above is enough.
    GradeBands narrow = GradeBands.of(dec("0.5"), dec("0.6"));
    assertEquals(GradeColour.RED, narrow.colourOf(dec("0.4")));
    assertEquals(GradeColour.YELLOW, narrow.colourOf(dec("0.5")));
    assertEquals(GradeColour.GREEN, narrow.colourOf(dec("0.6")));
  }

  @Test
  void aGreenBoundThatIsNotATenth_isRejected() {
    OkrException e = assertThrows(OkrException.class,
        () -> GradeBands.of(dec("0.4"), dec("0.75")));
    assertEquals("greenFrom", e.field());
    assertEquals("0.75", e.rejectedValue());
  }

  @Test
  void boundsBelowZeroOrOutOfOrder_areRejectedWithTheirValues() {
    OkrException negative = assertThrows(OkrException.class,
        () -> GradeBands.of(dec("-0.1"), dec("0.7")));
    assertEquals("yellowFrom", negative.field());
    assertEquals("-0.1", negative.rejectedValue());
    OkrException reversed = assertThrows(OkrException.class,
        () -> GradeBands.of(dec("0.7"), dec("0.4")));
    assertEquals("greenFrom", reversed.field());
    assertEquals("0.4", reversed.rejectedValue());
    OkrException aboveOne = assertThrows(OkrException.class,
        () -> GradeBands.of(dec("0.4"), dec("1.1")));
    assertEquals("1.1", aboveOne.rejectedValue());
  }

  @Test
  void toString_showsTheBounds() {
    assertEquals("red < 0.3 <= yellow < 0.8 <= green",
        GradeBands.of(dec("0.3"), dec("0.8")).toString());
  }
}
