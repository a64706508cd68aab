package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.okrkit.core.OkrException;

/** {@link Fraction#round} takes 0 to {@value Fraction#MAX_ROUNDING_SCALE} places, ends included. */
class FractionRoundScaleRangeTest {

  private static final Fraction ONE_THIRD = Fraction.of(1, 3);

  @Test
  void bothEnds_areAccepted() {
    assertEquals(BigDecimal.ZERO, ONE_THIRD.round(0, RoundingMode.HALF_EVEN));
    // 1/3 at 100 places: "0." followed by a hundred 3s, scale exactly 100
    BigDecimal hundredPlaces = ONE_THIRD.round(Fraction.MAX_ROUNDING_SCALE, RoundingMode.DOWN);
    assertEquals(new BigDecimal("0." + "3".repeat(100)), hundredPlaces);
  }

  @Test
  void oneBeyondEitherEnd_isRejectedNamingTheScale() {
    OkrException negative =
        assertThrows(OkrException.class, () -> ONE_THIRD.round(-1, RoundingMode.HALF_EVEN));
    assertEquals("scale", negative.field());
    assertEquals("-1", negative.rejectedValue());
    OkrException tooFine =
        assertThrows(OkrException.class, () -> ONE_THIRD.round(101, RoundingMode.HALF_EVEN));
    assertEquals("scale", tooFine.field());
    assertEquals("101", tooFine.rejectedValue());
  }
}
