package org.okrkit.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.okrkit.core.Alignment;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Status;

/**
 * A deliberately plain checker of the structural rules of {@link CascadeRule}, written to be read
 * and trusted: the yardstick for the generators and injectors until okrkit's alignment module
 * exists. It never recurses, and it runs in time linear in the plan, so chains and cycles of any
 * length are fine.
 *
 * <p>It shares no rule code with what it checks: level order is restated on the levels'
 * ordinals and period containment on the raw dates, rather than through {@code Level.isAbove} or
 * {@code Period.contains}, which the generator and the injectors use.
 *
 * <p>As {@link CascadeRule} says, a dangling link is reported only as dangling, and on a link that
 * lies on an alignment cycle the level and period rules are not checked, since a cycle breaks
 * them by its nature; every other rule is.
 */
final class ReferenceChecker {

  /** One broken rule and the ids it involves. */
  record Violation(CascadeRule kind, Set<ObjectiveId> ids, String message) {}

  private final Plan plan;
  private final List<Violation> violations = new ArrayList<>();

  private ReferenceChecker(Plan plan) {
    this.plan = plan;
  }

  static List<Violation> check(Plan plan) {
    ReferenceChecker checker = new ReferenceChecker(plan);
    checker.run();
    return checker.violations;
  }

  private void run() {
    int n = plan.size();
    List<List<Integer>> alignmentEdges = new ArrayList<>(n);
    List<List<Integer>> dependencyEdges = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      alignmentEdges.add(new ArrayList<>(2));
      dependencyEdges.add(new ArrayList<>(1));
    }
    for (int i = 0; i < n; i++) {
      Objective child = plan.objectives().get(i);
      for (Alignment link : child.alignments()) {
        if (isDangling(link)) {
          report(CascadeRule.DANGLING_PARENT, child.id() + " aligns to missing " + link,
              child.id(), link.parentObjective());
        } else {
          alignmentEdges.get(i).add(plan.indexOf(link.parentObjective()));
        }
      }
      for (ObjectiveId target : child.dependsOn()) {
        if (plan.contains(target)) {
          dependencyEdges.get(i).add(plan.indexOf(target));
        } else {
          report(CascadeRule.DANGLING_DEPENDENCY, child.id() + " depends on missing " + target,
              child.id(), target);
        }
      }
    }
    int[] alignmentComponent = components(alignmentEdges);
    int[] alignmentSizes = reportCycles(alignmentEdges, alignmentComponent,
        CascadeRule.ALIGNMENT_CYCLE);
    reportCycles(dependencyEdges, components(dependencyEdges), CascadeRule.DEPENDENCY_CYCLE);

