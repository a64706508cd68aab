package org.okrkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.function.Supplier;

/**
 * Measures the heap a structure retains by garbage collection: the heap in use after a full
 * collection, with and without the structure held. Whatever the structure shares with what is
 * already held (the plan, its ids) is not counted, which is the cost a user pays on top of the
 * plan. Accurate to well under a byte per node for the 100,000 objectives and more of the
 * benchmark workloads; not for tiny ones.
 */
final class RetainedMemory {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private RetainedMemory() {}

  /**
   * Returns the bytes retained by what a supplier builds.
   *
   * @param build  builds the structure, not null
   * @return the bytes, at least 0
   */
  static long of(Supplier<?> build) {
    long before = settledHeap();
    Object structure = build.get();
    long after = settledHeap();
    Reference.reachabilityFence(structure);
    return Math.max(0, after - before);
  }

  /** The heap in use once collections stop freeing anything. */
  static long settledHeap() {
    long used = Long.MAX_VALUE;
    for (int attempt = 0; attempt < 10; attempt++) {
      System.gc();
      long now = MEMORY.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
