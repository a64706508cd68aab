package org.okrkit.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Exact lines of the scenario's renderings: the title and policy, a person with nothing listed
 * ("none" after each label, a count of 0 for each list of records) and a person with records
 * (a label line with the count and nothing after the colon, then one item line per record).
 */
class AccountabilityRenderingLinesTest {

  @Test
  void theTextOpensWithTheTitleAndThePolicy() {
    String text = AccountabilityViewTest.view().toText();
    // the scenario's policy: weekly check-ins, at most 2 objectives, the objectives active
    assertStartsWith(text, "Accountability as of 2026-02-14\n"
        + "\n"
        + "Policy\n"
        + "    check-in cadence: every 7 days\n"
        + "    most objectives per owner and period: 2\n"
        + "    objectives considered: ACTIVE_ON_DATE\n"
        + "\n"
        + "People (8)\n"
        + "\n"
        + "  carol\n");
  }

  @Test
  void theMarkdownOpensWithTheTitleAndThePolicy() {
    String markdown = AccountabilityViewTest.view().toMarkdown();
    assertStartsWith(markdown, "# Accountability as of 2026-02-14\n"
        + "\n"
        + "## Policy\n"
        + "\n"
        + "- check-in cadence: every 7 days\n"
        + "- most objectives per owner and period: 2\n"
        + "- objectives considered: ACTIVE_ON_DATE\n"
        + "\n"
        + "## People (8)\n");
  }

  @Test
  void aPersonWithNoRecordsShowsNoneForEachList() {
    // carol owns acme-2026 and arr (on track, checked in 4 days before): nothing else
    String carol = "  carol\n"
        + "    owns objectives: acme-2026\n"
        + "    owns key results: acme-2026/arr\n"
        + "    contributes to objectives: none\n"
        + "    contributes to key results: none\n"
        + "    coaches objectives: none\n"
        + "    at risk (0): none\n"
        + "    overdue for a check-in (0): none\n"
        + "    over the limit of objectives (0): none\n"
        + "\n";
    String text = AccountabilityViewTest.view().toText();
    assertContains(text, carol);
    String markdown = AccountabilityViewTest.view().toMarkdown();
    assertContains(markdown, "### carol\n"
        + "\n"
        + "- owns objectives: acme-2026\n"
        + "- owns key results: acme-2026/arr\n"
        + "- contributes to objectives: none\n"
        + "- contributes to key results: none\n"
        + "- coaches objectives: none\n"
        + "- at risk (0): none\n"
        + "- overdue for a check-in (0): none\n"
        + "- over the limit of objectives (0): none\n"
        + "\n");
  }

  @Test
  void aPersonWithRecordsShowsEachUnderItsCountedLabel() {
    // erik's records as worked out in AccountabilityViewTest: sam's deals at risk, pipeline
    // (13 days) and tooling (43 days) overdue, 3 objectives in Q1 over the limit of 2
    String risk = "north-q1/north-deals owned by sam: AT_RISK (by progress AT_RISK), progress "
        + "0.1 of 0.5 expected, latest confidence 0.55 MEDIUM on 2026-02-09\n";
    String pipeline = "north-q1/north-pipeline owned by erik: last check-in on 2026-02-01, "
        + "13 days before, cadence every 7 days\n";
    String tooling = "north-tools-q1/tooling owned by erik: no check-in since the start on "
        + "2026-01-02, 43 days before, cadence every 7 days\n";
    String overload = "erik owns 3 objectives in QUARTER[2026-01-01..2026-03-31], limit 2: "
        + "north-q1, north-hiring-q1, north-tools-q1\n";
    String text = AccountabilityViewTest.view().toText();
    assertContains(text, "  erik\n"
        + "    owns objectives: north-q1, north-hiring-q1, north-tools-q1\n"
        + "    owns key results: north-q1/north-pipeline, north-hiring-q1/hires, "
        + "north-tools-q1/tooling\n"
        + "    contributes to objectives: none\n"
        + "    contributes to key results: none\n"
        + "    coaches objectives: none\n"
        + "    at risk (1):\n"
        + "      - " + risk
        + "    overdue for a check-in (2):\n"
        + "      - " + pipeline
        + "      - " + tooling
        + "    over the limit of objectives (1):\n"
        + "      - " + overload
        + "\n");
    String markdown = AccountabilityViewTest.view().toMarkdown();
    assertContains(markdown, "### erik\n"
        + "\n"
        + "- owns objectives: north-q1, north-hiring-q1, north-tools-q1\n"
        + "- owns key results: north-q1/north-pipeline, north-hiring-q1/hires, "
        + "north-tools-q1/tooling\n"
        + "- contributes to objectives: none\n"
        + "- contributes to key results: none\n"
        + "- coaches objectives: none\n"
        + "- at risk (1):\n"
        + "  - " + risk
        + "- overdue for a check-in (2):\n"
        + "  - " + pipeline
        + "  - " + tooling
        + "- over the limit of objectives (1):\n"
        + "  - " + overload
        + "\n");
  }

  private static void assertStartsWith(String rendering, String start) {
    assertTrue(rendering.startsWith(start), () -> "expected to start with:\n" + start
        + "\nbut was:\n" + rendering);
  }

  private static void assertContains(String rendering, String part) {
    assertTrue(rendering.contains(part), () -> "expected to contain:\n" + part
        + "\nbut was:\n" + rendering);
  }
}
