package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.Commitment;
import org.okrkit.core.Level;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Status;
import org.okrkit.scoring.Judgement;
import org.okrkit.scoring.Score;

/**
 * One objective of the period, as the retrospective shows it: its final score, grade and colour
 * and its judgement against its commitment, all from okr-scoring's {@link
 * org.okrkit.scoring.ObjectiveScore} as of the retrospective's date, and its key results.
 * Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class RetrospectiveObjective {

  RetrospectiveObjective() {}

  /**
   * Returns the objective's id.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract ObjectiveId objectiveId();

  /**
   * Returns the objective's title.
   *
   * @return the title, not null
   */
  @Value.Parameter
  public abstract String title();

  /**
   * Returns the objective's level.
   *
   * @return the level, not null
   */
  @Value.Parameter
  public abstract Level level();

  /**
   * Returns the objective's owner.
   *
   * @return the owner, not null
   */
  @Value.Parameter
  public abstract PersonId owner();

  /**
   * Returns the unit that holds the objective, if any.
   *
   * @return the unit, not null
   */
  @Value.Parameter
  public abstract Optional<OrgUnitId> orgUnit();

  /**
   * Returns the objective's period, which lies inside the retrospective's.
   *
   * @return the period, not null
   */
  @Value.Parameter
  public abstract Period period();

  /**
   * Returns the objective's commitment.
   *
   * @return the commitment, not null
   */
  @Value.Parameter
  public abstract Commitment commitment();

  /**
   * Returns the objective's lifecycle status at the end of the retrospective's date.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract Status status();

  /**
   * Returns the score, grade and colour from okr-scoring.
   *
   * @return the score, empty when no key result counted, not null
   */
  @Value.Parameter
  public abstract Optional<Score> score();

  /**
   * Returns okr-scoring's judgement of the score against the commitment.
   *
   * @return the judgement, not null
   */
  @Value.Parameter
  public abstract Judgement judgement();

  /**
   * Tells whether okr-scoring flags the aspirational objective as set too safe.
   *
   * @return true if too safe
   */
  @Value.Parameter
  public abstract boolean isTooSafe();

  /**
   * Returns the key results, in the objective's order.
   *
   * @return the key results, not null
   */
  @Value.Parameter
  public abstract ImmutableList<RetrospectiveKeyResult> keyResults();

  /**
   * Tells whether the objective is committed and missed 1.0, so it needs an explanation.
   *
   * @return true if the judgement is {@link Judgement#NEEDS_EXPLANATION}
   */
  public boolean needsExplanation() {
    return judgement() == Judgement.NEEDS_EXPLANATION;
  }

  /** Returns the id, score and judgement, for example {@code sales-q1: 0.75 (...) ACHIEVED}. */
  @Override
  public String toString() {
    return objectiveId() + ": " + score().map(Score::toString).orElse("not scored") + " "
        + judgement();
  }
}
