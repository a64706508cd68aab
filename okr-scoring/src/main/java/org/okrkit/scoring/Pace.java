package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Confidence;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.internal.OkrStyle;

/**
 * Whether a key result keeps pace as of a date: its score compared with the expected progress
 * (the elapsed share of the period, or the user's {@link PhasedTargets}) under the profile's
 * {@link PaceRule}, then combined with the latest confidence given. Obtain one from {@link
 * Scorer#pace(org.okrkit.core.KeyResult, org.okrkit.core.Period, LocalDate)}. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Pace {

  Pace() {}

  static Pace create(KeyResultScore score, BigDecimal expected, String expectation,
      Optional<BigDecimal> actual, Optional<CheckIn> confidenceCheckIn,
      PaceStatus progressStatus, PaceStatus status) {
    return ImmutablePace.of(score, expected, expectation, actual, confidenceCheckIn,
        progressStatus, status);
  }

  /**
   * Returns the key result's score as of the date, with its explanation.
   *
   * @return the score, not null
   */
  @Value.Parameter
  public abstract KeyResultScore score();

  /**
   * Returns the progress expected by the date.
   *
   * @return the expected progress, from 0 to 1, not null
   */
  @Value.Parameter
  public abstract BigDecimal expected();

  /**
   * Returns where the expectation came from, for example {@code elapsed share of
   * QUARTER[2026-01-01..2026-03-31]} or the phased targets.
   *
   * @return the expectation, not null
   */
  @Value.Parameter
  public abstract String expectation();

  /**
   * Returns the progress compared: the score, or 0 for an unscored key result when the profile
   * counts missing values as 0.
   *
   * @return the progress, empty when there is nothing to compare, not null
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> actual();

  /**
   * Returns the latest check-in on or before the date that gave a confidence.
   *
   * @return the check-in, not null
   */
  @Value.Parameter
  public abstract Optional<CheckIn> confidenceCheckIn();

  /**
   * Returns the status from progress alone.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract PaceStatus progressStatus();

  /**
   * Returns the status, progress and confidence combined.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract PaceStatus status();

  /**
   * Returns the key result's id.
   *
   * @return the id, not null
   */
  public KeyResultId keyResultId() {
    return score().keyResultId();
  }

  /**
   * Returns the date the pace was judged as of.
   *
   * @return the date, not null
   */
  public LocalDate asOf() {
    return score().asOf();
  }

  /**
   * Returns the latest confidence given on or before the date.
   *
   * @return the confidence, not null
   */
  public Optional<Confidence> confidence() {
    return confidenceCheckIn().flatMap(CheckIn::confidence);
  }

  /**
   * Returns how the status was reached.
   *
   * @return the explanation, not null
   */
  @Value.Lazy
  public Explanation explanation() {
    ScoringProfile profile = score().profile();
    Explanation.Builder explanation = Explanation.builder()
        .subject("pace of key result " + keyResultId() + " as of " + asOf())
        .profile(profile.name())
        .rule("shortfall = (expected - actual) / expected; " + profile.paceRule()
            + "; a low latest confidence makes on track at risk")
        .rounding("none: exact comparison of expected - actual with tolerance x expected")
        .result(status().toString())
        .addPart(score().explanation());
    explanation.putInput("expected", expected().toPlainString());
    explanation.putInput("expectation", expectation());
    explanation.putInput("actual", actual().map(BigDecimal::toPlainString).orElse("not scored"));
    explanation.putInput("latest confidence", confidenceCheckIn()
        .map(c -> c.confidence().orElseThrow() + " " + c.confidence().orElseThrow().level()
            + " on " + c.date())
        .orElse("none"));
    explanation.putIntermediate("progress status", progressStatus().toString());
    return explanation.build();
  }

  /** Returns the id and status, for example {@code kr-1 AT_RISK (0.3 of 0.5 expected)}. */
  @Override
  public String toString() {
    return keyResultId() + " " + status() + " ("
        + actual().map(BigDecimal::toPlainString).orElse("not scored") + " of "
        + expected().toPlainString() + " expected)";
  }
}
