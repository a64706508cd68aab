package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.ObjectiveId;

/**
 * Question 2, how complete is each objective and key result: the objectives of the period by
 * okr-scoring's judgement, and how many key results reached their target. Each objective's and
 * key result's score is in the {@link RetrospectiveObjective} records. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class QuestionCompletion implements Question {

  QuestionCompletion() {}

  /**
   * Returns how many objectives the period has.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int objectives();

  /**
   * Returns the committed objectives every key result of which reached its target.
   *
   * @return the ids, in plan order, not null
   */
  @Value.Parameter
  public abstract ImmutableList<ObjectiveId> achieved();

  /**
   * Returns the committed objectives that missed 1.0 and need an explanation.
   *
   * @return the ids, in plan order, not null
   */
  @Value.Parameter
  public abstract ImmutableList<ObjectiveId> needsExplanation();

  /**
   * Returns the aspirational objectives at or above the expected 0.7.
   *
   * @return the ids, in plan order, not null
   */
  @Value.Parameter
  public abstract ImmutableList<ObjectiveId> meetsExpectation();

  /**
   * Returns the aspirational objectives below the expected 0.7.
   *
   * @return the ids, in plan order, not null
   */
  @Value.Parameter
  public abstract ImmutableList<ObjectiveId> belowExpectation();

  /**
   * Returns the objectives with no score.
   *
   * @return the ids, in plan order, not null
   */
  @Value.Parameter
  public abstract ImmutableList<ObjectiveId> notScored();

  /**
   * Returns how many key results the objectives of the period have.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int keyResults();

  /**
   * Returns how many of them reached their target.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int keyResultsReached();

  /** Returns 2. */
  @Override
  public int number() {
    return 2;
  }

  /** Returns {@code How complete is each objective and key result?}. */
  @Override
  public String question() {
    return "How complete is each objective and key result?";
  }

  /** Returns the counts by judgement and of key results that reached their target. */
  @Override
  public String verdict() {
    return achieved().size() + " achieved, " + needsExplanation().size()
        + " committed missed (need an explanation), " + meetsExpectation().size()
        + " aspirational meet 0.7, " + belowExpectation().size() + " below, "
        + notScored().size() + " not scored, of " + objectives() + " objectives; "
        + keyResultsReached() + " of " + keyResults() + " key results reached their target";
  }

  /** Returns the question and the verdict. */
  @Override
  public String toString() {
    return question() + " " + verdict();
  }
}
