package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Plan;
import org.okrkit.core.UnknownKeyResultException;

/**
 * Questions asked of a plan's cascade: why an objective matters (the objectives above it, and
 * one way up to the company), what a change affects (the objectives below an objective or one of
 * its key results), how much of the plan the cascade covers, and which dependencies cross
 * organisational units.
 *
 * <p><b>What is followed.</b> Only alignment links whose target is in the plan: a link to a
 * missing objective, or to a key result its parent does not have, leads nowhere here (validation
 * reports it). An objective is never among its own ancestors or descendants, even when a cycle
 * leads back to it; a cycle is walked round once and the walk ends.
 *
 * <p><b>Order.</b> Objectives several links away are reached through several parents or children
 * once each. Ancestors and descendants are listed breadth-first: by the fewest links that lead to
 * them, and, at the same distance, in plan order. Every answer is the same for the same plan.
 *
 * <p><b>Cost.</b> Each query walks what it answers with: a walk is linear in the objectives it
 * reaches and the links it reads, plus one bit per objective of the plan for the marks, and is
 * iterative, so a chain a million objectives deep needs no deeper stack than a chain of two.
 * {@link #coverage()} and {@link #crossTeamDependencies()} read the whole plan once. Immutable
 * and thread-safe; build one per plan and ask it many questions.
 *
 * <pre>{@code
 * // the README's plan: company love-2026, department keep-customers-2026, team retention-2026-q1
 * Cascade cascade = Cascade.of(plan);
 * CascadePath why = cascade.pathToTop(ObjectiveId.of("retention-2026-q1"));
 * // retention-2026-q1 -> keep-customers-2026/retained-revenue -> love-2026 (company)
 * List<ObjectiveId> affected = cascade.descendants(ObjectiveId.of("love-2026"));
 * // keep-customers-2026, then retention-2026-q1
 * List<ObjectiveId> behindRetained = cascade.descendants(ObjectiveId.of("keep-customers-2026"),
 *     KeyResultId.of("retained-revenue"));   // retention-2026-q1
 * Coverage coverage = cascade.coverage();
 * // coverage.objectives() 2 of 2 aligned; coverage.keyResults(Level.COMPANY) 0 of 1
 * List<Dependency> crossing = cascade.crossTeamDependencies();
 * }</pre>
 */
public final class Cascade {

  /** Runs of equally distant objectives up to this long are sorted by comparison. */
  private static final int RADIX_THRESHOLD = 2048;
  private static final int DIGIT_BITS = 11;
  private static final int DIGIT_MASK = (1 << DIGIT_BITS) - 1;

  private final AlignmentIndex index;

  private Cascade(AlignmentIndex index) {
    this.index = index;
  }

  /**
   * Obtains the queries on an index already built.
   *
   * @param index  the plan's index, not null
   * @return the queries, not null
   */
  public static Cascade of(AlignmentIndex index) {
    return new Cascade(Objects.requireNonNull(index, "index"));
  }

  /**
   * Obtains the queries on a plan, indexing it once.
   *
   * @param plan  the plan, not null
   * @return the queries, not null
   */
  public static Cascade of(Plan plan) {
    return new Cascade(AlignmentIndex.of(Objects.requireNonNull(plan, "plan")));
  }

  /**
   * Returns the index the queries run on.
   *
   * @return the index, not null
   */
  public AlignmentIndex index() {
    return index;
  }

  /**
   * Returns every objective above an objective, "why this matters": its parents (through links to
   * them or to one of their key results), their parents, and so on, each once, breadth-first.
   *
   * @param objective  the objective's id, not null
   * @return the ancestors, nearest first and at one distance in plan order, not null
   * @throws OkrException if the plan has no such objective
   */
  public ImmutableList<ObjectiveId> ancestors(ObjectiveId objective) {
    return ids(ancestorNumbers(number(objective)));
  }

  /**
   * Returns every objective below an objective, "what a change affects": the objectives aligned
   * to it or to any of its key results, those aligned to them, and so on, each once,
   * breadth-first.
   *
   * @param objective  the objective's id, not null
   * @return the descendants, nearest first and at one distance in plan order, not null
   * @throws OkrException if the plan has no such objective
   */
  public ImmutableList<ObjectiveId> descendants(ObjectiveId objective) {
    return ids(descendantNumbers(number(objective)));
  }

