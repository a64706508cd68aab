package org.okrkit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.okrkit.alignment.AlignmentIndex;
import org.okrkit.json.OkrJson;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the benchmarks size by size, measures retained memory, and prints the table of ratios
 * against the targets, also writing it to a file.
 *
 * <p>Arguments: the profile, {@code quick} or {@code full}; the sizes, comma-separated numbers of
 * objectives; the Markdown file to write. The quick profile runs every benchmark of one size in
 * this JVM ({@code forks(0)}), so the workload is generated once per size rather than once per
 * benchmark: short timed iterations up to 100,000 objectives, single shots at 1,000,000 where one
 * operation takes seconds. The full profile forks a fresh JVM per benchmark, as JMH recommends, and
 * measures longer; it regenerates the workload in every fork.
 *
 * <p>The system property {@code bench.only} picks the benchmarks: {@code all} (the default) or
 * {@code json}, the JSON benchmarks alone. The JSON benchmarks also record each size's document
 * length and, at the largest size, the peak heap of each operation, in a JVM of their own ({@link
 * JsonPeakHeap}).
 */
public final class BenchmarkMain {

  private static final int SINGLE_SHOT_FROM = 1_000_000;
  private static final int PEAK_YOUNG_MB = 256;

  private BenchmarkMain() {}

  /**
   * Runs the benchmarks.
   *
   * @param args  the profile, the sizes and the output file
   * @throws RunnerException if JMH fails
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws RunnerException, IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: BenchmarkMain quick|full 10000,100000,1000000 target/benchmarks.md");
    }
    boolean quick = switch (args[0]) {
      case "quick" -> true;
      case "full" -> false;
      default -> throw new IllegalArgumentException("profile must be quick or full: " + args[0]);
    };
    List<Integer> sizes = new ArrayList<>();
    for (String size : args[1].split(",")) {
      sizes.add(Integer.parseInt(size.trim()));
    }
    Path output = Path.of(args[2]);
    String only = System.getProperty("bench.only", "all");
    if (!only.equals("all") && !only.equals("json")) {
      throw new IllegalArgumentException("bench.only must be all or json: " + only);
    }
    boolean alignmentAndScoring = only.equals("all");
    long started = System.nanoTime();
    Measurements measurements = new Measurements();
    for (int size : sizes) {
      long sizeStarted = System.nanoTime();
      if (quick) {
        // The benchmarks of this size share it; the full profile's forks generate their own.
        Fixture.of(size);
        log("%,d objectives: workload generated in %.1f s", size, seconds(sizeStarted));
      }
      for (RunResult result : run(quick, size, alignmentAndScoring)) {
        String benchmark = result.getParams().getBenchmark();
        String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        double millis = result.getPrimaryResult().getScore();
        measurements.time(name, size, millis);
        log("  %-24s %,14.3f ms/op", name, millis);
      }
      if (alignmentAndScoring) {
        measureMemory(Fixture.of(size), measurements);
      }
      ChunkedBytes.Counting document = new ChunkedBytes.Counting();
      OkrJson.json().write(Fixture.of(size).plan(), document);
      measurements.documentBytes(size, document.count());
      Fixture.release();
      log("%,d objectives: done in %.1f s", size, seconds(sizeStarted));
      write(args[0], args[1], started, measurements, output, false);
    }
    int largest = sizes.get(sizes.size() - 1);
    // Full collections give the workload's heap back to the system before the JVMs below start.
    RetainedMemory.settledHeap();
    peakHeaps(largest, measurements);
    write(args[0], args[1], started, measurements, output, true);
  }

  /** Writes the table so far: a run stopped at a larger size keeps the smaller ones' results. */
  private static void write(String profile, String sizes, long started, Measurements measurements,
      Path output, boolean print) throws IOException {
    String table = RatioTable.render(measurements);
    String header = String.format(Locale.ROOT,
        "## Latest run: %s profile, sizes %s, %.1f minutes%n%n"
            + "JDK %s (%s), %d processors available, max heap %,d MB.%n%n",
        profile, sizes, seconds(started) / 60, System.getProperty("java.version"),
        System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    if (print) {
      System.out.println();
      System.out.println(header + table);
    }
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, header + table, StandardCharsets.UTF_8);
    log("table written to %s", output);
  }

