package org.okrkit.alignment;

import java.util.Arrays;
import org.okrkit.core.PersonId;

/**
 * The objectives of a plan grouped by owner and period (the same first and last day), each group
 * in plan order, groups in the order of their first objective. Built in one pass through an
 * open-addressing table of ints, so a million objectives cost a few int arrays, not a million
 * map entries.
 */
final class OwnerPeriodGroups {

  private final int[] starts;
  private final int[] members;

  private OwnerPeriodGroups(int[] starts, int[] members) {
    this.starts = starts;
    this.members = members;
  }

  static OwnerPeriodGroups of(AlignmentIndex index) {
    int n = index.objectiveCount();
    int capacity = Integer.highestOneBit(Math.max(2, n)) * 4;
    int shift = 32 - Integer.numberOfTrailingZeros(capacity);
    int mask = capacity - 1;
    int[] table = new int[capacity];
    Arrays.fill(table, -1);
    int[] representative = new int[n];
    int[] groupOf = new int[n];
    PersonId[] owners = new PersonId[n];
    int groups = 0;
    for (int o = 0; o < n; o++) {
      owners[o] = index.objective(o).owner();
      int start = index.periodStartDay(o);
      int end = index.periodEndDay(o);
      int hash = (owners[o].hashCode() * 31 + start) * 31 + end;
      // Fibonacci hashing: similar owner names have similar string hashes, which would cluster.
      int slot = (hash * 0x9E3779B9) >>> shift;
      while (true) {
        int group = table[slot];
        if (group < 0) {
          table[slot] = groups;
          representative[groups] = o;
          groupOf[o] = groups++;
          break;
        }
        int other = representative[group];
        if (owners[other].equals(owners[o]) && index.periodStartDay(other) == start
            && index.periodEndDay(other) == end) {
          groupOf[o] = group;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    // A counting sort by group keeps plan order within each group.
    int[] starts = new int[groups + 1];
    for (int o = 0; o < n; o++) {
      starts[groupOf[o] + 1]++;
    }
    for (int g = 0; g < groups; g++) {
      starts[g + 1] += starts[g];
    }
    int[] filled = Arrays.copyOf(starts, groups);
    int[] members = new int[n];
    for (int o = 0; o < n; o++) {
      members[filled[groupOf[o]]++] = o;
    }
    return new OwnerPeriodGroups(starts, members);
  }

  int count() {
    return starts.length - 1;
  }

  int start(int group) {
    return starts[group];
  }

  int end(int group) {
    return starts[group + 1];
  }

  int size(int group) {
    return starts[group + 1] - starts[group];
  }

  int member(int position) {
    return members[position];
  }
}
