package org.okrkit.benchmarks;

import com.google.common.graph.MutableValueGraph;
import java.math.BigDecimal;
import org.jgrapht.Graph;
import org.okrkit.alignment.AlignmentIndex;
import org.okrkit.alignment.AlignmentRules;
import org.okrkit.alignment.AlignmentValidator;
import org.okrkit.alignment.RollUp;
import org.okrkit.alignment.RollUpPolicy;
import org.okrkit.alignment.RolledUpPlan;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/**
 * A workload and everything the benchmarks read from it, each built once on first use.
 *
 * <p>Generating the 1,000,000-objective workload takes longer than most of what is measured on
 * it, so the quick profile runs all benchmarks of one size in one JVM and they share the latest
 * fixture through {@link #of(int)}. Only one size is held at a time, so the heap holds one
 * workload. Benchmarks only read a fixture; the lazy parts are built under its lock.
 */
public final class Fixture {

  /** The children's share of the roll-up: half own score, half children. */
  public static final BigDecimal CHILDREN_SHARE = new BigDecimal("0.5");

  /** The latest fixture; benchmark-harness state, never library state. */
  private static Fixture latest;

  private final Workload workload;
  private final Scorer scorer = Scorer.of(ScoringProfile.google());
  private final RollUpPolicy policy = RollUpPolicy.blended(CHILDREN_SHARE);
  private final AlignmentValidator validator = AlignmentValidator.standard();
  private final AlignmentValidator cycleValidator =
      AlignmentValidator.of(java.util.List.of(AlignmentRules.alignmentCycle()));
  private AlignmentIndex index;
  private RolledUpPlan rolledUp;
  private FloorPlan floor;
  private MutableValueGraph<ObjectiveId, Integer> guava;
  private Graph<ObjectiveId, PeerGraphs.LinkEdge> jgrapht;

  private Fixture(Workload workload) {
    this.workload = workload;
  }

  /**
   * Returns the fixture of a size: the one already built if it has that size, else a new one,
   * which replaces it.
   *
   * @param objectives  the number of objectives
   * @return the fixture, not null
   */
  public static synchronized Fixture of(int objectives) {
    if (latest == null || latest.plan().size() != objectives) {
      latest = null; // let the old workload go before the new one is generated
      latest = new Fixture(Workload.generate(objectives));
    }
    return latest;
  }

  /** Forgets the fixture held, so its memory can be reclaimed. */
  public static synchronized void release() {
    latest = null;
  }

  /**
   * Builds a fixture of a workload without caching it, for tests.
   *
   * @param workload  the workload, not null
   * @return the fixture, not null
   */
  public static Fixture of(Workload workload) {
    return new Fixture(workload);
  }

  /** Lets the peers' graphs go once their benchmarks are done, to keep the 1M heap small. */
  public synchronized void releasePeerGraphs() {
    guava = null;
    jgrapht = null;
  }

  /** Returns the workload. @return the workload */
  public Workload workload() {
    return workload;
  }

  /** Returns the plan. @return the plan */
  public Plan plan() {
    return workload.plan();
  }

  /** Returns the scorer: Google's profile. @return the scorer */
  public Scorer scorer() {
    return scorer;
  }

  /** Returns the roll-up policy: blended, half children. @return the policy */
  public RollUpPolicy policy() {
    return policy;
  }

  /** Returns the validator with every built-in rule. @return the validator */
  public AlignmentValidator validator() {
    return validator;
  }

  /** Returns the validator of the alignment-cycle rule alone. @return the validator */
  public AlignmentValidator cycleValidator() {
    return cycleValidator;
  }

  /** Returns okrkit's index of the plan. @return the index */
  public synchronized AlignmentIndex index() {
    if (index == null) {
      index = AlignmentIndex.of(plan());
    }
    return index;
  }

  /** Returns okrkit's roll-up of the plan. @return the roll-up */
  public synchronized RolledUpPlan rolledUp() {
    if (rolledUp == null) {
      rolledUp = RollUp.of(index(), scorer, workload.asOf(), policy);
    }
    return rolledUp;
  }

  /** Returns the floor's arrays. @return the floor */
  public synchronized FloorPlan floor() {
    if (floor == null) {
      floor = FloorPlan.of(plan(), workload.asOf(), CHILDREN_SHARE.doubleValue());
    }
    return floor;
  }

  /** Returns the Guava graph of the alignment links. @return the graph */
  public synchronized MutableValueGraph<ObjectiveId, Integer> guava() {
    if (guava == null) {
      guava = PeerGraphs.guava(plan());
    }
    return guava;
  }

  /** Returns the JGraphT graph of the alignment links. @return the graph */
  public synchronized Graph<ObjectiveId, PeerGraphs.LinkEdge> jgrapht() {
    if (jgrapht == null) {
      jgrapht = PeerGraphs.jgrapht(plan());
    }
    return jgrapht;
  }
}
