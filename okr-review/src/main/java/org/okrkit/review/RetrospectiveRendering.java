package org.okrkit.review;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.okrkit.alignment.Violation;
import org.okrkit.core.Confidence;
import org.okrkit.scoring.Forecast;
import org.okrkit.scoring.Projection;
import org.okrkit.scoring.Score;

/**
 * Renders a {@link Retrospective} as plain text and as Markdown. Both list the same figures in the
 * same order; only the layout differs. Numbers are shown in plain decimal form.
 */
final class RetrospectiveRendering {

  private RetrospectiveRendering() {}

  static String text(Retrospective r) {
    StringBuilder out = new StringBuilder();
    out.append("Retrospective of ").append(r.period()).append(" as of ").append(r.asOf())
        .append('\n');
    out.append("Scope: ").append(r.scope()).append("; profile ").append(r.profile())
        .append("; roll-up ").append(r.policy()).append('\n');
    out.append("\nObjectives of the period (").append(r.objectives().size()).append(")\n");
    for (RetrospectiveObjective o : r.objectives()) {
      out.append("- ").append(o.objectiveId()).append(" \"").append(o.title()).append("\": ")
          .append(o.level()).append(", owner ").append(o.owner()).append(", unit ")
          .append(o.orgUnit().map(Object::toString).orElse("none")).append(", ")
          .append(o.period()).append(", ").append(o.commitment()).append(", ")
          .append(o.status()).append("; score ").append(score(o.score())).append("; ")
          .append(o.judgement()).append(o.isTooSafe() ? "; too safe" : "").append('\n');
      for (RetrospectiveKeyResult k : o.keyResults()) {
        out.append("  - ").append(k.keyResultId()).append(" \"").append(k.title())
            .append("\": owner ").append(k.owner()).append(", source ").append(source(k))
            .append("; score ").append(score(k.score()))
            .append("; target reached ").append(yesNo(k.isTargetReached()))
            .append("; pace ").append(k.paceStatus()).append(", expected ")
            .append(k.expectedProgress().toPlainString()).append("; confidence ")
            .append(confidence(k.confidence())).append(k.isNeverCheckedIn()
                ? "; never checked in" : "").append('\n');
        for (RetrospectiveAdjustment a : k.adjustments()) {
          out.append("    - adjusted ").append(a).append('\n');
        }
      }
    }
    out.append("\nAnnual objectives (").append(r.yearObjectives().size()).append(")\n");
    for (RetrospectiveYearObjective y : r.yearObjectives()) {
      out.append("- ").append(y.objectiveId()).append(" \"").append(y.title()).append("\": ")
          .append(y.level()).append(", owner ").append(y.owner()).append(", unit ")
          .append(y.orgUnit().map(Object::toString).orElse("none")).append(", ")
          .append(y.period()).append(", ").append(y.commitment()).append("; own score ")
          .append(score(y.ownScore())).append("; progress so far ").append(score(y.progress()))
          .append(" (").append(y.policy()).append(")\n");
      for (RetrospectiveForecast f : y.keyResults()) {
        out.append("  - ").append(f.keyResultId()).append(" \"").append(f.title())
            .append("\": supported in the period ").append(yesNo(f.isSupportedInPeriod()))
            .append("; ").append(forecast(f.forecast())).append(shortfall(f)).append('\n');
      }
    }
    out.append("\nQuestions\n");
    for (Question q : r.questions()) {
      out.append(q.number()).append(". ").append(q.question()).append(' ').append(q.verdict())
          .append('\n');
      for (String line : details(q)) {
        out.append("   - ").append(line).append('\n');
      }
    }
    return out.toString();
  }

