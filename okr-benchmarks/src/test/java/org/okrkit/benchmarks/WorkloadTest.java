package org.okrkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentIndex;
import org.okrkit.alignment.AlignmentValidator;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.PeriodKind;
import org.okrkit.core.Status;

/** The workloads have the shape the issue asks for, and are the same every run. */
class WorkloadTest {

  private static final Workload WORKLOAD = Workload.generate(2_000);

  @Test
  void generate_isReproducible() {
    assertEquals(WORKLOAD.plan(), Workload.generate(2_000).plan());
    assertEquals(WORKLOAD.checkInTarget(), Workload.generate(2_000).checkInTarget());
  }

  @Test
  void generate_fiveMetricKeyResultsWithHistories() {
    int withHistory = 0;
    int active = 0;
    for (Objective objective : WORKLOAD.plan().objectives()) {
      assertEquals(Workload.KEY_RESULTS, objective.keyResults().size());
      for (KeyResult keyResult : objective.keyResults()) {
        assertTrue(keyResult.measure() instanceof Metric, keyResult::toString);
        assertTrue(keyResult.checkIns().size() <= Workload.CHECK_INS);
        if (objective.status() == Status.DRAFT) {
          assertEquals(0, keyResult.checkIns().size());
        }
      }
      if (objective.status() == Status.ACTIVE) {
        active++;
        withHistory += objective.keyResults().get(0).checkIns().size() == Workload.CHECK_INS ? 1 : 0;
      }
    }
    // Active objectives have a window of a quarter or a year: all of them get three check-ins.
    assertEquals(active, withHistory);
    assertTrue(active > 0);
  }

  @Test
  void generate_fourLevelsBothPeriodsAndSomeMultiParents() {
    Set<Level> levels = EnumSet.noneOf(Level.class);
    Set<PeriodKind> kinds = EnumSet.noneOf(PeriodKind.class);
    int multiParent = 0;
    int belowCompany = 0;
    for (Objective objective : WORKLOAD.plan().objectives()) {
      levels.add(objective.level());
      kinds.add(objective.period().kind());
      if (objective.level() != Level.COMPANY) {
        belowCompany++;
        multiParent += objective.alignments().size() > 1 ? 1 : 0;
      }
    }
    assertEquals(EnumSet.allOf(Level.class), levels);
    assertEquals(2, kinds.size(), kinds::toString);
    // The spec's share is 10 % of those with a fitting second parent, so at most about 10 %.
    double share = (double) multiParent / belowCompany;
    assertTrue(share > 0.03 && share < 0.12, "share " + share);
  }

  @Test
  void generate_validSoValidationPlusRollUpNeverThrows() {
    assertTrue(AlignmentValidator.standard().validate(AlignmentIndex.of(WORKLOAD.plan()))
        .isValid());
  }

  @Test
  void checkedIn_addsOneCheckInToAnActiveLeaf() {
    Objective before = WORKLOAD.plan().objectives().get(WORKLOAD.checkInTarget());
    Objective after = WORKLOAD.checkedIn(new BigDecimal("42.5"));
    assertEquals(Status.ACTIVE, before.status());
    assertEquals(Level.INDIVIDUAL, before.level());
    KeyResultId first = KeyResultId.of("kr-1");
    assertEquals(before.keyResult(first).checkIns().size() + 1,
        after.keyResult(first).checkIns().size());
    assertNotEquals(before, after);
  }
}
