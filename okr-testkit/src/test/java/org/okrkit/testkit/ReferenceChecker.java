package org.okrkit.testkit;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.okrkit.core.Alignment;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Status;

/**
 * A deliberately plain checker of the structural rules of {@link DefectKind}, written to be read
 * and trusted rather than to be fast: the yardstick for the generators and injectors until
 * okrkit's alignment module exists. It never recurses, so chains of any length are fine.
 *
 * <p>As {@link DefectKind} says, a dangling link is reported only as dangling, and a link on an
 * alignment cycle only as part of the cycle.
 */
final class ReferenceChecker {

  /** One broken rule and the ids it involves. */
  record Violation(DefectKind kind, Set<ObjectiveId> ids, String message) {}

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
    Map<ObjectiveId, Set<ObjectiveId>> alignmentEdges = new LinkedHashMap<>();
    Map<ObjectiveId, Set<ObjectiveId>> dependencyEdges = new LinkedHashMap<>();
    for (Objective child : plan.objectives()) {
      alignmentEdges.put(child.id(), new LinkedHashSet<>());
      dependencyEdges.put(child.id(), new LinkedHashSet<>());
    }
    for (Objective child : plan.objectives()) {
      for (Alignment link : child.alignments()) {
        if (isDangling(link)) {
          report(DefectKind.DANGLING_PARENT, child.id() + " aligns to missing " + link,
              child.id(), link.parentObjective());
        } else {
          alignmentEdges.get(child.id()).add(link.parentObjective());
        }
      }
      for (ObjectiveId target : child.dependsOn()) {
        if (plan.contains(target)) {
          dependencyEdges.get(child.id()).add(target);
        } else {
          report(DefectKind.DANGLING_DEPENDENCY, child.id() + " depends on missing " + target,
              child.id(), target);
        }
      }
    }
    Set<List<ObjectiveId>> alignmentCycleEdges =
        cycleEdges(alignmentEdges, DefectKind.ALIGNMENT_CYCLE);
    cycleEdges(dependencyEdges, DefectKind.DEPENDENCY_CYCLE);

    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    Map<String, Set<ObjectiveId>> contributors = new LinkedHashMap<>();
    for (Objective child : plan.objectives()) {
      if (child.level() != Level.COMPANY && child.alignments().isEmpty()) {
        report(DefectKind.ORPHAN, child.id() + " at " + child.level() + " aligns to nothing",
            child.id());
      }
      for (Alignment link : child.alignments()) {
        String target = link.parentObjective() + "|" + link.parentKeyResult().map(Object::toString)
            .orElse("");
        weights.merge(target, link.weight(), BigDecimal::add);
        contributors.computeIfAbsent(target, key -> new LinkedHashSet<>(List.of(
            link.parentObjective()))).add(child.id());
        if (isDangling(link)
            || alignmentCycleEdges.contains(List.of(child.id(), link.parentObjective()))) {
          continue;
        }
        Objective parent = plan.objective(link.parentObjective());
        if (!parent.level().isAbove(child.level())) {
          report(DefectKind.LEVEL_INVERSION, child.id() + " at " + child.level()
              + " aligns to " + parent.id() + " at " + parent.level(), child.id(), parent.id());
        }
        if (!parent.period().contains(child.period())) {
          report(DefectKind.PERIOD_OVERRUN, child.id() + " in " + child.period()
              + " aligns to " + parent.id() + " in " + parent.period(), child.id(), parent.id());
        }
        if (child.status() == Status.ACTIVE && parent.status() == Status.CANCELLED) {
          report(DefectKind.ACTIVE_UNDER_CANCELLED_PARENT, "active " + child.id()
              + " aligns to cancelled " + parent.id(), child.id(), parent.id());
        }
      }
    }
    weights.forEach((target, sum) -> {
      if (sum.compareTo(BigDecimal.ONE) > 0) {
        violations.add(new Violation(DefectKind.WEIGHT_OVERFLOW, contributors.get(target),
            "weights into " + target + " sum to " + sum));
      }
    });
  }

  private boolean isDangling(Alignment link) {
    return plan.find(link.parentObjective())
        .map(parent -> link.parentKeyResult().isPresent()
            && parent.findKeyResult(link.parentKeyResult().get()).isEmpty())
        .orElse(true);
  }

  /**
   * Reports each group of edges that lie on a cycle, and returns those edges. An edge u -> v lies
   * on a cycle exactly when u can be reached from v. Only nodes left after peeling away, in both
   * directions, every node without incoming or outgoing edges can be on a cycle, so the search
   * runs on those alone.
   */
  private Set<List<ObjectiveId>> cycleEdges(
      Map<ObjectiveId, Set<ObjectiveId>> edges, DefectKind kind) {
    Set<ObjectiveId> core = peel(edges, reverse(edges));
    core.retainAll(peel(reverse(edges), edges));
    Set<List<ObjectiveId>> onCycle = new LinkedHashSet<>();
    for (ObjectiveId from : core) {
      for (ObjectiveId to : edges.get(from)) {
        if (core.contains(to) && reaches(edges, core, to, from)) {
          onCycle.add(List.of(from, to));
        }
      }
    }
    // Group the cycle edges into connected parts, one violation each.
    Map<ObjectiveId, Set<ObjectiveId>> neighbours = new HashMap<>();
    for (List<ObjectiveId> edge : onCycle) {
      neighbours.computeIfAbsent(edge.get(0), id -> new HashSet<>()).add(edge.get(1));
      neighbours.computeIfAbsent(edge.get(1), id -> new HashSet<>()).add(edge.get(0));
    }
    Set<ObjectiveId> grouped = new HashSet<>();
    for (ObjectiveId start : neighbours.keySet()) {
      if (grouped.add(start)) {
        Set<ObjectiveId> group = new LinkedHashSet<>(List.of(start));
        ArrayDeque<ObjectiveId> pending = new ArrayDeque<>(List.of(start));
        while (!pending.isEmpty()) {
          for (ObjectiveId next : neighbours.get(pending.poll())) {
            if (grouped.add(next)) {
              group.add(next);
              pending.add(next);
            }
          }
        }
        violations.add(new Violation(kind, group, kind + " through " + group));
      }
    }
    return onCycle;
  }

  private static Map<ObjectiveId, Set<ObjectiveId>> reverse(
      Map<ObjectiveId, Set<ObjectiveId>> edges) {
    Map<ObjectiveId, Set<ObjectiveId>> reversed = new LinkedHashMap<>();
    edges.keySet().forEach(id -> reversed.put(id, new LinkedHashSet<>()));
    edges.forEach((from, targets) -> targets.forEach(to -> reversed.get(to).add(from)));
    return reversed;
  }

  /** Removes, again and again, nodes with no incoming edge; returns the nodes that remain. */
  private static Set<ObjectiveId> peel(
      Map<ObjectiveId, Set<ObjectiveId>> edges, Map<ObjectiveId, Set<ObjectiveId>> incoming) {
    Map<ObjectiveId, Integer> inDegree = new HashMap<>();
    incoming.forEach((id, sources) -> inDegree.put(id, sources.size()));
    ArrayDeque<ObjectiveId> free = new ArrayDeque<>();
    inDegree.forEach((id, degree) -> {
      if (degree == 0) {
        free.add(id);
      }
    });
    Set<ObjectiveId> remaining = new LinkedHashSet<>(edges.keySet());
    while (!free.isEmpty()) {
      ObjectiveId id = free.poll();
      remaining.remove(id);
      for (ObjectiveId to : edges.get(id)) {
        if (inDegree.merge(to, -1, Integer::sum) == 0) {
          free.add(to);
        }
      }
    }
    return remaining;
  }

  private static boolean reaches(Map<ObjectiveId, Set<ObjectiveId>> edges, Set<ObjectiveId> within,
      ObjectiveId from, ObjectiveId goal) {
    Set<ObjectiveId> seen = new HashSet<>(List.of(from));
    ArrayDeque<ObjectiveId> pending = new ArrayDeque<>(List.of(from));
    while (!pending.isEmpty()) {
      ObjectiveId id = pending.poll();
      if (id.equals(goal)) {
        return true;
      }
      for (ObjectiveId next : edges.get(id)) {
        if (within.contains(next) && seen.add(next)) {
          pending.add(next);
        }
      }
    }
    return false;
  }

  private void report(DefectKind kind, String message, ObjectiveId... ids) {
    violations.add(new Violation(kind, new LinkedHashSet<>(List.of(ids)), message));
  }
}
