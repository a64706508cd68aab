package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.scoring.Score;

/**
 * One objective of a {@link RolledUpPlan}: its own score, its rolled-up progress under its policy,
 * that progress scored under the scorer's profile, its key results' rolled values and the
 * explanation. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class RolledUpObjective {

  RolledUpObjective() {}

  static RolledUpObjective create(ObjectiveId objectiveId, RollUpPolicy policy,
      Optional<Score> ownScore, Optional<BigDecimal> progress, Optional<Score> score,
      ImmutableList<RolledUpKeyResult> keyResults, RollUpExplanation explanation) {
    return ImmutableRolledUpObjective.of(objectiveId, policy, ownScore, progress, score, keyResults,
        explanation);
  }

  /**
   * Returns the objective's id.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract ObjectiveId objectiveId();

  /**
   * Returns the policy the objective was rolled up by.
   *
   * @return the policy, not null
   */
  @Value.Parameter
  public abstract RollUpPolicy policy();

  /**
   * Returns the objective's own score from okr-scoring.
   *
   * @return the score, empty when not scored, not null
   */
  @Value.Parameter
  public abstract Optional<Score> ownScore();

  /**
   * Returns the rolled-up progress, rounded half-even to 32 decimal places (see {@link RollUp}).
   *
   * @return the progress, empty when neither the objective nor its children give one, not null
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> progress();

  /**
   * Returns the rolled-up progress scored under the scorer's profile (floor, cap, rounding).
   *
   * @return the score, empty when there is no progress, not null
   */
  @Value.Parameter
  public abstract Optional<Score> score();

  /**
   * Returns the key results with the values they took, in the objective's order.
   *
   * @return the key results, not null
   */
  @Value.Parameter
  public abstract ImmutableList<RolledUpKeyResult> keyResults();

  /**
   * Returns how the progress was reached.
   *
   * @return the explanation, not null
   */
  @Value.Parameter
  public abstract RollUpExplanation explanation();

  /** Returns the id and the rolled-up score, for example {@code sales: 0.75 (grade 0.8, GREEN)}. */
  @Override
  public String toString() {
    return objectiveId() + ": " + score().map(Score::toString).orElse("not scored") + " ["
        + policy() + "]";
  }
}
