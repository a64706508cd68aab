package org.okrkit.scoring;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.internal.OkrStyle;

/**
 * Whether an objective keeps pace as of a date, with the pace of each key result. The profile's
 * {@link StatusRollUp} decides the objective's status: its own score against the elapsed share of
 * its period, or its weakest key result's status. Obtain one from {@link
 * Scorer#pace(org.okrkit.core.Objective, LocalDate)}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class ObjectivePace {

  ObjectivePace() {}

  static ObjectivePace create(ObjectiveScore score, BigDecimal expected, Optional<BigDecimal> actual,
      ImmutableList<Pace> keyResults, PaceStatus status) {
    return ImmutableObjectivePace.of(score, expected, actual, keyResults, status);
  }

  /**
   * Returns the objective's score as of the date.
   *
   * @return the score, not null
   */
  @Value.Parameter
  public abstract ObjectiveScore score();

  /**
   * Returns the progress expected by the date: the elapsed share of the objective's period.
   *
   * @return the expected progress, not null
   */
  @Value.Parameter
  public abstract BigDecimal expected();

  /**
   * Returns the objective's progress compared, its score value.
   *
   * @return the progress, empty when not scored, not null
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> actual();

  /**
   * Returns the pace of each key result, in the objective's order.
   *
   * @return the key results' paces, not null
   */
  @Value.Parameter
  public abstract ImmutableList<Pace> keyResults();

  /**
   * Returns the objective's status.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract PaceStatus status();

  /**
   * Returns the objective's id.
   *
   * @return the id, not null
   */
  public ObjectiveId objectiveId() {
    return score().objectiveId();
  }

  /** Returns the id and status, for example {@code sales-q1 ON_TRACK (0.5 of 0.4945 expected)}. */
  @Override
  public String toString() {
    return objectiveId() + " " + status() + " ("
        + actual().map(BigDecimal::toPlainString).orElse("not scored") + " of "
        + expected().toPlainString() + " expected)";
  }
}
