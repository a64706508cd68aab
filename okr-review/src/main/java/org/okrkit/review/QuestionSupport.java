package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.ObjectiveId;

/**
 * Question 4, do the quarters support the year: the annual key results no objective of the period
 * supports, and the objectives of the period aligned to no annual objective, directly or through
 * objectives above them. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class QuestionSupport implements Question {

  QuestionSupport() {}

  /**
   * Returns how many key results the annual objectives have.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int annualKeyResults();

  /**
   * Returns the annual key results with no support in the period, in plan order.
   *
   * @return the key results, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AlignmentTarget> unsupported();

  /**
   * Returns how many objectives of the period are shorter than a year and could support it.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int periodObjectives();

  /**
   * Returns the objectives of the period aligned to no annual objective, in plan order.
   *
   * @return the ids, not null
   */
  @Value.Parameter
  public abstract ImmutableList<ObjectiveId> unaligned();

  /** Returns 4. */
  @Override
  public int number() {
    return 4;
  }

  /** Returns {@code Do the quarters support the year?}. */
  @Override
  public String question() {
    return "Do the quarters support the year?";
  }

  /** Returns the counts of unsupported annual key results and unaligned objectives. */
  @Override
  public String verdict() {
    String counts = (annualKeyResults() - unsupported().size()) + " of " + annualKeyResults()
        + " annual key results supported, " + unaligned().size() + " of " + periodObjectives()
        + " objectives of the period aligned to no annual objective";
    return (unsupported().isEmpty() && unaligned().isEmpty() ? "yes: " : "partly: ") + counts;
  }

  /** Returns the question and the verdict. */
  @Override
  public String toString() {
    return question() + " " + verdict();
  }
}
