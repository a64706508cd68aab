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
 * The peak heap of one JSON operation, in a JVM of its own so that nothing else run before shares
 * its heap: {@link BenchmarkMain} starts one per operation and reads the line it prints.
 *
 * <p>The input is held first (the plan, the records or the document) and the heap settled by
 * full collections: that is the baseline. The operation then runs once. The heap in use only
 * grows between collections, so its peak is the largest heap in use just before a collection
 * (from the collectors' notifications) or at the end; the largest in use just after a collection
 * is the peak of what was live. The young generation is kept small ({@code -Xmn}) by the caller,
 * so collections are frequent and the two are close. Finally the heap is settled again with the
 * result held: what the result retains. All three are printed less the baseline.
 */
public final class JsonPeakHeap {

  /** The operations, as named in the output. */
  static final List<String> OPERATIONS = List.of("writeOkrkit", "writeBaseline",
      "writeToMemoryOkrkit", "writeToMemoryBaseline", "readOkrkit", "readBaseline");

  private static final Set<String> HEAP_POOLS = new HashSet<>();
  private static final List<long[]> COLLECTIONS = new ArrayList<>();

  private JsonPeakHeap() {}

  /**
   * Measures one operation and prints {@code peak <operation> <objectives> <input> <peak used>
   * <peak live> <retained> <document bytes>}, bytes.
   *
   * @param args  the operation, one of {@link #OPERATIONS}, and the number of objectives
   * @throws InterruptedException if interrupted while the last notifications arrive
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 2 || !OPERATIONS.contains(args[0])) {
      throw new IllegalArgumentException("usage: JsonPeakHeap " + OPERATIONS + " objectives");
    }
    String operation = args[0];
    int objectives = Integer.parseInt(args[1]);
    listen();
    OkrJson okrkit = OkrJson.json();
    JsonBaseline baseline = new JsonBaseline();
    Plan plan = Workload.generate(objectives).plan();
    ChunkedBytes written = new ChunkedBytes();
    okrkit.write(plan, written);
    long documentBytes = written.size();
    // Only the operation's input stays reachable.
    Supplier<Object> run;
    if (operation.startsWith("read")) {
      ChunkedBytes document = written;
      plan = null;
      run = operation.equals("readOkrkit") ? () -> okrkit.readPlan(document.inputStream())
          : () -> baseline.read(document.inputStream());
    } else {
      written = null;
      Object input = operation.endsWith("Okrkit") ? plan : PlanRecords.of(plan);
      plan = null;
      boolean toMemory = operation.startsWith("writeToMemory");
      run = () -> {
        java.io.OutputStream out = toMemory ? new ChunkedBytes() : new ChunkedBytes.Counting();
        if (input instanceof Plan okrkitPlan) {
          okrkit.write(okrkitPlan, out);
        } else {
          baseline.write((PlanRecords.PlanRecord) input, out);
        }
        return out;
      };
    }
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
    }
    long after = RetainedMemory.settledHeap();
    Reference.reachabilityFence(result);
    peakLive = Math.max(peakLive, after);
    System.out.println(String.format(Locale.ROOT, "peak %s %d %d %d %d %d %d", operation,
        objectives, before, peakUsed - before, peakLive - before, after - before, documentBytes));
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
