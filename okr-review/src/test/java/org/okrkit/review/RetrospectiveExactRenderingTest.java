package org.okrkit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.review.RetrospectiveScenario.*;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
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
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/**
 * The renderings line by line: each expected line is written out from the format in {@link
 * RetrospectiveRendering} (text: {@code - } per objective, {@code   - } per key result, {@code
 * - adjusted} per adjustment, {@code n. question verdict} then {@code    - } per figure; Markdown:
 * one table row per record, every cell and line written literally, so {@code _ [ ] >} are
 * escaped). Two plans: the seed scenario, and a tidy one where every judgement the scenario lacks
 * occurs (achieved, meeting 0.7 and too safe, not scored, a year on course, an annual adjustment).
 */
class RetrospectiveExactRenderingTest {

  private static final Plan PLAN = plan();
  private static final Scorer SCORER = Scorer.of(ScoringProfile.google()).withKpisOf(PLAN);
  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());

  private static final ObjectiveId COMPANY = ObjectiveId.of("co-2026");
  private static final KeyResultId USERS = KeyResultId.of("users");
  private static final KeyResultId SIGNUPS = KeyResultId.of("signups");

  private static KeyResult metric(String id, String title, PersonId owner, String target) {
    return KeyResult.builder().id(KeyResultId.of(id)).title(title).owner(owner)
        .measure(Metric.of(BigDecimal.ZERO, dec(target), id)).build();
  }

  private static Objective quarter(String id, String title, Commitment commitment,
      PersonId owner, KeyResult keyResult, KeyResultId supported) {
    return Objective.builder().id(ObjectiveId.of(id)).title(title).level(Level.TEAM)
        .owner(owner).period(Q1).commitment(commitment).addKeyResults(keyResult)
        .addAlignments(Alignment.toKeyResult(COMPANY, supported)).build();
  }

  /**
   * The tidy plan: the company's year, users 0 -> 100 (checked in 0, 20, 40 on days 0, 40, 80:
   * 0.5 a day, 182 by 31 December, on course) and signups 0 -> 50, never checked in and adjusted
   * to 60 on 15 February; under it safe-q1 (aspirational, 10 of 10: meets 0.7 and too safe),
   * done-q1 (committed, 4 of 4: achieved) and draft-q1 (committed, never activated: not scored).
   */
  static Plan tidyPlan() {
    Objective company = Objective.builder().id(COMPANY).title("Grow users").level(Level.COMPANY)
        .owner(GRACE).period(YEAR).commitment(Commitment.COMMITTED)
        .addKeyResults(metric("users", "Users to 100", GRACE, "100"),
            metric("signups", "Signups to 50", GRACE, "50"))
        .build()
        .activate(day(1, 1))
        .checkIn(USERS, CheckIn.of(day(1, 1), dec("0")))
        .checkIn(USERS, CheckIn.of(day(2, 10), dec("20")))
        .checkIn(USERS, CheckIn.of(day(3, 22), dec("40")))
        .adjustTarget(SIGNUPS, day(2, 15), dec("60"), "Launch moved up");
    Objective safe = quarter("safe-q1", "Make safe calls", Commitment.ASPIRATIONAL, ADA,
        metric("calls", "Make 10 calls", ADA, "10"), USERS)
        .activate(day(1, 1)).checkIn(KeyResultId.of("calls"), CheckIn.of(day(3, 20), dec("10")));
    Objective done = quarter("done-q1", "Give demos", Commitment.COMMITTED, ADA,
        metric("demos", "Give 4 demos", ADA, "4"), USERS)
        .activate(day(1, 1)).checkIn(KeyResultId.of("demos"), CheckIn.of(day(3, 25), dec("4")));
    Objective draft = quarter("draft-q1", "Write docs", Commitment.COMMITTED, BOB,
        metric("docs", "Write 5 docs", BOB, "5"), SIGNUPS);
    return Plan.of(List.of(company, safe, done, draft));
  }

  private static Retrospective scenario() {
    return Retrospective.of(PLAN, Q1, SCORER, END_OF_Q1);
  }

  private static Retrospective tidy() {
    return Retrospective.of(tidyPlan(), Q1, GOOGLE, END_OF_Q1);
  }

  private static List<String> lines(String text) {
    return Arrays.asList(text.split("\n", -1));
  }

  /** The text from the line starting with {@code from} to the end. */
  private static String from(String text, String from) {
    int start = text.indexOf(from);
    assertTrue(start >= 0, () -> "no " + from + " in\n" + text);
    return text.substring(start);
  }

  @Test
  void text_listsEachKeyResultWithItsAdjustmentsAndWhetherItWasEverCheckedIn() {
    List<String> text = lines(scenario().toText());
    // NPS: 45 against the adjusted 45 is 1 (exact 1, grade 1, green), reached, on track on the
    // last day where 1 is expected, no confidence given; then its one adjustment
    int nps = text.indexOf("  - nps \"NPS from 30 to 50\": owner bob, source check-ins; "
        + "score 1 (exact 1, grade 1, GREEN); target reached yes; pace ON_TRACK, expected 1; "
        + "confidence none");
    assertTrue(nps >= 0, () -> String.join("\n", text));
    assertEquals("    - adjusted 2026-02-15 to metric 30 -> 45 points: Survey scale changed",
        text.get(nps + 1));
    assertTrue(text.contains("  - onboarding \"Onboarding programme\": owner ada, source "
        + "check-ins; score not scored; target reached no; pace NOT_SCORED, expected 1; "
        + "confidence none; never checked in"), () -> String.join("\n", text));
    // deals was checked in: nothing after its confidence; 8 of 10 = 0.8, on track (0.2 behind)
    assertTrue(text.contains("  - deals \"Close 10 deals\": owner ada, source check-ins; "
        + "score 0.8 (exact 0.8, grade 0.8, GREEN); target reached no; pace ON_TRACK, "
        + "expected 1; confidence none"), () -> String.join("\n", text));
  }

  @Test
  void text_answersQuestionsTwoToSixWithTheirFigures() {
    // worked in RetrospectiveTest: sales-q1 missed, hiring-q1 below 0.7, 2 of 5 key results
    // reached (pipeline, NPS); hires behind, onboarding never checked in; revenue supported,
    // retention not; revenue short by 120 - 91 = 29 and 1 - 0.7583 = 0.2417
    assertEquals("2. How complete is each objective and key result? 0 achieved, 1 committed "
        + "missed (need an explanation), 0 aspirational meet 0.7, 1 below, 0 not scored, of 2 "
        + "objectives; 2 of 5 key results reached their target\n"
        + "   - objectives: 2; key results: 5, reached their target: 2\n"
        + "   - committed missed, needing an explanation: sales-q1\n"
        + "   - aspirational below 0.7: hiring-q1\n"
        + "3. What blocked it? 1 key results behind, 1 never checked in\n"
        + "   - behind: hiring-q1/hires\n"
        + "   - never checked in: hiring-q1/onboarding\n"
        + "4. Do the quarters support the year? partly: 1 of 2 annual key results supported, 1 of "
        + "2 objectives of the period aligned to no annual objective\n"
        + "   - annual key results: 2; objectives of the period shorter than a year: 2\n"
        + "   - annual key results with no support in the period: grow-2026/retention\n"
        + "   - aligned to no annual objective: hiring-q1\n"
        + "5. Is the year reachable? not at the current pace: 0 annual key results on course, "
        + "1 falling short, 1 without forecast\n"
        + "   - falling short: grow-2026/revenue\n"
        + "   - without forecast: grow-2026/retention\n"
        + "6. Does the year need adjusting? consider it: 1 annual key results fall short at the "
        + "current pace; 0 annual and 1 period adjustments already made\n"
        + "   - reconsider grow-2026/revenue; short by 29 in value, 0.2417 in score\n"
        + "   - period adjustment sales-q1/nps 2026-02-15 to metric 30 -> 45 points: Survey scale "
        + "changed\n",
        from(scenario().toText(), "2. How complete"));
  }

  @Test
  void text_ofTheTidyPlan_showsTooSafeAchievedNotScoredAndAYearOnCourse() {
    String text = tidy().toText();
    List<String> lines = lines(text);
    // 10 of 10: 1, grade 1, green; aspirational at 1 meets 0.7, and 1 of 1 reached is too safe
    assertTrue(lines.contains("- safe-q1 \"Make safe calls\": TEAM, owner ada, unit none, "
        + "QUARTER[2026-01-01..2026-03-31], ASPIRATIONAL, ACTIVE; score 1 (exact 1, grade 1, "
        + "GREEN); MEETS_EXPECTATION; too safe"), text);
    assertTrue(lines.contains("- done-q1 \"Give demos\": TEAM, owner ada, unit none, "
        + "QUARTER[2026-01-01..2026-03-31], COMMITTED, ACTIVE; score 1 (exact 1, grade 1, "
        + "GREEN); ACHIEVED"), text);
    // users: 0.5 a day from the origin, 0.5 x 364 = 182 by 31 December, capped at 1; the line
    // crosses 100 on day 200, 20 July
    assertTrue(lines.contains("  - users \"Users to 100\": supported in the period yes; "
        + "forecast from 3 values, slope 0.5 per day: 182 by period end, score 1 (exact 1, "
        + "grade 1, GREEN), target 100, reaches it, line reaches the target on 2026-07-20"),
        text);
    assertTrue(lines.contains("   - too safe: safe-q1"), text);
    assertEquals("2. How complete is each objective and key result? 1 achieved, 0 committed "
        + "missed (need an explanation), 1 aspirational meet 0.7, 0 below, 1 not scored, of 3 "
        + "objectives; 2 of 3 key results reached their target\n"
        + "   - objectives: 3; key results: 3, reached their target: 2\n"
        + "   - achieved: done-q1\n"
        + "   - aspirational meeting 0.7: safe-q1\n"
        + "   - not scored: draft-q1\n"
        + "3. What blocked it? 0 key results behind, 1 never checked in\n"
        + "   - never checked in: draft-q1/docs\n"
        + "4. Do the quarters support the year? yes: 2 of 2 annual key results supported, 0 of 3 "
        + "objectives of the period aligned to no annual objective\n"
        + "   - annual key results: 2; objectives of the period shorter than a year: 3\n"
        + "5. Is the year reachable? unknown in part: 1 annual key results on course, 0 falling "
        + "short, 1 without forecast\n"
        + "   - reaching: co-2026/users\n"
        + "   - without forecast: co-2026/signups\n"
        + "6. Does the year need adjusting? no: no annual key result falls short at the current "
        + "pace; 1 annual and 0 period adjustments already made\n"
        + "   - annual adjustment co-2026/signups 2026-02-15 to metric 0 -> 60 signups: Launch "
        + "moved up\n",
        from(text, "2. How complete"));
  }

  @Test
  void markdown_tablesTheKeyResultsAndTheAdjustments() {
    String markdown = scenario().toMarkdown();
    List<String> lines = lines(markdown);
    assertTrue(lines.contains("| sales-q1 | Win the quarter | TEAM | ada | sales | "
        + "QUARTER\\[2026-01-01..2026-03-31\\] | COMMITTED | ACTIVE | 0.9333 (exact 14/15, "
        + "grade 0.9, GREEN) | NEEDS\\_EXPLANATION | no |"), markdown);
    assertTrue(lines.contains("| sales-q1 | deals | Close 10 deals | ada | check-ins | 0.8 "
        + "(exact 0.8, grade 0.8, GREEN) | no | ON\\_TRACK | 1 | none | no |"), markdown);
    assertTrue(lines.contains("| hiring-q1 | onboarding | Onboarding programme | ada | "
        + "check-ins | not scored | no | NOT\\_SCORED | 1 | none | yes |"), markdown);
    assertTrue(markdown.contains("\n### Adjustments\n\n"
        + "| objective | key result | date | new measure | reason |\n"
        + "|---|---|---|---|---|\n"
        + "| sales-q1 | nps | 2026-02-15 | metric 30 -\\> 45 points | Survey scale changed |\n"
        + "\n## Annual objectives (1)\n"), markdown);
    // revenue: 3 values, 0.25 a day, 91 by 31 December, 91/120 = 0.7583, grade 0.8, green; the
    // last cell, under the heading "short by", holds only the amounts
    assertTrue(lines.contains("| grow-2026 | revenue | Revenue to 120 k EUR | yes | forecast "
        + "from 3 values, slope 0.25 per day: 91 by period end, score 0.7583 (exact 91/120, "
        + "grade 0.8, GREEN), target 120, falls short, line reaches the target on 2027-04-26 "
        + "| 29 in value, 0.2417 in score |"), markdown);
  }

  @Test
  void markdown_answersTheQuestionsAsLiteralLists() {
    assertEquals("### 5. Is the year reachable?\n\n"
        + "not at the current pace: 0 annual key results on course, 1 falling short, 1 without "
        + "forecast\n\n"
        + "- falling short: grow-2026/revenue\n"
        + "- without forecast: grow-2026/retention\n\n"
        + "### 6. Does the year need adjusting?\n\n"
        + "consider it: 1 annual key results fall short at the current pace; 0 annual and 1 "
        + "period adjustments already made\n\n"
        + "- reconsider grow-2026/revenue; short by 29 in value, 0.2417 in score\n"
        + "- period adjustment sales-q1/nps 2026-02-15 to metric 30 -\\> 45 points: Survey "
        + "scale changed\n",
        from(scenario().toMarkdown(), "### 5."));
  }

  @Test
  void markdown_ofTheTidyPlan_marksTooSafe_andHasNoAdjustmentsTableWithoutAdjustments() {
    String markdown = tidy().toMarkdown();
    List<String> lines = lines(markdown);
    assertTrue(lines.contains("| safe-q1 | Make safe calls | TEAM | ada | none | "
        + "QUARTER\\[2026-01-01..2026-03-31\\] | ASPIRATIONAL | ACTIVE | 1 (exact 1, grade 1, "
        + "GREEN) | MEETS\\_EXPECTATION | yes |"), markdown);
    assertTrue(lines.contains("| done-q1 | demos | Give 4 demos | ada | check-ins | 1 (exact 1, "
        + "grade 1, GREEN) | yes | ON\\_TRACK | 1 | none | no |"), markdown);
    // the only adjustment is annual: no table of the period's adjustments
    assertFalse(markdown.contains("### Adjustments"), markdown);
    assertTrue(lines.contains("| co-2026 | users | Users to 100 | yes | forecast from 3 values, "
        + "slope 0.5 per day: 182 by period end, score 1 (exact 1, grade 1, GREEN), target 100, "
        + "reaches it, line reaches the target on 2026-07-20 | - |"), markdown);
    assertTrue(lines.contains("- annual adjustment co-2026/signups 2026-02-15 to metric 0 -\\> "
        + "60 signups: Launch moved up"), markdown);
  }

  @Test
  void aFindingAboutAKeyResult_namesIt() {
    // q is aligned to a key result y does not have: a dangling parent, about that key result
    Objective year = Objective.builder().id(ObjectiveId.of("y")).title("Year").level(Level.COMPANY)
        .owner(ADA).period(YEAR).commitment(Commitment.COMMITTED)
        .addKeyResults(metric("y-kr", "kr of y", ADA, "10")).build().activate(day(1, 1));
    Objective lost = Objective.builder().id(ObjectiveId.of("q")).title("Quarter")
        .level(Level.TEAM).owner(ADA).period(Q1).commitment(Commitment.COMMITTED)
        .addKeyResults(metric("q-kr", "kr of q", ADA, "10"))
        .addAlignments(Alignment.toKeyResult(ObjectiveId.of("y"), KeyResultId.of("missing")))
        .build().activate(day(1, 1));
    String text = Retrospective.of(Plan.of(List.of(year, lost)), Q1, GOOGLE, END_OF_Q1).toText();
    assertTrue(lines(text).stream().anyMatch(line -> line.startsWith("   - finding ERROR "
        + "dangling-parent: ") && line.endsWith(" (objectives [q, y] of 2, key result missing)")),
        text);
  }

  @Test
  void anEmptyRetrospective_hasNoTables() {
    Period q3 = Period.calendarQuarter(2026, 3);
    String markdown = Retrospective.of(PLAN, q3, SCORER, END_OF_Q1,
        RetrospectiveScope.forOwner(BOB)).toMarkdown();
    assertTrue(markdown.contains("## Objectives of the period (0)\n\n\n## Annual objectives (0)"
        + "\n\n\n## Questions\n"), markdown);
  }
}
