package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.alignment.AlignmentIndex;
import org.okrkit.alignment.AlignmentValidator;
import org.okrkit.alignment.RollUp;
import org.okrkit.alignment.RollUpPolicy;
import org.okrkit.alignment.RolledUpObjective;
import org.okrkit.alignment.RolledUpPlan;
import org.okrkit.alignment.ValidationReport;
import org.okrkit.alignment.Violation;
import org.okrkit.core.Adjustment;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.PeriodKind;
import org.okrkit.core.Plan;
import org.okrkit.core.Status;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ObjectivePace;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Pace;
import org.okrkit.scoring.Score;
import org.okrkit.scoring.Scorer;

/**
 * Computes a {@link Retrospective}: selects the objectives, asks okr-scoring for scores, paces and
 * forecasts and okr-alignment for validation and roll-up, and walks the cascade once up and once
 * down for the period's support of the year. Every step is linear in the plan.
 */
final class RetrospectiveCalculator {

  private final Plan plan;
  private final Period period;
  private final Scorer scorer;
  private final LocalDate asOf;
  private final RetrospectiveScope scope;
  private final RollUpPolicy policy;
  private final AlignmentIndex index;
  private final BitSet inScope;
  /** Objectives whose period lies inside the retrospective's. */
  private final BitSet ofPeriod = new BitSet();
  /** Annual objectives whose year contains the retrospective's period. */
  private final BitSet ofYear = new BitSet();

  private RetrospectiveCalculator(Plan plan, Period period, Scorer scorer, LocalDate asOf,
      RetrospectiveScope scope, RollUpPolicy policy) {
    this.plan = plan;
    this.period = period;
    this.scorer = scorer;
    this.asOf = asOf;
    this.scope = scope;
    this.policy = policy;
    this.index = AlignmentIndex.of(plan);
    this.inScope = scopeOf(plan, scope);
    for (int i = 0; i < plan.size(); i++) {
      Period own = plan.objectives().get(i).period();
      if (period.contains(own)) {
        ofPeriod.set(i);
      }
      if (own.kind() == PeriodKind.YEAR && own.contains(period)) {
        ofYear.set(i);
      }
    }
  }

  static Retrospective compute(Plan plan, Period period, Scorer scorer, LocalDate asOf,
      RetrospectiveScope scope, RollUpPolicy policy) {
    return new RetrospectiveCalculator(plan, period, scorer, asOf, scope, policy).compute();
  }

  private Retrospective compute() {
    ValidationReport report = AlignmentValidator.standard().validate(index);
    BitSet supporters = (BitSet) ofPeriod.clone();
    supporters.andNot(ofYear);
    // a cancelled objective supports nothing, as it gives nothing in a roll-up
    for (int i = supporters.nextSetBit(0); i >= 0; i = supporters.nextSetBit(i + 1)) {
      if (plan.objectives().get(i).asOf(asOf).status() == Status.CANCELLED) {
        supporters.clear(i);
      }
    }
    BitSet supportedKeyResults = supportedKeyResults(supporters);
    BitSet underYear = underYear();

    List<RetrospectiveObjective> objectives = new ArrayList<>();
    List<ObjectiveId> unaligned = new ArrayList<>();
    int periodObjectives = 0;
    for (int i = ofPeriod.nextSetBit(0); i >= 0; i = ofPeriod.nextSetBit(i + 1)) {
      if (!inScope.get(i)) {
        continue;
      }
      Objective objective = plan.objectives().get(i);
      objectives.add(objective(objective));
      if (supporters.get(i)) {
        periodObjectives++;
        if (!underYear.get(i)) {
          unaligned.add(objective.id());
        }
      }
    }

    List<RetrospectiveYearObjective> years = new ArrayList<>();
    List<AlignmentTarget> unsupported = new ArrayList<>();
    List<RetrospectiveAdjustment> annualAdjustments = new ArrayList<>();
    BitSet yearsInScope = (BitSet) ofYear.clone();
    yearsInScope.and(inScope);
    if (!yearsInScope.isEmpty()) {
      // a plan with a dangling link or a cycle cannot be rolled up: question 1 names the defect,
      // and the annual objectives show their own scores without a rolled-up progress
      RolledUpPlan rolledUp = canRollUp(report) ? RollUp.of(index, scorer, asOf, policy) : null;
      for (int i = yearsInScope.nextSetBit(0); i >= 0; i = yearsInScope.nextSetBit(i + 1)) {
        RetrospectiveYearObjective year = yearObjective(i,
            rolledUp == null ? null : rolledUp.objective(index.objectiveId(i)),
            supportedKeyResults);
        years.add(year);
        Objective objective = index.objective(i);
        for (KeyResult keyResult : objective.keyResults()) {
          annualAdjustments.addAll(adjustments(objective.id(), keyResult));
        }
        for (RetrospectiveForecast forecast : year.keyResults()) {
          if (!forecast.isSupportedInPeriod()) {
            unsupported.add(AlignmentTarget.of(forecast.objectiveId(), forecast.keyResultId()));
          }
        }
      }
    }
    QuestionSupport support = ImmutableQuestionSupport.of(
        years.stream().mapToInt(year -> year.keyResults().size()).sum(), unsupported,
        periodObjectives, unaligned);
    return RetrospectiveAnswers.assemble(scope, period, asOf, scorer.profile().name(), policy,
        objectives, years, findings(report), support, annualAdjustments);
  }

