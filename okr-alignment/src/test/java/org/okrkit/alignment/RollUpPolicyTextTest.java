package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okrkit.core.OkrException;

/** A policy's text, as documented on {@link RollUpPolicy#toString()}, and its refusals. */
class RollUpPolicyTextTest {

  @Test
  void toString_namesTheShareAndSumming() {
    assertEquals("own only", RollUpPolicy.ownOnly().toString());
    assertEquals("children only", RollUpPolicy.childrenOnly().toString());
    assertEquals("children only, summing key results", RollUpPolicy.summing().toString());
    assertEquals("blended 0.25", RollUpPolicy.blended(new BigDecimal("0.25")).toString());
  }

  @Test
  void ownOnly_cannotSum_andSaysWhy() {
    OkrException e = assertThrows(OkrException.class,
        () -> RollUpPolicy.ownOnly().withSummedKeyResults());
    assertEquals("childrenShare", e.field());
    assertEquals("0", e.rejectedValue());
    assertEquals("an own-only policy takes nothing from children, so it cannot sum their values;"
        + " use summing() or a blend with a positive share", e.rule());
  }

  @Test
  void aSummingPolicyWithShareZero_isRefusedByTheValueCheck() {
    // Unreachable through the public factories, which refuse first; the value type still guards it.
    OkrException e = assertThrows(OkrException.class,
        () -> ImmutableRollUpPolicy.of(BigDecimal.ZERO, true));
    assertEquals("childrenShare", e.field());
    assertEquals("a summing policy must take from children", e.rule());
  }
}