  /**
   * Returns every objective below one key result: the objectives aligned to that key result, and
   * then every objective below them (through links to them or to any of their key results), each
   * once, breadth-first. The key result's own objective is not among them.
   *
   * @param objective  the id of the objective that holds the key result, not null
   * @param keyResult  the key result's id, not null
   * @return the descendants, nearest first and at one distance in plan order, not null
   * @throws OkrException if the plan has no such objective
   * @throws UnknownKeyResultException if the objective has no such key result
   */
  public ImmutableList<ObjectiveId> descendants(ObjectiveId objective, KeyResultId keyResult) {
    Objects.requireNonNull(keyResult, "keyResult");
    int start = number(objective);
    return ids(walk(start, false, keyResultNumber(start, keyResult)));
  }

  /**
   * Returns one shortest way up from an objective to a company-level objective, with every target
   * passed through, so a key result on the way is named.
   *
   * <p>The path ends at the nearest company objective above (at one distance, the first in plan
   * order), reached through the first links found breadth-first. A company objective's path is
   * empty and ends at itself. When no company objective lies above, the path ends at the nearest
   * objective with no link to a parent in the plan, an orphan or a root below the company level
   * (again the first in plan order), and {@link CascadePath#reachesCompany()} is false; an
   * objective without such a link ends at itself. When every way up only leads round a cycle, the
   * path is empty and ends at the objective itself.
   *
   * @param objective  the objective's id, not null
   * @return the path, not null
   * @throws OkrException if the plan has no such objective
   */
  public CascadePath pathToTop(ObjectiveId objective) {
    int start = number(objective);
    // A company objective needs no special case: it is the first company the walk finds.
    Queue queue = new Queue();
    BitSet seen = new BitSet(index.objectiveCount());
    seen.set(start);
    queue.add(start, 0, -1, -1);
    int company = -1;
    int root = -1;
    for (int head = 0; head < queue.size; head++) {
      int node = queue.nodes[head];
      int distance = queue.distances[head];
      if (company >= 0) {
        if (distance > queue.distances[company]) {
          break;
        }
        if (index.level(node) == Level.COMPANY && node < queue.nodes[company]) {
          company = head;
        }
        continue;
      }
      if (index.level(node) == Level.COMPANY) {
        company = head;
        continue;
      }
      boolean hasParent = false;
      for (int link = index.linkStart(node); link < index.linkEnd(node); link++) {
        if (!index.isDangling(link)) {
          hasParent = true;
          int parent = index.linkParent(link);
          if (!seen.get(parent)) {
            seen.set(parent);
            queue.add(parent, distance + 1, head, link);
          }
        }
      }
      if (!hasParent && (root < 0 || distance == queue.distances[root]
          && node < queue.nodes[root])) {
        root = head;
      }
    }
    int top = company >= 0 ? company : Math.max(root, 0);
    List<AlignmentTarget> steps = new ArrayList<>(queue.distances[top]);
    for (int at = top; queue.from[at] >= 0; at = queue.from[at]) {
      steps.add(index.link(queue.via[at]).target());
    }
    return CascadePath.of(objective, ImmutableList.copyOf(steps).reverse(),
        index.objectiveId(queue.nodes[top]), company >= 0);
  }

