package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.scoring.Fixtures.dec;

import org.junit.jupiter.api.Test;
import org.okrkit.core.OkrException;

/** A score's scale runs from 1 to 18 decimal places, both ends included. */
class RoundingScaleRangeTest {

  @Test
  void theEndsOfTheRange_areAccepted() {
    // 1/3 at 18 places: eighteen 3s; at 1 place: 0.3
    assertEquals(dec("0.333333333333333333"), Rounding.ofScale(18).value(Fraction.of(1, 3)));
    assertEquals(18, Rounding.ofScale(Rounding.MAX_SCALE).scale());
    assertEquals(dec("0.3"), Rounding.ofScale(1).value(Fraction.of(1, 3)));
  }

  @Test
  void justPastTheEnds_isRejectedNamingTheScale() {
    OkrException tooFine = assertThrows(OkrException.class, () -> Rounding.ofScale(19));
    assertEquals("scale", tooFine.field());
    assertEquals("19", tooFine.rejectedValue());
    OkrException none = assertThrows(OkrException.class,
        () -> Rounding.of(0, java.math.RoundingMode.HALF_UP, java.math.RoundingMode.HALF_UP));
    assertEquals("scale", none.field());
    assertEquals("0", none.rejectedValue());
  }
}
