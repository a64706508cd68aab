package org.okrkit.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.okrkit.alignment.RolledUpPlan;
import org.okrkit.core.Objective;
import org.okrkit.core.Plan;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Scorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring beside the {@code double}-array loop: the full scorecard, reading every explanation, and
 * one check-in re-scored in the plan and its roll-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScoringBenchmarks {

  /** The value the check-in benchmarks record. */
  private static final BigDecimal CHECKED_IN = new BigDecimal("42.5");

  /** The number of objectives of the workload. */
  @Param({"10000"})
  public int objectives;

  private Fixture fixture;
  private Plan plan;
  private Scorer scorer;
  private LocalDate asOf;

  /** Builds (or takes the shared) workload and its roll-up, outside the timing. */
  @Setup(Level.Trial)
  public void setUp() {
    fixture = Fixture.of(objectives);
    fixture.releasePeerGraphs(); // the alignment benchmarks, which use them, run first
    plan = fixture.plan();
    scorer = fixture.scorer();
    asOf = fixture.workload().asOf();
    fixture.floor();
    fixture.rolledUp();
  }

  /** okrkit: every key result and objective scored by the {@code Scorer}. @param sink sink */
  @Benchmark
  public void scorecardOkrkit(Blackhole sink) {
    for (Objective objective : plan.objectives()) {
      sink.consume(scorer.score(objective, asOf));
    }
  }

  /** Floor: the plain loop over {@code double} arrays. @return each objective's score */
  @Benchmark
  public double[] scorecardFloor() {
    return fixture.floor().scoreAll();
  }

  /** okrkit: the scorecard, and every objective's and key result's explanation read as text. */
  @Benchmark
  public void explanationsOkrkit(Blackhole sink) {
    for (Objective objective : plan.objectives()) {
      ObjectiveScore score = scorer.score(objective, asOf);
      sink.consume(score.explanation().toString());
      for (KeyResultScore keyResult : score.keyResults()) {
        sink.consume(keyResult.explanation().toString());
      }
    }
  }

  /**
   * okrkit: one check-in of a leaf objective, then the plan and the roll-up with its new version
   * (the objective re-scored, its ancestors re-rolled).
   */
  @Benchmark
  public void checkInOkrkit(Blackhole sink) {
    Objective changed = fixture.workload().checkedIn(CHECKED_IN);
    sink.consume(plan.with(changed));
    sink.consume(fixture.rolledUp().withObjective(changed));
  }

  /** okrkit: one check-in and the roll-up's update alone. @return the new roll-up */
  @Benchmark
  public RolledUpPlan checkInRollUpOkrkit() {
    return fixture.rolledUp().withObjective(fixture.workload().checkedIn(CHECKED_IN));
  }

  /** okrkit: one check-in and {@code Plan.with} alone. @return the new plan */
  @Benchmark
  public Plan checkInPlanOkrkit() {
    return plan.with(fixture.workload().checkedIn(CHECKED_IN));
  }
}
