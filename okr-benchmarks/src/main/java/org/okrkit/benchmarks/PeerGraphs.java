package org.okrkit.benchmarks;

import com.google.common.graph.Graphs;
import com.google.common.graph.MutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import java.util.ArrayDeque;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.okrkit.core.Alignment;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;

/**
 * The peers: a plan's alignment links as a Guava {@code ValueGraph} and as a JGraphT graph, the
 * way a user of those libraries would hold them: one node per objective id, one edge per link from
 * child to parent objective, carrying the link's number (so a roll-up finds its weight and target
 * key result). The roll-ups take the graph's order and neighbours and the floor's arithmetic, so
 * they differ from the floor only in how the graph is held and walked.
 */
public final class PeerGraphs {

  private PeerGraphs() {}

  /** A JGraphT edge: one alignment link, by number. Identity equality, as JGraphT expects. */
  public static final class LinkEdge {
    final int link;

    LinkEdge(int link) {
      this.link = link;
    }
  }

  /**
   * Builds the Guava graph of a plan's alignment links.
   *
   * @param plan  the plan, not null
   * @return the graph, not null
   */
  public static MutableValueGraph<ObjectiveId, Integer> guava(Plan plan) {
    MutableValueGraph<ObjectiveId, Integer> graph = ValueGraphBuilder.directed()
        .allowsSelfLoops(true).expectedNodeCount(plan.size()).build();
    int link = 0;
    for (Objective objective : plan.objectives()) {
      graph.addNode(objective.id());
      for (Alignment alignment : objective.alignments()) {
        graph.putEdgeValue(objective.id(), alignment.parentObjective(), link++);
      }
    }
    return graph;
  }

  /**
   * Builds the JGraphT graph of a plan's alignment links.
   *
   * @param plan  the plan, not null
   * @return the graph, not null
   */
  public static Graph<ObjectiveId, LinkEdge> jgrapht(Plan plan) {
    Graph<ObjectiveId, LinkEdge> graph = new DefaultDirectedGraph<>(LinkEdge.class);
    int link = 0;
    for (Objective objective : plan.objectives()) {
      graph.addVertex(objective.id());
      for (Alignment alignment : objective.alignments()) {
        graph.addVertex(alignment.parentObjective());
        graph.addEdge(objective.id(), alignment.parentObjective(), new LinkEdge(link++));
      }
    }
    return graph;
  }

  /**
   * Tells whether a Guava graph has a cycle, by {@code Graphs.hasCycle}.
   *
   * @param graph  the graph, not null
   * @return true if it has one
   */
  public static boolean hasCycle(MutableValueGraph<ObjectiveId, Integer> graph) {
    return Graphs.hasCycle(graph.asGraph());
  }

  /**
   * Tells whether a JGraphT graph has a cycle, by {@code CycleDetector}.
   *
   * @param graph  the graph, not null
   * @return true if it has one
   */
  public static boolean hasCycle(Graph<ObjectiveId, LinkEdge> graph) {
    return new CycleDetector<>(graph).detectCycles();
  }

  /**
   * Walks a JGraphT graph in topological order, which fails on a cycle.
   *
   * @param graph  the graph, not null
   * @return the number of objectives walked
   * @throws IllegalArgumentException if the graph has a cycle
   */
  public static int topologicalOrder(Graph<ObjectiveId, LinkEdge> graph) {
    int count = 0;
    TopologicalOrderIterator<ObjectiveId, LinkEdge> order = new TopologicalOrderIterator<>(graph);
    while (order.hasNext()) {
      order.next();
      count++;
    }
    return count;
  }

  /**
   * Validates a plan's alignment links with Guava ({@code Graphs.hasCycle}) and rolls it up in
   * Kahn's order over the graph's in-degrees and successors.
   *
   * @param plan  the plan the graph was built from, not null
   * @param graph  its Guava graph, not null
   * @param floor  its floor, for the arithmetic, not null
   * @return each objective's progress, not null
   * @throws OkrException if the links form a cycle
   */
  public static double[] validateAndRollUp(Plan plan, MutableValueGraph<ObjectiveId, Integer> graph,
      FloorPlan floor) {
    if (hasCycle(graph)) {
      throw new OkrException("plan", plan.size() + " objectives", "has an alignment cycle");
    }
    FloorPlan.Sums sums = floor.new Sums();
    double[] progress = new double[plan.size()];
    int[] waiting = new int[plan.size()];
    ArrayDeque<ObjectiveId> ready = new ArrayDeque<>();
    for (ObjectiveId node : graph.nodes()) {
      int children = graph.inDegree(node);
      waiting[plan.indexOf(node)] = children;
      if (children == 0) {
        ready.add(node);
      }
    }
    while (!ready.isEmpty()) {
      ObjectiveId node = ready.poll();
      int o = plan.indexOf(node);
      double p = floor.progressOf(o, sums);
      progress[o] = p;
      for (ObjectiveId parentId : graph.successors(node)) {
        int parent = plan.indexOf(parentId);
        if (!floor.cancelled[o]) {
          floor.push(graph.edgeValueOrDefault(node, parentId, 0), parent, p, sums);
        }
        if (--waiting[parent] == 0) {
          ready.add(parentId);
        }
      }
    }
    return progress;
  }

  /**
   * Validates and rolls up a plan's alignment links with JGraphT: its {@code
   * TopologicalOrderIterator} both finds cycles and gives the order.
   *
   * @param plan  the plan the graph was built from, not null
   * @param graph  its JGraphT graph, not null
   * @param floor  its floor, for the arithmetic, not null
   * @return each objective's progress, not null
   * @throws IllegalArgumentException if the links form a cycle
   */
  public static double[] validateAndRollUp(Plan plan, Graph<ObjectiveId, LinkEdge> graph,
      FloorPlan floor) {
    FloorPlan.Sums sums = floor.new Sums();
    double[] progress = new double[plan.size()];
    TopologicalOrderIterator<ObjectiveId, LinkEdge> order = new TopologicalOrderIterator<>(graph);
    while (order.hasNext()) {
      ObjectiveId node = order.next();
      int o = plan.indexOf(node);
      double p = floor.progressOf(o, sums);
      progress[o] = p;
      if (!floor.cancelled[o]) {
        for (LinkEdge edge : graph.outgoingEdgesOf(node)) {
          floor.push(edge.link, plan.indexOf(graph.getEdgeTarget(edge)), p, sums);
        }
      }
    }
    return progress;
  }
}
