package org.okrkit.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.okrkit.core.Plan;
import org.okrkit.json.OkrJson;

/**
 * The peak heap of each JSON operation, in a JVM of its own so that nothing run before (the JMH
 * benchmarks) shares its heap: {@link BenchmarkMain} starts it and reads the lines it prints. The
 * operations run one after the other on one workload, generated once (at 1,000,000 objectives
 * generating takes longer than all the operations), each on a heap settled by full collections.
 *
 * <p>The operation's input alone is held (the plan, the records or the document) and the heap
 * settled: that is the baseline. The operation then runs once. The heap in use only grows between
 * collections, so its peak is the largest heap in use just before a collection (from the
 * collectors' notifications) or at the end; the largest in use just after a collection is the
 * peak of what was live. The caller keeps the young generation small ({@code -Xmn}), so
 * collections are frequent and the two are close. Finally the heap is settled again with the
 * result held: what the result retains. All three are printed less the baseline.
 */
public final class JsonPeakHeap {

  /** The operations, in the order measured. */
  static final List<String> OPERATIONS = List.of("writeOkrkit", "writeToMemoryOkrkit",
      "writeBaseline", "writeToMemoryBaseline", "readOkrkit", "readBaseline");

  private static final Set<String> HEAP_POOLS = new HashSet<>();
  private static final List<long[]> COLLECTIONS = new ArrayList<>();

  private JsonPeakHeap() {}

  /**
   * Measures every operation, printing for each {@code peak <operation> <objectives> <input>
   * <peak used> <peak live> <retained>}, in bytes.
   *
   * @param args  the number of objectives
   * @throws InterruptedException if interrupted while the last notifications arrive
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: JsonPeakHeap objectives");
    }
    int objectives = Integer.parseInt(args[0]);
    listen();
    OkrJson okrkit = OkrJson.json();
    JsonBaseline baseline = new JsonBaseline();
    // Each stage holds one input only: the plan, then the records, then the document.
    Object[] input = {Workload.generate(objectives).plan()};
    measure("writeOkrkit", objectives, () -> {
      ChunkedBytes.Counting out = new ChunkedBytes.Counting();
      okrkit.write(input[0], out);
      return out;
    });
    measure("writeToMemoryOkrkit", objectives, () -> {
      ChunkedBytes out = new ChunkedBytes();
      okrkit.write(input[0], out);
      return out;
    });
    input[0] = PlanRecords.of((Plan) input[0]);
    measure("writeBaseline", objectives, () -> {
      ChunkedBytes.Counting out = new ChunkedBytes.Counting();
      baseline.write((PlanRecords.PlanRecord) input[0], out);
      return out;
    });
    measure("writeToMemoryBaseline", objectives, () -> {
      ChunkedBytes out = new ChunkedBytes();
      baseline.write((PlanRecords.PlanRecord) input[0], out);
      return out;
    });
    // The same bytes as okrkit's document (JsonBaselineTest).
    ChunkedBytes document = new ChunkedBytes();
    baseline.write((PlanRecords.PlanRecord) input[0], document);
    input[0] = document;
    measure("readOkrkit", objectives, () -> okrkit.readPlan(document.inputStream()));
    measure("readBaseline", objectives, () -> baseline.read(document.inputStream()));
  }

  private static void measure(String operation, int objectives, Supplier<Object> run)
      throws InterruptedException {
    long before = RetainedMemory.settledHeap();
    long started = uptime();
    Object result = run.get();
    long usedAtEnd = heapUsed();
    long ended = uptime();
    Thread.sleep(500); // notifications come on a thread of their own
    long peakUsed = usedAtEnd;
    long peakLive = 0;
    synchronized (COLLECTIONS) {
      for (long[] collection : COLLECTIONS) {
        if (collection[0] >= started && collection[0] <= ended) {
          peakUsed = Math.max(peakUsed, collection[1]);
          peakLive = Math.max(peakLive, collection[2]);
        }
      }
      COLLECTIONS.clear();
    }
    long after = RetainedMemory.settledHeap();
    Reference.reachabilityFence(result);
    peakLive = Math.max(peakLive, after);
    System.out.println(String.format(Locale.ROOT, "peak %s %d %d %d %d %d", operation,
        objectives, before, peakUsed - before, peakLive - before, after - before));
  }

  private static void listen() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        HEAP_POOLS.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
        if (!notification.getType()
            .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          return;
        }
        var info = GarbageCollectionNotificationInfo
            .from((CompositeData) notification.getUserData()).getGcInfo();
        long[] collection = {info.getStartTime(), heap(info.getMemoryUsageBeforeGc()),
            heap(info.getMemoryUsageAfterGc())};
        synchronized (COLLECTIONS) {
          COLLECTIONS.add(collection);
        }
      }, null, null);
    }
  }

  private static long heap(Map<String, MemoryUsage> pools) {
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
      if (HEAP_POOLS.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    return used;
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long uptime() {
    return ManagementFactory.getRuntimeMXBean().getUptime();
  }
}
