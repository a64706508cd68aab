package org.okrkit.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Metric;
import org.okrkit.core.NumericValue;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;
import org.okrkit.core.Status;

/**
 * The floor: a plan as plain {@code int} and {@code double} arrays (compressed sparse rows), with
 * the least work that validation, roll-up and scoring can be done in, and nothing else. What
 * okrkit is measured against; not a library, and it knows only what the benchmark workloads hold:
 * metric key results under Google's profile (a key result scores {@code (value − start) / (target
 * − start)} clamped to [0, 1], 0 with no check-in; an objective the weighted mean) and a blended
 * roll-up with one children's share (the formulas of okrkit's {@code RollUp}, in {@code double}).
 *
 * <p>Objectives are numbered in plan order, key results objective by objective, alignment links
 * child by child in the order of each objective's alignments, as okrkit's {@code AlignmentIndex}
 * numbers them. Mutable working arrays are allocated per call, so an instance is thread-safe.
 */
public final class FloorPlan {

  /** Marks a link to a whole objective in {@link #linkKeyResult}, or a dangling parent. */
  static final int NONE = -1;

  final int objectives;
  final int[] keyResultStart;
  final double[] start;
  final double[] target;
  /** The latest value on or before the date scored; NaN when none. */
  final double[] value;
  final double[] weight;
  final int[] linkStart;
  final int[] linkChild;
  final int[] linkParent;
  final int[] linkKeyResult;
  final double[] linkWeight;
  final int[] incomingStart;
  final int[] incomingLink;
  final int[] dependencyStart;
  final int[] dependencyTarget;
  final boolean[] cancelled;
  /**
   * Objectives scored as of a date before their first history date (the later of activation and
   * the period's start), or never activated: their own score skips unscored key results, so with
   * none scored they have no own score (okr-scoring's rule).
   */
  final boolean[] silent;
  final byte[] level;
  final int[] periodStart;
  final int[] periodEnd;
  final double childrenShare;

  private FloorPlan(Plan plan, LocalDate asOf, double childrenShare) {
    List<Objective> all = plan.objectives();
    objectives = all.size();
    this.childrenShare = childrenShare;
    keyResultStart = new int[objectives + 1];
    linkStart = new int[objectives + 1];
    dependencyStart = new int[objectives + 1];
    cancelled = new boolean[objectives];
    silent = new boolean[objectives];
    level = new byte[objectives];
    periodStart = new int[objectives];
    periodEnd = new int[objectives];
    for (int o = 0; o < objectives; o++) {
      Objective objective = all.get(o);
      keyResultStart[o + 1] = keyResultStart[o] + objective.keyResults().size();
      linkStart[o + 1] = linkStart[o] + objective.alignments().size();
      dependencyStart[o + 1] = dependencyStart[o] + objective.dependsOn().size();
      cancelled[o] = objective.status() == Status.CANCELLED;
      silent[o] = objective.lifecycle().firstHistoryDate()
          .filter(first -> !asOf.isBefore(first)).isEmpty();
      level[o] = (byte) objective.level().ordinal();
      periodStart[o] = (int) objective.period().start().toEpochDay();
      periodEnd[o] = (int) objective.period().end().toEpochDay();
    }
    int keyResults = keyResultStart[objectives];
    start = new double[keyResults];
    target = new double[keyResults];
    value = new double[keyResults];
    weight = new double[keyResults];
    int links = linkStart[objectives];
    linkChild = new int[links];
    linkParent = new int[links];
    linkKeyResult = new int[links];
    linkWeight = new double[links];
    dependencyTarget = new int[dependencyStart[objectives]];
    int[] incomingCount = new int[objectives + 1];
    for (int o = 0; o < objectives; o++) {
      Objective objective = all.get(o);
      int k = keyResultStart[o];
      for (KeyResult keyResult : objective.keyResults()) {
        if (!(keyResult.measure() instanceof Metric metric)) {
          throw new OkrException("plan", objective.id() + "/" + keyResult.id(),
              "has a " + keyResult.measure().kind() + " key result; the floor knows metrics only");
        }
        start[k] = metric.start().doubleValue();
        target[k] = metric.target().doubleValue();
        Optional<CheckIn> latest = keyResult.checkInAsOf(asOf);
        value[k] = latest.isPresent() && latest.get().value() instanceof NumericValue numeric
            ? numeric.value().doubleValue() : Double.NaN;
        weight[k] = keyResult.weight().doubleValue();
        k++;
      }
      int l = linkStart[o];
      for (Alignment alignment : objective.alignments()) {
        int parent = numberOf(plan, alignment.parentObjective());
        linkChild[l] = o;
        linkParent[l] = parent;
        linkKeyResult[l] = NONE;
        if (parent != NONE && alignment.parentKeyResult().isPresent()) {
          List<KeyResult> parentKeyResults = all.get(parent).keyResults();
          for (int i = 0; i < parentKeyResults.size(); i++) {
            if (parentKeyResults.get(i).id().equals(alignment.parentKeyResult().get())) {
              linkKeyResult[l] = keyResultStart[parent] + i;
            }
          }
        }
        linkWeight[l] = alignment.weight().doubleValue();
        if (parent != NONE) {
          incomingCount[parent + 1]++;
        }
        l++;
      }
      int d = dependencyStart[o];
      for (ObjectiveId dependency : objective.dependsOn()) {
        dependencyTarget[d++] = numberOf(plan, dependency);
      }
    }
    incomingStart = new int[objectives + 1];
    for (int o = 0; o < objectives; o++) {
      incomingStart[o + 1] = incomingStart[o] + incomingCount[o + 1];
    }
    incomingLink = new int[incomingStart[objectives]];
    int[] next = new int[objectives];
    for (int link = 0; link < links; link++) {
      int parent = linkParent[link];
      if (parent != NONE) {
        incomingLink[incomingStart[parent] + next[parent]++] = link;
      }
    }
  }

