package org.okrkit.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Confidence;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.PersonId;

import org.okrkit.scoring.Pace;
import org.okrkit.scoring.PaceStatus;

/**
 * A key result at risk: okr-scoring's {@link Pace} judged it {@link PaceStatus#AT_RISK} or {@link
 * PaceStatus#OFF_TRACK}, by its progress against the expected progress or by a low latest
 * confidence. The figures are the pace's own. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class AccountabilityRisk {

  AccountabilityRisk() {}

  static AccountabilityRisk of(ObjectiveId objective, PersonId owner, Pace pace) {
    return ImmutableAccountabilityRisk.of(objective, pace.keyResultId(), owner, pace.status(),
        pace.progressStatus(), pace.expected(), pace.actual(), pace.confidence(),
        pace.confidenceCheckIn().map(CheckIn::date));
  }

  /**
   * Returns the objective that holds the key result.
   *
   * @return the objective's id, not null
   */
  @Value.Parameter
  public abstract ObjectiveId objective();

  /**
   * Returns the key result.
   *
   * @return the key result's id, not null
   */
  @Value.Parameter
  public abstract KeyResultId keyResult();

  /**
   * Returns the key result's owner.
   *
   * @return the owner, not null
   */
  @Value.Parameter
  public abstract PersonId owner();

  /**
   * Returns the pace's status, progress and confidence combined: at risk or off track.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract PaceStatus status();

  /**
   * Returns the pace's status from progress alone; on track when only a low confidence puts the
   * key result at risk.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract PaceStatus progressStatus();

  /**
   * Returns the progress expected by the date.
   *
   * @return the expected progress, from 0 to 1, not null
   */
  @Value.Parameter
  public abstract BigDecimal expected();

  /**
   * Returns the progress made: the key result's rounded score.
   *
   * @return the progress, empty when the key result is not scored, not null
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> actual();

  /**
   * Returns the latest confidence given on or before the date.
   *
   * @return the confidence, empty when none was given, not null
   */
  @Value.Parameter
  public abstract Optional<Confidence> confidence();

  /**
   * Returns the date of the check-in that gave the latest confidence.
   *
   * @return the date, present exactly when {@link #confidence()} is, not null
   */
  @Value.Parameter
  public abstract Optional<LocalDate> confidenceDate();

  /**
   * Tells whether only a low confidence puts the key result at risk: its progress alone keeps
   * pace.
   *
   * @return true if the progress status is on track
   */
  public boolean isByConfidenceOnly() {
    return progressStatus() == PaceStatus.ON_TRACK;
  }

  /**
   * Returns the key result, its owner and the pace, for example {@code dept/revenue (ben):
   * OFF_TRACK, progress OFF_TRACK, 0.1 of 0.5 expected, confidence 0.55 MEDIUM on 2026-02-01}.
   */
  @Override
  public String toString() {
    return objective() + "/" + keyResult() + " (" + owner() + "): " + status() + ", progress "
        + progressStatus() + ", " + actual().map(BigDecimal::toPlainString).orElse("not scored")
        + " of " + expected().toPlainString() + " expected, confidence "
        + confidence().map(c -> c + " " + c.level() + " on " + confidenceDate().orElseThrow())
            .orElse("none");
  }
}
