package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Whether a KPI reading meets its health target, for every kind, on and beside each edge. */
class HealthTargetJudgementTest {

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  @Test
  void atOrAbove_andIncreaseTo_areMetFromTheLevelUp() {
    for (HealthTarget target : new HealthTarget[] {
        HealthTarget.stayAtOrAbove(dec("95")), HealthTarget.increaseTo(dec("95"))}) {
      assertFalse(target.isMetBy(dec("94.99")), target.toString());
      assertTrue(target.isMetBy(dec("95")), target.toString());
      assertTrue(target.isMetBy(dec("95.01")), target.toString());
    }
  }

  @Test
  void atOrBelow_andDecreaseTo_areMetFromTheLevelDown() {
    for (HealthTarget target : new HealthTarget[] {
        HealthTarget.stayAtOrBelow(dec("2")), HealthTarget.decreaseTo(dec("2"))}) {
      assertTrue(target.isMetBy(dec("1.99")), target.toString());
      assertTrue(target.isMetBy(dec("2")), target.toString());
      assertFalse(target.isMetBy(dec("2.01")), target.toString());
    }
  }

  @Test
  void aBand_isMetFromItsLowerToItsUpperEnd_bothIncluded() {
    HealthTarget band = HealthTarget.stayWithin(dec("10"), dec("20"));
    assertFalse(band.isMetBy(dec("9.9")));
    assertTrue(band.isMetBy(dec("10")));
    assertTrue(band.isMetBy(dec("15")));
    assertTrue(band.isMetBy(dec("20")));
    assertFalse(band.isMetBy(dec("20.1")));
  }

  @Test
  void aBandWithoutRoom_isRejected_andToStringShowsBothEnds() {
    OkrException empty = assertThrows(OkrException.class,
        () -> HealthTarget.stayWithin(dec("20"), dec("20")));
    assertEquals("upper", empty.field());
    assertEquals("20", empty.rejectedValue());
    assertEquals("STAY_WITHIN_BAND 10..20.5",
        HealthTarget.stayWithin(dec("10"), dec("20.5")).toString());
    assertEquals("STAY_AT_OR_ABOVE 95", HealthTarget.stayAtOrAbove(dec("95")).toString());
  }

  @Test
  void targetsOutsideTheFactories_areCheckedToo() {
    // ImmutableHealthTarget.of is reachable inside the package only; its check still holds
    OkrException bandWithoutUpper = assertThrows(OkrException.class, () -> ImmutableHealthTarget
        .of(HealthTarget.Kind.STAY_WITHIN_BAND, dec("10"), java.util.Optional.empty()));
    assertEquals("upper", bandWithoutUpper.field());
    assertEquals("empty", bandWithoutUpper.rejectedValue());
    OkrException levelWithUpper = assertThrows(OkrException.class, () -> ImmutableHealthTarget
        .of(HealthTarget.Kind.INCREASE_TO, dec("10"), java.util.Optional.of(dec("20"))));
    assertEquals("upper", levelWithUpper.field());
    assertEquals("20", levelWithUpper.rejectedValue());
    assertTrue(levelWithUpper.getMessage().contains("not INCREASE_TO"), levelWithUpper.getMessage());
  }
}
