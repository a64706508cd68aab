package org.okrkit.benchmarks;

import com.google.common.graph.MutableValueGraph;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.okrkit.alignment.AlignmentIndex;
import org.okrkit.alignment.RollUp;
import org.okrkit.alignment.RolledUpPlan;
import org.okrkit.alignment.ValidationReport;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole-plan operations of okr-alignment beside their baselines, on the same workload in the
 * same run: building the index, validation, cycle detection, roll-up, and validation plus roll-up.
 * Names end in the implementation: {@code Okrkit}, {@code Floor} (plain arrays, {@link FloorPlan}),
 * {@code Guava} or {@code Jgrapht} ({@link PeerGraphs}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AlignmentBenchmarks {

  /** The number of objectives of the workload. */
  @Param({"10000"})
  public int objectives;

  private Fixture fixture;

  /** Builds (or takes the shared) workload and everything read from it, outside the timing. */
  @Setup(Level.Trial)
  public void setUp() {
    fixture = Fixture.of(objectives);
    fixture.index();
    fixture.floor();
    fixture.guava();
    fixture.jgrapht();
  }

  // ---- building the graph from the plan ----

  /** okrkit: the alignment index of the immutable plan. @return the index */
  @Benchmark
  public AlignmentIndex buildOkrkit() {
    return AlignmentIndex.of(fixture.plan());
  }

  /** Floor: the plan laid out on arrays. @return the floor */
  @Benchmark
  public FloorPlan buildFloor() {
    return FloorPlan.of(fixture.plan(), fixture.workload().asOf(),
        Fixture.CHILDREN_SHARE.doubleValue());
  }

  /** Guava: a value graph of the alignment links. @return the graph */
  @Benchmark
  public MutableValueGraph<ObjectiveId, Integer> buildGuava() {
    return PeerGraphs.guava(fixture.plan());
  }

  /** JGraphT: a directed graph of the alignment links. @return the graph */
  @Benchmark
  public Graph<ObjectiveId, PeerGraphs.LinkEdge> buildJgrapht() {
    return PeerGraphs.jgrapht(fixture.plan());
  }

  // ---- validation ----

  /** okrkit: every built-in rule. @return the report */
  @Benchmark
  public ValidationReport validateOkrkit() {
    return fixture.validator().validate(fixture.index());
  }

  /** okrkit: the alignment-cycle rule alone. @return the report */
  @Benchmark
  public ValidationReport cyclesOkrkit() {
    return fixture.cycleValidator().validate(fixture.index());
  }

  /** Floor: an iterative depth-first search. @return the order, null on a cycle */
  @Benchmark
  public int[] cyclesFloor() {
    return fixture.floor().rollUpOrder();
  }

  /** Guava: {@code Graphs.hasCycle}. @return whether there is a cycle */
  @Benchmark
  public boolean cyclesGuava() {
    return PeerGraphs.hasCycle(fixture.guava());
  }

  /** JGraphT: {@code CycleDetector}. @return whether there is a cycle */
  @Benchmark
  public boolean cyclesJgrapht() {
    return PeerGraphs.hasCycle(fixture.jgrapht());
  }

  /** JGraphT: a full {@code TopologicalOrderIterator} walk. @return the objectives walked */
  @Benchmark
  public int topologicalJgrapht() {
    return PeerGraphs.topologicalOrder(fixture.jgrapht());
  }

  // ---- roll-up ----

  /** okrkit: the full roll-up, every objective scored. @return the roll-up */
  @Benchmark
  public RolledUpPlan rollUpOkrkit() {
    return RollUp.of(fixture.index(), fixture.scorer(), fixture.workload().asOf(),
        fixture.policy());
  }

  /** Floor: ordering and rolling up on arrays. @return each objective's progress */
  @Benchmark
  public double[] rollUpFloor() {
    FloorPlan floor = fixture.floor();
    return floor.rollUp(floor.rollUpOrder());
  }

  // ---- validation plus roll-up: the first target ----

  /** okrkit: every built-in rule, then the roll-up. @return the roll-up */
  @Benchmark
  public RolledUpPlan validateRollUpOkrkit() {
    ValidationReport report = fixture.validator().validate(fixture.index());
    if (!report.isValid()) {
      throw new OkrException("plan", report.errors().get(0).toString(), "is not valid");
    }
    return RollUp.of(fixture.index(), fixture.scorer(), fixture.workload().asOf(),
        fixture.policy());
  }

  /** Floor: both cycle searches, the link checks and the roll-up. @return the progress */
  @Benchmark
  public double[] validateRollUpFloor() {
    return fixture.floor().validateAndRollUp();
  }

  /** Guava: {@code Graphs.hasCycle}, then Kahn's order over the graph. @return the progress */
  @Benchmark
  public double[] validateRollUpGuava() {
    return PeerGraphs.validateAndRollUp(fixture.plan(), fixture.guava(), fixture.floor());
  }

  /** JGraphT: a {@code TopologicalOrderIterator} roll-up. @return the progress */
  @Benchmark
  public double[] validateRollUpJgrapht() {
    return PeerGraphs.validateAndRollUp(fixture.plan(), fixture.jgrapht(), fixture.floor());
  }
}
