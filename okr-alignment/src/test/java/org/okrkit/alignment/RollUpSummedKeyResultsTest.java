package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.alignment.RollUpFixtures.END;
import static org.okrkit.alignment.RollUpFixtures.dec;
import static org.okrkit.alignment.RollUpFixtures.id;
import static org.okrkit.alignment.RollUpFixtures.kr;
import static org.okrkit.alignment.RollUpFixtures.objective;
import static org.okrkit.alignment.RollUpFixtures.toKr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Milestone;
import org.okrkit.core.OkrException;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/**
 * Summed key results (Quantive's cascaded key results): which values a child gives, where the
 * summed key result sits, and the dates a sum is scored on.
 */
class RollUpSummedKeyResultsTest {

  private static final Scorer QUANTIVE = Scorer.of(ScoringProfile.quantive());

  private static RolledUpPlan summing(Plan plan, LocalDate asOf) {
    return RollUp.of(AlignmentIndex.of(plan), QUANTIVE, asOf, RollUpPolicy.summing());
  }

  private static RolledUpKeyResult keyResult(RolledUpPlan rolled, String objective, int i) {
    return rolled.objective(id(objective)).keyResults().get(i);
  }

  /** parent p1 deals 0 → 3, not checked in; a (a1 at 1 deal) and b (b1 at 3) aligned to it. */
  private static Plan deals() {
    return Plan.of(List.of(
        objective("parent", Level.COMPANY, List.of(kr("p1", "0", "3", "deals", null))),
        objective("a", Level.DEPARTMENT, List.of(kr("a1", "0", "2", "deals", "1")),
            toKr("parent", "p1", "0.5")),
        objective("b", Level.DEPARTMENT, List.of(kr("b1", "0", "5", "deals", "3")),
            toKr("parent", "p1", "0.5"))));
  }

  @Test
  void aSummedKeyResultAfterOthersInThePlan_findsItsOwnMeasure() {
    // "first" holds key results 0 and 1 of the plan, so parent's p0 and p1 are its 2 and 3
    Plan plan = Plan.of(List.of(
        objective("first", Level.COMPANY, List.of(kr("f1", "1"), kr("f2", "2"))),
        objective("parent", Level.COMPANY,
            List.of(kr("p0", "0", "10", "calls", "5"), kr("p1", "0", "3", "deals", null))),
        objective("a", Level.DEPARTMENT, List.of(kr("a1", "0", "2", "deals", "1")),
            toKr("parent", "p1", "0.5")),
        objective("b", Level.DEPARTMENT, List.of(kr("b1", "0", "5", "deals", "3")),
            toKr("parent", "p1", "0.5"))));
    RolledUpPlan rolled = summing(plan, END);
    // p1: 1 + 3 = 4 deals against 0 → 3: 4/3; p0 keeps its own 5/10 = 1/2
    assertEquals(Optional.of(dec("4")), keyResult(rolled, "parent", 1).summedValue());
    assertEquals(Optional.empty(), keyResult(rolled, "parent", 0).summedValue());
    // weighted mean (1/2 + 4/3) / 2 = (3/6 + 8/6) / 2 = 11/12 = 0.91666... → 0.9167
    assertEquals(dec("0.9167"),
        rolled.objective(id("parent")).score().orElseThrow().value());
  }

  @Test
  void aSummedKeyResultThatIsNotAMetric_isRefused() {
    KeyResult milestone = KeyResult.builder().id(KeyResultId.of("p1")).title("launch")
        .owner(PersonId.of("ada")).measure(Milestone.of()).build();
    Plan plan = Plan.of(List.of(
        objective("parent", Level.COMPANY, List.of(milestone)),
        objective("a", Level.DEPARTMENT, List.of(kr("a1", "0", "2", "deals", "1")),
            toKr("parent", "p1", "1"))));
    OkrException e = assertThrows(OkrException.class, () -> summing(plan, END));
    assertEquals("keyResult", e.field());
    assertEquals("parent/p1", e.rejectedValue());
    assertTrue(e.rule().startsWith("is summed from its children but its measure is a "),
        e.rule());
    assertTrue(e.rule().endsWith("only a metric can be summed: override the objective's policy"
        + " or change the measure"), e.rule());
  }

