package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.Confidence;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.KpiId;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.PersonId;
import org.okrkit.scoring.PaceStatus;
import org.okrkit.scoring.Score;

/**
 * One key result of an objective of the period, as the retrospective shows it: its score and pace
 * from okr-scoring as of the retrospective's date, whether it was ever checked in, and its
 * mid-cycle adjustments with their reasons. Immutable and thread-safe.
 *
 * <p>A key result is <em>never checked in</em> when okr-scoring has no value to judge it on: no
 * check-in in its window (the period and its closing grace) on or before the date, or, for a key
 * result drawn from a KPI, no reading of the KPI inside the period on or before the date.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class RetrospectiveKeyResult {

  RetrospectiveKeyResult() {}

  /**
   * Returns the objective the key result belongs to.
   *
   * @return the objective's id, not null
   */
  @Value.Parameter
  public abstract ObjectiveId objectiveId();

  /**
   * Returns the key result's id.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract KeyResultId keyResultId();

  /**
   * Returns the key result's title.
   *
   * @return the title, not null
   */
  @Value.Parameter
  public abstract String title();

  /**
   * Returns the key result's owner.
   *
   * @return the owner, not null
   */
  @Value.Parameter
  public abstract PersonId owner();

  /**
   * Returns the KPI the key result is drawn from, if any.
   *
   * @return the KPI's id, not null
   */
  @Value.Parameter
  public abstract Optional<KpiId> kpi();

  /**
   * Returns the score from okr-scoring as of the retrospective's date.
   *
   * @return the score, empty when not scored (never checked in), not null
   */
  @Value.Parameter
  public abstract Optional<Score> score();

  /**
   * Tells whether okr-scoring found the target reached: the exact progress is 1 or more.
   *
   * @return true if the target was reached
   */
  @Value.Parameter
  public abstract boolean isTargetReached();

  /**
   * Returns the pace status from okr-scoring: progress against the elapsed share of the period,
   * combined with the latest confidence.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract PaceStatus paceStatus();

  /**
   * Returns the progress expected by the retrospective's date, against which the pace was judged.
   *
   * @return the expected progress, from 0 to 1, not null
   */
  @Value.Parameter
  public abstract BigDecimal expectedProgress();

  /**
   * Returns the latest confidence given on or before the retrospective's date.
   *
   * @return the confidence, not null
   */
  @Value.Parameter
  public abstract Optional<Confidence> confidence();

  /**
   * Returns the adjustments dated on or before the retrospective's date, in date order.
   *
   * @return the adjustments, not null
   */
  @Value.Parameter
  public abstract ImmutableList<RetrospectiveAdjustment> adjustments();

  /**
   * Tells whether the key result was never checked in: okr-scoring has no value for it.
   *
   * @return true if not scored
   */
  public boolean isNeverCheckedIn() {
    return score().isEmpty();
  }

  /**
   * Tells whether the key result is behind: at risk (behind the tolerance, or a low latest
   * confidence) or off track.
   *
   * @return true if at risk or off track
   */
  public boolean isBehind() {
    return paceStatus().isBehind();
  }

  /**
   * Tells whether the key result was adjusted mid-cycle.
   *
   * @return true if it has an adjustment
   */
  public boolean isAdjusted() {
    return !adjustments().isEmpty();
  }

  /** Returns the ids and the score, for example {@code sales-q1/kr-1: 0.75 (grade 0.8, GREEN)}. */
  @Override
  public String toString() {
    return objectiveId() + "/" + keyResultId() + ": "
        + score().map(Score::toString).orElse("never checked in");
  }
}
