package org.okrkit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.SortedSet;

/**
 * Renders a run's measurements as Markdown: the times, the ratios the issue asks for (okrkit ÷
 * floor, peers ÷ okrkit, growth per 10× in size), memory, and each target with PASS or MISS.
 *
 * <p>A ratio is only ever taken between numbers of the same run, never across runs. A target whose
 * numbers were not measured (a size left out of the run, say) shows "not measured", not PASS.
 */
public final class RatioTable {

  /** The size the targets are stated at. */
  static final int TARGET_SIZE = 1_000_000;
  /** The small size of the check-in target. */
  static final int SMALL_SIZE = 10_000;

  /** The okrkit operations whose growth is checked, each with a label. */
  static final String[][] OKRKIT_OPERATIONS = {
      {"buildOkrkit", "build the index"},
      {"validateOkrkit", "validate (every built-in rule)"},
      {"cyclesOkrkit", "alignment cycles alone"},
      {"rollUpOkrkit", "roll up"},
      {"validateRollUpOkrkit", "validate and roll up"},
      {"scorecardOkrkit", "score every key result and objective"},
      {"explanationsOkrkit", "score and read every explanation"},
  };

  /** Ratios: label, numerator, denominator. */
  static final String[][] RATIOS = {
      {"validate + roll up: okrkit ÷ floor", "validateRollUpOkrkit", "validateRollUpFloor"},
      {"validate + roll up: Guava ÷ okrkit", "validateRollUpGuava", "validateRollUpOkrkit"},
      {"validate + roll up: JGraphT ÷ okrkit", "validateRollUpJgrapht", "validateRollUpOkrkit"},
      {"roll up: okrkit ÷ floor", "rollUpOkrkit", "rollUpFloor"},
      {"cycles: okrkit ÷ floor", "cyclesOkrkit", "cyclesFloor"},
      {"cycles: Guava hasCycle ÷ okrkit", "cyclesGuava", "cyclesOkrkit"},
      {"cycles: JGraphT CycleDetector ÷ okrkit", "cyclesJgrapht", "cyclesOkrkit"},
      {"cycles: JGraphT topological order ÷ okrkit", "topologicalJgrapht", "cyclesOkrkit"},
      {"build: okrkit index ÷ floor arrays", "buildOkrkit", "buildFloor"},
      {"build: Guava graph ÷ okrkit index", "buildGuava", "buildOkrkit"},
      {"build: JGraphT graph ÷ okrkit index", "buildJgrapht", "buildOkrkit"},
      {"scorecard: okrkit ÷ floor", "scorecardOkrkit", "scorecardFloor"},
      {"explanations ÷ scorecard (okrkit)", "explanationsOkrkit", "scorecardOkrkit"},
      {"JSON write, counted: okrkit ÷ Jackson records", "writeOkrkit", "writeBaseline"},
      {"JSON write to memory: okrkit ÷ Jackson records", "writeToMemoryOkrkit",
          "writeToMemoryBaseline"},
      {"JSON read: okrkit ÷ Jackson records", "readOkrkit", "readBaseline"},
  };

  private RatioTable() {}

