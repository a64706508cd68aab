package org.okrkit.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.okrkit.alignment.CoverageShare;

/**
 * Renders an {@link AccountabilityView} as plain text or Markdown from one outline, so both hold
 * the same lines and every figure of the records: only the markup differs.
 */
final class AccountabilityRendering {

  private AccountabilityRendering() {}

  static String text(AccountabilityView view) {
    return render(view, new Text());
  }

  static String markdown(AccountabilityView view) {
    return render(view, new Markdown());
  }

  /**
   * Items separated by commas, for the records' toString; the callers never pass an empty list
   * (an overload always counts objectives, a coverage lists its unsupported only when there are).
   */
  static String joined(List<?> items) {
    return items.stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  /** A share with its counts and its value to 4 places, for example {@code 1 of 2 (0.5000)}. */
  static String share(CoverageShare share) {
    return share + " (" + share.value().map(BigDecimal::toPlainString).orElse("nothing to cover")
        + ")";
  }

  /** The markup of one rendering. */
  private interface Markup {
    void title(StringBuilder out, String text);

    void section(StringBuilder out, String text);

    void subject(StringBuilder out, String text);

    void line(StringBuilder out, String label, String value);

    void item(StringBuilder out, String text);

    /** Escapes an identifier or other user text where markup would read it as syntax. */
    String literal(String text);
  }

  private static final class Text implements Markup {
    @Override
    public void title(StringBuilder out, String text) {
      out.append(text).append('\n');
    }

    @Override
    public void section(StringBuilder out, String text) {
      out.append('\n').append(text).append('\n');
    }

    @Override
    public void subject(StringBuilder out, String text) {
      out.append('\n').append("  ").append(text).append('\n');
    }

    @Override
    public void line(StringBuilder out, String label, String value) {
      out.append("    ").append(label).append(':').append(value.isEmpty() ? "" : " " + value)
          .append('\n');
    }

    @Override
    public void item(StringBuilder out, String text) {
      out.append("      - ").append(text).append('\n');
    }

    @Override
    public String literal(String text) {
      return text;
    }
  }

  private static final class Markdown implements Markup {
    @Override
    public void title(StringBuilder out, String text) {
      out.append("# ").append(text).append('\n');
    }

    @Override
    public void section(StringBuilder out, String text) {
      out.append("\n## ").append(text).append("\n\n");
    }

    @Override
    public void subject(StringBuilder out, String text) {
      out.append("\n### ").append(text).append("\n\n");
    }

    @Override
    public void line(StringBuilder out, String label, String value) {
      out.append("- ").append(label).append(':').append(value.isEmpty() ? "" : " " + value)
          .append('\n');
    }

    @Override
    public void item(StringBuilder out, String text) {
      out.append("  - ").append(text).append('\n');
    }

    @Override
    public String literal(String text) {
      return MarkdownText.literal(text);
    }
  }

  private static String render(AccountabilityView view, Markup markup) {
    StringBuilder out = new StringBuilder();
    AccountabilityPolicy policy = view.policy();
    markup.title(out, "Accountability as of " + view.asOf());
    markup.section(out, "Policy");
    markup.line(out, "check-in cadence", policy.cadence().toString());
    markup.line(out, "most objectives per owner and period",
        Integer.toString(policy.maxObjectivesPerOwner()));
    markup.line(out, "objectives considered", policy.scope().toString());
    markup.section(out, "People (" + view.people().size() + ")");
    for (PersonView person : view.people()) {
      markup.subject(out, markup.literal(person.person().toString()));
      markup.line(out, "owns objectives", list(person.ownedObjectives(), markup));
      markup.line(out, "owns key results", list(person.ownedKeyResults(), markup));
      markup.line(out, "contributes to objectives", list(person.contributedObjectives(), markup));
      markup.line(out, "contributes to key results",
          list(person.contributedKeyResults(), markup));
      markup.line(out, "coaches objectives", list(person.coachedObjectives(), markup));
      items(out, markup, "at risk", person.risks(), risk -> risk(risk, markup));
      items(out, markup, "overdue for a check-in", person.overdue(),
          overdue -> overdue(overdue, markup));
      items(out, markup, "over the limit of objectives", person.overloads(),
          overload -> overload(overload, markup));
    }
    markup.section(out, "Units (" + view.units().size() + ")");
    for (UnitView unit : view.units()) {
      markup.subject(out, markup.literal(unit.unit().toString()));
      markup.line(out, "belongs to",
          unit.parentUnit().map(parent -> markup.literal(parent.toString()))
              .orElse("none, a top unit"));
      markup.line(out, "sub-units", list(unit.subUnits(), markup));
      markup.line(out, "own objectives", list(unit.objectives(), markup));
      markup.line(out, "owners", list(unit.owners(), markup));
      items(out, markup, "at risk", unit.risks(), risk -> risk(risk, markup));
      items(out, markup, "overdue for a check-in", unit.overdue(),
          overdue -> overdue(overdue, markup));
      items(out, markup, "owners over the limit of objectives", unit.overloads(),
          overload -> overload(overload, markup));
      markup.line(out, "coverage of the parent unit's key results",
          unit.parentCoverage().map(coverage -> coverage(coverage, markup))
              .orElse("none, a top unit"));
      AccountabilityTotals totals = unit.totals();
      markup.line(out, "totals with the units below", "objectives " + totals.objectives()
          + ", key results " + totals.keyResults() + ", at risk " + totals.atRisk()
          + ", overdue for a check-in " + totals.overdue());
    }
    return out.toString();
  }

  private static <T> void items(StringBuilder out, Markup markup, String label, List<T> items,
      Function<T, String> render) {
    markup.line(out, label + " (" + items.size() + ")", items.isEmpty() ? "none" : "");
    for (T item : items) {
      markup.item(out, render.apply(item));
    }
  }

  private static String list(List<?> items, Markup markup) {
    return items.isEmpty() ? "none" : items.stream().map(item -> markup.literal(item.toString()))
        .collect(Collectors.joining(", "));
  }

  private static String risk(AccountabilityRisk risk, Markup markup) {
    return markup.literal(risk.objective() + "/" + risk.keyResult()) + " owned by "
        + markup.literal(risk.owner().toString()) + ": " + risk.status() + " (by progress "
        + risk.progressStatus() + "), progress "
        + risk.actual().map(BigDecimal::toPlainString).orElse("not scored") + " of "
        + risk.expected().toPlainString() + " expected, latest confidence "
        + risk.confidence().map(confidence -> confidence + " " + confidence.level() + " on "
            + risk.confidenceDate().orElseThrow()).orElse("none");
  }

  private static String overdue(AccountabilityOverdue overdue, Markup markup) {
    String since;
    switch (overdue.basis()) {
      case CHECK_IN:
        since = "last check-in";
        break;
      case KPI_READING:
        since = "last KPI reading";
        break;
      default:
        since = "no check-in since the start";
    }
    return markup.literal(overdue.objective() + "/" + overdue.keyResult()) + " owned by "
        + markup.literal(overdue.owner().toString()) + ": " + since + " on "
        + overdue.lastActivity() + ", " + overdue.daysSince() + " days before, cadence "
        + overdue.cadence();
  }

  private static String overload(AccountabilityOverload overload, Markup markup) {
    return markup.literal(overload.owner().toString()) + " owns " + overload.objectiveCount()
        + " objectives in " + overload.period() + ", limit " + overload.limit() + ": "
        + list(overload.objectives(), markup);
  }

  private static String coverage(AccountabilityCoverage coverage, Markup markup) {
    return "of " + markup.literal(coverage.parentUnit().toString()) + ", "
        + share(coverage.share()) + " supported; unsupported: "
        + list(coverage.unsupported(), markup);
  }
}