  /**
   * Measures how much of the plan the cascade covers: the share of objectives below the company
   * level aligned to something in the plan, the share of each level's key results supported by at
   * least one child, the unsupported key results by name, and the aligned share per unit. Linear
   * in the plan.
   *
   * @return the coverage, not null
   */
  public Coverage coverage() {
    BitSet supported = index.supportedKeyResults();
    Level[] levels = Level.values();
    int[] keyResults = new int[levels.length];
    int[] supportedKeyResults = new int[levels.length];
    ImmutableList.Builder<AlignmentTarget> unsupported = ImmutableList.builder();
    int alignable = 0;
    int aligned = 0;
    Map<OrgUnitId, int[]> byUnit = new LinkedHashMap<>();
    for (int o = 0; o < index.objectiveCount(); o++) {
      Objective objective = index.objective(o);
      Level level = index.level(o);
      int first = index.keyResultStart(o);
      int end = index.keyResultEnd(o);
      keyResults[level.ordinal()] += end - first;
      for (int keyResult = first; keyResult < end; keyResult++) {
        if (supported.get(keyResult)) {
          supportedKeyResults[level.ordinal()]++;
        } else {
          unsupported.add(AlignmentTarget.of(
              objective.id(), objective.keyResults().get(keyResult - first).id()));
        }
      }
      if (level != Level.COMPANY) {
        boolean isAligned = hasParentInPlan(o);
        alignable++;
        aligned += isAligned ? 1 : 0;
        Optional<OrgUnitId> unit = objective.orgUnit();
        if (unit.isPresent()) {
          int[] counts = byUnit.computeIfAbsent(unit.get(), u -> new int[2]);
          counts[0] += isAligned ? 1 : 0;
          counts[1]++;
        }
      }
    }
    Map<Level, CoverageShare> byLevel = new EnumMap<>(Level.class);
    for (Level level : levels) {
      byLevel.put(level, CoverageShare.of(
          supportedKeyResults[level.ordinal()], keyResults[level.ordinal()]));
    }
    ImmutableMap.Builder<OrgUnitId, CoverageShare> units = ImmutableMap.builder();
    byUnit.forEach((unit, counts) -> units.put(unit, CoverageShare.of(counts[0], counts[1])));
    return Coverage.of(CoverageShare.of(aligned, alignable), byLevel, unsupported.build(),
        units.build());
  }

  /**
   * Returns the lateral dependencies between objectives of different organisational units, in
   * plan order: objective by objective, and in each objective's order of dependencies. A
   * dependency on an objective not in the plan, or between objectives of which one has no unit,
   * is left out. Linear in the plan.
   *
   * @return the dependencies, not null
   */
  public ImmutableList<Dependency> crossTeamDependencies() {
    ImmutableList.Builder<Dependency> dependencies = ImmutableList.builder();
    for (int o = 0; o < index.objectiveCount(); o++) {
      Objective objective = index.objective(o);
      if (objective.orgUnit().isEmpty()) {
        continue;
      }
      OrgUnitId unit = objective.orgUnit().get();
      for (int dependency = index.dependencyStart(o); dependency < index.dependencyEnd(o);
          dependency++) {
        int target = index.dependencyTarget(dependency);
        if (target == AlignmentIndex.MISSING) {
          continue;
        }
        Objective other = index.objective(target);
        if (other.orgUnit().isPresent() && !other.orgUnit().get().equals(unit)) {
          dependencies.add(
              Dependency.of(objective.id(), unit, other.id(), other.orgUnit().get()));
        }
      }
    }
    return dependencies.build();
  }

  /** The ancestors of an objective by number, in the order of {@link #ancestors(ObjectiveId)}. */
  int[] ancestorNumbers(int objective) {
    return walk(objective, true, AlignmentIndex.MISSING);
  }

  /** The descendants of an objective by number, in the order of {@code descendants(...)}. */
  int[] descendantNumbers(int objective) {
    return walk(objective, false, AlignmentIndex.MISSING);
  }

  /** Returns the plan's number of an objective, rejecting an id the plan does not hold. */
  private int number(ObjectiveId objective) {
    Objects.requireNonNull(objective, "objective");
    return index.plan().indexOf(objective);
  }

  /** Returns the index's number of a key result, rejecting an id its objective does not hold. */
  private int keyResultNumber(int objective, KeyResultId keyResult) {
    Objective holder = index.objective(objective);
    holder.keyResult(keyResult);
    List<KeyResult> keyResults = holder.keyResults();
    int position = 0;
    // Found: keyResult(...) above throws for an id the objective does not hold.
    while (!keyResults.get(position).id().equals(keyResult)) {
      position++;
    }
    return index.keyResultStart(objective) + position;
  }