  static String markdown(Retrospective r) {
    StringBuilder out = new StringBuilder();
    out.append("# Retrospective of ").append(r.period()).append(" as of ").append(r.asOf())
        .append("\n\n");
    out.append("Scope: ").append(cell(r.scope().toString())).append("; profile ")
        .append(cell(r.profile())).append("; roll-up ").append(r.policy()).append("\n\n");
    out.append("## Objectives of the period (").append(r.objectives().size()).append(")\n\n");
    if (!r.objectives().isEmpty()) {
      out.append("| objective | title | level | owner | unit | period | commitment | status "
          + "| score | judgement | too safe |\n");
      out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
      for (RetrospectiveObjective o : r.objectives()) {
        row(out, o.objectiveId(), o.title(), o.level(), o.owner(),
            o.orgUnit().map(Object::toString).orElse("none"), o.period(), o.commitment(),
            o.status(), score(o.score()), o.judgement(), yesNo(o.isTooSafe()));
      }
      out.append("\n### Key results\n\n");
      out.append("| objective | key result | title | owner | source | score | target reached "
          + "| pace | expected | confidence | never checked in |\n");
      out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
      StringBuilder adjustments = new StringBuilder();
      for (RetrospectiveObjective o : r.objectives()) {
        for (RetrospectiveKeyResult k : o.keyResults()) {
          row(out, k.objectiveId(), k.keyResultId(), k.title(), k.owner(), source(k),
              score(k.score()), yesNo(k.isTargetReached()), k.paceStatus(),
              k.expectedProgress().toPlainString(), confidence(k.confidence()),
              yesNo(k.isNeverCheckedIn()));
          for (RetrospectiveAdjustment a : k.adjustments()) {
            row(adjustments, a.objectiveId(), a.keyResultId(), a.date(), a.measure(),
                a.reason());
          }
        }
      }
      if (adjustments.length() > 0) {
        out.append("\n### Adjustments\n\n| objective | key result | date | new measure | reason |\n"
            + "|---|---|---|---|---|\n").append(adjustments);
      }
    }
    out.append("\n## Annual objectives (").append(r.yearObjectives().size()).append(")\n\n");
    if (!r.yearObjectives().isEmpty()) {
      out.append("| objective | title | level | owner | unit | period | commitment | own score "
          + "| progress so far | roll-up |\n");
      out.append("|---|---|---|---|---|---|---|---|---|---|\n");
      for (RetrospectiveYearObjective y : r.yearObjectives()) {
        row(out, y.objectiveId(), y.title(), y.level(), y.owner(),
            y.orgUnit().map(Object::toString).orElse("none"), y.period(), y.commitment(),
            score(y.ownScore()), score(y.progress()), y.policy());
      }
      out.append("\n### Forecasts at the current pace\n\n");
      out.append("| objective | key result | title | supported in the period | forecast "
          + "| short by |\n");
      out.append("|---|---|---|---|---|---|\n");
      for (RetrospectiveYearObjective y : r.yearObjectives()) {
        for (RetrospectiveForecast f : y.keyResults()) {
          // the column is headed "short by", so its cells hold only the amounts
          row(out, f.objectiveId(), f.keyResultId(), f.title(), yesNo(f.isSupportedInPeriod()),
              forecast(f.forecast()), shortfallAmounts(f).orElse("-"));
        }
      }
    }
    out.append("\n## Questions\n");
    for (Question q : r.questions()) {
      out.append("\n### ").append(q.number()).append(". ").append(q.question()).append("\n\n")
          .append(cell(q.verdict())).append('\n');
      List<String> details = details(q);
      if (!details.isEmpty()) {
        out.append('\n');
        for (String line : details) {
          out.append("- ").append(cell(line)).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** The figures behind each answer, one a line. */
  private static List<String> details(Question q) {
    List<String> lines = new java.util.ArrayList<>();
    if (q instanceof QuestionSetting s) {
      for (Violation v : s.findings()) {
        lines.add("finding " + v + " (objectives " + v.objectiveIds() + " of "
            + v.objectiveCount() + v.keyResultId().map(k -> ", key result " + k).orElse("")
            + ")");
      }
      addIfAny(lines, "too safe: ", s.tooSafe());
    } else if (q instanceof QuestionCompletion c) {
      lines.add("objectives: " + c.objectives() + "; key results: " + c.keyResults()
          + ", reached their target: " + c.keyResultsReached());
      addIfAny(lines, "achieved: ", c.achieved());
      addIfAny(lines, "committed missed, needing an explanation: ", c.needsExplanation());
      addIfAny(lines, "aspirational meeting 0.7: ", c.meetsExpectation());
      addIfAny(lines, "aspirational below 0.7: ", c.belowExpectation());
      addIfAny(lines, "not scored: ", c.notScored());
    } else if (q instanceof QuestionBlockers b) {
      addIfAny(lines, "behind: ", b.behind());
      addIfAny(lines, "never checked in: ", b.neverCheckedIn());
    } else if (q instanceof QuestionSupport s) {
      lines.add("annual key results: " + s.annualKeyResults() + "; objectives of the period "
          + "shorter than a year: " + s.periodObjectives());
      addIfAny(lines, "annual key results with no support in the period: ", s.unsupported());
      addIfAny(lines, "aligned to no annual objective: ", s.unaligned());
    } else if (q instanceof QuestionReach reach) {
      addIfAny(lines, "reaching: ", reach.reaching());
      addIfAny(lines, "falling short: ", reach.fallingShort());
      addIfAny(lines, "without forecast: ", reach.withoutForecast());
    } else if (q instanceof QuestionAdjustment a) {
      for (RetrospectiveForecast f : a.candidates()) {
        lines.add("reconsider " + f.objectiveId() + "/" + f.keyResultId() + shortfall(f));
      }
      for (RetrospectiveAdjustment adjustment : a.annualAdjustments()) {
        lines.add("annual adjustment " + adjustment.objectiveId() + "/"
            + adjustment.keyResultId() + " " + adjustment);
      }
      for (RetrospectiveAdjustment adjustment : a.periodAdjustments()) {
        lines.add("period adjustment " + adjustment.objectiveId() + "/"
            + adjustment.keyResultId() + " " + adjustment);
      }
    }
    return lines;
  }

  private static void addIfAny(List<String> lines, String label, List<?> items) {
    if (!items.isEmpty()) {
      lines.add(label + items.stream().map(Object::toString).collect(Collectors.joining(", ")));
    }
  }

  private static String score(Optional<Score> score) {
    return score.map(s -> s.value().toPlainString() + " (exact " + s.exact() + ", grade "
        + s.grade().toPlainString() + ", " + s.colour() + ")").orElse("not scored");
  }

  private static String source(RetrospectiveKeyResult k) {
    return k.kpi().map(kpi -> "KPI " + kpi).orElse("check-ins");
  }

  private static String confidence(Optional<Confidence> confidence) {
    return confidence.map(c -> c.value().toPlainString() + " " + c.level()).orElse("none");
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  private static String forecast(Forecast f) {
    if (f.projection().isEmpty()) {
      return "no forecast (" + f.points() + " values): " + f.undefinedReason().orElse("");
    }
    Projection p = f.projection().get();
    return "forecast from " + f.points() + " values, slope " + p.slopePerDay().toPlainString()
        + " per day: " + p.projectedValue().toPlainString() + " by period end, score "
        + score(Optional.of(p.projectedScore())) + ", target "
        + p.target().map(t -> t.toPlainString()).orElse("a band") + ", "
        + (p.reachesTarget() ? "reaches it" : "falls short")
        + p.reachedOn().map(d -> ", reached on " + d).orElse("")
        + p.targetDate().map(d -> ", line reaches the target on " + d).orElse("");
  }

  private static String shortfall(RetrospectiveForecast f) {
    return shortfallAmounts(f).map(amounts -> "; short by " + amounts).orElse("");
  }

  private static Optional<String> shortfallAmounts(RetrospectiveForecast f) {
    return f.scoreShortfall().map(score -> f.valueShortfall()
        .map(value -> value.toPlainString() + " in value, ").orElse("")
        + score.toPlainString() + " in score");
  }

  private static void row(StringBuilder out, Object... cells) {
    out.append('|');
    for (Object cell : cells) {
      out.append(' ').append(cell(String.valueOf(cell))).append(" |");
    }
    out.append('\n');
  }

  /** Writes a cell or line literally: see {@link MarkdownText}. */
  private static String cell(String text) {
    return MarkdownText.literal(text);
  }
}