    Map<AlignmentTarget, BigDecimal> weights = new LinkedHashMap<>();
    Map<AlignmentTarget, Set<ObjectiveId>> contributors = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Objective child = plan.objectives().get(i);
      if (child.level().ordinal() > 0 && child.alignments().isEmpty()) {
        report(CascadeRule.ORPHAN, child.id() + " at " + child.level() + " aligns to nothing",
            child.id());
      }
      for (Alignment link : child.alignments()) {
        if (isDangling(link)) {
          continue;
        }
        AlignmentTarget target = link.target();
        weights.merge(target, link.weight(), BigDecimal::add);
        contributors.computeIfAbsent(target, key -> new LinkedHashSet<>(List.of(key.objective())))
            .add(child.id());
        int p = plan.indexOf(link.parentObjective());
        Objective parent = plan.objectives().get(p);
        boolean onCycle = alignmentComponent[i] == alignmentComponent[p]
            && (alignmentSizes[alignmentComponent[i]] > 1 || i == p);
        // The company is ordinal 0; a parent must have a smaller ordinal than its child.
        if (!onCycle && parent.level().ordinal() >= child.level().ordinal()) {
          report(CascadeRule.LEVEL_INVERSION, child.id() + " at " + child.level()
              + " aligns to " + parent.id() + " at " + parent.level(), child.id(), parent.id());
        }
        if (!onCycle && !holds(parent.period(), child.period())) {
          report(CascadeRule.PERIOD_OVERRUN, child.id() + " in " + child.period()
              + " aligns to " + parent.id() + " in " + parent.period(), child.id(), parent.id());
        }
        if (child.status() == Status.ACTIVE && parent.status() == Status.CANCELLED) {
          report(CascadeRule.ACTIVE_UNDER_CANCELLED_PARENT, "active " + child.id()
              + " aligns to cancelled " + parent.id(), child.id(), parent.id());
        }
      }
    }
    weights.forEach((target, sum) -> {
      if (sum.compareTo(BigDecimal.ONE) > 0) {
        violations.add(new Violation(CascadeRule.WEIGHT_OVERFLOW, contributors.get(target),
            "weights into " + target + " sum to " + sum));
      }
    });
  }

  /** Whether the outer period holds every day of the inner one, on the raw dates. */
  private static boolean holds(Period outer, Period inner) {
    return inner.start().compareTo(outer.start()) >= 0 && inner.end().compareTo(outer.end()) <= 0;
  }

  private boolean isDangling(Alignment link) {
    return plan.findObjective(link.parentObjective())
        .map(parent -> link.parentKeyResult().isPresent()
            && parent.findKeyResult(link.parentKeyResult().get()).isEmpty())
        .orElse(true);
  }

  /**
   * Reports each strongly connected component with a cycle: one of two or more objectives, or
   * one objective linked to itself. An edge lies on a cycle exactly when both of its ends are in
   * one such component. Returns the size of each component.
   */
  private int[] reportCycles(List<List<Integer>> edges, int[] component, CascadeRule kind) {
    int n = edges.size();
    int[] sizes = new int[n];
    boolean[] selfLinked = new boolean[n];
    for (int i = 0; i < n; i++) {
      sizes[component[i]]++;
      selfLinked[component[i]] |= edges.get(i).contains(i);
    }
    Map<Integer, Set<ObjectiveId>> members = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      int c = component[i];
      if (sizes[c] > 1 || selfLinked[c]) {
        members.computeIfAbsent(c, key -> new LinkedHashSet<>())
            .add(plan.objectives().get(i).id());
      }
    }
    members.values().forEach(ids -> {
      String shown = ids.size() <= 10 ? ids.toString() : ids.size() + " objectives";
      violations.add(new Violation(kind, ids, kind + " through " + shown));
    });
    return sizes;
  }

  /**
   * Numbers the strongly connected components of a graph: Tarjan's algorithm, with an explicit
   * stack of (node, next edge) frames instead of recursion, so a million-long chain is fine.
   */
  private static int[] components(List<List<Integer>> edges) {
    int n = edges.size();
    int[] order = new int[n];
    int[] low = new int[n];
    int[] component = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(order, -1);
    int[] stack = new int[n];
    int stackSize = 0;
    int[] frameNode = new int[n];
    int[] frameEdge = new int[n];
    int counter = 0;
    int components = 0;
    for (int root = 0; root < n; root++) {
      if (order[root] >= 0) {
        continue;
      }
      int depth = 0;
      frameNode[0] = root;
      frameEdge[0] = 0;
      order[root] = low[root] = counter++;
      stack[stackSize++] = root;
      onStack[root] = true;
      while (depth >= 0) {
        int node = frameNode[depth];
        List<Integer> targets = edges.get(node);
        if (frameEdge[depth] < targets.size()) {
          int next = targets.get(frameEdge[depth]++);
          if (order[next] < 0) {
            order[next] = low[next] = counter++;
            stack[stackSize++] = next;
            onStack[next] = true;
            depth++;
            frameNode[depth] = next;
            frameEdge[depth] = 0;
          } else if (onStack[next]) {
            low[node] = Math.min(low[node], order[next]);
          }
          continue;
        }
        if (low[node] == order[node]) {
          int member;
          do {
            member = stack[--stackSize];
            onStack[member] = false;
            component[member] = components;
          } while (member != node);
          components++;
        }
        depth--;
        if (depth >= 0) {
          int parent = frameNode[depth];
          low[parent] = Math.min(low[parent], low[node]);
        }
      }
    }
    return component;
  }

  private void report(CascadeRule kind, String message, ObjectiveId... ids) {
    violations.add(new Violation(kind, new LinkedHashSet<>(List.of(ids)), message));
  }
}
