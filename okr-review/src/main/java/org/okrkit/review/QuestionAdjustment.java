package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;

/**
 * Question 6, does the year need adjusting: the annual key results forecast to fall short, with
 * how far, and the adjustments already made, to the annual key results and to the period's.
 * Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class QuestionAdjustment implements Question {

  QuestionAdjustment() {}

  /**
   * Returns the forecasts of the annual key results that fall short, in plan order.
   *
   * @return the forecasts, not null
   */
  @Value.Parameter
  public abstract ImmutableList<RetrospectiveForecast> candidates();

  /**
   * Returns the adjustments already made to annual key results, in plan order, then date order.
   *
   * @return the adjustments, not null
   */
  @Value.Parameter
  public abstract ImmutableList<RetrospectiveAdjustment> annualAdjustments();

  /**
   * Returns the adjustments made to key results of the period, in plan order, then date order.
   *
   * @return the adjustments, not null
   */
  @Value.Parameter
  public abstract ImmutableList<RetrospectiveAdjustment> periodAdjustments();

  /** Returns 6. */
  @Override
  public int number() {
    return 6;
  }

  /** Returns {@code Does the year need adjusting?}. */
  @Override
  public String question() {
    return "Does the year need adjusting?";
  }

  /** Returns the count of annual key results to reconsider and of adjustments already made. */
  @Override
  public String verdict() {
    String made = annualAdjustments().size() + " annual and " + periodAdjustments().size()
        + " period adjustments already made";
    if (candidates().isEmpty()) {
      return "no: no annual key result falls short at the current pace; " + made;
    }
    return "consider it: " + candidates().size()
        + " annual key results fall short at the current pace; " + made;
  }

  /** Returns the question and the verdict. */
  @Override
  public String toString() {
    return question() + " " + verdict();
  }
}
