package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okrkit.core.OkrException;

/** A profile's cap may have as many decimal places as its rounding shows, and no more. */
class CapScaleRuleTest {

  @Test
  void aCapWithExactlyTheRoundingsPlaces_isAccepted() {
    // 1.2345 has 4 places, the standard rounding's scale
    ScoringProfile profile = ScoringProfile.builder().name("four-places")
        .cap(ScoreCap.of(new BigDecimal("1.2345"))).build();
    assertEquals(new BigDecimal("1.2345"), profile.cap().limit().orElseThrow());
  }

  @Test
  void aCapWithOneMorePlace_isRejected() {
    OkrException rejected = assertThrows(OkrException.class, () -> ScoringProfile.builder()
        .name("five-places").cap(ScoreCap.of(new BigDecimal("1.23456"))).build());
    assertEquals("cap", rejected.field());
    assertEquals("1.23456", rejected.rejectedValue());
  }
}
