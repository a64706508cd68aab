package org.okrkit.benchmarks;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one run measured: milliseconds per operation by benchmark and size, and retained bytes by
 * structure and size. Filled by {@link BenchmarkMain}, read by {@link RatioTable}. Not thread-safe.
 */
public final class Measurements {

  private final Map<String, Map<Integer, Double>> millis = new TreeMap<>();
  private final Map<String, Map<Integer, Long>> bytes = new TreeMap<>();
  private final Map<Integer, Integer> nodes = new TreeMap<>();
  private final SortedSet<Integer> sizes = new TreeSet<>();
  private final Map<Integer, Long> documentBytes = new TreeMap<>();
  private final Map<String, PeakHeap> peaks = new java.util.LinkedHashMap<>();
  private int peakSize;

  /**
   * The heap of one JSON operation in a JVM of its own, in bytes: the input held before it (the
   * plan, the records or the document), and above that the peak in use, the peak live (after a
   * collection) and what the result retains.
   *
   * @param input  the input's heap, the baseline
   * @param peakUsed  the peak heap in use above the baseline
   * @param peakLive  the peak live heap above the baseline
   * @param retained  the heap the result retains
   */
  public record PeakHeap(long input, long peakUsed, long peakLive, long retained) {}

  /**
   * Records the size of a workload's plan document.
   *
   * @param objectives  the workload's size
   * @param bytes  the document's length in bytes (UTF-8)
   */
  public void documentBytes(int objectives, long bytes) {
    documentBytes.put(objectives, bytes);
    sizes.add(objectives);
  }

  /**
   * Records the peak heap of a JSON operation; all at one size.
   *
   * @param operation  the operation's name, not null
   * @param objectives  the workload's size
   * @param peak  what was measured, not null
   */
  public void peak(String operation, int objectives, PeakHeap peak) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(peak, "peak");
    peaks.put(operation, peak);
    peakSize = objectives;
    sizes.add(objectives);
  }

  Map<Integer, Long> documentBytes() {
    return documentBytes;
  }

  Map<String, PeakHeap> peaks() {
    return peaks;
  }

  int peakSize() {
    return peakSize;
  }

  /**
   * Records a benchmark's time.
   *
   * @param benchmark  the benchmark method's name, not null
   * @param objectives  the workload's size
   * @param millisPerOperation  the time per operation in milliseconds
   */
  public void time(String benchmark, int objectives, double millisPerOperation) {
    Objects.requireNonNull(benchmark, "benchmark");
    millis.computeIfAbsent(benchmark, b -> new TreeMap<>()).put(objectives, millisPerOperation);
    sizes.add(objectives);
  }

  /**
   * Records the bytes a structure retains beyond the plan.
   *
   * @param structure  the structure's name, not null
   * @param objectives  the workload's size
   * @param retained  the bytes retained
   */
  public void retained(String structure, int objectives, long retained) {
    Objects.requireNonNull(structure, "structure");
    bytes.computeIfAbsent(structure, b -> new TreeMap<>()).put(objectives, retained);
    sizes.add(objectives);
  }

  /**
   * Records the number of nodes (objectives and key results) of a workload.
   *
   * @param objectives  the workload's size
   * @param nodeCount  its objectives and key results
   */
  public void nodes(int objectives, int nodeCount) {
    nodes.put(objectives, nodeCount);
    sizes.add(objectives);
  }

  /** Returns a benchmark's time at a size, if measured. */
  OptionalDouble millis(String benchmark, int objectives) {
    Double value = millis.getOrDefault(benchmark, Map.of()).get(objectives);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** Returns a structure's retained bytes per node at a size, if measured. */
  OptionalDouble bytesPerNode(String structure, int objectives) {
    Long value = bytes.getOrDefault(structure, Map.of()).get(objectives);
    Integer count = nodes.get(objectives);
    return value == null || count == null ? OptionalDouble.empty()
        : OptionalDouble.of((double) value / count);
  }

  /** Returns a structure's retained bytes per objective at a size, if measured. */
  OptionalDouble bytesPerObjective(String structure, int objectives) {
    Long value = bytes.getOrDefault(structure, Map.of()).get(objectives);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of((double) value / objectives);
  }

  SortedSet<Integer> sizes() {
    return sizes;
  }

  Iterable<String> benchmarks() {
    return millis.keySet();
  }

  Iterable<String> structures() {
    return bytes.keySet();
  }
}
