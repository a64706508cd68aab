package org.okrkit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.review.AccountabilityScenario.AS_OF;
import static org.okrkit.review.AccountabilityScenario.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

class AccountabilityRenderingTest {

  /** Markdown escapes these in identifiers, as the rendering does. */
  private static final String MARKDOWN_SPECIAL = "\\`*_[]<>#|";

  @Test
  void theScenarioRendersTheSameTwiceAndShowsEveryFigureInBothTexts() {
    AccountabilityView view = AccountabilityViewTest.view();
    AccountabilityView again = AccountabilityViewTest.view();
    assertEquals(view, again);
    assertEquals(view.toText(), again.toText());
    assertEquals(view.toMarkdown(), again.toMarkdown());
    assertShowsEveryFigure(view);
  }

  @Test
  void theTextOfTheScenarioReadsAsWorkedOut() {
    String text = AccountabilityViewTest.view().toText();
    // Spot checks of lines whose figures were worked out in AccountabilityViewTest.
    assertTrue(text.startsWith("Accountability as of 2026-02-14\n"), text);
    assertTrue(text.contains("      - north-q1/north-deals owned by sam: AT_RISK (by progress "
        + "AT_RISK), progress 0.1 of 0.5 expected, latest confidence 0.55 MEDIUM on "
        + "2026-02-09\n"), text);
    assertTrue(text.contains("      - north-tools-q1/tooling owned by erik: no check-in since the "
        + "start on 2026-01-02, 43 days before, cadence every 7 days\n"), text);
    assertTrue(text.contains("    coverage of the parent unit's key results: of sales-dept, 1 of 3 "
        + "(0.3333) supported; unsupported: sales-q1/new-logos, sales-q1/retention\n"), text);
    assertTrue(text.contains("    totals with the units below: objectives 6, key results 10, "
        + "at risk 2, overdue for a check-in 2\n"), text);
    assertTrue(Arrays.stream(text.split("\n")).noneMatch(line -> line.endsWith(" ")), text);
    String markdown = AccountabilityViewTest.view().toMarkdown();
    assertTrue(markdown.startsWith("# Accountability as of 2026-02-14\n"), markdown);
    assertTrue(markdown.contains("\n### team-north\n\n- belongs to: sales-dept\n"), markdown);
  }

  @Test
  void markdownEscapesIdentifiersThatWouldReadAsMarkup() {
    Plan plan = plan().withObjectives(List.of(AccountabilityScenario.objective(
            org.okrkit.core.ObjectiveId.of("a_b*c"), org.okrkit.core.Level.TEAM,
            org.okrkit.core.PersonId.of("x_y"), AccountabilityScenario.Q1,
            AccountabilityScenario.WEB)
        .addKeyResults(AccountabilityScenario.keyResult(
            org.okrkit.core.KeyResultId.of("k"), org.okrkit.core.PersonId.of("x_y"), "1"))
        .build().activate(AccountabilityScenario.ACTIVATED)));
    AccountabilityView view = AccountabilityView.of(plan, Scorer.of(ScoringProfile.google()),
        AS_OF, AccountabilityPolicy.defaults());
    assertTrue(view.toMarkdown().contains("- owns objectives: a\\_b\\*c\n"), view.toMarkdown());
    assertTrue(view.toText().contains("    owns objectives: a_b*c\n"), view.toText());
    assertShowsEveryFigure(view);
  }

  /** Checks that both renderings show every figure of every record, in that record's block. */
  static void assertShowsEveryFigure(AccountabilityView view) {
    assertShowsEveryFigure(view, view.toText(), UnaryOperator.identity());
    assertShowsEveryFigure(view, view.toMarkdown(), AccountabilityRenderingTest::escaped);
  }