  private static boolean canRollUp(ValidationReport report) {
    for (Violation violation : report.errors()) {
      if (violation.cascadeRule().equals(Optional.of(CascadeRule.ALIGNMENT_CYCLE))
          || violation.cascadeRule().equals(Optional.of(CascadeRule.DANGLING_PARENT))) {
        return false;
      }
    }
    return true;
  }

  private ImmutableList<Violation> findings(ValidationReport report) {
    BitSet reviewed = (BitSet) ofPeriod.clone();
    reviewed.and(inScope);
    Set<ObjectiveId> ids = new HashSet<>();
    for (int i = reviewed.nextSetBit(0); i >= 0; i = reviewed.nextSetBit(i + 1)) {
      ids.add(index.objectiveId(i));
    }
    ImmutableList.Builder<Violation> findings = ImmutableList.builder();
    for (Violation violation : report.violations()) {
      if (violation.objectiveIds().stream().anyMatch(ids::contains)) {
        findings.add(violation);
      }
    }
    return findings.build();
  }

  private RetrospectiveObjective objective(Objective objective) {
    ObjectivePace pace = scorer.pace(objective, asOf);
    ObjectiveScore score = pace.score();
    ImmutableList.Builder<RetrospectiveKeyResult> keyResults = ImmutableList.builder();
    for (int k = 0; k < objective.keyResults().size(); k++) {
      KeyResult keyResult = objective.keyResults().get(k);
      KeyResultScore keyResultScore = score.keyResults().get(k);
      Pace keyResultPace = pace.keyResults().get(k);
      keyResults.add(ImmutableRetrospectiveKeyResult.of(objective.id(), keyResult.id(),
          keyResult.title(), keyResult.owner(), keyResult.kpi().map(link -> link.kpiId()),
          keyResultScore.score(), keyResultScore.isTargetReached(), keyResultPace.status(),
          keyResultPace.expected(), keyResultPace.confidence(),
          adjustments(objective.id(), keyResult)));
    }
    return ImmutableRetrospectiveObjective.of(objective.id(), objective.title(), objective.level(),
        objective.owner(), objective.orgUnit(), objective.period(), objective.commitment(),
        objective.asOf(asOf).status(), score.score(), score.judgement(), score.isTooSafe(),
        keyResults.build());
  }

  private RetrospectiveYearObjective yearObjective(int number, @Nullable RolledUpObjective rolledUp,
      BitSet supportedKeyResults) {
    Optional<Score> ownScore = rolledUp == null
        ? scorer.score(index.objective(number), asOf).score() : rolledUp.ownScore();
    Optional<Score> progress = rolledUp == null ? Optional.empty() : rolledUp.score();
    Objective objective = index.objective(number);
    int firstKeyResult = index.keyResultStart(number);
    ImmutableList.Builder<RetrospectiveForecast> keyResults = ImmutableList.builder();
    for (int k = 0; k < objective.keyResults().size(); k++) {
      KeyResult keyResult = objective.keyResults().get(k);
      keyResults.add(RetrospectiveForecast.of(objective.id(), keyResult.id(), keyResult.title(),
          supportedKeyResults.get(firstKeyResult + k),
          scorer.forecast(objective, keyResult.id(), asOf)));
    }
    return ImmutableRetrospectiveYearObjective.of(objective.id(), objective.title(),
        objective.level(), objective.owner(), objective.orgUnit(), objective.period(),
        objective.commitment(), ownScore, progress, policy,
        keyResults.build());
  }

