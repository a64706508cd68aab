package org.okrkit.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.okrkit.alignment.AlignmentValidator;
import org.okrkit.alignment.Severity;
import org.okrkit.alignment.ValidationReport;
import org.okrkit.alignment.Violation;
import org.okrkit.core.Alignment;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Kpi;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.Period;
import org.okrkit.core.PeriodKind;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.review.AccountabilityOverdue;
import org.okrkit.review.AccountabilityOverload;
import org.okrkit.review.AccountabilityPolicy;
import org.okrkit.review.AccountabilityRisk;
import org.okrkit.review.AccountabilityView;
import org.okrkit.review.PersonView;
import org.okrkit.review.Retrospective;
import org.okrkit.scoring.GradeColour;
import org.okrkit.scoring.Judgement;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Pace;
import org.okrkit.scoring.PaceStatus;
import org.okrkit.scoring.Score;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/**
 * The report of a plan as of a date, as text for a terminal: the validation of its alignment, the
 * cascade drawn as a tree with every score, the explanation of one objective's score, the key
 * results at risk, one person's accountability and the quarter's retrospective.
 *
 * <p>The sample company's report ({@link #sampleCompany(boolean)}) has every section. The report of
 * any other plan, such as a plan file of the user's own ({@link #render(Plan, Period, LocalDate,
 * boolean)}), leaves out the two sections that need someone to choose what to show (which
 * objective to explain, whose accountability) and is otherwise drawn by the same code.
 *
 * <p>The report computes nothing itself: validation comes from okr-alignment's {@link
 * AlignmentValidator#standard()}, scores, explanations and pace from okr-scoring's {@link Scorer}
 * under {@link ScoringProfile#google()}, accountability and the retrospective from okr-review. It
 * only lays their figures out, in columns padded on the plain text so that colour, when on, never
 * shifts them. The same inputs always give the same text.
 */
public final class Report {

  /** Title of the section that lists the alignment violations. */
  public static final String VALIDATION = "Validation";
  /** Title of the section that draws the cascade with its scores. */
  public static final String CASCADE = "Cascade";
  /** Title of the section that explains one objective's score. */
  public static final String EXPLANATION = "Explanation";
  /** Title of the section that lists the key results at risk. */
  public static final String AT_RISK = "At risk";
  /** Start of the title of the section that shows one person's accountability. */
  public static final String ACCOUNTABILITY = "Accountability: ";
  /** Start of the title of the section that holds the period's retrospective. */
  public static final String RETROSPECTIVE = "Retrospective ";

  private static final String NONE = "-";

  private final Plan plan;
  private final Period period;
  private final LocalDate asOf;
  private final Scorer scorer;
  private final Style style;
  private final StringBuilder out = new StringBuilder(16_384);
  private ValidationReport validation;
  private Map<ObjectiveId, List<String>> findings;

  private Report(Plan plan, Period period, LocalDate asOf, boolean colour) {
    this.plan = plan;
    this.period = period;
    this.asOf = asOf;
    this.scorer = Scorer.of(ScoringProfile.google()).withKpisOf(plan);
    this.style = Style.of(colour);
  }

  /**
   * Renders the report of {@link SampleCompany}: as of {@link SampleCompany#AS_OF}, its first
   * quarter, the explanation of the driver-recruitment objective and the accountability of the
   * dispatch team's lead.
   *
   * @param colour  whether to colour the text with ANSI escape codes, for a terminal
   * @return the report, not null
   */
  public static String sampleCompany(boolean colour) {
    return render(SampleCompany.plan(), SampleCompany.QUARTER, SampleCompany.AS_OF,
        SampleCompany.RECRUITING_Q1, SampleCompany.ELENA, colour);
  }