  /**
   * Renders the measurements.
   *
   * @param measurements  the run's measurements, not null
   * @return the Markdown, not null
   */
  public static String render(Measurements measurements) {
    StringBuilder out = new StringBuilder();
    SortedSet<Integer> sizes = measurements.sizes();
    out.append("### Targets\n\n| target | measured | verdict |\n|---|---|---|\n");
    for (Verdict verdict : verdicts(measurements)) {
      out.append("| ").append(verdict.target).append(" | ").append(verdict.measured)
          .append(" | ").append(verdict.verdict).append(" |\n");
    }
    out.append("\n### Ratios (same run)\n\n").append(header("ratio", sizes));
    for (String[] ratio : RATIOS) {
      out.append("| ").append(ratio[0]);
      for (int size : sizes) {
        out.append(" | ").append(format(ratio(measurements, ratio[1], ratio[2], size), "×"));
      }
      out.append(" |\n");
    }
    out.append("\n### Growth per 10× in size (time ratio; linear is 10×)\n\n")
        .append("| okrkit operation | 10k → 100k | 100k → 1M |\n|---|---|---|\n");
    for (String[] operation : OKRKIT_OPERATIONS) {
      out.append("| ").append(operation[1])
          .append(" | ").append(format(growth(measurements, operation[0], 10_000), "×"))
          .append(" | ").append(format(growth(measurements, operation[0], 100_000), "×"))
          .append(" |\n");
    }
    out.append("\n### Memory retained beyond the plan (bytes per node: objectives and key results;"
        + " per objective)\n\n").append(header("structure", sizes));
    for (String structure : measurements.structures()) {
      out.append("| ").append(structure);
      for (int size : sizes) {
        out.append(" | ").append(format(measurements.bytesPerNode(structure, size), " B"))
            .append(" / ").append(format(measurements.bytesPerObjective(structure, size), " B"));
      }
      out.append(" |\n");
    }
    json(measurements, out);
    out.append("\n### Times (milliseconds per operation)\n\n").append(header("benchmark", sizes));
    for (String benchmark : measurements.benchmarks()) {
      out.append("| ").append(benchmark);
      for (int size : sizes) {
        out.append(" | ").append(format(measurements.millis(benchmark, size), ""));
      }
      out.append(" |\n");
    }
    return out.toString();
  }

  /** The plan documents' sizes and the JSON operations' peak heap, if measured. */
  private static void json(Measurements measurements, StringBuilder out) {
    if (!measurements.documentBytes().isEmpty()) {
      out.append("\n### JSON plan documents\n\n| objectives | bytes | bytes per objective |\n"
          + "|---|---|---|\n");
      measurements.documentBytes().forEach((size, bytes) -> out.append(String.format(Locale.ROOT,
          "| %,d | %,d | %s |%n", size, bytes,
          format(OptionalDouble.of((double) bytes / size), ""))));
    }
    if (!measurements.peaks().isEmpty()) {
      out.append(String.format(Locale.ROOT, "%n### JSON peak heap at %,d objectives (MB; a JVM"
          + " per operation; above the input held)%n%n", measurements.peakSize()))
          .append("| operation | input held | peak in use | peak live | result retains |\n"
              + "|---|---|---|---|---|\n");
      measurements.peaks().forEach((operation, peak) -> out.append("| ").append(operation)
          .append(" | ").append(megabytes(peak.input()))
          .append(" | ").append(megabytes(peak.peakUsed()))
          .append(" | ").append(megabytes(peak.peakLive()))
          .append(" | ").append(megabytes(peak.retained())).append(" |\n"));
    }
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%,d", Math.round(bytes / 1048576.0));
  }

  private static String header(String first, SortedSet<Integer> sizes) {
    StringBuilder header = new StringBuilder("| ").append(first);
    StringBuilder rule = new StringBuilder("|---");
    for (int size : sizes) {
      header.append(" | ").append(String.format(Locale.ROOT, "%,d", size));
      rule.append("|---");
    }
    return header.append(" |\n").append(rule).append("|\n").toString();
  }

  /** A target, what was measured and whether it is met. */
  record Verdict(String target, String measured, String verdict) {}