  /**
   * Runs {@link JsonPeakHeap} in a fresh JVM with this one's heap limit and a young generation of
   * {@value #PEAK_YOUNG_MB} MB, so collections come often enough to see the peak.
   */
  private static void peakHeaps(int size, Measurements measurements) throws IOException {
    long started = System.nanoTime();
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m",
        "-Xmn" + PEAK_YOUNG_MB + "m", "-XX:+UseG1GC",
        "-cp", System.getProperty("java.class.path"),
        JsonPeakHeap.class.getName(), Integer.toString(size))
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        throw new IllegalStateException("JsonPeakHeap failed:\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted measuring the peak heap", e);
    }
    output.lines().filter(line -> line.startsWith("peak ")).forEach(line -> {
      String[] fields = line.split(" ");
      Measurements.PeakHeap peak = new Measurements.PeakHeap(Long.parseLong(fields[3]),
          Long.parseLong(fields[4]), Long.parseLong(fields[5]), Long.parseLong(fields[6]));
      measurements.peak(fields[1], size, peak);
      log("  %-24s input %,d MB, peak in use +%,d MB, peak live +%,d MB, retained %,d MB",
          fields[1], peak.input() >> 20, peak.peakUsed() >> 20, peak.peakLive() >> 20,
          peak.retained() >> 20);
    });
    if (measurements.peaks().size() != JsonPeakHeap.OPERATIONS.size()) {
      throw new IllegalStateException("JsonPeakHeap printed too few peaks:\n" + output);
    }
    log("%,d objectives: peak heaps measured in %.1f s", size, seconds(started));
  }

  private static Collection<RunResult> run(boolean quick, int size, boolean alignmentAndScoring)
      throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder();
    if (alignmentAndScoring) {
      options.include(AlignmentBenchmarks.class.getName() + "\\.")
          .include(ScoringBenchmarks.class.getName() + "\\.");
    }
    options.include(JsonBenchmarks.class.getName() + "\\.")
        .param("objectives", Integer.toString(size))
        .timeUnit(TimeUnit.MILLISECONDS)
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT);
    if (size >= SINGLE_SHOT_FROM) {
      // An operation takes seconds here, and in the quick profile the code is already compiled
      // by the smaller sizes run before in this JVM: one warm-up shot, then one (quick) or five.
      options.mode(Mode.SingleShotTime).warmupIterations(1).measurementIterations(quick ? 1 : 5);
      if (quick) {
        // Its growth shows from 10k to 100k; at 1M it would take a third of the quick budget.
        options.exclude(ScoringBenchmarks.class.getName() + ".explanationsOkrkit");
      }
    } else {
      options.mode(Mode.AverageTime)
          .warmupIterations(quick ? 1 : 5).warmupTime(TimeValue.seconds(1))
          .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 2));
    }
    if (quick) {
      options.forks(0);
    } else {
      options.forks(1).shouldDoGC(true)
          .jvmArgsAppend("-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m");
    }
    return new Runner(options.build()).run();
  }

  private static void measureMemory(Fixture fixture, Measurements measurements) {
    int size = fixture.plan().size();
    measurements.nodes(size, fixture.floor().nodeCount());
    measurements.retained("okrkit AlignmentIndex", size,
        RetainedMemory.of(() -> AlignmentIndex.of(fixture.plan())));
    measurements.retained("Guava ValueGraph", size,
        RetainedMemory.of(() -> PeerGraphs.guava(fixture.plan())));
    measurements.retained("JGraphT DefaultDirectedGraph", size,
        RetainedMemory.of(() -> PeerGraphs.jgrapht(fixture.plan())));
    measurements.retained("floor arrays", size, RetainedMemory.of(() -> FloorPlan.of(
        fixture.plan(), fixture.workload().asOf(), Fixture.CHILDREN_SHARE.doubleValue())));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void log(String format, Object... args) {
    System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
  }
}
