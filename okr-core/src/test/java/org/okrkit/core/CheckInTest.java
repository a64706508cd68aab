package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.core.Samples.FEB_1;
import static org.okrkit.core.Samples.dec;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckInTest {

  @Test
  void confidence_mapsToTheLowMediumHighScale() {
    assertEquals(ConfidenceLevel.LOW, Confidence.of(0).level());
    assertEquals(ConfidenceLevel.LOW, Confidence.of(0.39).level());
    assertEquals(ConfidenceLevel.MEDIUM, Confidence.of(0.4).level());
    assertEquals(ConfidenceLevel.MEDIUM, Confidence.of(0.7).level());
    assertEquals(ConfidenceLevel.HIGH, Confidence.of(0.71).level());
    assertEquals(ConfidenceLevel.HIGH, Confidence.of(1).level());
    assertEquals(ConfidenceLevel.LOW, Confidence.LOW.level());
    assertEquals(ConfidenceLevel.MEDIUM, Confidence.MEDIUM.level());
    assertEquals(ConfidenceLevel.HIGH, Confidence.HIGH.level());
    assertSame(Confidence.MEDIUM, Confidence.of(ConfidenceLevel.MEDIUM));
    assertEquals(dec("0.55"), Confidence.MEDIUM.value());
  }

  @Test
  void confidence_rejectsValuesOutsideZeroToOne() {
    OkrException e = assertThrows(OkrException.class, () -> Confidence.of(dec("1.01")));
    assertEquals("confidence", e.field());
    assertEquals("1.01", e.rejectedValue());
    assertThrows(OkrException.class, () -> Confidence.of(-0.1));
    assertThrows(OkrException.class, () -> Confidence.of(Double.NaN));
  }

  @Test
  void checkInValue_factories() {
    assertEquals(dec("2.5"), CheckInValue.of(dec("2.50")).value());
    assertEquals(CheckInValue.of(2.5), CheckInValue.of(dec("2.500")));
    assertThrows(OkrException.class, () -> CheckInValue.of(Double.POSITIVE_INFINITY));
    assertEquals(true, CheckInValue.done().done());
    assertEquals(false, CheckInValue.notDone().done());
    assertThrows(OkrException.class, () -> CheckInValue.itemsDone(List.of("")));
  }

  @Test
  void checkIn_builderAndNote() {
    CheckIn plain = CheckIn.of(FEB_1, dec("3"));
    assertEquals(Optional.empty(), plain.confidence());
    assertEquals(Optional.empty(), plain.note());
    assertThrows(OkrException.class,
        () -> CheckIn.builder().date(FEB_1).value(CheckInValue.done()).note(" ").build());
    assertThrows(IncompleteValueException.class, () -> CheckIn.builder().date(FEB_1).build());
  }

  @Test
  void equality_ofCheckInValues() {
    new EqualsTester()
        .addEqualityGroup(CheckIn.of(FEB_1, dec("3")), CheckIn.of(FEB_1, dec("3.0")))
        .addEqualityGroup(CheckIn.builder().date(FEB_1).value(CheckInValue.of(3))
            .confidence(Confidence.LOW).build())
        .addEqualityGroup(CheckIn.of(FEB_1, CheckInValue.done()))
        .addEqualityGroup(CheckInValue.itemsDone(List.of("a", "b")),
            CheckInValue.itemsDone(List.of("b", "a")))
        .addEqualityGroup(Confidence.of(0.5), Confidence.of(dec("0.50")))
        .addEqualityGroup(CheckInValue.of(dec("3")), CheckInValue.of(3.0))
        .addEqualityGroup(CheckInValue.of(dec("-3")))
        .addEqualityGroup(CheckInValue.done(), CheckInValue.done())
        .addEqualityGroup(CheckInValue.notDone())
        .addEqualityGroup(LifecycleEvent.closed(FEB_1, "done"))
        .addEqualityGroup(LifecycleEvent.cancelled(FEB_1, "done"))
        .addEqualityGroup(Adjustment.of(FEB_1, Milestone.of(), "why"))
        .testEquals();
  }
}
