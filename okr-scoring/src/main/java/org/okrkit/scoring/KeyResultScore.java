package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Measure;
import org.okrkit.core.internal.OkrStyle;

/**
 * The score of one key result as of a date, with everything it was computed from: the measure in
 * force on that date, the value used and its date, where the value came from (check-ins or a KPI),
 * the rule applied and, for shares, the counts. A key result with no value yet is <em>not
 * scored</em>, which is not the same as 0.
 *
 * <p>Obtain one from {@link Scorer#score(org.okrkit.core.KeyResult, org.okrkit.core.Period,
 * LocalDate)}. The {@linkplain #explanation() explanation} is derived from these parts when first
 * asked for, so scoring many key results does not pay for texts nobody reads. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class KeyResultScore {

  KeyResultScore() {}

  static KeyResultScore create(
      KeyResultId keyResultId,
      LocalDate asOf,
      BigDecimal weight,
      Measure measure,
      ScoringRule rule,
      Optional<CheckInValue> value,
      Optional<LocalDate> valueDate,
      String source,
      long counted,
      long observed,
      Optional<Score> score,
      ScoringProfile profile) {
    return ImmutableKeyResultScore.of(keyResultId, asOf, weight, measure, rule, value, valueDate,
        source, counted, observed, score, profile);
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
   * Returns the rule applied.
   *
   * @return the rule, {@link ScoringRule#NOT_SCORED} when there was no value, not null
   */
  @Value.Parameter
  public abstract ScoringRule rule();

  /**
   * Returns the value scored: the latest check-in's value, or the KPI readings' aggregate.
   *
   * @return the value, empty when not scored, not null
   */
  @Value.Parameter
  public abstract Optional<CheckInValue> value();

  /**
   * Returns the date of the value scored: the check-in's, or the latest KPI reading's.
   *
   * @return the date, empty when not scored, not null
   */
  @Value.Parameter
  public abstract Optional<LocalDate> valueDate();

  /**
   * Returns where the value came from, for example {@code check-ins} or {@code KPI leads: SUM of 3
   * readings from 2026-01-05 to 2026-01-19}.
   *
   * @return the source, not null
   */
  @Value.Parameter
  public abstract String source();

  /**
   * Returns, for a share, how many check-ins or days met the threshold; 0 otherwise.
   *
   * @return the count met, not negative
   */
  @Value.Parameter
  public abstract long counted();

  /**
   * Returns, for a share, how many check-ins or days were observed; 0 otherwise.
   *
   * @return the count observed, not negative
   */
  @Value.Parameter
  public abstract long observed();

  /**
   * Returns the score; empty when the key result is not scored yet.
   *
   * @return the score, not null
   */
  @Value.Parameter
  public abstract Optional<Score> score();

  /**
   * Returns the profile the key result was scored under.
   *
   * @return the profile, not null
   */
  @Value.Parameter
  public abstract ScoringProfile profile();

  /**
   * Tells whether the key result has a score; false means not scored, which is not 0.
   *
   * @return true if scored
   */
  public boolean isScored() {
    return score().isPresent();
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
