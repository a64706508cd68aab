package org.okrkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The table's arithmetic and verdicts, on numbers made up by hand. */
class RatioTableTest {

  private static final int K10 = 10_000;
  private static final int K100 = 100_000;
  private static final int M1 = 1_000_000;

  private static Measurements measurements() {
    Measurements m = new Measurements();
    m.time("validateRollUpOkrkit", M1, 300);
    m.time("validateRollUpFloor", M1, 200);     // 300 / 200 = 1.5: at the limit, PASS
    m.time("validateRollUpGuava", M1, 3_300);   // 3300 / 300 = 11: PASS
    m.time("validateRollUpJgrapht", M1, 2_700); // 2700 / 300 = 9: MISS
    m.time("scorecardOkrkit", M1, 1_050);
    m.time("scorecardFloor", M1, 100);          // 10.5: MISS
    m.time("rollUpOkrkit", K10, 2);
    m.time("rollUpOkrkit", K100, 20);           // 10× from 10k to 100k
    m.time("rollUpOkrkit", M1, 240);            // 12× from 100k to 1M: the worst, MISS
    m.time("checkInOkrkit", K10, 0.5);
    m.time("checkInOkrkit", M1, 0.9);           // 1.8: PASS
    m.nodes(M1, 6_000_000);
    m.retained("okrkit AlignmentIndex", M1, 90_000_000); // 15 bytes per node: PASS
    return m;
  }

  @Test
  void verdicts_judgeEachTargetAtItsLimit() {
    List<RatioTable.Verdict> verdicts = RatioTable.verdicts(measurements());
    assertEquals(List.of("PASS", "PASS", "MISS", "PASS", "MISS", "MISS", "PASS"),
        verdicts.stream().map(RatioTable.Verdict::verdict).toList());
    assertEquals("1.50×", verdicts.get(0).measured());
    assertEquals("15.0 B", verdicts.get(3).measured());
    assertEquals("12.0× (roll up, 100k → 1M)", verdicts.get(5).measured());
    assertEquals("1.80×", verdicts.get(6).measured());
  }

  @Test
  void verdicts_notMeasuredIsNeverPass() {
    Measurements m = new Measurements();
    m.time("validateRollUpOkrkit", K10, 3);
    m.time("validateRollUpFloor", K10, 2);
    for (RatioTable.Verdict verdict : RatioTable.verdicts(m)) {
      assertEquals("not measured", verdict.verdict(), verdict.target());
    }
  }

  @Test
  void verdicts_growthBelow1mCannotPass() {
    Measurements m = new Measurements();
    m.time("rollUpOkrkit", K10, 2);
    m.time("rollUpOkrkit", K100, 20); // 10×, but 1M was not run
    RatioTable.Verdict growth = RatioTable.verdicts(m).get(5);
    assertEquals("10.0× (roll up, 10k → 100k)", growth.measured());
    assertEquals("not measured at 1M", growth.verdict());
  }

  @Test
  void render_showsRatiosGrowthAndTimes() {
    String table = RatioTable.render(measurements());
    assertTrue(table.contains("| validate + roll up: okrkit ÷ floor | – | – | 1.50× |"), table);
    assertTrue(table.contains("| roll up | 10.0× | 12.0× |"), table);
    assertTrue(table.contains("| rollUpOkrkit | 2.00 | 20.0 | 240 |"), table);
  }

  @Test
  void render_jsonSectionGivesBytesPerObjectiveRatiosAndPeaksInMegabytes() {
    Measurements m = new Measurements();
    m.time("readOkrkit", M1, 9_000);
    m.time("readBaseline", M1, 6_000);             // 9000 / 6000 = 1.5
    m.documentBytes(K10, 45_670_000);              // 4,567 bytes per objective
    m.peak("readOkrkit", M1, new Measurements.PeakHeap(
        3L << 30, 1536L << 20, 1024L << 20, 1000L << 20)); // 3 GB = 3,072 MB in
    String table = RatioTable.render(m);
    assertTrue(table.contains("| JSON read: okrkit ÷ Jackson records | – | 1.50× |"), table);
    assertTrue(table.contains("| 10,000 | 45,670,000 | 4,567 |"), table);
    assertTrue(table.contains("### JSON peak heap at 1,000,000 objectives"), table);
    assertTrue(table.contains("| readOkrkit | 3,072 | 1,536 | 1,024 | 1,000 |"), table);
  }
}
