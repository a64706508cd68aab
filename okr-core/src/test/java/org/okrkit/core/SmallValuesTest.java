package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Levels, confidence levels, id order, alignment links and the accessors of okr-core's exceptions. */
class SmallValuesTest {

  @Test
  void levels_areOrderedFromCompanyDown_strictly() {
    assertTrue(Level.COMPANY.isAbove(Level.TEAM));
    assertFalse(Level.TEAM.isAbove(Level.COMPANY));
    assertFalse(Level.TEAM.isAbove(Level.TEAM));
  }

  @Test
  void confidenceLevels_giveTheirRepresentativeValues_andCompareByValue() {
    assertSame(Confidence.LOW, Confidence.of(ConfidenceLevel.LOW));
    assertSame(Confidence.MEDIUM, Confidence.of(ConfidenceLevel.MEDIUM));
    assertSame(Confidence.HIGH, Confidence.of(ConfidenceLevel.HIGH));
    // 0.2 < 0.55 < 0.85
    assertTrue(Confidence.LOW.compareTo(Confidence.MEDIUM) < 0);
    assertTrue(Confidence.HIGH.compareTo(Confidence.MEDIUM) > 0);
    assertEquals(0, Confidence.of(new BigDecimal("0.5")).compareTo(Confidence.of(0.5)));
    assertEquals("0.55", Confidence.MEDIUM.toString());
  }

  @Test
  void exceptions_carryWhatTheyName() {
    KeyResultId revenue = KeyResultId.of("revenue");
    KpiId sales = KpiId.of("sales");
    UnitMismatchException mismatch = new UnitMismatchException(revenue, "EUR", sales, "USD");
    assertEquals(revenue, mismatch.keyResultId());
    assertEquals("EUR", mismatch.measureUnit());
    assertEquals(sales, mismatch.kpiId());
    assertEquals("USD", mismatch.kpiUnit());
    UnknownKpiException unknownKpi = new UnknownKpiException(sales, revenue);
    assertEquals(sales, unknownKpi.kpiId());
    assertEquals(revenue, unknownKpi.keyResultId());
    ObjectiveId grow = ObjectiveId.of("grow");
    UnknownKeyResultException unknownKeyResult = new UnknownKeyResultException(grow, revenue);
    assertEquals(grow, unknownKeyResult.objectiveId());
    assertEquals(revenue, unknownKeyResult.keyResultId());
  }

  @Test
  void ids_orderByTheirText() {
    assertTrue(KpiId.of("churn").compareTo(KpiId.of("leads")) < 0);
    assertTrue(KpiId.of("leads").compareTo(KpiId.of("churn")) > 0);
    assertEquals(0, KpiId.of("leads").compareTo(KpiId.of("leads")));
    assertTrue(KeyResultId.of("kr-1").compareTo(KeyResultId.of("kr-2")) < 0);
    assertTrue(KeyResultId.of("kr-2").compareTo(KeyResultId.of("kr-1")) > 0);
    assertTrue(OrgUnitId.of("sales").compareTo(OrgUnitId.of("company")) > 0);
    assertTrue(OrgUnitId.of("company").compareTo(OrgUnitId.of("sales")) < 0);
  }

  @Test
  void alignment_knowsWhetherItPointsAtAKeyResult() {
    ObjectiveId sales = ObjectiveId.of("sales-2026");
    assertFalse(Alignment.toObjective(sales).isToKeyResult());
    assertTrue(Alignment.toKeyResult(sales, KeyResultId.of("kr-2")).isToKeyResult());
  }
}