  private static void assertShowsEveryFigure(
      AccountabilityView view, String rendering, UnaryOperator<String> literal) {
    // People and units are looked up in their own sections, so a unit may share a person's id.
    int units = rendering.indexOf("Units (" + view.units().size() + ")");
    List<String> blocks = blocks(rendering.substring(0, units));
    List<String> unitBlocks = blocks(rendering.substring(units));
    String policy = block(blocks, "Policy", UnaryOperator.identity());
    contains(policy, view.policy().cadence().toString());
    contains(policy, Integer.toString(view.policy().maxObjectivesPerOwner()));
    contains(policy, view.policy().scope().toString());
    contains(rendering, view.asOf().toString());
    for (PersonView person : view.people()) {
      String block = block(blocks, person.person().toString(), literal);
      List<Object> ids = new ArrayList<>();
      ids.addAll(person.ownedObjectives());
      ids.addAll(person.ownedKeyResults());
      ids.addAll(person.contributedObjectives());
      ids.addAll(person.contributedKeyResults());
      ids.addAll(person.coachedObjectives());
      ids.forEach(id -> contains(block, literal.apply(id.toString())));
      person.risks().forEach(risk -> risk(block, risk, literal));
      person.overdue().forEach(overdue -> overdue(block, overdue, literal));
      person.overloads().forEach(overload -> overload(block, overload, literal));
    }
    for (UnitView unit : view.units()) {
      String block = block(unitBlocks, unit.unit().toString(), literal);
      unit.parentUnit().ifPresent(parent -> contains(block, literal.apply(parent.toString())));
      unit.subUnits().forEach(id -> contains(block, literal.apply(id.toString())));
      unit.objectives().forEach(id -> contains(block, literal.apply(id.toString())));
      unit.owners().forEach(id -> contains(block, literal.apply(id.toString())));
      unit.risks().forEach(risk -> risk(block, risk, literal));
      unit.overdue().forEach(overdue -> overdue(block, overdue, literal));
      unit.overloads().forEach(overload -> overload(block, overload, literal));
      unit.parentCoverage().ifPresent(coverage -> {
        String line = line(block, "coverage of the parent unit's key results: of "
            + literal.apply(coverage.parentUnit().toString()) + ", ");
        contains(line, coverage.share().covered() + " of " + coverage.share().total());
        coverage.share().value().ifPresent(value -> contains(line, value.toPlainString()));
        coverage.unsupported().forEach(target -> contains(line, literal.apply(target.toString())));
      });
      AccountabilityTotals totals = unit.totals();
      String line = line(block, "totals with the units below: ");
      contains(line, "objectives " + totals.objectives() + ",");
      contains(line, "key results " + totals.keyResults() + ",");
      contains(line, "at risk " + totals.atRisk() + ",");
      contains(line, "overdue for a check-in " + totals.overdue());
    }
  }

  /** The blocks between blank lines; a Markdown heading alone heads the block after it. */
  private static List<String> blocks(String rendering) {
    List<String> blocks = new ArrayList<>();
    String heading = "";
    for (String block : rendering.split("\n\n")) {
      if (block.strip().startsWith("#") && !block.strip().contains("\n")) {
        heading = block.strip() + "\n";
      } else {
        blocks.add(heading + block);
        heading = "";
      }
    }
    return blocks;
  }

  private static void risk(String block, AccountabilityRisk risk, UnaryOperator<String> literal) {
    String line = line(block, literal.apply(risk.objective() + "/" + risk.keyResult())
        + " owned by " + literal.apply(risk.owner().toString()) + ": ", " (by progress ");
    contains(line, risk.status().toString());
    contains(line, risk.progressStatus().toString());
    contains(line, risk.expected().toPlainString());
    contains(line, risk.actual().map(BigDecimal::toPlainString).orElse("not scored"));
    risk.confidence().ifPresent(confidence -> {
      contains(line, confidence.value().toPlainString());
      contains(line, confidence.level().toString());
    });
    risk.confidenceDate().ifPresent(date -> contains(line, date.toString()));
  }

  private static void overdue(
      String block, AccountabilityOverdue overdue, UnaryOperator<String> literal) {
    String line = line(block, literal.apply(overdue.objective() + "/" + overdue.keyResult())
        + " owned by " + literal.apply(overdue.owner().toString()) + ": ", " days before, ");
    contains(line, overdue.lastActivity().toString());
    contains(line, overdue.daysSince() + " days");
    contains(line, overdue.cadence().toString());
  }

  private static void overload(
      String block, AccountabilityOverload overload, UnaryOperator<String> literal) {
    String line = line(block, literal.apply(overload.owner().toString()) + " owns "
        + overload.objectiveCount() + " objectives in " + overload.period() + ", limit "
        + overload.limit() + ": ");
    overload.objectives().forEach(id -> contains(line, literal.apply(id.toString())));
  }

  /** The block whose heading is a subject: the text of its lines up to the next blank line. */
  private static String block(List<String> blocks, String subject, UnaryOperator<String> literal) {
    String heading = literal.apply(subject);
    return blocks.stream()
        .filter(block -> {
          String first = block.strip().split("\n")[0].strip();
          return first.equals(heading) || first.equals("### " + heading)
              || first.equals("## " + heading);
        })
        .reduce((a, b) -> {
          throw new AssertionError("two blocks for " + subject);
        })
        .orElseThrow(() -> new AssertionError("no block for " + subject + " in:\n" + blocks));
  }

  private static String line(String block, String start) {
    return line(block, start, "");
  }

  /** The first line of a block with a record's start and a marker of the record's kind. */
  private static String line(String block, String start, String marker) {
    return Arrays.stream(block.split("\n"))
        .filter(line -> line.contains(start) && line.contains(marker))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line with '" + start + "' in:\n" + block));
  }

  private static void contains(String text, String figure) {
    assertTrue(text.contains(figure), () -> "'" + figure + "' missing from:\n" + text);
  }

  static String escaped(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
