package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Alignment;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Plan;
import org.okrkit.testkit.InjectedDefect;
import org.okrkit.testkit.Plans;

/**
 * Laws of the cascade queries on generated plans, each checked against a plain count or walk over
 * the plan's objectives that shares no code with {@link Cascade} or {@link AlignmentIndex}.
 */
class CascadeProperties {

  @Provide
  Arbitrary<Plan> validPlans() {
    return Plans.plans();
  }

  /** Valid plans and plans with a defect: dangling links, cycles, orphans, ... */
  @Provide
  Arbitrary<Plan> anyPlans() {
    return Arbitraries.oneOf(Plans.plans(), Plans.withAnyDefect().map(InjectedDefect::plan));
  }

  @Property(tries = 200)
  void ancestorsAndDescendants_areConverse(@ForAll("anyPlans") Plan plan) {
    Cascade cascade = Cascade.of(plan);
    Map<ObjectiveId, Set<ObjectiveId>> ancestors = new HashMap<>();
    for (Objective objective : plan.objectives()) {
      ancestors.put(objective.id(), new HashSet<>(cascade.ancestors(objective.id())));
    }
    for (Objective above : plan.objectives()) {
      Set<ObjectiveId> below = new HashSet<>(cascade.descendants(above.id()));
      for (Objective other : plan.objectives()) {
        assertEquals(below.contains(other.id()), ancestors.get(other.id()).contains(above.id()),
            above.id() + " above " + other.id());
      }
    }
  }

  @Property(tries = 200)
  void ancestorsAndDescendants_matchAPlainWalk(@ForAll("anyPlans") Plan plan) {
    Cascade cascade = Cascade.of(plan);
    Map<ObjectiveId, List<ObjectiveId>> up = parents(plan);
    Map<ObjectiveId, List<ObjectiveId>> down = children(plan);
    for (Objective objective : plan.objectives()) {
      assertEquals(reached(plan, objective.id(), up, up.get(objective.id())),
          cascade.ancestors(objective.id()), "ancestors of " + objective.id());
      assertEquals(reached(plan, objective.id(), down, down.get(objective.id())),
          cascade.descendants(objective.id()), "descendants of " + objective.id());
    }
  }

  @Property(tries = 200)
  void descendantsOfAKeyResult_matchAPlainWalk(@ForAll("anyPlans") Plan plan) {
    Cascade cascade = Cascade.of(plan);
    Map<ObjectiveId, List<ObjectiveId>> down = children(plan);
    for (Objective objective : plan.objectives()) {
      for (KeyResult keyResult : objective.keyResults()) {
        AlignmentTarget target = AlignmentTarget.of(objective.id(), keyResult.id());
        List<ObjectiveId> first = new ArrayList<>();
        for (Objective child : plan.objectives()) {
          if (child.alignments().stream().anyMatch(link -> link.target().equals(target))) {
            first.add(child.id());
          }
        }
        assertEquals(reached(plan, objective.id(), down, first),
            cascade.descendants(objective.id(), keyResult.id()), "below " + target);
      }
    }
  }

  @Property(tries = 200)
  void inAValidPlan_everyWayUpReachesTheCompany(@ForAll("validPlans") Plan plan) {
    Cascade cascade = Cascade.of(plan);
    Map<ObjectiveId, List<ObjectiveId>> up = parents(plan);
    for (Objective objective : plan.objectives()) {
      List<ObjectiveId> above = new ArrayList<>(cascade.ancestors(objective.id()));
      above.add(objective.id());
      // Where a way up stops, there is a company objective: a valid plan has no orphans.
      for (ObjectiveId top : above) {
        if (up.get(top).isEmpty()) {
          assertEquals(Level.COMPANY, plan.objective(top).level(), top + " above " + objective);
        }
      }
      CascadePath path = cascade.pathToTop(objective.id());
      assertTrue(path.reachesCompany(), path.toString());
      assertEquals(nearestCompany(plan, objective.id(), up), path.length(), path.toString());
      assertIsAWayUp(plan, path);
    }
  }