  private static int numberOf(Plan plan, ObjectiveId id) {
    return plan.contains(id) ? plan.indexOf(id) : NONE;
  }

  /**
   * Lays a plan out on arrays.
   *
   * @param plan  the plan, whose key results are all metrics, not null
   * @param asOf  the date values are taken as of, not null
   * @param childrenShare  the roll-up's share of children, from 0 to 1
   * @return the floor, not null
   * @throws OkrException if a key result is not a metric
   */
  public static FloorPlan of(Plan plan, LocalDate asOf, double childrenShare) {
    return new FloorPlan(plan, asOf, childrenShare);
  }

  /**
   * Returns the number of objectives.
   *
   * @return the number
   */
  public int objectiveCount() {
    return objectives;
  }

  /**
   * Returns the number of key results and objectives, the nodes of the plan.
   *
   * @return the number
   */
  public int nodeCount() {
    return objectives + keyResultStart[objectives];
  }

  // ---- scoring ----

  /** A key result's score: linear progress clamped to [0, 1], 0 when nothing was checked in. */
  double keyResultScore(int k) {
    double v = value[k];
    if (Double.isNaN(v)) {
      return 0;
    }
    double progress = (v - start[k]) / (target[k] - start[k]);
    return progress < 0 ? 0 : progress > 1 ? 1 : progress;
  }

  /**
   * Scores every key result and objective: the plain {@code double} loop of the issue.
   *
   * @return each objective's score, the weighted mean of its key results', NaN where it has none,
   *     not null
   */
  public double[] scoreAll() {
    double[] scores = new double[objectives];
    for (int o = 0; o < objectives; o++) {
      if (silent[o]) {
        // nothing can have been checked in yet, so no key result is scored
        scores[o] = Double.NaN;
        continue;
      }
      double weights = 0;
      double weighted = 0;
      for (int k = keyResultStart[o]; k < keyResultStart[o + 1]; k++) {
        weights += weight[k];
        weighted += weight[k] * keyResultScore(k);
      }
      scores[o] = weighted / weights;
    }
    return scores;
  }

  // ---- validation ----

  /**
   * Orders the objectives children before parents by an iterative depth-first search down the
   * incoming links, or finds an alignment cycle.
   *
   * @return the objectives in roll-up order, or null if the alignment links form a cycle
   */
  public int[] rollUpOrder() {
    int[] order = new int[objectives];
    int ordered = 0;
    byte[] state = new byte[objectives]; // 0 unseen, 1 on the path, 2 done
    int[] stack = new int[objectives];
    int[] cursor = new int[objectives];
    for (int root = 0; root < objectives; root++) {
      if (state[root] != 0) {
        continue;
      }
      int depth = 0;
      stack[0] = root;
      cursor[0] = incomingStart[root];
      state[root] = 1;
      while (depth >= 0) {
        int node = stack[depth];
        if (cursor[depth] < incomingStart[node + 1]) {
          int child = linkChild[incomingLink[cursor[depth]++]];
          if (state[child] == 1) {
            return null;
          }
          if (state[child] == 0) {
            state[child] = 1;
            stack[++depth] = child;
            cursor[depth] = incomingStart[child];
          }
        } else {
          state[node] = 2;
          order[ordered++] = node;
          depth--;
        }
      }
    }
    return order;
  }

