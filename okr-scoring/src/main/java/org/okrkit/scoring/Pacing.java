package org.okrkit.scoring;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.okrkit.core.CheckIn;
import org.okrkit.core.ConfidenceLevel;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Objective;
import org.okrkit.core.Period;

/**
 * Judges pace: a key result's exact progress against the expected progress under the profile's
 * {@link PaceRule}, worsened to at risk by a low latest confidence; an objective by its {@link
 * StatusRollUp}. The confidence comes from the same window of check-ins as the score's values ({@link
 * ValueHistory}).
 */
final class Pacing {

  private Pacing() {}

  static String elapsedShareOf(Period period) {
    return "elapsed share of " + period;
  }

  static Pace pace(KeyResult keyResult, Period period, KeyResultScore score, BigDecimal expected,
      String expectation, ScoringProfile profile) {
    // A key result without a value has no pace, whatever the objective's missing-value policy.
    PaceStatus progressStatus = score.score()
        .map(value -> profile.paceRule().statusOf(expected, value.exact()))
        .orElse(PaceStatus.NOT_SCORED);
    Optional<CheckIn> confidence =
        ValueHistory.latestConfidence(keyResult, period, score.asOf());
    PaceStatus status = progressStatus;
    if (confidence.isPresent()
        && confidence.get().confidence().orElseThrow().level() == ConfidenceLevel.LOW) {
      status = status.worse(PaceStatus.AT_RISK);
    }
    return Pace.create(score, expected, expectation, score.score().map(Score::value),
        confidence, progressStatus, status);
  }

  static ObjectivePace pace(Objective objective, ObjectiveScore score, ScoringProfile profile) {
    Period period = objective.period();
    BigDecimal expected = period.elapsedShareAt(score.asOf());
    String expectation = elapsedShareOf(period);
    ImmutableList.Builder<Pace> paces =
        ImmutableList.builderWithExpectedSize(score.keyResults().size());
    PaceStatus weakest = PaceStatus.NOT_SCORED;
    for (int i = 0; i < score.keyResults().size(); i++) {
      Pace pace = pace(objective.keyResults().get(i), period, score.keyResults().get(i), expected,
          expectation, profile);
      paces.add(pace);
      weakest = weakest.worse(pace.status());
    }
    PaceStatus status = profile.statusRollUp() == StatusRollUp.WEAKEST_KEY_RESULT
        ? weakest
        : score.score().map(value -> profile.paceRule().statusOf(expected, value.exact()))
            .orElse(PaceStatus.NOT_SCORED);
    return ObjectivePace.create(score, expected, score.score().map(Score::value), paces.build(),
        status);
  }
}