  @Test
  void aChildThatSumsItself_givesItsSumNotItsOwnValue() {
    // grand g1 deals 0 → 10 <- middle m1 deals 0 → 5 (not checked in) <- a (1) and b (3)
    Plan plan = Plan.of(List.of(
        objective("grand", Level.COMPANY, List.of(kr("g1", "0", "10", "deals", null))),
        objective("middle", Level.DEPARTMENT, List.of(kr("m1", "0", "5", "deals", null)),
            toKr("grand", "g1", "1")),
        objective("a", Level.TEAM, List.of(kr("a1", "0", "2", "deals", "1")),
            toKr("middle", "m1", "1")),
        objective("b", Level.TEAM, List.of(kr("b1", "0", "5", "deals", "3")),
            toKr("middle", "m1", "1"))));
    RolledUpPlan rolled = summing(plan, END);
    // middle sums 1 + 3 = 4 and gives grand that 4, not its own start 0: 4 / 10 = 0.4
    assertEquals(Optional.of(dec("4")), keyResult(rolled, "middle", 0).summedValue());
    assertEquals(Optional.of(dec("4")), keyResult(rolled, "grand", 0).summedValue());
    assertEquals(dec("0.4"), rolled.objective(id("grand")).score().orElseThrow().value());
  }

  @Test
  void aValueBehindItsStart_isClampedAtTheStart_goingUp() {
    // a1 deals 10 → 20 checked in at 5, behind its start: it gives 10; b gives 3: 13
    Plan plan = Plan.of(List.of(
        objective("parent", Level.COMPANY, List.of(kr("p1", "0", "26", "deals", null))),
        objective("a", Level.DEPARTMENT, List.of(kr("a1", "10", "20", "deals", "5")),
            toKr("parent", "p1", "1")),
        objective("b", Level.DEPARTMENT, List.of(kr("b1", "0", "5", "deals", "3")),
            toKr("parent", "p1", "1"))));
    RolledUpPlan rolled = summing(plan, END);
    assertEquals(Optional.of(dec("13")), keyResult(rolled, "parent", 0).summedValue());
    // 13 / 26 = 0.5
    assertEquals(Optional.of(dec("0.5")), rolled.progress(id("parent")));
  }

  @Test
  void aValueBehindItsStart_isClampedAtTheStart_goingDown() {
    // incidents 20 → 5 (fewer is better): a1 at 25 is behind its start and gives 20; b1 gives 3
    Plan plan = Plan.of(List.of(
        objective("parent", Level.COMPANY, List.of(kr("p1", "40", "0", "incidents", null))),
        objective("a", Level.DEPARTMENT, List.of(kr("a1", "20", "5", "incidents", "25")),
            toKr("parent", "p1", "1")),
        objective("b", Level.DEPARTMENT, List.of(kr("b1", "20", "5", "incidents", "3")),
            toKr("parent", "p1", "1"))));
    RolledUpPlan rolled = summing(plan, END);
    assertEquals(Optional.of(dec("23")), keyResult(rolled, "parent", 0).summedValue());
    // 23 against 40 → 0: (40 - 23) / 40 = 17/40 = 0.425
    assertEquals(Optional.of(dec("0.425")), rolled.progress(id("parent")));
  }

  @Test
  void afterThePeriod_theSumIsScoredOnTheLastCheckInDate() {
    // long after the quarter (and its closing grace) the sum 1 + 3 = 4 still scores 4/3
    RolledUpPlan rolled = summing(deals(), LocalDate.of(2026, 9, 30));
    assertEquals(Optional.of(dec("4")), keyResult(rolled, "parent", 0).summedValue());
    assertEquals(dec("1.3333"), keyResult(rolled, "parent", 0).score().orElseThrow().value());
  }

  @Test
  void beforeThePeriod_nothingIsSummed() {
    RolledUpPlan rolled = summing(deals(), LocalDate.of(2025, 12, 15));
    RolledUpKeyResult p1 = keyResult(rolled, "parent", 0);
    assertEquals(Optional.empty(), p1.summedValue());
    assertEquals(2, p1.children());
    assertEquals(Optional.empty(), p1.score());
  }
}
