package org.okrkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
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
import org.okrkit.review.AccountabilityOverdue;
import org.okrkit.review.AccountabilityPolicy;
import org.okrkit.review.AccountabilityRisk;
import org.okrkit.review.AccountabilityView;
import org.okrkit.review.PersonView;
import org.okrkit.review.Retrospective;
import org.okrkit.review.RetrospectiveObjective;
import org.okrkit.scoring.Judgement;
import org.okrkit.scoring.PaceStatus;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/**
 * The README's review example, verbatim between the markers, with its answers worked by hand. It
 * continues the README's "Align it" plan, rebuilt here as the README builds it.
 */
class ReadmeReviewTest {

  private static final ObjectiveId LOVE = ObjectiveId.of("love-2026");
  private static final ObjectiveId KEEP_CUSTOMERS = ObjectiveId.of("keep-customers-2026");
  private static final KeyResultId RETAINED = KeyResultId.of("retained-revenue");

  /** The plan of the README's "Align it" section. */
  private static Plan alignedPlan() {
    PersonId grace = PersonId.of("grace");
    Objective company = Objective.builder()
        .id(LOVE).title("Customers love what we build").level(Level.COMPANY).owner(grace)
        .period(Period.calendarYear(2026)).commitment(Commitment.COMMITTED)
        .addKeyResults(KeyResult.builder().id(KeyResultId.of("arr")).title("Grow ARR to 10 M")
            .owner(grace).measure(Metric.of(new BigDecimal("6"), new BigDecimal("10"), "M EUR"))
            .build())
        .build();
    Objective department = Objective.builder()
        .id(KEEP_CUSTOMERS).title("Keep the customers we win").level(Level.DEPARTMENT)
        .owner(grace).period(Period.calendarYear(2026)).commitment(Commitment.COMMITTED)
        .addKeyResults(KeyResult.builder().id(RETAINED).title("Retain 95 % of revenue")
            .owner(grace).measure(Metric.of(new BigDecimal("90"), new BigDecimal("95"), "%"))
            .build())
        .addAlignments(Alignment.toObjective(LOVE))
        .build();
    Objective retention = Objective.builder().from(QuickstartTest.closedQuickstartObjective())
        .addAlignments(Alignment.toKeyResult(KEEP_CUSTOMERS, RETAINED)).build();
    return Plan.of(List.of(company, department, retention));
  }

  @Test
  void readmeReview() {
    Plan plan = alignedPlan();
    // README review begins
    Scorer scorer = Scorer.of(ScoringProfile.google());
    Retrospective quarter = Retrospective.of(plan, Period.calendarQuarter(2026, 1), scorer,
        LocalDate.of(2026, 3, 31));
    // quarter.objectives(): retention-2026-q1 at 0.5833, below expectation;
    // quarter.unsupportedKeyResults(): love-2026/arr, which no quarterly objective supports
    String forPeople = quarter.toMarkdown();

    AccountabilityView midMarch = AccountabilityView.of(plan, scorer, LocalDate.of(2026, 3, 15),
        AccountabilityPolicy.defaults());
    PersonView ada = midMarch.person(PersonId.of("ada")).orElseThrow();
    // ada.risks(): churn off track, nps at risk; ada.overdue(): churn, nps and launch, under the
    // default weekly cadence
    // README review ends

    // retention: (4/15 + 2 x 8/15 + 1) / 4 = 7/12 = 0.58333... -> 0.5833, aspirational, below 0.7
    RetrospectiveObjective retention = quarter.objectives().get(0);
    assertEquals(1, quarter.objectives().size());
    assertEquals(ObjectiveId.of("retention-2026-q1"), retention.objectiveId());
    assertEquals(new BigDecimal("0.5833"), retention.score().orElseThrow().value());
    assertEquals(Judgement.BELOW_EXPECTATION, retention.judgement());
    // the department aligns to love as a whole and retention to retained-revenue: arr is alone
    assertEquals(List.of(AlignmentTarget.of(LOVE, KeyResultId.of("arr"))),
        quarter.unsupportedKeyResults());
    assertTrue(forPeople.contains("0.5833"), forPeople);
    // On March 15, 74 of Q1's 90 days have passed: 0.8222... expected. churn: 7.2 from 8 to 5
    // is 4/15 = 0.2667, 0.5556 behind: off track (more than 0.5). nps: 38 from 30 to 45 (the
    // target adjusted on Feb 15) is 8/15 = 0.5333, 0.2889 behind: at risk (more than 0.25).
    // launch has no value yet: no pace, so no risk.
    assertEquals(List.of(PaceStatus.OFF_TRACK, PaceStatus.AT_RISK),
        ada.risks().stream().map(AccountabilityRisk::status).collect(Collectors.toList()));
    // churn and nps were last checked in on Feb 1: 28 + 14 = 42 days; launch never, so since
    // its activation on Jan 5: 26 + 28 + 15 = 69 days; all more than 7
    assertEquals(List.of(42L, 42L, 69L),
        ada.overdue().stream().map(AccountabilityOverdue::daysSince).collect(Collectors.toList()));
  }

  @Test
  void readmeShowsExactlyThisExample() throws IOException {
    ReadmeSnippets.assertReadmeShows(Path.of("../README.md"), "## Review it",
        Path.of("src/test/java/org/okrkit/readme/ReadmeReviewTest.java"), "README review");
  }
}