  /**
   * Judges every target of the issue.
   *
   * @param m  the measurements, not null
   * @return the verdicts, in the order, not null
   */
  static List<Verdict> verdicts(Measurements m) {
    List<Verdict> verdicts = new ArrayList<>();
    verdicts.add(atMost("validate + roll up at 1M ≤ 1.5× the floor",
        ratio(m, "validateRollUpOkrkit", "validateRollUpFloor", TARGET_SIZE), 1.5, "×"));
    verdicts.add(atLeast("validate + roll up at 1M ≥ 10× faster than Guava",
        ratio(m, "validateRollUpGuava", "validateRollUpOkrkit", TARGET_SIZE), 10, "×"));
    verdicts.add(atLeast("validate + roll up at 1M ≥ 10× faster than JGraphT",
        ratio(m, "validateRollUpJgrapht", "validateRollUpOkrkit", TARGET_SIZE), 10, "×"));
    verdicts.add(atMost("index ≤ 16 bytes per node retained (largest size measured)",
        largest(m, size -> m.bytesPerNode("okrkit AlignmentIndex", size)), 16, " B"));
    verdicts.add(atMost("scorecard of 5,000,000 key results (1M) ≤ 10× the double loop",
        ratio(m, "scorecardOkrkit", "scorecardFloor", TARGET_SIZE), 10, "×"));
    OptionalDouble worst = OptionalDouble.empty();
    String worstName = "";
    for (String[] operation : OKRKIT_OPERATIONS) {
      for (int from : new int[] {10_000, 100_000}) {
        OptionalDouble g = growth(m, operation[0], from);
        if (g.isPresent() && (worst.isEmpty() || g.getAsDouble() > worst.getAsDouble())) {
          worst = g;
          worstName = operation[1] + (from == 10_000 ? ", 10k → 100k" : ", 100k → 1M");
        }
      }
    }
    Verdict growth = atMost("growth per 10× ≤ 11× (worst okrkit operation)", worst, 11, "×");
    // The target runs to 1M: below it, growth can miss but not pass.
    String growthVerdict = growth.verdict.equals("PASS") && !m.sizes().contains(TARGET_SIZE)
        ? "not measured at 1M" : growth.verdict;
    verdicts.add(new Verdict(growth.target,
        growth.measured + (worst.isPresent() ? " (" + worstName + ")" : ""), growthVerdict));
    verdicts.add(atMost("one check-in re-scored: 1M ≤ 2× 10k",
        ratioAcross(m, "checkInOkrkit", TARGET_SIZE, SMALL_SIZE), 2, "×"));
    return verdicts;
  }

  private interface PerSize {
    OptionalDouble at(int size);
  }

  private static OptionalDouble largest(Measurements m, PerSize value) {
    OptionalDouble found = OptionalDouble.empty();
    for (int size : m.sizes()) {
      OptionalDouble v = value.at(size);
      if (v.isPresent()) {
        found = v;
      }
    }
    return found;
  }

  private static Verdict atMost(String target, OptionalDouble measured, double limit, String unit) {
    return new Verdict(target, format(measured, unit), measured.isEmpty() ? "not measured"
        : measured.getAsDouble() <= limit ? "PASS" : "MISS");
  }

  private static Verdict atLeast(String target, OptionalDouble measured, double limit,
      String unit) {
    return new Verdict(target, format(measured, unit), measured.isEmpty() ? "not measured"
        : measured.getAsDouble() >= limit ? "PASS" : "MISS");
  }

  /** {@code numerator ÷ denominator}, two benchmarks at one size. */
  static OptionalDouble ratio(Measurements m, String numerator, String denominator, int size) {
    OptionalDouble top = m.millis(numerator, size);
    OptionalDouble bottom = m.millis(denominator, size);
    return top.isEmpty() || bottom.isEmpty() || bottom.getAsDouble() <= 0 ? OptionalDouble.empty()
        : OptionalDouble.of(top.getAsDouble() / bottom.getAsDouble());
  }

  /** One benchmark at one size ÷ the same at another. */
  static OptionalDouble ratioAcross(Measurements m, String benchmark, int size, int baseSize) {
    OptionalDouble top = m.millis(benchmark, size);
    OptionalDouble bottom = m.millis(benchmark, baseSize);
    return top.isEmpty() || bottom.isEmpty() || bottom.getAsDouble() <= 0 ? OptionalDouble.empty()
        : OptionalDouble.of(top.getAsDouble() / bottom.getAsDouble());
  }

  /** The time at ten times a size ÷ the time at that size. */
  static OptionalDouble growth(Measurements m, String benchmark, int from) {
    return ratioAcross(m, benchmark, from * 10, from);
  }

  static String format(OptionalDouble value, String unit) {
    if (value.isEmpty()) {
      return "–";
    }
    double v = value.getAsDouble();
    String digits = v >= 100 ? "%,.0f" : v >= 10 ? "%.1f" : v >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, digits, v) + unit;
  }
}
