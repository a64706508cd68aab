package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.internal.OkrStyle;

/**
 * One place where a plan breaks an {@link AlignmentRule}: the rule's id and severity, the
 * objectives involved, the key result when one is the subject, and a message that tells the user
 * what is wrong and what to do. Immutable and thread-safe; equal when every attribute is.
 *
 * <p><b>The objectives involved</b> come first the one that breaks the rule (the "faulty" one),
 * then the others it breaks the rule with; each built-in rule of {@link AlignmentRules} documents
 * its order. <b>Output is bounded</b>: a violation lists at most {@value #MAX_LISTED_OBJECTIVES}
 * ids, the first ones in that order, and {@link #objectiveCount()} tells how many objectives are
 * involved in all (a cycle through a million objectives lists its first
 * {@value #MAX_LISTED_OBJECTIVES} and counts a million).
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Violation {

  /** Most objective ids one violation lists; {@link #objectiveCount()} counts them all. */
  public static final int MAX_LISTED_OBJECTIVES = 100;

  private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  Violation() {}

  /**
   * Obtains a violation of a rule, for a rule of your own.
   *
   * @param rule  the rule broken, which gives the violation its id and severity, not null
   * @param objectiveIds  the objectives involved, the one that breaks the rule first, not null;
   *     only the first {@value #MAX_LISTED_OBJECTIVES} are kept, all are counted
   * @param message  what is wrong and what to do, naming the ids, not blank
   * @return the violation, not null
   * @throws OkrException if the rule's id is not kebab-case or the message is blank
   */
  public static Violation of(AlignmentRule rule, List<ObjectiveId> objectiveIds, String message) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(objectiveIds, "objectiveIds");
    return of(rule.id(), rule.severity(), objectiveIds, objectiveIds.size(), Optional.empty(),
        message, Optional.empty());
  }

  /**
   * Obtains a violation of a rule about a key result, for a rule of your own.
   *
   * @param rule  the rule broken, which gives the violation its id and severity, not null
   * @param objectiveIds  the objectives involved, the one that breaks the rule first, not null;
   *     only the first {@value #MAX_LISTED_OBJECTIVES} are kept, all are counted
   * @param keyResultId  the key result the violation is about, not null
   * @param message  what is wrong and what to do, naming the ids, not blank
   * @return the violation, not null
   * @throws OkrException if the rule's id is not kebab-case or the message is blank
   */
  public static Violation of(AlignmentRule rule, List<ObjectiveId> objectiveIds,
      KeyResultId keyResultId, String message) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(objectiveIds, "objectiveIds");
    Objects.requireNonNull(keyResultId, "keyResultId");
    return of(rule.id(), rule.severity(), objectiveIds, objectiveIds.size(),
        Optional.of(keyResultId), message, Optional.empty());
  }

  /** The one full factory: keeps the first ids, counts all, checks the rest. */
  static Violation of(String ruleId, Severity severity, List<ObjectiveId> objectiveIds,
      int objectiveCount, Optional<KeyResultId> keyResultId, String message,
      Optional<CascadeRule> cascadeRule) {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(objectiveIds, "objectiveIds");
    Objects.requireNonNull(message, "message");
    List<ObjectiveId> listed = objectiveIds.size() > MAX_LISTED_OBJECTIVES
        ? objectiveIds.subList(0, MAX_LISTED_OBJECTIVES) : objectiveIds;
    return ImmutableViolation.of(requireRuleId(ruleId), severity, ImmutableList.copyOf(listed),
        objectiveCount, keyResultId, message, cascadeRule);
  }

  /** Rule ids are kebab-case, so that they read the same in code, reports and configuration. */
  static String requireRuleId(String ruleId) {
    if (!KEBAB_CASE.matcher(ruleId).matches()) {
      throw new OkrException("ruleId", '"' + ruleId + '"',
          "must be kebab-case: lower-case letters and digits in words joined by single hyphens");
    }
    return ruleId;
  }

  /**
   * Returns the id of the rule broken, for example {@code alignment-cycle}.
   *
   * @return the kebab-case id, not null
   */
  @Value.Parameter
  public abstract String ruleId();

  /**
   * Returns the severity of the rule broken.
   *
   * @return the severity, not null
   */
  @Value.Parameter
  public abstract Severity severity();

  /**
   * Returns the ids of the objectives involved, the one that breaks the rule first, in the order
   * the rule documents; at most {@value #MAX_LISTED_OBJECTIVES}. An id after the first may name an
   * objective that is not in the plan, for a dangling reference.
   *
   * @return the ids, not null
   */
  @Value.Parameter
  public abstract ImmutableList<ObjectiveId> objectiveIds();

  /**
   * Returns how many objectives are involved, which is more than {@code objectiveIds().size()}
   * when the list was cut at {@value #MAX_LISTED_OBJECTIVES}.
   *
   * @return the count, at least the number of ids listed
   */
  @Value.Parameter
  public abstract int objectiveCount();

  /**
   * Returns the key result the violation is about, if one is its subject: a key result of the
   * last objective listed (the parent of a dangling link to a key result, or the objective whose
   * key result nothing supports).
   *
   * @return the key result's id, or empty, not null
   */
  @Value.Parameter
  public abstract Optional<KeyResultId> keyResultId();

  /**
   * Returns what is wrong and what to do, naming the ids involved.
   *
   * @return the message, not blank
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns the cascade rule broken, for the built-in rules that check one; each {@link
   * CascadeRule} is checked by exactly one built-in rule (see {@link AlignmentRules}).
   *
   * @return the cascade rule, or empty for other rules, not null
   */
  @Value.Parameter
  public abstract Optional<CascadeRule> cascadeRule();

  /**
   * Tells whether the objectives involved are more than those listed.
   *
   * @return true if {@link #objectiveIds()} was cut short
   */
  public boolean isTruncated() {
    return objectiveCount() > objectiveIds().size();
  }

  @Value.Check
  void check() {
    if (message().isBlank()) {
      throw new OkrException("message", '"' + message() + '"', "must not be blank");
    }
    if (objectiveCount() < objectiveIds().size()) {
      throw new OkrException("objectiveCount", Integer.toString(objectiveCount()),
          "must be at least the " + objectiveIds().size() + " objective ids listed");
    }
  }

  /** Returns the severity, rule id and message, for example {@code ERROR orphan: ...}. */
  @Override
  public String toString() {
    return severity() + " " + ruleId() + ": " + message();
  }
}
