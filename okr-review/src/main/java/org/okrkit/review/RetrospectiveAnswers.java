package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.okrkit.alignment.RollUpPolicy;
import org.okrkit.alignment.Violation;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;

/** Answers the six questions from the records, so each figure is computed in one place. */
final class RetrospectiveAnswers {

  private RetrospectiveAnswers() {}

  static Retrospective assemble(RetrospectiveScope scope, Period period, LocalDate asOf,
      String profile, RollUpPolicy policy, List<RetrospectiveObjective> objectives,
      List<RetrospectiveYearObjective> years, List<Violation> findings, QuestionSupport support,
      List<RetrospectiveAdjustment> annualAdjustments) {
    ImmutableList.Builder<ObjectiveId> tooSafe = ImmutableList.builder();
    ImmutableList.Builder<ObjectiveId> achieved = ImmutableList.builder();
    ImmutableList.Builder<ObjectiveId> needsExplanation = ImmutableList.builder();
    ImmutableList.Builder<ObjectiveId> meets = ImmutableList.builder();
    ImmutableList.Builder<ObjectiveId> below = ImmutableList.builder();
    ImmutableList.Builder<ObjectiveId> notScored = ImmutableList.builder();
    ImmutableList.Builder<AlignmentTarget> behind = ImmutableList.builder();
    ImmutableList.Builder<AlignmentTarget> neverCheckedIn = ImmutableList.builder();
    ImmutableList.Builder<RetrospectiveAdjustment> periodAdjustments = ImmutableList.builder();
    int keyResults = 0;
    int reached = 0;
    for (RetrospectiveObjective objective : objectives) {
      if (objective.isTooSafe()) {
        tooSafe.add(objective.objectiveId());
      }
      switch (objective.judgement()) {
        case ACHIEVED -> achieved.add(objective.objectiveId());
        case NEEDS_EXPLANATION -> needsExplanation.add(objective.objectiveId());
        case MEETS_EXPECTATION -> meets.add(objective.objectiveId());
        case BELOW_EXPECTATION -> below.add(objective.objectiveId());
        case NOT_SCORED -> notScored.add(objective.objectiveId());
      }
      for (RetrospectiveKeyResult keyResult : objective.keyResults()) {
        keyResults++;
        reached += keyResult.isTargetReached() ? 1 : 0;
        AlignmentTarget target =
            AlignmentTarget.of(keyResult.objectiveId(), keyResult.keyResultId());
        if (keyResult.isBehind()) {
          behind.add(target);
        }
        if (keyResult.isNeverCheckedIn()) {
          neverCheckedIn.add(target);
        }
        periodAdjustments.addAll(keyResult.adjustments());
      }
    }
    ImmutableList.Builder<AlignmentTarget> reaching = ImmutableList.builder();
    ImmutableList.Builder<AlignmentTarget> fallingShort = ImmutableList.builder();
    ImmutableList.Builder<AlignmentTarget> undefined = ImmutableList.builder();
    ImmutableList.Builder<RetrospectiveForecast> candidates = ImmutableList.builder();
    for (RetrospectiveYearObjective year : years) {
      for (RetrospectiveForecast forecast : year.keyResults()) {
        AlignmentTarget target = AlignmentTarget.of(forecast.objectiveId(), forecast.keyResultId());
        if (!forecast.forecast().isDefined()) {
          undefined.add(target);
        } else if (forecast.reachesTarget()) {
          reaching.add(target);
        } else {
          fallingShort.add(target);
          candidates.add(forecast);
        }
      }
    }
    return ImmutableRetrospective.of(scope, period, asOf, profile, policy, objectives, years,
        ImmutableQuestionSetting.of(findings, tooSafe.build()),
        ImmutableQuestionCompletion.of(objectives.size(), achieved.build(),
            needsExplanation.build(), meets.build(), below.build(), notScored.build(), keyResults,
            reached),
        ImmutableQuestionBlockers.of(behind.build(), neverCheckedIn.build()),
        support,
        ImmutableQuestionReach.of(reaching.build(), fallingShort.build(), undefined.build()),
        ImmutableQuestionAdjustment.of(candidates.build(), annualAdjustments,
            periodAdjustments.build()));
  }
}
