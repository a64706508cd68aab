package org.okrkit.scoring;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.Commitment;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.internal.OkrStyle;

/**
 * The score of an objective as of a date, with its key results' scores and how the score reads
 * against the objective's commitment.
 *
 * <p>A {@linkplain Commitment#COMMITTED committed} objective is {@linkplain Judgement#ACHIEVED
 * achieved} only at a score of 1.0 or more; below that it {@linkplain Judgement#NEEDS_EXPLANATION
 * needs an explanation}. The score, not the rounded grade, decides, so 0.96 (grade 1.0) still needs
 * one. An {@linkplain Commitment#ASPIRATIONAL aspirational} objective is judged against the
 * expected 0.7, and is {@linkplain #isTooSafe() too safe} when
 * 75 % or more of its key results reach 1.0 (unscored key results count as not reaching it).
 *
 * <p>Obtain one from {@link Scorer#score(org.okrkit.core.Objective, LocalDate)}. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class ObjectiveScore {

  ObjectiveScore() {}

  static ObjectiveScore create(
      ObjectiveId objectiveId,
      LocalDate asOf,
      Commitment commitment,
      ImmutableList<KeyResultScore> keyResults,
      int counted,
      Optional<Score> score,
      Judgement judgement,
      boolean tooSafe,
      ScoringProfile profile) {
    return ImmutableObjectiveScore.of(objectiveId, asOf, commitment, keyResults, counted, score,
        judgement, tooSafe, profile);
  }

  /**
   * Returns the id of the objective scored.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract ObjectiveId objectiveId();

  /**
   * Returns the date the objective was scored as of.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns the objective's commitment, which decides its {@link #judgement()}.
   *
   * @return the commitment, not null
   */
  @Value.Parameter
  public abstract Commitment commitment();

  /**
   * Returns the scores of the key results, in the objective's order.
   *
   * @return the key result scores, not null
   */
  @Value.Parameter
  public abstract ImmutableList<KeyResultScore> keyResults();

  /**
   * Returns how many key results counted toward the score: all of them, or only the scored ones
   * when the profile skips missing values.
   *
   * @return the count, not negative
   */
  @Value.Parameter
  public abstract int counted();

  /**
   * Returns the score; empty when no key result counted.
   *
   * @return the score, not null
   */
  @Value.Parameter
  public abstract Optional<Score> score();

  /**
   * Returns how the score reads against the commitment.
   *
   * @return the judgement, not null
   */
  @Value.Parameter
  public abstract Judgement judgement();

  /**
   * Tells whether an aspirational objective was set too safe: 75 % or more of its key results
   * reached 1.0. Always false for committed objectives.
   *
   * @return true if too safe
   */
  @Value.Parameter
  public abstract boolean isTooSafe();

  /**
   * Returns the profile the objective was scored under.
   *
   * @return the profile, not null
   */
  @Value.Parameter
  public abstract ScoringProfile profile();

  /**
   * Tells whether the objective has a score.
   *
   * @return true if scored
   */
  public boolean isScored() {
    return score().isPresent();
  }

  /**
   * Tells whether the shortfall of a committed objective needs an explanation.
   *
   * @return true if the judgement is {@link Judgement#NEEDS_EXPLANATION}
   */
  public boolean needsExplanation() {
    return judgement() == Judgement.NEEDS_EXPLANATION;
  }

  /**
   * Returns how the score was reached, with the key results' explanations as parts.
   *
   * @return the explanation, not null
   */
  @Value.Lazy
  public Explanation explanation() {
    return Explanations.of(this);
  }

  /**
   * Returns the id, score and judgement, for example {@code sales-q1: 0.75 (grade 0.8, GREEN)
   * MEETS_EXPECTATION}.
   */
  @Override
  public String toString() {
    return objectiveId() + ": " + score().map(Score::toString).orElse("not scored") + " "
        + judgement() + (isTooSafe() ? " too safe" : "");
  }
}