  @Property(tries = 200)
  void inAnyPlan_theWayUpEndsAtTheCompany_anOrphanOrACycle(@ForAll("anyPlans") Plan plan) {
    Cascade cascade = Cascade.of(plan);
    Map<ObjectiveId, List<ObjectiveId>> up = parents(plan);
    for (Objective objective : plan.objectives()) {
      CascadePath path = cascade.pathToTop(objective.id());
      assertIsAWayUp(plan, path);
      Level topLevel = plan.objective(path.top()).level();
      int nearest = nearestCompany(plan, objective.id(), up);
      if (nearest >= 0) {
        assertTrue(path.reachesCompany(), path.toString());
        assertEquals(Level.COMPANY, topLevel);
        assertEquals(nearest, path.length(), path.toString());
      } else {
        assertFalse(path.reachesCompany(), path.toString());
        // Ends where the way up stops, or, with only cycles above, where it started.
        assertTrue(up.get(path.top()).isEmpty() || path.steps().isEmpty()
            && path.top().equals(objective.id()), path.toString());
      }
    }
  }

  @Property(tries = 200)
  void coverage_matchesAPlainCount(@ForAll("anyPlans") Plan plan) {
    Set<AlignmentTarget> linked = new HashSet<>();
    for (Objective objective : plan.objectives()) {
      for (Alignment link : objective.alignments()) {
        linked.add(link.target());
      }
    }
    Map<Level, int[]> levels = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      levels.put(level, new int[2]);
    }
    List<AlignmentTarget> unsupported = new ArrayList<>();
    int[] objectives = new int[2];
    Map<OrgUnitId, int[]> units = new LinkedHashMap<>();
    for (Objective objective : plan.objectives()) {
      for (KeyResult keyResult : objective.keyResults()) {
        AlignmentTarget target = AlignmentTarget.of(objective.id(), keyResult.id());
        int[] counts = levels.get(objective.level());
        counts[1]++;
        if (linked.contains(target)) {
          counts[0]++;
        } else {
          unsupported.add(target);
        }
      }
      if (objective.level() != Level.COMPANY) {
        boolean aligned = objective.alignments().stream().anyMatch(link -> exists(plan, link));
        objectives[0] += aligned ? 1 : 0;
        objectives[1]++;
        objective.orgUnit().ifPresent(unit -> {
          int[] counts = units.computeIfAbsent(unit, u -> new int[2]);
          counts[0] += aligned ? 1 : 0;
          counts[1]++;
        });
      }
    }
    Coverage coverage = Cascade.of(plan).coverage();
    assertEquals(CoverageShare.of(objectives[0], objectives[1]), coverage.objectives());
    for (Level level : Level.values()) {
      int[] counts = levels.get(level);
      assertEquals(CoverageShare.of(counts[0], counts[1]), coverage.keyResults(level));
    }
    assertEquals(unsupported, coverage.unsupportedKeyResults());
    Map<OrgUnitId, CoverageShare> expectedUnits = new LinkedHashMap<>();
    units.forEach(
        (unit, counts) -> expectedUnits.put(unit, CoverageShare.of(counts[0], counts[1])));
    assertEquals(new ArrayList<>(expectedUnits.entrySet()),
        new ArrayList<>(coverage.objectivesByUnit().entrySet()));
  }

  @Property(tries = 200)
  void crossTeamDependencies_matchAPlainFilter(@ForAll("anyPlans") Plan plan) {
    List<Dependency> expected = new ArrayList<>();
    for (Objective objective : plan.objectives()) {
      for (ObjectiveId on : objective.dependsOn()) {
        plan.findObjective(on).ifPresent(other -> {
          if (objective.orgUnit().isPresent() && other.orgUnit().isPresent()
              && !objective.orgUnit().equals(other.orgUnit())) {
            expected.add(Dependency.of(objective.id(), objective.orgUnit().get(), on,
                other.orgUnit().get()));
          }
        });
      }
    }
    assertEquals(expected, Cascade.of(plan).crossTeamDependencies());
  }

  /** Each step is the target of a link of the objective before it, and the last names the top. */
  private static void assertIsAWayUp(Plan plan, CascadePath path) {
    ObjectiveId at = path.from();
    for (AlignmentTarget step : path.steps()) {
      ObjectiveId from = at;
      assertTrue(plan.objective(from).alignments().stream()
          .anyMatch(link -> link.target().equals(step) && exists(plan, link)), path.toString());
      at = step.objective();
    }
    assertEquals(path.top(), at, path.toString());
  }

  private static boolean exists(Plan plan, Alignment link) {
    return plan.findObjective(link.parentObjective())
        .map(parent -> link.parentKeyResult()
            .map(keyResult -> parent.findKeyResult(keyResult).isPresent()).orElse(true))
        .orElse(false);
  }

  /** The parents each objective's links lead to in the plan, in link order. */
  private static Map<ObjectiveId, List<ObjectiveId>> parents(Plan plan) {
    Map<ObjectiveId, List<ObjectiveId>> parents = new HashMap<>();
    for (Objective objective : plan.objectives()) {
      List<ObjectiveId> own = new ArrayList<>();
      for (Alignment link : objective.alignments()) {
        if (exists(plan, link)) {
          own.add(link.parentObjective());
        }
      }
      parents.put(objective.id(), own);
    }
    return parents;
  }

  /** The children aligned to each objective or one of its key results. */
  private static Map<ObjectiveId, List<ObjectiveId>> children(Plan plan) {
    Map<ObjectiveId, List<ObjectiveId>> children = new HashMap<>();
    plan.objectives().forEach(objective -> children.put(objective.id(), new ArrayList<>()));
    parents(plan).forEach((child, parents) -> parents.forEach(
        parent -> children.get(parent).add(child)));
    return children;
  }

  /**
   * Everything reached from a start, whose own first step leads to {@code first}, then along
   * {@code next}: fewest steps first, ties in plan order, the start left out. Distances by
   * relaxing every edge until nothing changes, quadratic but plain.
   */
  private static List<ObjectiveId> reached(Plan plan, ObjectiveId start,
      Map<ObjectiveId, List<ObjectiveId>> next, List<ObjectiveId> first) {
    Map<ObjectiveId, Integer> distance = distances(start, next, first);
    distance.remove(start);
    List<ObjectiveId> reached = new ArrayList<>(distance.keySet());
    reached.sort(Comparator.comparing((ObjectiveId id) -> distance.get(id))
        .thenComparing(plan::indexOf));
    return reached;
  }

  private static Map<ObjectiveId, Integer> distances(ObjectiveId start,
      Map<ObjectiveId, List<ObjectiveId>> next, List<ObjectiveId> first) {
    Map<ObjectiveId, Integer> distance = new HashMap<>();
    distance.put(start, 0);
    first.forEach(id -> distance.putIfAbsent(id, 1));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<ObjectiveId, List<ObjectiveId>> edges : next.entrySet()) {
        Integer from = distance.get(edges.getKey());
        if (from == null || edges.getKey().equals(start)) {
          continue;
        }
        for (ObjectiveId to : edges.getValue()) {
          Integer known = distance.get(to);
          if (known == null || known > from + 1) {
            distance.put(to, from + 1);
            changed = true;
          }
        }
      }
    }
    return distance;
  }

  /** The fewest links from an objective up to a company objective, or -1 if none is above. */
  private static int nearestCompany(Plan plan, ObjectiveId start,
      Map<ObjectiveId, List<ObjectiveId>> up) {
    if (plan.objective(start).level() == Level.COMPANY) {
      return 0;
    }
    return distances(start, up, up.get(start)).entrySet().stream()
        .filter(entry -> !entry.getKey().equals(start))
        .filter(entry -> plan.objective(entry.getKey()).level() == Level.COMPANY)
        .mapToInt(Map.Entry::getValue).min().orElse(-1);
  }
}