  /**
   * Renders the report of a plan.
   *
   * @param plan  the plan, not null
   * @param quarter  the quarter reviewed in the retrospective, not null
   * @param asOf  the date everything is computed for, not null
   * @param explained  the objective whose score is explained, in the plan, not null
   * @param person  the person whose accountability is shown, not null
   * @param colour  whether to colour the text with ANSI escape codes, for a terminal
   * @return the report, not null
   * @throws org.okrkit.core.OkrException if the explained objective is not in the plan, or as
   *     {@link Retrospective#of(Plan, Period, Scorer, LocalDate)} and {@link
   *     AccountabilityView#of(Plan, Scorer, LocalDate, AccountabilityPolicy)} throw
   */
  public static String render(Plan plan, Period quarter, LocalDate asOf, ObjectiveId explained,
      PersonId person, boolean colour) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(explained, "explained");
    Objects.requireNonNull(person, "person");
    return render(plan, quarter, asOf, Optional.of(plan.objective(explained)),
        Optional.of(person), colour);
  }

  /**
   * Renders the report of any plan, such as one read from a file: its validation, the cascade with
   * every score, the key results at risk and the retrospective of a period, with no explanation
   * and no person's accountability.
   *
   * @param plan  the plan, not null
   * @param period  the period reviewed in the retrospective, for example {@link
   *     #latestPeriod(Plan)}, not null
   * @param asOf  the date everything is computed for, for example {@link #latestDate(Plan,
   *     Period)}, not null
   * @param colour  whether to colour the text with ANSI escape codes, for a terminal
   * @return the report, not null
   * @throws org.okrkit.core.OkrException as {@link Retrospective#of(Plan, Period, Scorer,
   *     LocalDate)} throws
   */
  public static String render(Plan plan, Period period, LocalDate asOf, boolean colour) {
    return render(plan, period, asOf, Optional.empty(), Optional.empty(), colour);
  }

  private static String render(Plan plan, Period period, LocalDate asOf,
      Optional<Objective> explained, Optional<PersonId> person, boolean colour) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    Report report = new Report(plan, period, asOf, colour);
    report.heading();
    report.validationSection();
    report.cascade();
    explained.ifPresent(report::explanation);
    report.atRisk();
    person.ifPresent(report::accountability);
    report.retrospective();
    return report.out.toString();
  }

  /**
   * Chooses the period a plan's report reviews when no one says: among the periods of the plan's
   * objectives, the quarter that starts last, since a retrospective is most often of the quarter
   * just ending; in a plan with no quarter, the period that starts last (the shortest of those
   * that start that day).
   *
   * @param plan  the plan, not null
   * @return the period, one of the plan's objectives', not null
   * @throws OkrException if the plan has no objectives, so no period to choose
   */
  public static Period latestPeriod(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    Comparator<Period> laterStartThenShorter = Comparator.comparing(Period::start)
        .thenComparing(Period::end, Comparator.reverseOrder());
    List<Period> periods = plan.objectives().stream().map(Objective::period)
        .collect(Collectors.toList());
    return periods.stream().filter(period -> period.kind() == PeriodKind.QUARTER)
        .max(laterStartThenShorter)
        .or(() -> periods.stream().max(laterStartThenShorter))
        .orElseThrow(() -> new OkrException("plan", "no objectives",
            "must hold an objective to choose the period to review; name one instead"));
  }

  /**
   * Chooses the date a plan's report is computed for when no one says: the latest date in the
   * plan's history (check-ins, target adjustments, activations, closings and cancellations, KPI
   * readings), so that everything the plan records counts and nothing is scored ahead of it; for
   * a plan with no history at all, the start of the period reviewed.
   *
   * @param plan  the plan, not null
   * @param period  the period reviewed, not null
   * @return the date, not null
   */
  public static LocalDate latestDate(Plan plan, Period period) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(period, "period");
    List<LocalDate> dates = new ArrayList<>();
    for (Objective objective : plan.objectives()) {
      objective.lifecycleEvents().forEach(event -> dates.add(event.date()));
      for (KeyResult keyResult : objective.keyResults()) {
        keyResult.checkIns().forEach(checkIn -> dates.add(checkIn.date()));
        keyResult.adjustments().forEach(adjustment -> dates.add(adjustment.date()));
      }
    }
    for (Kpi kpi : plan.kpis()) {
      kpi.readings().forEach(reading -> dates.add(reading.date()));
    }
    return dates.stream().max(Comparator.naturalOrder()).orElse(period.start());
  }

  private void heading() {
    out.append(style.apply(Style.BOLD, "okrkit example: " + plan.size() + " objectives as of "
        + asOf + ", scored under profile " + scorer.profile().name())).append('\n');
  }

  private void title(String title) {
    out.append('\n').append(style.apply(Style.BOLD, title)).append('\n')
        .append("=".repeat(title.length())).append('\n');
  }

  private ValidationReport validation() {
    if (validation == null) {
      validation = AlignmentValidator.standard().validate(plan);
    }
    return validation;
  }

  private void validationSection() {
    title(VALIDATION);
    ValidationReport report = validation();
    out.append(count(report.errors().size(), "error")).append(", ")
        .append(count(report.warnings().size(), "warning")).append(", ")
        .append(count(report.infos().size(), "info")).append(": the plan is ")
        .append(report.isValid() ? "valid" : "not valid").append('\n');
    if (report.violations().isEmpty()) {
      return;
    }
    out.append('\n');
    Table table = new Table("").header("severity", "rule", "objectives", "key result");
    for (Violation violation : report.violations()) {
      table.row(new Table.Cell(violation.severity().name(), severityStyle(violation.severity())),
          Table.Cell.plain(violation.ruleId()),
          Table.Cell.plain(violation.objectiveIds().stream().map(ObjectiveId::toString)
              .collect(Collectors.joining(", "))),
          Table.Cell.plain(violation.keyResultId().map(KeyResultId::toString).orElse(NONE)));
    }
    table.appendTo(out, style);
    out.append('\n');
    for (Violation violation : report.violations()) {
      out.append(violation.ruleId()).append(": ").append(violation.message()).append('\n');
    }
  }

  /**
   * Draws the cascade: each objective with its key results below it, and below each key result
   * the objectives aligned to it (below the objective, those aligned to it as a whole). Walked with
   * an explicit stack; an objective reached a second time (several parents, or a cycle) is named
   * again but not expanded, so the walk ends on any plan.
   */
  private void cascade() {
    title(CASCADE);
    Map<ObjectiveId, List<Objective>> alignedToObjective = new HashMap<>();
    Map<AlignmentTarget, List<Objective>> alignedToKeyResult = new HashMap<>();
    for (Objective objective : plan.objectives()) {
      for (Alignment link : objective.alignments()) {
        if (link.isToKeyResult()) {
          alignedToKeyResult.computeIfAbsent(link.target(), k -> new ArrayList<>()).add(objective);
        } else {
          alignedToObjective.computeIfAbsent(link.parentObjective(), k -> new ArrayList<>())
              .add(objective);
        }
      }
    }
    Table table = new Table("").header("objective / key result", "score", "grade", "band",
        "judgement", "alignment");
    Set<ObjectiveId> shown = new HashSet<>();
    // Top objectives first (those aligned to nothing in the plan); then any left over, which only
    // a cycle can leave.
    for (int pass = 0; pass < 2; pass++) {
      for (Objective objective : plan.objectives()) {
        boolean top = objective.alignments().stream()
            .noneMatch(link -> plan.contains(link.parentObjective()));
        if (!shown.contains(objective.id()) && (top || pass == 1)) {
          drawTree(table, objective, alignedToObjective, alignedToKeyResult, shown);
        }
      }
    }
    table.appendTo(out, style);
  }

  private void drawTree(Table table, Objective root,
      Map<ObjectiveId, List<Objective>> alignedToObjective,
      Map<AlignmentTarget, List<Objective>> alignedToKeyResult, Set<ObjectiveId> shown) {
    Deque<TreeNode> pending = new ArrayDeque<>();
    pending.push(new TreeNode(root, null, "", ""));
    while (!pending.isEmpty()) {
      TreeNode node = pending.pop();
      List<TreeNode> children = new ArrayList<>();
      if (node.keyResult() != null) {
        table.row(keyResultRow(node));
        children.addAll(objectiveNodes(alignedToKeyResult.getOrDefault(
            AlignmentTarget.of(node.objective().id(), node.keyResult().id()), List.of())));
      } else if (!shown.add(node.objective().id())) {
        table.row(Table.Cell.plain(node.linePrefix() + node.objective().id()
            + " (shown above)"));
      } else {
        table.row(objectiveRow(node));
        for (KeyResult keyResult : node.objective().keyResults()) {
          children.add(new TreeNode(node.objective(), keyResult, "", ""));
        }
        children.addAll(objectiveNodes(
            alignedToObjective.getOrDefault(node.objective().id(), List.of())));
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        boolean last = i == children.size() - 1;
        TreeNode child = children.get(i);
        pending.push(new TreeNode(child.objective(), child.keyResult(),
            node.childPrefix() + (last ? "`-- " : "+-- "),
            node.childPrefix() + (last ? "    " : "|   ")));
      }
    }
  }

  private static List<TreeNode> objectiveNodes(List<Objective> objectives) {
    List<TreeNode> nodes = new ArrayList<>();
    for (Objective objective : objectives) {
      nodes.add(new TreeNode(objective, null, "", ""));
    }
    return nodes;
  }

  /** One line of the tree: an objective, or one of its key results when keyResult is not null. */
  private record TreeNode(Objective objective, KeyResult keyResult, String linePrefix,
      String childPrefix) {}

  private Table.Cell[] objectiveRow(TreeNode node) {
    Objective objective = node.objective();
    ObjectiveScore score = scorer.score(objective, asOf);
    String label = node.linePrefix() + objective.id() + "  " + objective.title();
    String findings = String.join(", ", findings().getOrDefault(objective.id(), List.of()));
    return scoreRow(new Table.Cell(label, Style.BOLD), score.score(),
        Table.Cell.plain(judgement(score.judgement())),
        new Table.Cell(findings, Style.RED));
  }

  private Table.Cell[] keyResultRow(TreeNode node) {
    KeyResult keyResult = node.keyResult();
    Optional<Score> score =
        scorer.score(node.objective(), keyResult.id(), asOf).score();
    String label = node.linePrefix() + "KR " + keyResult.id() + "  " + keyResult.title();
    return scoreRow(Table.Cell.plain(label), score, Table.Cell.plain(""), Table.Cell.plain(""));
  }

  private Table.Cell[] scoreRow(Table.Cell label, Optional<Score> score, Table.Cell judgement,
      Table.Cell findings) {
    if (score.isEmpty()) {
      return new Table.Cell[] {label, Table.Cell.plain("not scored"), Table.Cell.plain(NONE),
          Table.Cell.plain(NONE), judgement, findings};
    }
    Score value = score.get();
    return new Table.Cell[] {label, Table.Cell.plain(fourPlaces(value.value())),
        Table.Cell.plain(value.grade().setScale(1, RoundingMode.UNNECESSARY).toPlainString()),
        new Table.Cell(value.colour().name(), colourStyle(value.colour())), judgement, findings};
  }

  /**
   * The validation's rule ids by the objective each violation names first (the child of a bad
   * link, the first member of a cycle), to flag them in the tree; validated once.
   */
  private Map<ObjectiveId, List<String>> findings() {
    if (findings == null) {
      findings = new HashMap<>();
      for (Violation violation : validation().violations()) {
        if (!violation.objectiveIds().isEmpty()) {
          findings.computeIfAbsent(violation.objectiveIds().get(0), k -> new ArrayList<>())
              .add(violation.ruleId());
        }
      }
    }
    return findings;
  }

  /** Pads a score to four places for the column; a score is never finer, so nothing rounds. */
  private static String fourPlaces(BigDecimal value) {
    return value.setScale(Math.max(4, value.scale()), RoundingMode.UNNECESSARY).toPlainString();
  }

  private static String judgement(Judgement judgement) {
    return judgement.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private void explanation(Objective objective) {
    title(EXPLANATION);
    ObjectiveScore score = scorer.score(objective, asOf);
    out.append("Why ").append(objective.id()).append(" scores ")
        .append(score.score().map(Score::toString).orElse("nothing yet")).append(":\n\n")
        .append(score.explanation()).append('\n');
  }

  private void atRisk() {
    title(AT_RISK);
    out.append("Key results whose pace on ").append(asOf)
        .append(" is at risk or off track, by progress against the elapsed share of the period"
            + " or by a low confidence:\n\n");
    Table table = new Table("").header("key result", "owner", "expected", "actual", "status",
        "confidence");
    int rows = 0;
    for (Objective objective : plan.objectives()) {
      for (Pace pace : scorer.pace(objective, asOf).keyResults()) {
        if (!pace.status().isBehind()) {
          continue;
        }
        rows++;
        table.row(Table.Cell.plain(objective.id() + "/" + pace.keyResultId()),
            Table.Cell.plain(objective.keyResult(pace.keyResultId()).owner().toString()),
            Table.Cell.plain(pace.expected().toPlainString()),
            Table.Cell.plain(pace.actual().map(BigDecimal::toPlainString).orElse(NONE)),
            new Table.Cell(pace.status().name(), paceStyle(pace.status())),
            Table.Cell.plain(pace.confidence()
                .map(c -> c.level().name().toLowerCase(Locale.ROOT) + " " + c)
                .orElse(NONE)));
      }
    }
    if (rows == 0) {
      out.append("nothing is at risk\n");
    } else {
      table.appendTo(out, style);
    }
  }

  private void accountability(PersonId person) {
    title(ACCOUNTABILITY + person);
    AccountabilityPolicy policy = AccountabilityPolicy.defaults();
    AccountabilityView view = AccountabilityView.of(plan, scorer, asOf, policy);
    Optional<PersonView> found = view.person(person);
    if (found.isEmpty()) {
      out.append(person).append(" owns, contributes to and coaches nothing active on ")
          .append(asOf).append('\n');
      return;
    }
    PersonView personView = found.get();
    Table roles = new Table("");
    roles.row("owns objectives", list(personView.ownedObjectives()));
    roles.row("owns key results", list(personView.ownedKeyResults()));
    roles.row("contributes to", join(list(personView.contributedObjectives()),
        list(personView.contributedKeyResults())));
    roles.row("coaches", list(personView.coachedObjectives()));
    roles.appendTo(out, style);

    out.append("\nAt risk:\n");
    if (personView.risks().isEmpty()) {
      out.append("  nothing\n");
    } else {
      Table risks = new Table("  ").header("key result", "status", "by", "expected", "actual",
          "confidence");
      for (AccountabilityRisk risk : personView.risks()) {
        risks.row(Table.Cell.plain(risk.objective() + "/" + risk.keyResult()),
            new Table.Cell(risk.status().name(), paceStyle(risk.status())),
            Table.Cell.plain(risk.isByConfidenceOnly() ? "confidence" : "progress"),
            Table.Cell.plain(risk.expected().toPlainString()),
            Table.Cell.plain(risk.actual().map(BigDecimal::toPlainString).orElse(NONE)),
            Table.Cell.plain(risk.confidence().map(Object::toString).orElse(NONE)));
      }
      risks.appendTo(out, style);
    }

    out.append("\nOverdue for a check-in (every ").append(policy.cadence().days())
        .append(" days):\n");
    if (personView.overdue().isEmpty()) {
      out.append("  nothing\n");
    } else {
      Table overdue = new Table("  ").header("key result", "last activity", "on", "days since");
      for (AccountabilityOverdue late : personView.overdue()) {
        overdue.row(late.objective() + "/" + late.keyResult(),
            late.basis().name().toLowerCase(Locale.ROOT).replace('_', ' '),
            late.lastActivity().toString(), Long.toString(late.daysSince()));
      }
      overdue.appendTo(out, style);
    }

    out.append("\nOverloaded:\n");
    if (personView.overloads().isEmpty()) {
      out.append("  no (at most ").append(policy.maxObjectivesPerOwner())
          .append(" objectives per period)\n");
    } else {
      for (AccountabilityOverload overload : personView.overloads()) {
        out.append("  ").append(overload.objectiveCount()).append(" objectives in ")
            .append(overload.period()).append(", more than ").append(overload.limit())
            .append(": ").append(list(overload.objectives())).append('\n');
      }
    }
  }

  private void retrospective() {
    title(RETROSPECTIVE + periodName(period));
    Retrospective retrospective = Retrospective.of(plan, period, scorer, asOf);
    out.append(retrospective.toText());
    if (out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  /** Names a calendar quarter "Q1 2026", a calendar year "2026", any other period by its dates. */
  private static String periodName(Period period) {
    int year = period.start().getYear();
    for (int q = 1; q <= 4; q++) {
      if (period.equals(Period.calendarQuarter(year, q))) {
        return "Q" + q + " " + year;
      }
    }
    if (period.equals(Period.calendarYear(year))) {
      return Integer.toString(year);
    }
    return period.start() + " to " + period.end();
  }

  private static String list(List<?> items) {
    return items.isEmpty() ? NONE
        : items.stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  private static String join(String first, String second) {
    if (first.equals(NONE)) {
      return second;
    }
    return second.equals(NONE) ? first : first + ", " + second;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String colourStyle(GradeColour colour) {
    switch (colour) {
      case RED:
        return Style.RED;
      case YELLOW:
        return Style.YELLOW;
      default:
        return Style.GREEN;
    }
  }

  private static String paceStyle(PaceStatus status) {
    switch (status) {
      case OFF_TRACK:
        return Style.RED;
      case AT_RISK:
        return Style.YELLOW;
      case ON_TRACK:
        return Style.GREEN;
      default:
        return "";
    }
  }

  private static String severityStyle(Severity severity) {
    switch (severity) {
      case ERROR:
        return Style.RED;
      case WARNING:
        return Style.YELLOW;
      default:
        return "";
    }
  }
}
