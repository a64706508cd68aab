package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;

/**
 * Checks a plan against a set of {@link AlignmentRule}s and reports every violation. Start from
 * {@link #standard()}, add rules of your own with {@link #with(AlignmentRule)} and switch rules
 * off with {@link #without(String)}:
 *
 * <pre>{@code
 * AlignmentValidator validator = AlignmentValidator.standard()
 *     .with(AlignmentRules.keyResultCount(1, 4))   // replaces the default key-result-count
 *     .without("only-milestones")
 *     .with(new MyRule());
 * ValidationReport report = validator.validate(plan);
 * if (!report.isValid()) {
 *   List<Violation> errors = report.errors();  // each with its rule id, objectives and what to do
 * }
 * List<Violation> orphans = report.violations("orphan");
 * }</pre>
 *
 * <p>{@code MyRule} stands for a rule of your own; {@link AlignmentRule} shows one.
 *
 * <p>The built-in rules of one validation share one index of the plan and its strongly connected
 * components, so the standard validation costs a few passes over the plan. Immutable and
 * thread-safe (as long as the rules added are).
 */
public final class AlignmentValidator {

  private final ImmutableList<AlignmentRule> rules;

  private AlignmentValidator(ImmutableList<AlignmentRule> rules) {
    this.rules = rules;
  }

  /**
   * Returns a validator with every built-in rule and its default thresholds ({@link
   * AlignmentRules#standard()}).
   *
   * @return the validator, not null
   */
  public static AlignmentValidator standard() {
    return new AlignmentValidator(AlignmentRules.standard());
  }

  /**
   * Returns a validator with exactly the rules given.
   *
   * @param rules  the rules, not null, their ids unique
   * @return the validator, not null
   * @throws OkrException if two rules share an id, or an id is not kebab-case
   */
  public static AlignmentValidator of(Iterable<? extends AlignmentRule> rules) {
    Objects.requireNonNull(rules, "rules");
    ImmutableList<AlignmentRule> list = ImmutableList.copyOf(rules);
    Set<String> ids = new HashSet<>();
    for (AlignmentRule rule : list) {
      if (!ids.add(requireId(rule))) {
        throw new OkrException("rules", rule.id(), "rule ids must be unique in a validator");
      }
    }
    return new AlignmentValidator(list);
  }

  private static String requireId(AlignmentRule rule) {
    Objects.requireNonNull(rule.severity(), "rule.severity()");
    return Violation.requireRuleId(Objects.requireNonNull(rule.id(), "rule.id()"));
  }

  /**
   * Returns a validator that also checks a rule: in the place of the rule with the same id if
   * there is one (so {@code with(AlignmentRules.keyResultCount(1, 4))} changes the thresholds of
   * the standard one), else after the others.
   *
   * @param rule  the rule, not null
   * @return the new validator, not null
   * @throws OkrException if the rule's id is not kebab-case
   */
  public AlignmentValidator with(AlignmentRule rule) {
    Objects.requireNonNull(rule, "rule");
    String id = requireId(rule);
    List<AlignmentRule> changed = new ArrayList<>(rules);
    boolean replaced = false;
    for (int k = 0; k < changed.size(); k++) {
      if (changed.get(k).id().equals(id)) {
        changed.set(k, rule);
        replaced = true;
      }
    }
    if (!replaced) {
      changed.add(rule);
    }
    return new AlignmentValidator(ImmutableList.copyOf(changed));
  }

  /**
   * Returns a validator without a rule.
   *
   * @param ruleId  the id of a rule of this validator, not null
   * @return the new validator, not null
   * @throws OkrException if this validator has no rule of that id (a typo would otherwise switch
   *     nothing off)
   */
  public AlignmentValidator without(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    ImmutableList.Builder<AlignmentRule> kept = ImmutableList.builder();
    boolean found = false;
    for (AlignmentRule rule : rules) {
      if (rule.id().equals(ruleId)) {
        found = true;
      } else {
        kept.add(rule);
      }
    }
    if (!found) {
      throw new OkrException("ruleId", '"' + ruleId + '"', "must be the id of one of the rules "
          + ids());
    }
    return new AlignmentValidator(kept.build());
  }

  private List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (AlignmentRule rule : rules) {
      ids.add(rule.id());
    }
    return ids;
  }

  /**
   * Returns the rules this validator checks, in the order it checks them.
   *
   * @return the rules, not null
   */
  public ImmutableList<AlignmentRule> rules() {
    return rules;
  }

  /**
   * Validates a plan: indexes it, then checks every rule.
   *
   * @param plan  the plan, not null
   * @return the report, not null
   * @throws OkrException if a rule reports a violation of another rule or severity
   */
  public ValidationReport validate(Plan plan) {
    return validate(AlignmentIndex.of(Objects.requireNonNull(plan, "plan")));
  }

  /**
   * Validates an indexed plan, checking every rule.
   *
   * @param index  the plan's index, not null
   * @return the report, not null
   * @throws OkrException if a rule reports a violation of another rule or severity
   */
  public ValidationReport validate(AlignmentIndex index) {
    Objects.requireNonNull(index, "index");
    ValidationContext context = new ValidationContext(index);
    List<Violation> violations = new ArrayList<>();
    for (AlignmentRule rule : rules) {
      Consumer<Violation> report = violation -> {
        Objects.requireNonNull(violation, "violation");
        if (!violation.ruleId().equals(rule.id()) || violation.severity() != rule.severity()) {
          throw new OkrException("violation", violation.ruleId() + " " + violation.severity(),
              "rule " + rule.id() + " may report only violations of its own id and severity "
                  + rule.severity());
        }
        violations.add(violation);
      };
      if (rule instanceof BuiltInRule builtIn) {
        builtIn.check(context, report);
      } else {
        rule.check(index, report);
      }
    }
    return ValidationReport.of(index, violations);
  }

  /** Returns the rules' ids, for example {@code AlignmentValidator[alignment-cycle, ...]}. */
  @Override
  public String toString() {
    return "AlignmentValidator" + rules;
  }
}
