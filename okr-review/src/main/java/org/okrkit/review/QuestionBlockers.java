package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.AlignmentTarget;

/**
 * Question 3, what blocked it: the key results of the period behind (at risk or off track by
 * okr-scoring's pace, which counts a low latest confidence) and those never checked in. Their
 * figures are in the {@link RetrospectiveKeyResult} records. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class QuestionBlockers implements Question {

  QuestionBlockers() {}

  /**
   * Returns the key results behind, as objective and key result, in plan order.
   *
   * @return the key results, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AlignmentTarget> behind();

  /**
   * Returns the key results never checked in, in plan order.
   *
   * @return the key results, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AlignmentTarget> neverCheckedIn();

  /** Returns 3. */
  @Override
  public int number() {
    return 3;
  }

  /** Returns {@code What blocked it?}. */
  @Override
  public String question() {
    return "What blocked it?";
  }

  /** Returns the counts of key results behind and never checked in. */
  @Override
  public String verdict() {
    if (behind().isEmpty() && neverCheckedIn().isEmpty()) {
      return "nothing blocked: no key result behind, every key result checked in";
    }
    return behind().size() + " key results behind, " + neverCheckedIn().size()
        + " never checked in";
  }

  /** Returns the question and the verdict. */
  @Override
  public String toString() {
    return question() + " " + verdict();
  }
}
