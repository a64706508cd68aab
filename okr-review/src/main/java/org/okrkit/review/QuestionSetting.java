package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.alignment.Violation;
import org.okrkit.core.ObjectiveId;

/**
 * Question 1, was the setting sound: okr-alignment's validation findings that involve an objective
 * of the period (errors, and quality warnings such as key-result counts, only milestones, too many
 * objectives per owner, orphans), and the aspirational objectives okr-scoring flags as too safe.
 * Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class QuestionSetting implements Question {

  QuestionSetting() {}

  /**
   * Returns the validation findings that involve an objective of the period, in report order.
   *
   * @return the findings, not null
   */
  @Value.Parameter
  public abstract ImmutableList<Violation> findings();

  /**
   * Returns the objectives of the period set too safe, in plan order.
   *
   * @return the objectives' ids, not null
   */
  @Value.Parameter
  public abstract ImmutableList<ObjectiveId> tooSafe();

  /** Returns 1. */
  @Override
  public int number() {
    return 1;
  }

  /** Returns {@code Was the setting sound?}. */
  @Override
  public String question() {
    return "Was the setting sound?";
  }

  /**
   * Returns {@code sound} when nothing was found, otherwise the counts of findings by severity
   * and of too-safe objectives.
   */
  @Override
  public String verdict() {
    if (findings().isEmpty() && tooSafe().isEmpty()) {
      return "sound: no validation finding and no objective set too safe";
    }
    long errors = findings().stream()
        .filter(v -> v.severity() == org.okrkit.alignment.Severity.ERROR).count();
    long warnings = findings().stream()
        .filter(v -> v.severity() == org.okrkit.alignment.Severity.WARNING).count();
    return "to improve: " + findings().size() + " validation findings (" + errors + " errors, "
        + warnings + " warnings, " + (findings().size() - errors - warnings) + " infos), "
        + tooSafe().size() + " objectives set too safe";
  }

  /** Returns the question and the verdict. */
  @Override
  public String toString() {
    return question() + " " + verdict();
  }
}
