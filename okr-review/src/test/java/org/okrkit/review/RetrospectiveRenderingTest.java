package org.okrkit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.review.RetrospectiveScenario.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.Violation;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Projection;
import org.okrkit.scoring.Score;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

class RetrospectiveRenderingTest {

  private static final Plan PLAN = plan();
  private static final Scorer SCORER = Scorer.of(ScoringProfile.google()).withKpisOf(PLAN);

  /** Every figure the records hold, as the texts must show it. */
  static List<String> figures(Retrospective r) {
    List<String> figures = new ArrayList<>();
    figures.add(r.period().toString());
    figures.add(r.asOf().toString());
    figures.add(r.profile());
    figures.add(r.policy().toString());
    for (RetrospectiveObjective o : r.objectives()) {
      figures.add(o.objectiveId().toString());
      figures.add(o.title());
      figures.add(o.owner().toString());
      figures.add(o.period().toString());
      figures.add(o.level().toString());
      figures.add(o.commitment().toString());
      figures.add(o.status().toString());
      figures.add(o.judgement().toString());
      o.orgUnit().ifPresent(unit -> figures.add(unit.toString()));
      score(figures, o.score());
      for (RetrospectiveKeyResult k : o.keyResults()) {
        figures.add(k.keyResultId().toString());
        figures.add(k.title());
        figures.add(k.owner().toString());
        figures.add(k.paceStatus().toString());
        figures.add(k.expectedProgress().toPlainString());
        k.kpi().ifPresent(kpi -> figures.add(kpi.toString()));
        k.confidence().ifPresent(c -> figures.add(c.value().toPlainString()));
        score(figures, k.score());
        for (RetrospectiveAdjustment a : k.adjustments()) {
          figures.add(a.date().toString());
          figures.add(a.measure().toString());
          figures.add(a.reason());
        }
      }
    }
    for (RetrospectiveYearObjective y : r.yearObjectives()) {
      figures.add(y.objectiveId().toString());
      figures.add(y.title());
      figures.add(y.period().toString());
      score(figures, y.ownScore());
      score(figures, y.progress());
      for (RetrospectiveForecast f : y.keyResults()) {
        figures.add(f.keyResultId().toString());
        figures.add(f.title());
        figures.add(Integer.toString(f.forecast().points()));
        f.forecast().undefinedReason().ifPresent(figures::add);
        if (f.forecast().projection().isPresent()) {
          Projection p = f.forecast().projection().get();
          figures.add(p.slopePerDay().toPlainString());
          figures.add(p.projectedValue().toPlainString());
          score(figures, Optional.of(p.projectedScore()));
          p.target().ifPresent(t -> figures.add(t.toPlainString()));
          p.reachedOn().ifPresent(d -> figures.add(d.toString()));
          p.targetDate().ifPresent(d -> figures.add(d.toString()));
        }
        f.valueShortfall().ifPresent(v -> figures.add(v.toPlainString()));
        f.scoreShortfall().ifPresent(v -> figures.add(v.toPlainString()));
      }
    }
    for (Violation v : r.setting().findings()) {
      figures.add(v.ruleId());
      figures.add(v.message());
    }
    for (Question q : r.questions()) {
      figures.add(q.question());
      figures.add(q.verdict());
    }
    QuestionCompletion c = r.completion();
    figures.add("objectives: " + c.objectives());
    figures.add("key results: " + c.keyResults());
    figures.add("reached their target: " + c.keyResultsReached());
    figures.add("annual key results: " + r.support().annualKeyResults());
    figures.add("shorter than a year: " + r.support().periodObjectives());
    r.support().unsupported().forEach(t -> figures.add(t.toString()));
    r.blockers().behind().forEach(t -> figures.add(t.toString()));
    r.blockers().neverCheckedIn().forEach(t -> figures.add(t.toString()));
    r.reach().fallingShort().forEach(t -> figures.add(t.toString()));
    r.reach().withoutForecast().forEach(t -> figures.add(t.toString()));
    return figures;
  }

  private static void score(List<String> figures, Optional<Score> score) {
    score.ifPresent(s -> {
      figures.add(s.value().toPlainString());
      figures.add(s.grade().toPlainString());
      figures.add(s.colour().toString());
      figures.add(s.exact().toString());
    });
  }

  static void assertEveryFigureShown(Retrospective r) {
    String text = r.toText();
    String markdown = r.toMarkdown();
    for (String figure : figures(r)) {
      assertTrue(text.contains(figure), () -> "text lacks " + figure + "\n" + text);
      // Markdown writes ids and words literally, escaping what it would read as markup
      assertTrue(markdown.contains(figure) || markdown.contains(MarkdownText.literal(figure)),
          () -> "markdown lacks " + figure + "\n" + markdown);
    }
  }

  @Test
  void markdownWritesIdsLiterally() {
    assertEquals("a\\*1, b\\*2 and q\\|3", MarkdownText.literal("a*1, b*2 and q|3"));
    assertEquals("two lines", MarkdownText.literal("two\nlines"));
  }

  @Test
  void everyFigureOfTheScenarioAppearsInBothTexts() {
    Retrospective r = Retrospective.of(PLAN, Q1, SCORER, END_OF_Q1);
    assertEveryFigureShown(r);
    // the figures worked by hand in RetrospectiveTest, spelled as the texts show them
    for (String figure : List.of("0.9333", "14/15", "0.125", "0.0833", "1/12", "0.275", "91",
        "0.7583", "29 in value", "0.2417 in score", "Survey scale changed", "2026-02-15",
        "KPI pipeline-value", "2027-04-26")) {
      assertTrue(r.toText().contains(figure), figure);
      assertTrue(r.toMarkdown().contains(figure)
          || r.toMarkdown().contains(MarkdownText.literal(figure)), figure);
    }
  }

  @Test
  void theRenderingsAreDeterministic() {
    Retrospective first = Retrospective.of(PLAN, Q1, SCORER, END_OF_Q1);
    Retrospective second = Retrospective.of(plan(), Q1,
        Scorer.of(ScoringProfile.google()).withKpisOf(plan()), END_OF_Q1);
    assertEquals(first, second);
    assertEquals(first.toText(), second.toText());
    assertEquals(first.toMarkdown(), second.toMarkdown());
  }

  @Test
  void theMarkdownHasHeadingsAndTables() {
    String markdown = Retrospective.of(PLAN, Q1, SCORER, END_OF_Q1).toMarkdown();
    assertTrue(markdown.startsWith("# Retrospective of QUARTER[2026-01-01..2026-03-31]"));
    assertTrue(markdown.contains("\n## Objectives of the period (2)\n"));
    assertTrue(markdown.contains("\n### Forecasts at the current pace\n"));
    assertTrue(markdown.contains("\n### 6. Does the year need adjusting?\n"));
    assertTrue(markdown.contains("| sales-q1 | deals | Close 10 deals | ada | check-ins |"));
  }
}
