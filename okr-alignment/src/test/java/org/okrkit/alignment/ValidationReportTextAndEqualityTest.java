package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.okrkit.alignment.ValidationFixtures.ids;
import static org.okrkit.alignment.ValidationFixtures.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Plan;

/** A report's text (counts, then at most 100 violations) and its equality. */
class ValidationReportTextAndEqualityTest {

  /** [0] a. */
  private static final AlignmentIndex INDEX =
      AlignmentIndex.of(Plan.of(List.of(objective("a", Level.COMPANY).build())));

  private static Violation violation(Severity severity, String message) {
    return Violation.of("rule", severity, ids("a"), 1, Optional.empty(), message,
        Optional.empty());
  }

  /** {@code count} infos with the messages m-000, m-001, ..., which sort as numbered. */
  private static List<Violation> infos(int count) {
    List<Violation> infos = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      infos.add(violation(Severity.INFO, String.format("m-%03d", k)));
    }
    return infos;
  }

  @Test
  void counts_singularForOne() {
    ValidationReport report = ValidationReport.of(INDEX, List.of(
        violation(Severity.INFO, "i"), violation(Severity.WARNING, "w1"),
        violation(Severity.ERROR, "e"), violation(Severity.WARNING, "w2")));
    // 4 violations: 1 error, 2 warnings, so 4 - 1 - 2 = 1 info.
    assertEquals("1 error, 2 warnings, 1 info\nERROR rule: e\nWARNING rule: w1\n"
        + "WARNING rule: w2\nINFO rule: i", report.toString());
  }

  @Test
  void aHundredViolations_areAllShown() {
    String[] lines = ValidationReport.of(INDEX, infos(100)).toString().split("\n");
    // The counts line and the 100 violations, the last one m-099.
    assertEquals(101, lines.length);
    assertEquals("0 errors, 0 warnings, 100 infos", lines[0]);
    assertEquals("INFO rule: m-099", lines[100]);
  }

  @Test
  void overAHundredViolations_theRestAreCounted() {
    String[] lines = ValidationReport.of(INDEX, infos(102)).toString().split("\n");
    // The counts line, the first 100 violations (m-000 .. m-099), and 102 - 100 = 2 more.
    assertEquals(102, lines.length);
    assertEquals("INFO rule: m-000", lines[1]);
    assertEquals("INFO rule: m-099", lines[100]);
    assertEquals("... and 2 more", lines[101]);
  }

  @Test
  void equalWhenTheViolationsAreEqualInTheSameOrder() {
    List<Violation> two = List.of(violation(Severity.ERROR, "e"), violation(Severity.INFO, "i"));
    ValidationReport report = ValidationReport.of(INDEX, two);
    // Given in another order, the same violations sort the same: errors first.
    ValidationReport same = ValidationReport.of(INDEX, List.of(two.get(1), two.get(0)));
    assertEquals(report, same);
    assertEquals(report.hashCode(), same.hashCode());
    assertEquals(two.hashCode(), report.hashCode());
    assertNotEquals(report, ValidationReport.of(INDEX, two.subList(0, 1)));
    assertNotEquals(report, ValidationReport.of(INDEX, List.of()));
    assertNotEquals(report, two);
  }
}
