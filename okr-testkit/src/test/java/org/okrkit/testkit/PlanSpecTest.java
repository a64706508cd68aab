package org.okrkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.okrkit.core.OkrException;

class PlanSpecTest {

  @Test
  void of_hasTheDocumentedDefaults() {
    PlanSpec spec = PlanSpec.of(500);
    assertEquals(500, spec.objectives());
    assertEquals(4, spec.depth());
    assertEquals(4, spec.fanOut());
    assertEquals(0.2, spec.multiParentShare());
    assertEquals(0.2, spec.dependencyShare());
    assertEquals(0.5, spec.latestPeerShare());
    assertEquals("PlanSpec[objectives=500, depth=4, fanOut=4, multiParentShare=0.2, "
        + "dependencyShare=0.2, latestPeerShare=0.5]", spec.toString());
  }

  @Test
  void withers_changeOneValue_andReturnThisWhenUnchanged() {
    PlanSpec spec = PlanSpec.of(10);
    assertEquals(20, spec.withObjectives(20).objectives());
    assertEquals(2, spec.withDepth(2).depth());
    assertEquals(7, spec.withFanOut(7).fanOut());
    assertEquals(0.5, spec.withMultiParentShare(0.5).multiParentShare());
    assertEquals(1.0, spec.withDependencyShare(1).dependencyShare());
    assertEquals(0.0, spec.withLatestPeerShare(0).latestPeerShare());
    assertSame(spec, spec.withObjectives(10).withDepth(4).withFanOut(4)
        .withMultiParentShare(0.2).withDependencyShare(0.2).withLatestPeerShare(0.5));
  }

  @Test
  void outOfRangeValues_areRejectedNamingFieldAndValue() {
    PlanSpec spec = PlanSpec.of(10);
    assertRejected("objectives", "0", () -> PlanSpec.of(0));
    assertRejected("objectives", "1000001", () -> PlanSpec.of(1_000_001));
    assertRejected("depth", "0", () -> spec.withDepth(0));
    assertRejected("depth", "5", () -> spec.withDepth(5));
    assertRejected("fanOut", "0", () -> spec.withFanOut(0));
    assertRejected("fanOut", "1001", () -> spec.withFanOut(1001));
    assertRejected("multiParentShare", "-0.1", () -> spec.withMultiParentShare(-0.1));
    assertRejected("multiParentShare", "NaN", () -> spec.withMultiParentShare(Double.NaN));
    assertRejected("dependencyShare", "1.5", () -> spec.withDependencyShare(1.5));
    assertRejected("latestPeerShare", "-1.0", () -> spec.withLatestPeerShare(-1));
  }

  private static void assertRejected(String field, String value, Runnable call) {
    OkrException thrown = assertThrows(OkrException.class, call::run);
    assertEquals(field, thrown.field());
    assertEquals(value, thrown.rejectedValue());
  }

  @Test
  void equality_coversEveryValue() {
    PlanSpec spec = PlanSpec.of(10);
    new EqualsTester()
        .addEqualityGroup(spec, PlanSpec.of(10), PlanSpec.of(11).withObjectives(10))
        .addEqualityGroup(spec.withObjectives(11))
        .addEqualityGroup(spec.withDepth(3))
        .addEqualityGroup(spec.withFanOut(3))
        .addEqualityGroup(spec.withMultiParentShare(0.3))
        .addEqualityGroup(spec.withDependencyShare(0.3))
        .addEqualityGroup(spec.withLatestPeerShare(0.3))
        .testEquals();
  }
}
