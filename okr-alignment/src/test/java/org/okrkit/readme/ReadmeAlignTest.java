package org.okrkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentIndex;
import org.okrkit.alignment.AlignmentValidator;
import org.okrkit.alignment.Cascade;
import org.okrkit.alignment.CascadePath;
import org.okrkit.alignment.Coverage;
import org.okrkit.alignment.CoverageShare;
import org.okrkit.alignment.RollUp;
import org.okrkit.alignment.RollUpPolicy;
import org.okrkit.alignment.RolledUpPlan;
import org.okrkit.alignment.ValidationReport;
import org.okrkit.alignment.Violation;
import org.okrkit.core.Alignment;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.quickstart.QuickstartTest;
import org.okrkit.quickstart.ReadmeSnippets;
import org.okrkit.scoring.Score;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/**
 * The README's alignment queries, verbatim between the markers, with their answers worked by
 * hand. It lives outside okr-alignment's package, so it uses the public API only.
 */
class ReadmeAlignTest {

  @Test
  void readmeShowsExactlyThisExample() throws IOException {
    ReadmeSnippets.assertReadmeShows(Path.of("../README.md"), "## Align it",
        Path.of("src/test/java/org/okrkit/readme/ReadmeAlignTest.java"), "README align");
  }

  @Test
  void readmeAlign() {
    Objective closed = QuickstartTest.closedQuickstartObjective();
    // README align begins
    PersonId grace = PersonId.of("grace");
    ObjectiveId love = ObjectiveId.of("love-2026");
    ObjectiveId keepCustomers = ObjectiveId.of("keep-customers-2026");
    KeyResultId retained = KeyResultId.of("retained-revenue");

    Objective company = Objective.builder()
        .id(love).title("Customers love what we build").level(Level.COMPANY).owner(grace)
        .period(Period.calendarYear(2026)).commitment(Commitment.COMMITTED)
        .addKeyResults(KeyResult.builder().id(KeyResultId.of("arr")).title("Grow ARR to 10 M")
            .owner(grace).measure(Metric.of(new BigDecimal("6"), new BigDecimal("10"), "M EUR"))
            .build())
        .build();
    Objective department = Objective.builder()
        .id(keepCustomers).title("Keep the customers we win").level(Level.DEPARTMENT)
        .owner(grace).period(Period.calendarYear(2026)).commitment(Commitment.COMMITTED)
        .addKeyResults(KeyResult.builder().id(retained).title("Retain 95 % of revenue")
            .owner(grace).measure(Metric.of(new BigDecimal("90"), new BigDecimal("95"), "%"))
            .build())
        .addAlignments(Alignment.toObjective(love))
        .build();
    // the builder restores the closed objective with its history and one more link
    Objective retention = Objective.builder().from(closed)
        .addAlignments(Alignment.toKeyResult(keepCustomers, retained)).build();
    Plan plan = Plan.of(List.of(company, department, retention));

    ValidationReport report = AlignmentValidator.standard().validate(plan);
    // report.isValid() is true: no errors; two warnings (company and department have one key
    // result each) and one info (nothing supports arr yet)

    RolledUpPlan rolledUp = RollUp.of(AlignmentIndex.of(plan), Scorer.of(ScoringProfile.google()),
        LocalDate.of(2026, 3, 31), RollUpPolicy.blended(new BigDecimal("0.5")));
    // retention 0.5833 (its own 7/12), department 0.2917, company 0.1458
    String how = rolledUp.objective(love).explanation().toString();

    Cascade cascade = Cascade.of(plan);
    CascadePath why = cascade.pathToTop(retention.id());
    // why: retention-2026-q1 -> keep-customers-2026/retained-revenue -> love-2026 (company)
    List<ObjectiveId> affected = cascade.descendants(love);
    // affected: keep-customers-2026, then retention-2026-q1
    Coverage coverage = cascade.coverage();
    // coverage.objectives(): 2 of 2 aligned; coverage.keyResults(Level.COMPANY): 0 of 1,
    // since nothing supports arr yet
    // README align ends

    assertTrue(report.isValid(), report::toString);
    assertEquals(List.of("key-result-count", "key-result-count"),
        report.warnings().stream().map(Violation::ruleId).collect(Collectors.toList()));
    assertEquals(List.of(love, keepCustomers), report.warnings().stream()
        .map(violation -> violation.objectiveIds().get(0)).collect(Collectors.toList()));
    assertEquals(1, report.infos().size());
    assertEquals("unsupported-parent-key-result", report.infos().get(0).ruleId());
    assertEquals(Optional.of(KeyResultId.of("arr")), report.infos().get(0).keyResultId());
    // retention has no children: its own exact score, 7/12 = 0.58333... -> 0.5833.
    assertEquals(Optional.of(new BigDecimal("0.5833")),
        rolledUp.objective(retention.id()).score().map(Score::value));
    // department: its key result retained has no check-in (0 under google) and retention below
    // it; blended 0.5: 0 x 0.5 + 7/12 x 0.5 = 7/24 = 0.291666... -> 0.2917.
    assertEquals(Optional.of(new BigDecimal("0.2917")),
        rolledUp.objective(keepCustomers).score().map(Score::value));
    // company: arr has no check-in (0); the department below it as a whole, weight 1:
    // 0 x 0.5 + 7/24 x 0.5 = 7/48 = 0.1458333... -> 0.1458.
    assertEquals(Optional.of(new BigDecimal("0.1458")),
        rolledUp.objective(love).score().map(Score::value));
    assertTrue(how.contains("love-2026"), how);

    // retention aligns to the department's key result, the department to the company as a whole.
    assertEquals(List.of(AlignmentTarget.of(keepCustomers, retained), AlignmentTarget.of(love)),
        why.steps());
    assertEquals(
        "retention-2026-q1 -> keep-customers-2026/retained-revenue -> love-2026 (company)",
        why.toString());
    // One link below love: the department; two links below: retention.
    assertEquals(List.of(keepCustomers, ObjectiveId.of("retention-2026-q1")), affected);
    // Below the company: the department and retention, both aligned. arr: no link points at it;
    // retained-revenue: retention's link; the three team key results: nothing below them.
    assertEquals(CoverageShare.of(2, 2), coverage.objectives());
    assertEquals(CoverageShare.of(0, 1), coverage.keyResults(Level.COMPANY));
    assertEquals(CoverageShare.of(1, 1), coverage.keyResults(Level.DEPARTMENT));
    assertEquals(CoverageShare.of(0, 3), coverage.keyResults(Level.TEAM));
    assertEquals(AlignmentTarget.of(love, KeyResultId.of("arr")),
        coverage.unsupportedKeyResults().get(0));
  }
}
