package org.okrkit.alignment;

import java.util.function.Consumer;

/**
 * A rule a plan's cascade should obey, checked over an {@link AlignmentIndex}. Implement it to add
 * rules of your own to an {@link AlignmentValidator}; {@link AlignmentRules} holds the built-in
 * ones.
 *
 * <p>A rule reports each place the plan breaks it as a {@link Violation} carrying the rule's
 * {@link #id()} and {@link #severity()} (obtain one with {@link Violation#of(AlignmentRule,
 * java.util.List, String)}). It should run in time linear in the plan, without recursion over the
 * plan's structures, and be stateless, so that one rule can check many plans, also concurrently.
 *
 * <pre>{@code
 * final class NeedsUnit implements AlignmentRule {
 *   public String id() {
 *     return "needs-unit";
 *   }
 *
 *   public Severity severity() {
 *     return Severity.WARNING;
 *   }
 *
 *   public void check(AlignmentIndex index, Consumer<Violation> report) {
 *     for (int o = 0; o < index.objectiveCount(); o++) {  // one pass, no recursion
 *       if (index.objective(o).orgUnit().isEmpty()) {
 *         ObjectiveId id = index.objectiveId(o);
 *         report.accept(Violation.of(this, List.of(id),
 *             "objective " + id + " names no unit; give it the unit that holds it"));
 *       }
 *     }
 *   }
 * }
 * ValidationReport report = AlignmentValidator.standard().with(new NeedsUnit()).validate(plan);
 * }</pre>
 */
public interface AlignmentRule {

  /**
   * Returns the rule's id, unique in a validator, in kebab-case, for example {@code orphan}.
   *
   * @return the id, not null
   */
  String id();

  /**
   * Returns the severity of the rule's violations.
   *
   * @return the severity, not null
   */
  Severity severity();

  /**
   * Checks a plan and reports every violation of this rule, each once, in any order (the {@link
   * ValidationReport} orders them).
   *
   * @param index  the plan's index, not null
   * @param report  takes each violation, not null
   */
  void check(AlignmentIndex index, Consumer<Violation> report);
}