  private boolean hasParentInPlan(int objective) {
    for (int link = index.linkStart(objective); link < index.linkEnd(objective); link++) {
      if (!index.isDangling(link)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Walks breadth-first from an objective, up through its links or down through its incoming
   * links; {@code throughKeyResult}, unless {@link AlignmentIndex#MISSING}, limits the first step
   * down to the links into that key result. Returns the objectives reached, the start left out.
   */
  private int[] walk(int start, boolean upward, int throughKeyResult) {
    Queue queue = new Queue();
    BitSet seen = new BitSet(index.objectiveCount());
    seen.set(start);
    queue.add(start, 0, -1, -1);
    for (int head = 0; head < queue.size; head++) {
      int node = queue.nodes[head];
      int distance = queue.distances[head] + 1;
      if (upward) {
        for (int link = index.linkStart(node); link < index.linkEnd(node); link++) {
          int parent = index.linkParent(link);
          if (!index.isDangling(link) && !seen.get(parent)) {
            seen.set(parent);
            queue.add(parent, distance, head, link);
          }
        }
      } else {
        for (int at = index.incomingStart(node); at < index.incomingEnd(node); at++) {
          int link = index.incomingLink(at);
          if (head == 0 && throughKeyResult != AlignmentIndex.MISSING
              && index.linkParentKeyResult(link) != throughKeyResult) {
            continue;
          }
          int child = index.linkChild(link);
          if (!index.isDangling(link) && !seen.get(child)) {
            seen.set(child);
            queue.add(child, distance, head, link);
          }
        }
      }
    }
    sortRuns(queue.nodes, queue.distances, 1, queue.size);
    return Arrays.copyOfRange(queue.nodes, 1, queue.size);
  }

  private ImmutableList<ObjectiveId> ids(int[] objectives) {
    ImmutableList.Builder<ObjectiveId> ids =
        ImmutableList.builderWithExpectedSize(objectives.length);
    for (int objective : objectives) {
      ids.add(index.objectiveId(objective));
    }
    return ids.build();
  }

  /**
   * Sorts each run of equal distances by objective number; the distances, found breadth-first,
   * already ascend. Short runs by comparison, long ones by radix, so the whole is linear.
   */
  private static void sortRuns(int[] nodes, int[] distances, int from, int to) {
    int runStart = from;
    while (runStart < to) {
      int runEnd = runStart + 1;
      while (runEnd < to && distances[runEnd] == distances[runStart]) {
        runEnd++;
      }
      if (runEnd - runStart <= RADIX_THRESHOLD) {
        Arrays.sort(nodes, runStart, runEnd);
      } else {
        radixSort(nodes, runStart, runEnd);
      }
      runStart = runEnd;
    }
  }

  /**
   * Least significant digit first, 11 bits a pass, as many passes as the largest number needs.
   * A scratch array as long as the run is linear too, so runs share none.
   */
  private static void radixSort(int[] values, int from, int to) {
    int[] scratch = new int[to - from];
    int largest = 0;
    for (int i = from; i < to; i++) {
      largest = Math.max(largest, values[i]);
    }
    int[] starts = new int[DIGIT_MASK + 2];
    for (int shift = 0; shift < Integer.SIZE && largest >>> shift != 0; shift += DIGIT_BITS) {
      Arrays.fill(starts, 0);
      for (int i = from; i < to; i++) {
        starts[((values[i] >>> shift) & DIGIT_MASK) + 1]++;
      }
      for (int digit = 0; digit <= DIGIT_MASK; digit++) {
        starts[digit + 1] += starts[digit];
      }
      for (int i = from; i < to; i++) {
        scratch[starts[(values[i] >>> shift) & DIGIT_MASK]++] = values[i];
      }
      for (int i = from; i < to; i++) {
        values[i] = scratch[i - from];
      }
    }
  }

  /**
   * The objectives a walk has reached, in the order reached, each with its distance from the
   * start, the position it was reached from and the link it was reached through.
   */
  private static final class Queue {
    private static final int INITIAL = 16;

    int[] nodes = new int[INITIAL];
    int[] distances = new int[INITIAL];
    int[] from = new int[INITIAL];
    int[] via = new int[INITIAL];
    int size;

    void add(int node, int distance, int fromPosition, int link) {
      if (size == nodes.length) {
        int grown = Math.max(INITIAL, nodes.length + (nodes.length >> 1));
        nodes = Arrays.copyOf(nodes, grown);
        distances = Arrays.copyOf(distances, grown);
        from = Arrays.copyOf(from, grown);
        via = Arrays.copyOf(via, grown);
      }
      nodes[size] = node;
      distances[size] = distance;
      from[size] = fromPosition;
      via[size] = link;
      size++;
    }
  }

  /** Returns the index's counts, for example {@code Cascade[AlignmentIndex[3 objectives, ...]]}. */
  @Override
  public String toString() {
    return "Cascade[" + index + "]";
  }
}
