package org.okrkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.okrkit.core.Plan;
import org.okrkit.json.OkrJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Writing and reading the workload's plan document, okrkit beside plain Jackson data binding of
 * the same data as records ({@link PlanRecords}, {@link JsonBaseline}); both write the same bytes.
 * Writes go to a stream that only counts (the cost of the JSON alone) and to memory ({@link
 * ChunkedBytes}, since the 1,000,000-objective document is larger than a byte array can be); reads
 * are from the document in memory, written by okrkit once outside the timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBenchmarks {

  /** The number of objectives of the workload. */
  @Param({"10000"})
  public int objectives;

  private final OkrJson okrkit = OkrJson.json();
  private final JsonBaseline baseline = new JsonBaseline();
  private Plan plan;
  private PlanRecords.PlanRecord records;
  private ChunkedBytes document;

  /**
   * Takes the shared workload and, untimed, what this benchmark reads: the records for the
   * baseline's writes, the document for the reads. Only that, so that at 1,000,000 objectives the
   * heap holds the plan and one of the two (the document alone is 3 GB), not both.
   *
   * @param benchmark  the benchmark about to run
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams benchmark) {
    Fixture fixture = Fixture.of(objectives);
    fixture.releasePeerGraphs();
    plan = fixture.plan();
    String name = benchmark.getBenchmark();
    String method = name.substring(name.lastIndexOf('.') + 1);
    if (method.startsWith("write") && method.endsWith("Baseline")) {
      records = PlanRecords.of(plan);
    }
    if (method.startsWith("read")) {
      document = new ChunkedBytes();
      okrkit.write(plan, document);
    }
  }

  /** Lets the records and the document go before the next size's workload is generated. */
  @TearDown(Level.Trial)
  public void tearDown() {
    records = null;
    document = null;
  }

  /** okrkit: the plan written, counted and dropped. @return the bytes written */
  @Benchmark
  public long writeOkrkit() {
    ChunkedBytes.Counting out = new ChunkedBytes.Counting();
    okrkit.write(plan, out);
    return out.count();
  }

  /** Baseline: the records written by data binding, counted and dropped. @return the bytes */
  @Benchmark
  public long writeBaseline() {
    ChunkedBytes.Counting out = new ChunkedBytes.Counting();
    baseline.write(records, out);
    return out.count();
  }

  /** okrkit: the plan written to memory. @return the document */
  @Benchmark
  public ChunkedBytes writeToMemoryOkrkit() {
    ChunkedBytes out = new ChunkedBytes();
    okrkit.write(plan, out);
    return out;
  }

  /** Baseline: the records written to memory. @return the document */
  @Benchmark
  public ChunkedBytes writeToMemoryBaseline() {
    ChunkedBytes out = new ChunkedBytes();
    baseline.write(records, out);
    return out;
  }

  /** okrkit: the plan read, every rule of the model checked. @return the plan */
  @Benchmark
  public Plan readOkrkit() {
    return okrkit.readPlan(document.inputStream());
  }

  /** Baseline: the records read by data binding, no rule checked. @return the records */
  @Benchmark
  public PlanRecords.PlanRecord readBaseline() {
    return baseline.read(document.inputStream());
  }
}
