package org.okrkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.Cascade;
import org.okrkit.alignment.CascadePath;
import org.okrkit.alignment.Coverage;
import org.okrkit.alignment.CoverageShare;
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
import org.okrkit.core.Status;
import org.okrkit.quickstart.QuickstartTest;

/**
 * The README's alignment queries, verbatim between the markers, with their answers worked by
 * hand. It lives outside okr-alignment's package, so it uses the public API only.
 */
class ReadmeAlignTest {

  @Test
  void readmeAlign() {
    // The quickstart's objective as drafted: before its activation on 2026-01-05.
    Objective objective =
        QuickstartTest.closedQuickstartObjective().asOf(LocalDate.of(2026, 1, 4));
    assertEquals(Status.DRAFT, objective.status());
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
    Plan plan = Plan.of(List.of(company, department,
        objective.alignTo(Alignment.toKeyResult(keepCustomers, retained))));

    Cascade cascade = Cascade.of(plan);
    CascadePath why = cascade.pathToTop(objective.id());
    // why: retention-2026-q1 -> keep-customers-2026/retained-revenue -> love-2026 (company)
    List<ObjectiveId> affected = cascade.descendants(love);
    // affected: keep-customers-2026, then retention-2026-q1
    Coverage coverage = cascade.coverage();
    // coverage.objectives(): 2 of 2 aligned; coverage.keyResults(Level.COMPANY): 0 of 1,
    // since nothing supports arr yet
    // README align ends

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