  /**
   * Tells whether the lateral dependencies form a cycle, by an iterative depth-first search.
   *
   * @return true if they do
   */
  public boolean hasDependencyCycle() {
    byte[] state = new byte[objectives];
    int[] stack = new int[objectives];
    int[] cursor = new int[objectives];
    for (int root = 0; root < objectives; root++) {
      if (state[root] != 0) {
        continue;
      }
      int depth = 0;
      stack[0] = root;
      cursor[0] = dependencyStart[root];
      state[root] = 1;
      while (depth >= 0) {
        int node = stack[depth];
        if (cursor[depth] < dependencyStart[node + 1]) {
          int next = dependencyTarget[cursor[depth]++];
          if (next == NONE) {
            continue;
          }
          if (state[next] == 1) {
            return true;
          }
          if (state[next] == 0) {
            state[next] = 1;
            stack[++depth] = next;
            cursor[depth] = dependencyStart[next];
          }
        } else {
          state[node] = 2;
          depth--;
        }
      }
    }
    return false;
  }

  /**
   * Counts the structural defects okrkit's cascade rules look for on links: dangling parents and
   * dependencies, links to a level not above the child's, and periods that overrun the parent's.
   *
   * @return the number of defective links
   */
  public int linkDefects() {
    int defects = 0;
    for (int o = 0; o < objectives; o++) {
      for (int l = linkStart[o]; l < linkStart[o + 1]; l++) {
        int parent = linkParent[l];
        if (parent == NONE || level[parent] >= level[o]
            || periodStart[o] < periodStart[parent] || periodEnd[o] > periodEnd[parent]) {
          defects++;
        }
      }
      for (int d = dependencyStart[o]; d < dependencyStart[o + 1]; d++) {
        if (dependencyTarget[d] == NONE) {
          defects++;
        }
      }
    }
    return defects;
  }

  // ---- roll-up ----

  /** The children's weighted sums, per key result and per whole objective, of one roll-up. */
  final class Sums {
    final double[] keyResultWeight = new double[start.length];
    final double[] keyResultWeighted = new double[start.length];
    final double[] wholeWeight = new double[objectives];
    final double[] wholeWeighted = new double[objectives];
  }

  /** Rolls up one objective from the sums its children left: okrkit's formulas, in double. */
  double progressOf(int o, Sums sums) {
    double share = childrenShare;
    double weights = 0;
    double weighted = 0;
    boolean fromChildren = false;
    for (int k = keyResultStart[o]; k < keyResultStart[o + 1]; k++) {
      double v = keyResultScore(k);
      if (sums.keyResultWeight[k] > 0) {
        v = v * (1 - share) + sums.keyResultWeighted[k] / sums.keyResultWeight[k] * share;
        fromChildren = true;
      }
      weights += weight[k];
      weighted += weight[k] * v;
    }
    // a silent objective's own part is unscored unless children feed one of its key results
    double progress = silent[o] && !fromChildren ? Double.NaN : weighted / weights;
    if (sums.wholeWeight[o] > 0) {
      double mean = sums.wholeWeighted[o] / sums.wholeWeight[o];
      progress = Double.isNaN(progress) ? mean * share : progress * (1 - share) + mean * share;
    }
    return progress;
  }

  /** Adds a child's progress, through one of its links, to its parent's sums. */
  void push(int link, int parent, double progress, Sums sums) {
    double w = linkWeight[link];
    // a child with no progress counts as 0 with its weight (Google's profile counts missing as 0)
    double given = Double.isNaN(progress) ? 0 : progress;
    int k = linkKeyResult[link];
    if (k == NONE) {
      sums.wholeWeight[parent] += w;
      sums.wholeWeighted[parent] += w * given;
    } else {
      sums.keyResultWeight[k] += w;
      sums.keyResultWeighted[k] += w * given;
    }
  }

  /**
   * Rolls up every objective in an order, children before parents.
   *
   * @param order  the objectives, children before parents, not null
   * @return each objective's rolled-up progress, NaN where it has none, not null
   */
  public double[] rollUp(int[] order) {
    Sums sums = new Sums();
    double[] progress = new double[objectives];
    for (int o : order) {
      double p = progressOf(o, sums);
      progress[o] = p;
      if (!cancelled[o]) {
        for (int l = linkStart[o]; l < linkStart[o + 1]; l++) {
          push(l, linkParent[l], p, sums);
        }
      }
    }
    return progress;
  }

  /**
   * Validates (both kinds of cycle and the link defects) and rolls up, the floor of okrkit's
   * validation plus roll-up.
   *
   * @return each objective's rolled-up progress, not null
   * @throws OkrException if the plan has a cycle or a defective link
   */
  public double[] validateAndRollUp() {
    int[] order = rollUpOrder();
    if (order == null || hasDependencyCycle() || linkDefects() > 0) {
      throw new OkrException("plan", objectives + " objectives", "is not valid");
    }
    return rollUp(order);
  }
}
