package org.okrkit.alignment;

import java.util.StringJoiner;
import org.okrkit.core.OkrException;

/**
 * The order a roll-up visits objectives in: every child before its parents, by Kahn's algorithm
 * over the alignment links on flat int arrays, linear in objectives and links and without
 * recursion.
 */
final class RollUpOrder {

  /** How many objectives an error names at most; the rest are counted. */
  private static final int NAMED = 10;

  private RollUpOrder() {}

  /**
   * Returns the objective numbers, children before parents.
   *
   * @throws OkrException if a link dangles or the links form a cycle
   */
  static int[] of(AlignmentIndex index) {
    for (int link = 0; link < index.linkCount(); link++) {
      if (index.isDangling(link)) {
        throw new OkrException("alignment", index.objectiveId(index.linkChild(link)) + " -> "
            + index.link(link).target(), "names a parent that is not in the plan, so the plan"
            + " cannot be rolled up; validate the plan first and fix its dangling references");
      }
    }
    int n = index.objectiveCount();
    int[] pending = new int[n];
    int[] order = new int[n];
    int tail = 0;
    for (int o = 0; o < n; o++) {
      pending[o] = index.incomingEnd(o) - index.incomingStart(o);
      if (pending[o] == 0) {
        order[tail++] = o;
      }
    }
    for (int head = 0; head < tail; head++) {
      int child = order[head];
      for (int link = index.linkStart(child); link < index.linkEnd(child); link++) {
        int parent = index.linkParent(link);
        if (--pending[parent] == 0) {
          order[tail++] = parent;
        }
      }
    }
    if (tail < n) {
      StringJoiner named = new StringJoiner(", ");
      int left = n - tail;
      int shown = 0;
      for (int o = 0; o < n && shown < NAMED; o++) {
        if (pending[o] > 0) {
          named.add(index.objectiveId(o).toString());
          shown++;
        }
      }
      throw new OkrException("alignments", named + (left > shown ? " and " + (left - shown)
          + " more" : ""), "lie on an alignment cycle or above one, so no order puts children"
          + " before parents; validate the plan first, which names each cycle, and break it");
    }
    return order;
  }
}
