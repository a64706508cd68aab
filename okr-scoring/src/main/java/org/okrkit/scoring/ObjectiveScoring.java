package org.okrkit.scoring;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Objective;

/**
 * Scores an objective: each key result in the objective's period, the {@link ObjectiveAggregate}
 * of their exact scores, and the judgement against the commitment. Linear in the key results.
 */
final class ObjectiveScoring {

  /** An aspirational objective meets the expectation at an exact score of 0.7 or more. */
  static final BigDecimal ASPIRATIONAL_EXPECTATION = new BigDecimal("0.7");

  /** The expectation as the exact fraction scores are compared with, built once. */
  private static final Fraction EXPECTATION = Fraction.exactly(ASPIRATIONAL_EXPECTATION);

  private ObjectiveScoring() {}

  static ObjectiveScore score(
      Objective objective, LocalDate asOf, KeyResultScoring keyResults, ScoringProfile profile) {
    ImmutableList<KeyResult> all = objective.keyResults();
    for (KeyResult keyResult : all) {
      keyResults.checkKpiLink(keyResult);
    }
    ImmutableList.Builder<KeyResultScore> scores = ImmutableList.builderWithExpectedSize(all.size());
    LocalDate lastCheckIn = ValueHistory.lastCheckInDate(objective.period(), asOf);
    for (KeyResult keyResult : all) {
      scores.add(keyResults.score(keyResult, objective.period(), asOf, lastCheckIn));
    }
    ImmutableList<KeyResultScore> keyResultScores = scores.build();
    ObjectiveAggregate aggregate = ObjectiveAggregate.of(
        couldHaveCheckIns(objective, asOf) ? keyResultScores : scoredOnly(keyResultScores), profile);
    Optional<Score> score = aggregate.counted == 0
        ? Optional.empty() : Optional.of(profile.score(aggregate.value));
    Commitment commitment = objective.commitment();
    boolean tooSafe = commitment == Commitment.ASPIRATIONAL && !keyResultScores.isEmpty()
        && 4L * aggregate.reached >= 3L * keyResultScores.size();
    boolean allReached = aggregate.reached == keyResultScores.size();
    return ObjectiveScore.create(objective.id(), asOf, commitment, keyResultScores,
        aggregate.counted, score, judge(commitment, score, allReached), tooSafe, profile,
        aggregate);
  }

  /**
   * Tells whether the objective could have had check-ins by the date: from its first history date,
   * the later of its activation and its period's start. Before it, silence means nothing, so a key
   * result without a value is left out of the objective's score whatever the profile's {@link
   * MissingValues} (counting it as 0 would make a draft objective score 0 and need explanation).
   */
  private static boolean couldHaveCheckIns(Objective objective, LocalDate asOf) {
    Optional<LocalDate> first = objective.lifecycle().firstHistoryDate();
    return first.isPresent() && !asOf.isBefore(first.get());
  }

  /** The scored key results: aggregating only these is the {@link MissingValues#SKIP} policy. */
  private static ImmutableList<KeyResultScore> scoredOnly(ImmutableList<KeyResultScore> scores) {
    ImmutableList.Builder<KeyResultScore> scored = ImmutableList.builder();
    for (KeyResultScore score : scores) {
      if (score.score().isPresent()) {
        scored.add(score);
      }
    }
    return scored.build();
  }

  private static Judgement judge(
      Commitment commitment, Optional<Score> score, boolean everyTargetReached) {
    if (score.isEmpty()) {
      return Judgement.NOT_SCORED;
    }
    if (commitment == Commitment.COMMITTED) {
      // an overshoot on one key result must not hide a miss on another, so the mean cannot decide
      return everyTargetReached ? Judgement.ACHIEVED : Judgement.NEEDS_EXPLANATION;
    }
    return score.get().exact().compareTo(EXPECTATION) >= 0
        ? Judgement.MEETS_EXPECTATION : Judgement.BELOW_EXPECTATION;
  }
}
