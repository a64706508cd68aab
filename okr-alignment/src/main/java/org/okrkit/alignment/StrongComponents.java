package org.okrkit.alignment;

import java.util.BitSet;

/**
 * The strongly connected components of a directed graph given as compressed sparse rows: the
 * edges of node {@code v} are {@code targets[starts[v]]} to {@code targets[starts[v + 1] - 1]}, a
 * negative target standing for an edge to nowhere (a dangling reference), which is skipped.
 *
 * <p>Tarjan's algorithm with an explicit stack of (node, next edge) frames instead of recursion,
 * so a chain of a million nodes needs no thread stack; linear in nodes and edges. A component
 * lies on a cycle when it has two or more members, or one member with an edge to itself.
 */
final class StrongComponents {

  private final int[] component;
  private final int[] starts;
  private final int[] members;
  private final BitSet cyclic;

  private StrongComponents(int[] component, int[] starts, int[] members, BitSet cyclic) {
    this.component = component;
    this.starts = starts;
    this.members = members;
    this.cyclic = cyclic;
  }

  static StrongComponents of(int[] edgeStarts, int[] targets) {
    int n = edgeStarts.length - 1;
    int[] order = new int[n];
    int[] low = new int[n];
    int[] stack = new int[n];
    int[] frameNode = new int[n];
    int[] frameEdge = new int[n];
    int[] component = new int[n];
    int[] members = new int[n];
    int[] componentStarts = new int[n + 1];
    java.util.Arrays.fill(component, -1);
    // order 0 means "not reached yet", so numbering starts at 1.
    int counter = 1;
    int count = 0;
    int filled = 0;
    int stackSize = 0;
    for (int root = 0; root < n; root++) {
      if (order[root] != 0) {
        continue;
      }
      int depth = 0;
      frameNode[0] = root;
      frameEdge[0] = edgeStarts[root];
      order[root] = low[root] = counter++;
      stack[stackSize++] = root;
      while (depth >= 0) {
        int node = frameNode[depth];
        int edge = frameEdge[depth];
        if (edge < edgeStarts[node + 1]) {
          frameEdge[depth] = edge + 1;
          int next = targets[edge];
          if (next < 0) {
            continue;
          }
          if (order[next] == 0) {
            order[next] = low[next] = counter++;
            stack[stackSize++] = next;
            depth++;
            frameNode[depth] = next;
            frameEdge[depth] = edgeStarts[next];
          } else if (component[next] < 0) {
            // Still on the stack: reached, but its component is not closed yet.
            low[node] = Math.min(low[node], order[next]);
          }
          continue;
        }
        if (low[node] == order[node]) {
          componentStarts[count] = filled;
          int member;
          do {
            member = stack[--stackSize];
            component[member] = count;
            members[filled++] = member;
          } while (member != node);
          count++;
        }
        depth--;
        if (depth >= 0) {
          int parent = frameNode[depth];
          low[parent] = Math.min(low[parent], low[node]);
        }
      }
    }
    componentStarts[count] = filled;
    BitSet cyclic = new BitSet(count);
    for (int c = 0; c < count; c++) {
      if (componentStarts[c + 1] - componentStarts[c] > 1) {
        cyclic.set(c);
      }
    }
    for (int node = 0; node < n; node++) {
      for (int edge = edgeStarts[node]; edge < edgeStarts[node + 1]; edge++) {
        if (targets[edge] == node) {
          cyclic.set(component[node]);
        }
      }
    }
    return new StrongComponents(component, java.util.Arrays.copyOf(componentStarts, count + 1),
        members, cyclic);
  }

  /** The number of components. */
  int count() {
    return starts.length - 1;
  }

  /** The component a node belongs to. */
  int component(int node) {
    return component[node];
  }

  /** The number of members of a component. */
  int size(int component) {
    return starts[component + 1] - starts[component];
  }

  /** Where a component's members start in {@link #member(int)}. */
  int start(int component) {
    return starts[component];
  }

  /** Where a component's members end in {@link #member(int)}, exclusive. */
  int end(int component) {
    return starts[component + 1];
  }

  /** A member, by position: components' members are contiguous. */
  int member(int position) {
    return members[position];
  }

  /** Whether a component lies on a cycle. */
  boolean isCyclic(int component) {
    return cyclic.get(component);
  }

  /** Whether an edge from one node to another lies on a cycle: both ends in one cyclic component. */
  boolean onCycle(int from, int to) {
    return component[from] == component[to] && cyclic.get(component[from]);
  }
}
