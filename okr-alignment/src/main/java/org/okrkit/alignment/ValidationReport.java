package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.ObjectiveId;

/**
 * The violations an {@link AlignmentValidator} found in a plan. Immutable and thread-safe.
 *
 * <p><b>Order.</b> Violations are listed by severity (errors first), then by the position in the
 * plan of the first objective involved (violations naming no objective of the plan come last),
 * then by rule id, then by key result id (none first), then by the other ids, compared one by
 * one, then by how many objectives are involved, then by message. So the same plan and rules
 * always give the same list, whatever order the rules ran in.
 */
public final class ValidationReport {

  private static final int SHOWN_IN_TEXT = 100;

  private final ImmutableList<Violation> violations;

  private ValidationReport(ImmutableList<Violation> violations) {
    this.violations = violations;
  }

  static ValidationReport of(AlignmentIndex index, List<Violation> violations) {
    record Keyed(Violation violation, int position) {}
    List<Keyed> keyed = new ArrayList<>(violations.size());
    for (Violation violation : violations) {
      int position = violation.objectiveIds().isEmpty() ? AlignmentIndex.MISSING
          : index.objectiveNumber(violation.objectiveIds().get(0));
      keyed.add(new Keyed(violation, position < 0 ? Integer.MAX_VALUE : position));
    }
    Comparator<Optional<KeyResultId>> byKeyResult = Comparator.comparing(
        keyResult -> keyResult.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));
    keyed.sort(Comparator.<Keyed, Severity>comparing(k -> k.violation().severity())
        .thenComparingInt(Keyed::position)
        .thenComparing(k -> k.violation().ruleId())
        .thenComparing(k -> k.violation().keyResultId(), byKeyResult)
        .thenComparing((a, b) -> compareIds(a.violation().objectiveIds(),
            b.violation().objectiveIds()))
        .thenComparingInt(k -> k.violation().objectiveCount())
        .thenComparing(k -> k.violation().message()));
    ImmutableList.Builder<Violation> sorted = ImmutableList.builderWithExpectedSize(keyed.size());
    for (Keyed k : keyed) {
      sorted.add(k.violation());
    }
    return new ValidationReport(sorted.build());
  }

  private static int compareIds(List<ObjectiveId> a, List<ObjectiveId> b) {
    for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
      int order = a.get(k).compareTo(b.get(k));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /**
   * Returns every violation, in the order this class documents.
   *
   * @return the violations, not null
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /**
   * Returns the violations of one rule, in report order.
   *
   * @param ruleId  the rule's id, not null
   * @return the violations, empty if the rule found none or was not checked, not null
   */
  public ImmutableList<Violation> violations(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return violations.stream().filter(v -> v.ruleId().equals(ruleId))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the violations of one severity, in report order.
   *
   * @param severity  the severity, not null
   * @return the violations, not null
   */
  public ImmutableList<Violation> violations(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return violations.stream().filter(v -> v.severity() == severity)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the errors, in report order.
   *
   * @return the violations of severity {@link Severity#ERROR}, not null
   */
  public ImmutableList<Violation> errors() {
    return violations(Severity.ERROR);
  }

  /**
   * Returns the warnings, in report order.
   *
   * @return the violations of severity {@link Severity#WARNING}, not null
   */
  public ImmutableList<Violation> warnings() {
    return violations(Severity.WARNING);
  }

  /**
   * Returns the infos, in report order.
   *
   * @return the violations of severity {@link Severity#INFO}, not null
   */
  public ImmutableList<Violation> infos() {
    return violations(Severity.INFO);
  }

  /**
   * Tells whether the plan is a valid cascade: no violation is an error. Warnings and infos may
   * remain.
   *
   * @return true if there is no error
   */
  public boolean isValid() {
    return violations.isEmpty() || violations.get(0).severity() != Severity.ERROR;
  }

  /**
   * Tells whether another object is a report of equal violations in the same order.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport report && violations.equals(report.violations);
  }

  /** Returns the hash code of {@link #violations()}, the list's. */
  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /**
   * Returns the counts, then one violation a line (the first {@value #SHOWN_IN_TEXT}), for
   * example {@code 1 error, 0 warnings, 0 infos} followed by {@code ERROR orphan: ...}.
   */
  @Override
  public String toString() {
    long errors = violations.stream().filter(v -> v.severity() == Severity.ERROR).count();
    long warnings = violations.stream().filter(v -> v.severity() == Severity.WARNING).count();
    StringBuilder text = new StringBuilder()
        .append(errors).append(errors == 1 ? " error, " : " errors, ")
        .append(warnings).append(warnings == 1 ? " warning, " : " warnings, ")
        .append(violations.size() - errors - warnings)
        .append(violations.size() - errors - warnings == 1 ? " info" : " infos");
    for (int k = 0; k < Math.min(SHOWN_IN_TEXT, violations.size()); k++) {
      text.append('\n').append(violations.get(k));
    }
    if (violations.size() > SHOWN_IN_TEXT) {
      text.append("\n... and ").append(violations.size() - SHOWN_IN_TEXT).append(" more");
    }
    return text.toString();
  }
}
