package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.alignment.ValidationFixtures.objective;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.okrkit.core.Alignment;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Plan;

/**
 * Cycle detection against JGraphT's strongly connected components, on small random directed
 * graphs (self-loops and, through links to a key result and to its objective, parallel edges
 * included) built as plans: alignment links for one graph, dependencies for another.
 */
class CycleDetectionProperties {

  /** Edges (from, to, to a key result?) over {@code n} objectives. */
  record RandomGraph(int n, List<int[]> edges) {}

  @Provide
  Arbitrary<RandomGraph> graphs() {
    return Arbitraries.integers().between(1, 12).flatMap(n -> {
      Arbitrary<int[]> edge = Combinators.combine(Arbitraries.integers().between(0, n - 1),
          Arbitraries.integers().between(0, n - 1), Arbitraries.integers().between(0, 1))
          .as((from, to, keyResult) -> new int[] {from, to, keyResult});
      return edge.list().ofMaxSize(3 * n).map(edges -> new RandomGraph(n, edges));
    });
  }

  private static ObjectiveId id(int k) {
    return ObjectiveId.of("o" + k);
  }

  @Property
  void alignmentCycles_areExactlyTheCyclicComponents(@ForAll("graphs") RandomGraph graph) {
    Objective.Builder[] builders = builders(graph.n());
    Set<String> seen = new HashSet<>();
    for (int[] edge : graph.edges()) {
      Alignment link = edge[2] == 1
          ? Alignment.toKeyResult(id(edge[1]), KeyResultId.of("k1"))
          : Alignment.toObjective(id(edge[1]));
      if (seen.add(edge[0] + ">" + link.target())) {
        builders[edge[0]].addAlignment(link);
      }
    }
    Plan plan = plan(builders);
    assertSameCycles(graph, plan, AlignmentRules.alignmentCycle(), (from, to) ->
        plan.objectives().get(from).alignments().stream()
            .anyMatch(link -> link.parentObjective().equals(id(to))));
  }

  @Property
  void dependencyCycles_areExactlyTheCyclicComponents(@ForAll("graphs") RandomGraph graph) {
    Objective.Builder[] builders = builders(graph.n());
    for (int[] edge : graph.edges()) {
      builders[edge[0]].addDependsOn(id(edge[1]));
    }
    Plan plan = plan(builders);
    assertSameCycles(graph, plan, AlignmentRules.dependencyCycle(),
        (from, to) -> plan.objectives().get(from).dependsOn().contains(id(to)));
  }

  private static Objective.Builder[] builders(int n) {
    Objective.Builder[] builders = new Objective.Builder[n];
    for (int k = 0; k < n; k++) {
      builders[k] = objective("o" + k, Level.values()[k % Level.values().length]);
    }
    return builders;
  }

  private static Plan plan(Objective.Builder[] builders) {
    return Plan.of(java.util.Arrays.stream(builders).map(Objective.Builder::build).toList());
  }

  private static void assertSameCycles(RandomGraph random, Plan plan, AlignmentRule rule,
      BiPredicate<Integer, Integer> linked) {
    Graph<Integer, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
    for (int k = 0; k < random.n(); k++) {
      graph.addVertex(k);
    }
    for (int[] edge : random.edges()) {
      graph.addEdge(edge[0], edge[1]);
    }
    Set<Set<ObjectiveId>> expected = new HashSet<>();
    for (Set<Integer> component :
        new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
      int only = component.iterator().next();
      if (component.size() > 1 || graph.containsEdge(only, only)) {
        Set<ObjectiveId> ids = new HashSet<>();
        component.forEach(k -> ids.add(id(k)));
        expected.add(ids);
      }
    }

    List<Violation> found = AlignmentValidator.of(List.of(rule)).validate(plan).violations();

    Set<Set<ObjectiveId>> reported = new HashSet<>();
    for (Violation violation : found) {
      List<ObjectiveId> ids = violation.objectiveIds();
      Set<ObjectiveId> members = new LinkedHashSet<>(ids);
      assertEquals(ids.size(), members.size(), "each member once: " + ids);
      assertEquals(ids.size(), violation.objectiveCount());
      reported.add(members);
      // The walk lists each member after one that links to it: the first links to the second.
      if (ids.size() > 1) {
        assertTrue(linked.test(plan.indexOf(ids.get(0)), plan.indexOf(ids.get(1))), ids::toString);
      }
    }
    assertEquals(expected.size(), found.size());
    assertEquals(expected, reported);
  }
}