  private ImmutableList<RetrospectiveAdjustment> adjustments(ObjectiveId objectiveId,
      KeyResult keyResult) {
    ImmutableList.Builder<RetrospectiveAdjustment> adjustments = ImmutableList.builder();
    for (Adjustment adjustment : keyResult.adjustments()) {
      if (!adjustment.date().isAfter(asOf)) {
        adjustments.add(ImmutableRetrospectiveAdjustment.of(objectiveId, keyResult.id(),
            adjustment.date(), adjustment.measure(), adjustment.reason()));
      }
    }
    return adjustments.build();
  }

  /**
   * Walks up the cascade from the supporting objectives, each objective once, marking every key
   * result a walked objective is aligned to: those have support in the period.
   */
  private BitSet supportedKeyResults(BitSet supporters) {
    BitSet visited = (BitSet) supporters.clone();
    BitSet supported = new BitSet(index.keyResultCount());
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int i = supporters.nextSetBit(0); i >= 0; i = supporters.nextSetBit(i + 1)) {
      queue.add(i);
    }
    while (!queue.isEmpty()) {
      int child = queue.poll();
      for (int link = index.linkStart(child); link < index.linkEnd(child); link++) {
        int parent = index.linkParent(link);
        if (parent == AlignmentIndex.MISSING) {
          continue;
        }
        int keyResult = index.linkParentKeyResult(link);
        if (keyResult != AlignmentIndex.MISSING) {
          supported.set(keyResult);
        }
        if (!visited.get(parent)) {
          visited.set(parent);
          queue.add(parent);
        }
      }
    }
    return supported;
  }

  /**
   * Walks down the cascade from every annual objective whose year contains the period, each
   * objective once, marking the objectives below one.
   */
  private BitSet underYear() {
    BitSet under = new BitSet(plan.size());
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int i = ofYear.nextSetBit(0); i >= 0; i = ofYear.nextSetBit(i + 1)) {
      queue.add(i);
    }
    while (!queue.isEmpty()) {
      int parent = queue.poll();
      for (int position = index.incomingStart(parent); position < index.incomingEnd(parent);
          position++) {
        int child = index.linkChild(index.incomingLink(position));
        if (!under.get(child)) {
          under.set(child);
          queue.add(child);
        }
      }
    }
    return under;
  }

  /**
   * Marks the objectives in scope. A unit must be in the plan: in its unit tree, or holding an
   * objective; its sub-units are found through the unit tree, each unit once.
   */
  private static BitSet scopeOf(Plan plan, RetrospectiveScope scope) {
    BitSet marked = new BitSet(plan.size());
    if (scope.owner().isPresent()) {
      for (int i = 0; i < plan.size(); i++) {
        if (plan.objectives().get(i).owner().equals(scope.owner().get())) {
          marked.set(i);
        }
      }
      return marked;
    }
    if (scope.unit().isEmpty()) {
      marked.set(0, plan.size());
      return marked;
    }
    OrgUnitId unit = scope.unit().get();
    Map<OrgUnitId, List<OrgUnitId>> children = new HashMap<>();
    plan.parentUnits().forEach(
        (child, parent) -> children.computeIfAbsent(parent, key -> new ArrayList<>()).add(child));
    boolean known = children.containsKey(unit) || plan.parentUnits().containsKey(unit)
        || plan.objectives().stream().anyMatch(o -> unit.equals(o.orgUnit().orElse(null)));
    if (!known) {
      throw new OkrException("unit", unit.toString(),
          "must be a unit of the plan: in its unit tree or holding one of its objectives");
    }
    Set<OrgUnitId> units = new HashSet<>();
    ArrayDeque<OrgUnitId> queue = new ArrayDeque<>();
    units.add(unit);
    queue.add(unit);
    while (!queue.isEmpty()) {
      for (OrgUnitId child : children.getOrDefault(queue.poll(), List.of())) {
        if (units.add(child)) {
          queue.add(child);
        }
      }
    }
    for (int i = 0; i < plan.size(); i++) {
      if (plan.objectives().get(i).orgUnit().map(units::contains).orElse(false)) {
        marked.set(i);
      }
    }
    return marked;
  }
}
