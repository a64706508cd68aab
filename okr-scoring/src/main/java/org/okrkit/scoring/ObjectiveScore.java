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
 * achieved} only when <em>every</em> key result {@linkplain KeyResultScore#isTargetReached()
 * reached its target}: its exact progress, before rounding and cap, is 1 or more. Otherwise it
 * {@linkplain Judgement#NEEDS_EXPLANATION needs an explanation}. So neither rounding (a key result
 * at 0.99995 shown as 1) nor overachievement (1.25 and 0.75 averaging 1 under an uncapped profile)
 * can hide a missed key result, and a key result that is not scored has not shown its target
 * reached, under {@link MissingValues#SKIP} too. An {@linkplain Commitment#ASPIRATIONAL
 * aspirational} objective meets the expectation when its exact score is 0.7 or more, and is
 * {@linkplain #isTooSafe() too safe} when 75 % or more of its key results reached their target
 * (unscored key results count as not reaching it).
 *
 * <p>Obtain one from {@link Scorer#score(org.okrkit.core.Objective, LocalDate)}. How the
 * mean is summed (exactly, or at 40 decimal places for very many unrelated fractions) is stated in
 * its explanation; see {@link ScoringProfile}. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * // the README's quickstart objective, aspirational, at its close
 * Scorer scorer = Scorer.of(ScoringProfile.google());
 * ObjectiveScore atClose = scorer.score(closed, LocalDate.of(2026, 3, 31));
 * Score score = atClose.score().orElseThrow();  // 0.5833 (exactly 7/12), grade 0.6, YELLOW
 * Judgement judgement = atClose.judgement();    // BELOW_EXPECTATION: under 0.7
 * boolean tooSafe = atClose.isTooSafe();        // false: 1 of 3 key results reached its target
 * List<KeyResultScore> parts = atClose.keyResults();
 * String why = atClose.explanation().toString();
 * }</pre>
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
      ScoringProfile profile,
      ObjectiveAggregate aggregate) {
    return ImmutableObjectiveScore.of(objectiveId, asOf, commitment, keyResults, counted, score,
        judgement, tooSafe, profile, aggregate);
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
   * {@linkplain KeyResultScore#isTargetReached() reached their target} (exact progress 1 or more,
   * not a rounded 1). Always false for committed objectives.
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

  /** The numbers behind the score, kept for the explanation; they follow from the other parts. */
  @Value.Parameter
  @Value.Auxiliary
  abstract ObjectiveAggregate aggregate();

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
