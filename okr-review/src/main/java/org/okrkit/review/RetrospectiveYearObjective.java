package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.alignment.RollUpPolicy;
import org.okrkit.core.Commitment;
import org.okrkit.core.Level;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.scoring.Score;

/**
 * One annual objective whose year contains the retrospective's period: its own score, its progress
 * so far rolled up the cascade by okr-alignment, and each key result's support in the period and
 * forecast. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class RetrospectiveYearObjective {

  RetrospectiveYearObjective() {}

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
   * Returns the objective's year.
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
   * Returns the objective's own score from okr-scoring as of the retrospective's date.
   *
   * @return the own score, empty when not scored, not null
   */
  @Value.Parameter
  public abstract Optional<Score> ownScore();

  /**
   * Returns the progress so far: okr-alignment's rolled-up progress scored under the profile.
   *
   * @return the progress, empty when nothing is scored, not null
   */
  @Value.Parameter
  public abstract Optional<Score> progress();

  /**
   * Returns the roll-up policy the progress was rolled up by.
   *
   * @return the policy, not null
   */
  @Value.Parameter
  public abstract RollUpPolicy policy();

  /**
   * Returns the key results with their support and forecast, in the objective's order.
   *
   * @return the key results, not null
   */
  @Value.Parameter
  public abstract ImmutableList<RetrospectiveForecast> keyResults();

  /** Returns the id and the progress so far, for example {@code sales-2026: 0.3 (...)}. */
  @Override
  public String toString() {
    return objectiveId() + ": " + progress().map(Score::toString).orElse("no progress");
  }
}
