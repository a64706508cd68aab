package org.okrkit.alignment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.ObjectiveId;

/**
 * A rule of {@link AlignmentRules}: checked on a {@link ValidationContext}, so that the rules of one
 * validation share the graphs and components they need instead of each building its own.
 */
abstract class BuiltInRule implements AlignmentRule {

  private final String id;
  private final Severity severity;
  private final Optional<CascadeRule> cascadeRule;

  BuiltInRule(String id, Severity severity, Optional<CascadeRule> cascadeRule) {
    this.id = id;
    this.severity = severity;
    this.cascadeRule = cascadeRule;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  /** The cascade rule this rule checks, if any. */
  final Optional<CascadeRule> cascadeRule() {
    return cascadeRule;
  }

  @Override
  public final void check(AlignmentIndex index, Consumer<Violation> report) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(report, "report");
    check(new ValidationContext(index), report);
  }

  abstract void check(ValidationContext context, Consumer<Violation> report);

  final Violation violation(List<ObjectiveId> ids, int count, String message) {
    return Violation.of(id, severity, ids, count, Optional.empty(), message, cascadeRule);
  }

  final Violation violation(List<ObjectiveId> ids, Optional<KeyResultId> keyResult,
      String message) {
    return Violation.of(id, severity, ids, ids.size(), keyResult, message, cascadeRule);
  }

  /** Returns the id, with the thresholds of a configurable rule, for example {@code orphan}. */
  @Override
  public String toString() {
    return id;
  }
}
