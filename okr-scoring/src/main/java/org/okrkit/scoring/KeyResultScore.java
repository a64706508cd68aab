package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Measure;
import org.okrkit.core.internal.OkrStyle;

/**
 * The score of one key result as of a date, with everything it was computed from: the measure in
 * force on that date, where the values came from ({@link ValueSource}), the rule applied and, when
 * scored, the {@link Assessment}: the input value and its date, the exact progress and the score,
 * together. A key result with no value yet is <em>not scored</em>, which is not the same as 0: its
 * assessment is empty, and the explanation says why. A threshold scored as a share also carries
 * its {@link ThresholdShare}.
 *
 * <p>Obtain one from {@link Scorer#score(org.okrkit.core.KeyResult, org.okrkit.core.Period,
 * LocalDate)} or {@link Scorer#score(org.okrkit.core.Objective, org.okrkit.core.KeyResultId,
 * LocalDate)}. The {@linkplain #explanation() explanation} renders the steps scoring recorded when
 * first asked for, so scoring many key results does not pay for texts nobody reads. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * KeyResultScore churn = scorer.score(closed, KeyResultId.of("churn"), LocalDate.of(2026, 3, 31));
 * if (churn.isScored()) {
 *   Assessment assessment = churn.assessment().orElseThrow();
 *   // assessment.input() 7.2 of assessment.inputDate() 2026-02-01; measure 8 % to 5 %:
 *   // assessment.progress() (8 - 7.2) / (8 - 5) = 4/15, assessment.score() 0.2667
 * }
 * boolean reached = churn.isTargetReached();  // false: 4/15 is below 1
 * KeyResultScore before = scorer.score(closed, KeyResultId.of("churn"), LocalDate.of(2026, 1, 31));
 * // before.isScored() is false: no value yet, which is not a score of 0
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class KeyResultScore {

  KeyResultScore() {}

  static KeyResultScore create(KeyResultId keyResultId, LocalDate asOf, BigDecimal weight,
      Measure measure, ValueSource source, ScoringRule rule, Optional<Assessment> assessment,
      Optional<ThresholdShare> share, ScoringProfile profile, Steps steps) {
    return ImmutableKeyResultScore.of(keyResultId, asOf, weight, measure, source, rule,
        assessment, share, profile, steps);
  }

  /**
   * Returns the id of the key result scored.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract KeyResultId keyResultId();

  /**
   * Returns the date the key result was scored as of: only history dated on or before it counts.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns the key result's weight in its objective.
   *
   * @return the weight, positive, not null
   */
  @Value.Parameter
  public abstract BigDecimal weight();

  /**
   * Returns the measure in force on the date scored.
   *
   * @return the measure, not null
   */
  @Value.Parameter
  public abstract Measure measure();

  /**
   * Returns where the values came from: the key result's check-ins, or a KPI's readings.
   *
   * @return the source, not null
   */
  @Value.Parameter
  public abstract ValueSource source();

  /**
   * Returns the rule applied.
   *
   * @return the rule, {@link ScoringRule#NOT_SCORED} when not scored, not null
   */
  @Value.Parameter
  public abstract ScoringRule rule();

  /**
   * Returns the input, progress and score; empty when the key result is not scored.
   *
   * @return the assessment, not null
   */
  @Value.Parameter
  public abstract Optional<Assessment> assessment();

  /**
   * Returns, for a threshold scored as a share of check-ins or of time, what was counted.
   *
   * @return the share, empty for every other rule and when not scored, not null
   */
  @Value.Parameter
  public abstract Optional<ThresholdShare> share();

  /**
   * Returns the profile the key result was scored under.
   *
   * @return the profile, not null
   */
  @Value.Parameter
  public abstract ScoringProfile profile();

  /** The steps scoring took, rendered by the explanation; they follow from the other parts. */
  @Value.Parameter
  @Value.Auxiliary
  abstract Steps steps();

  /**
   * Returns the score; empty when the key result is not scored. Short for {@code
   * assessment().map(Assessment::score)}.
   *
   * @return the score, not null
   */
  public Optional<Score> score() {
    return assessment().map(Assessment::score);
  }

  /**
   * Tells whether the key result reached its target: scored, with an exact progress of 1 or more
   * (a metric's value reached its target, a threshold was met on every check-in or day counted, the
   * value lies in the band, the milestone is done, every checklist item is done).
   *
   * @return true if scored and the target was reached
   */
  public boolean isTargetReached() {
    return assessment().isPresent() && assessment().get().isTargetReached();
  }

  /**
   * Tells whether the key result has a score; false means not scored, which is not 0.
   *
   * @return true if scored
   */
  public boolean isScored() {
    return assessment().isPresent();
  }

  /**
   * Returns how the score was reached: inputs, rule, intermediate numbers, rounding and profile.
   *
   * @return the explanation, not null
   */
  @Value.Lazy
  public Explanation explanation() {
    return Explanations.of(this);
  }

  /** Returns the id and the score, for example {@code kr-1: 0.6667 (grade 0.7, GREEN)}. */
  @Override
  public String toString() {
    return keyResultId() + ": " + score().map(Score::toString).orElse("not scored");
  }
}
