package org.okrkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.RolledUpPlan;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.scoring.ObjectiveScore;

/**
 * The floor and the peers compute what okrkit computes, so the benchmarks compare equal work.
 */
class FloorPlanTest {

  private static final double TOLERANCE = 1e-9;
  private static final Period YEAR = Period.calendarYear(2026);
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

  @Test
  void rollUp_matchesOkrkitOnAWorkload() {
    Fixture fixture = Fixture.of(Workload.generate(1_500));
    RolledUpPlan okrkit = fixture.rolledUp();
    FloorPlan floor = fixture.floor();
    double[] progress = floor.validateAndRollUp();
    List<Objective> objectives = fixture.plan().objectives();
    int withChildren = 0;
    for (int o = 0; o < objectives.size(); o++) {
      double expected = okrkit.progress(objectives.get(o).id())
          .map(BigDecimal::doubleValue).orElse(Double.NaN);
      assertEquals(expected, progress[o], TOLERANCE, objectives.get(o).id()::toString);
      withChildren += floor.incomingStart[o + 1] > floor.incomingStart[o] ? 1 : 0;
    }
    // The comparison means something only if children change parents' progress.
    assertTrue(withChildren > objectives.size() / 10, "objectives with children: " + withChildren);
  }

  @Test
  void scoreAll_matchesOkrkitsScorer() {
    Fixture fixture = Fixture.of(Workload.generate(800));
    double[] scores = fixture.floor().scoreAll();
    List<Objective> objectives = fixture.plan().objectives();
    for (int o = 0; o < objectives.size(); o++) {
      ObjectiveScore score = fixture.scorer().score(objectives.get(o), fixture.workload().asOf());
      double expected = score.score()
          .map(own -> own.exact().round(20, RoundingMode.HALF_EVEN).doubleValue())
          .orElse(Double.NaN);
      assertEquals(expected, scores[o], TOLERANCE, objectives.get(o).id()::toString);
    }
  }

  @Test
  void peers_rollUpAsTheFloorDoes() {
    Fixture fixture = Fixture.of(Workload.generate(1_000));
    double[] floor = fixture.floor().validateAndRollUp();
    assertArrayEquals(floor,
        PeerGraphs.validateAndRollUp(fixture.plan(), fixture.guava(), fixture.floor()), TOLERANCE);
    assertArrayEquals(floor,
        PeerGraphs.validateAndRollUp(fixture.plan(), fixture.jgrapht(), fixture.floor()), TOLERANCE);
    assertFalse(PeerGraphs.hasCycle(fixture.guava()));
    assertFalse(PeerGraphs.hasCycle(fixture.jgrapht()));
    assertEquals(1_000, PeerGraphs.topologicalOrder(fixture.jgrapht()));
  }

  @Test
  void rollUp_handExample() {
    // Parent: one key result from 0 to 10 at 5, so 0.5. Child: one from 0 to 4 at 3, so 0.75,
    // aligned to the whole parent with weight 1. Half own, half children:
    // child 0.75 (no children); parent 0.5 × 0.5 + 0.75 × 0.5 = 0.625.
    Objective parent = objective("parent", Level.COMPANY, 10, 5);
    Objective child = objective(draft("child", Level.DEPARTMENT, 4)
        .addAlignment(Alignment.toObjective(ObjectiveId.of("parent"), BigDecimal.ONE)), 3);
    Plan plan = Plan.of(List.of(parent, child));
    FloorPlan floor = FloorPlan.of(plan, AS_OF, 0.5);
    double[] progress = floor.validateAndRollUp();
    assertEquals(0.625, progress[0], TOLERANCE);
    assertEquals(0.75, progress[1], TOLERANCE);
    assertArrayEquals(new double[] {0.5, 0.75}, floor.scoreAll(), TOLERANCE);
    assertEquals(new BigDecimal("0.625"), Fixture.of(new Workload(plan, AS_OF, 1))
        .rolledUp().progress(ObjectiveId.of("parent")).orElseThrow().stripTrailingZeros());
  }

  @Test
  void rollUpOrder_findsACycle() {
    // a -> b -> a: each aligns to the other.
    Objective a = objective(draft("a", Level.TEAM, 10)
        .addAlignment(Alignment.toObjective(ObjectiveId.of("b"), BigDecimal.ONE)), 5);
    Objective b = objective(draft("b", Level.TEAM, 10)
        .addAlignment(Alignment.toObjective(ObjectiveId.of("a"), BigDecimal.ONE)), 5);
    Plan plan = Plan.of(List.of(a, b));
    FloorPlan floor = FloorPlan.of(plan, AS_OF, 0.5);
    assertNull(floor.rollUpOrder());
    assertThrows(OkrException.class, floor::validateAndRollUp);
    assertTrue(PeerGraphs.hasCycle(PeerGraphs.guava(plan)));
    assertTrue(PeerGraphs.hasCycle(PeerGraphs.jgrapht(plan)));
    assertNotNull(FloorPlan.of(Plan.of(List.of(objective("c", Level.TEAM, 1, 1))), AS_OF, 0.5)
        .rollUpOrder());
  }

  @Test
  void hasDependencyCycle_findsOne() {
    Objective a = objective(draft("a", Level.TEAM, 10).addDependsOn(ObjectiveId.of("b")), 5);
    Objective b = objective(draft("b", Level.TEAM, 10).addDependsOn(ObjectiveId.of("a")), 5);
    assertTrue(FloorPlan.of(Plan.of(List.of(a, b)), AS_OF, 0.5).hasDependencyCycle());
    assertFalse(FloorPlan.of(Plan.of(List.of(a)), AS_OF, 0.5).hasDependencyCycle());
  }

  /** An active objective with one key result from 0 to a target, checked in once at a value. */
  private static Objective objective(String id, Level level, int target, int value) {
    return objective(draft(id, level, target), value);
  }

  /** A draft objective with one key result from 0 to a target; links are added while a draft. */
  private static Objective.Builder draft(String id, Level level, int target) {
    KeyResult keyResult = KeyResult.builder()
        .id(KeyResultId.of("kr-1"))
        .title("Key result of " + id)
        .owner(PersonId.of("owner"))
        .measure(Metric.of(BigDecimal.ZERO, BigDecimal.valueOf(target), "%"))
        .build();
    return Objective.builder()
        .id(ObjectiveId.of(id))
        .title("Objective " + id)
        .level(level)
        .owner(PersonId.of("owner"))
        .period(YEAR)
        .commitment(Commitment.COMMITTED)
        .addKeyResult(keyResult);
  }

  /** Builds a draft, activates it and checks its key result in once at a value. */
  private static Objective objective(Objective.Builder draft, int value) {
    return draft.build()
        .activate(YEAR.start())
        .checkIn(KeyResultId.of("kr-1"), CheckIn.of(LocalDate.of(2026, 6, 1),
            BigDecimal.valueOf(value)));
  }
}
