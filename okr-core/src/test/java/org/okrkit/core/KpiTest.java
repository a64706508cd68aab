package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.core.Samples.ADA;
import static org.okrkit.core.Samples.dec;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KpiTest {

  private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);
  private static final LocalDate FEB_28 = LocalDate.of(2026, 2, 28);
  private static final LocalDate APR_30 = LocalDate.of(2026, 4, 30);

  private static Kpi leads() {
    return Kpi.builder()
        .id(KpiId.of("leads"))
        .name("Qualified leads")
        .unit("leads")
        .owner(ADA)
        .healthTarget(HealthTarget.stayAtOrAbove(dec("300")))
        .build();
  }

  @Test
  void readings_areKeptInDateOrder() {
    Kpi kpi = leads()
        .withReading(KpiReading.of(FEB_28, 310))
        .withReading(KpiReading.of(JAN_31, dec("290")))
        .withReading(KpiReading.of(APR_30, 330));
    assertEquals(List.of(JAN_31, FEB_28, APR_30),
        kpi.readings().stream().map(KpiReading::date).collect(ImmutableList.toImmutableList()));
    assertEquals(2, kpi.readingsWithin(Period.calendarQuarter(2026, 1)).size());
    assertEquals(Optional.of(KpiReading.of(FEB_28, 310)), kpi.readingAsOf(LocalDate.of(2026, 3, 1)));
    assertEquals(Optional.empty(), kpi.readingAsOf(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void readings_oneADate() {
    Kpi kpi = leads().withReading(KpiReading.of(JAN_31, 290));
    OkrException e =
        assertThrows(OkrException.class, () -> kpi.withReading(KpiReading.of(JAN_31, 295)));
    assertEquals("readings", e.field());
    assertEquals(1, kpi.readings().size());
    assertThrows(OkrException.class, () -> KpiReading.of(JAN_31, Double.NaN));
  }

  @Test
  void healthTarget_kinds() {
    assertEquals(HealthTarget.Kind.STAY_WITHIN_BAND,
        HealthTarget.stayWithin(dec("1"), dec("2")).kind());
    assertEquals(Optional.of(dec("2")), HealthTarget.stayWithin(dec("1"), dec("2.0")).upper());
    assertEquals(Optional.empty(), HealthTarget.increaseTo(dec("5")).upper());
    OkrException e = assertThrows(OkrException.class,
        () -> HealthTarget.stayWithin(dec("2"), dec("2")));
    assertEquals("upper", e.field());
    new EqualsTester()
        .addEqualityGroup(HealthTarget.increaseTo(dec("5")), HealthTarget.increaseTo(dec("5.0")))
        .addEqualityGroup(HealthTarget.stayAtOrAbove(dec("5")))
        .addEqualityGroup(HealthTarget.stayAtOrBelow(dec("5")))
        .addEqualityGroup(HealthTarget.decreaseTo(dec("5")))
        .testEquals();
  }

  @Test
  void readings_equalByDateAndValue() {
    new EqualsTester()
        .addEqualityGroup(KpiReading.of(JAN_31, dec("290")), KpiReading.of(JAN_31, 290.0))
        .addEqualityGroup(KpiReading.of(FEB_28, dec("290")))
        .addEqualityGroup(KpiReading.of(JAN_31, dec("291")))
        .testEquals();
  }

  @Test
  void builder_rejectsBlankTexts() {
    assertEquals("unit", assertThrows(OkrException.class,
        () -> Kpi.builder().from(leads()).unit("").build()).field());
    assertEquals("name", assertThrows(OkrException.class,
        () -> Kpi.builder().from(leads()).name("\u0007").build()).field());
  }
}
