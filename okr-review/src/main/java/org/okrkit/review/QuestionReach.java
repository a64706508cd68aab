package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.AlignmentTarget;

/**
 * Question 5, is the year reachable: the annual key results okr-scoring forecasts to reach their
 * target by the year's end, those it forecasts to fall short, and those with no forecast (fewer
 * than two values, or a milestone). Each forecast and shortfall is in the {@link
 * RetrospectiveForecast} records. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class QuestionReach implements Question {

  QuestionReach() {}

  /**
   * Returns the annual key results forecast to reach their target, in plan order.
   *
   * @return the key results, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AlignmentTarget> reaching();

  /**
   * Returns the annual key results forecast to fall short, in plan order.
   *
   * @return the key results, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AlignmentTarget> fallingShort();

  /**
   * Returns the annual key results with no forecast, in plan order.
   *
   * @return the key results, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AlignmentTarget> withoutForecast();

  /** Returns 5. */
  @Override
  public int number() {
    return 5;
  }

  /** Returns {@code Is the year reachable?}. */
  @Override
  public String question() {
    return "Is the year reachable?";
  }

  /** Returns the counts of annual key results reaching, falling short and without forecast. */
  @Override
  public String verdict() {
    String counts = reaching().size() + " annual key results on course, " + fallingShort().size()
        + " falling short, " + withoutForecast().size() + " without forecast";
    if (fallingShort().isEmpty()) {
      return (withoutForecast().isEmpty() ? "yes at the current pace: " : "unknown in part: ")
          + counts;
    }
    return "not at the current pace: " + counts;
  }

  /** Returns the question and the verdict. */
  @Override
  public String toString() {
    return question() + " " + verdict();
  }
}
