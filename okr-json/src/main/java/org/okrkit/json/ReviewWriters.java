package org.okrkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.PersonId;
import org.okrkit.review.AccountabilityCoverage;
import org.okrkit.review.AccountabilityOverdue;
import org.okrkit.review.AccountabilityOverload;
import org.okrkit.review.AccountabilityPolicy;
import org.okrkit.review.AccountabilityRisk;
import org.okrkit.review.AccountabilityScope;
import org.okrkit.review.AccountabilityTotals;
import org.okrkit.review.AccountabilityView;
import org.okrkit.review.CheckInCadence;
import org.okrkit.review.PersonView;
import org.okrkit.review.QuestionAdjustment;
import org.okrkit.review.QuestionBlockers;
import org.okrkit.review.QuestionCompletion;
import org.okrkit.review.QuestionReach;
import org.okrkit.review.QuestionSetting;
import org.okrkit.review.QuestionSupport;
import org.okrkit.review.Retrospective;
import org.okrkit.review.RetrospectiveAdjustment;
import org.okrkit.review.RetrospectiveForecast;
import org.okrkit.review.RetrospectiveKeyResult;
import org.okrkit.review.RetrospectiveObjective;
import org.okrkit.review.RetrospectiveScope;
import org.okrkit.review.RetrospectiveYearObjective;
import org.okrkit.review.UnitView;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the results of okr-review (docs/json-format.md), streaming, in the conventions of {@link
 * PlanWriter} and {@link AlignmentWriters}: lists in the order the result documents, scores and
 * forecasts through the mapper's serializers for them. The six retrospective questions are written
 * as their data with their {@code number}; their wording and verdicts are prose for people, which
 * {@link Retrospective#toText()} renders, and are left out.
 */
final class ReviewWriters {

  private ReviewWriters() {}

  /** The enums of okr-review, written as lower-case names. */
  static final ImmutableList<Class<? extends Enum<?>>> ENUMS =
      ImmutableList.of(AccountabilityScope.class, AccountabilityOverdue.Basis.class);

  /** Each result type of okr-review with its writer. */
  static final ImmutableMap<Class<?>, PlanWriter.ValueWriter<?>> WRITERS =
      ImmutableMap.<Class<?>, PlanWriter.ValueWriter<?>>builder()
          .put(Retrospective.class,
              (PlanWriter.ValueWriter<Retrospective>) ReviewWriters::retrospective)
          .put(RetrospectiveScope.class,
              (PlanWriter.ValueWriter<RetrospectiveScope>) ReviewWriters::retrospectiveScope)
          .put(RetrospectiveObjective.class,
              (PlanWriter.ValueWriter<RetrospectiveObjective>) ReviewWriters::retrospectiveObjective)
          .put(RetrospectiveKeyResult.class,
              (PlanWriter.ValueWriter<RetrospectiveKeyResult>) ReviewWriters::retrospectiveKeyResult)
          .put(RetrospectiveAdjustment.class,
              (PlanWriter.ValueWriter<RetrospectiveAdjustment>) ReviewWriters::retrospectiveAdjustment)
          .put(RetrospectiveYearObjective.class,
              (PlanWriter.ValueWriter<RetrospectiveYearObjective>) ReviewWriters::yearObjective)
          .put(RetrospectiveForecast.class,
              (PlanWriter.ValueWriter<RetrospectiveForecast>) ReviewWriters::retrospectiveForecast)
          .put(QuestionSetting.class,
              (PlanWriter.ValueWriter<QuestionSetting>) ReviewWriters::questionSetting)
          .put(QuestionCompletion.class,
              (PlanWriter.ValueWriter<QuestionCompletion>) ReviewWriters::questionCompletion)
          .put(QuestionBlockers.class,
              (PlanWriter.ValueWriter<QuestionBlockers>) ReviewWriters::questionBlockers)
          .put(QuestionSupport.class,
              (PlanWriter.ValueWriter<QuestionSupport>) ReviewWriters::questionSupport)
          .put(QuestionReach.class,
              (PlanWriter.ValueWriter<QuestionReach>) ReviewWriters::questionReach)
          .put(QuestionAdjustment.class,
              (PlanWriter.ValueWriter<QuestionAdjustment>) ReviewWriters::questionAdjustment)
          .put(AccountabilityView.class,
              (PlanWriter.ValueWriter<AccountabilityView>) ReviewWriters::accountabilityView)
          .put(AccountabilityPolicy.class,
              (PlanWriter.ValueWriter<AccountabilityPolicy>) ReviewWriters::accountabilityPolicy)
          .put(CheckInCadence.class,
              (PlanWriter.ValueWriter<CheckInCadence>) ReviewWriters::checkInCadence)
          .put(PersonView.class, (PlanWriter.ValueWriter<PersonView>) ReviewWriters::personView)
          .put(UnitView.class, (PlanWriter.ValueWriter<UnitView>) ReviewWriters::unitView)
          .put(AccountabilityRisk.class,
              (PlanWriter.ValueWriter<AccountabilityRisk>) ReviewWriters::risk)
          .put(AccountabilityOverdue.class,
              (PlanWriter.ValueWriter<AccountabilityOverdue>) ReviewWriters::overdue)
          .put(AccountabilityOverload.class,
              (PlanWriter.ValueWriter<AccountabilityOverload>) ReviewWriters::overload)
          .put(AccountabilityCoverage.class,
              (PlanWriter.ValueWriter<AccountabilityCoverage>) ReviewWriters::accountabilityCoverage)
          .put(AccountabilityTotals.class,
              (PlanWriter.ValueWriter<AccountabilityTotals>) ReviewWriters::totals)
          .build();

  static void retrospective(JsonGenerator out, Retrospective retrospective) {
    out.writeStartObject();
    out.writeName("scope");
    retrospectiveScope(out, retrospective.scope());
    out.writeName("period");
    PlanWriter.period(out, retrospective.period());
    PlanWriter.date(out, "asOf", retrospective.asOf());
    out.writeStringProperty("profile", retrospective.profile());
    out.writeName("policy");
    AlignmentWriters.rollUpPolicy(out, retrospective.policy());
    PlanWriter.list(out, "objectives", retrospective.objectives(),
        ReviewWriters::retrospectiveObjective);
    PlanWriter.list(out, "yearObjectives", retrospective.yearObjectives(),
        ReviewWriters::yearObjective);
    out.writeName("setting");
    questionSetting(out, retrospective.setting());
    out.writeName("completion");
    questionCompletion(out, retrospective.completion());
    out.writeName("blockers");
    questionBlockers(out, retrospective.blockers());
    out.writeName("support");
    questionSupport(out, retrospective.support());
    out.writeName("reach");
    questionReach(out, retrospective.reach());
    out.writeName("adjustment");
    questionAdjustment(out, retrospective.adjustment());
    out.writeEndObject();
  }

  /** Empty for the whole plan; otherwise the unit or the owner looked at. */
  static void retrospectiveScope(JsonGenerator out, RetrospectiveScope scope) {
    out.writeStartObject();
    scope.unit().ifPresent(unit -> out.writeStringProperty("unit", unit.value()));
    scope.owner().ifPresent(owner -> out.writeStringProperty("owner", owner.value()));
    out.writeEndObject();
  }

  static void retrospectiveObjective(JsonGenerator out, RetrospectiveObjective objective) {
    out.writeStartObject();
    out.writeStringProperty("objectiveId", objective.objectiveId().value());
    out.writeStringProperty("title", objective.title());
    out.writeStringProperty("level", EnumNames.of(objective.level()));
    out.writeStringProperty("owner", objective.owner().value());
    objective.orgUnit().ifPresent(unit -> out.writeStringProperty("orgUnit", unit.value()));
    out.writeName("period");
    PlanWriter.period(out, objective.period());
    out.writeStringProperty("commitment", EnumNames.of(objective.commitment()));
    out.writeStringProperty("status", EnumNames.of(objective.status()));
    AlignmentWriters.scoring(out, "score", objective.score());
    out.writeStringProperty("judgement", EnumNames.of(objective.judgement()));
    out.writeBooleanProperty("tooSafe", objective.isTooSafe());
    PlanWriter.list(out, "keyResults", objective.keyResults(), ReviewWriters::retrospectiveKeyResult);
    out.writeEndObject();
  }

  static void retrospectiveKeyResult(JsonGenerator out, RetrospectiveKeyResult keyResult) {
    out.writeStartObject();
    out.writeStringProperty("objectiveId", keyResult.objectiveId().value());
    out.writeStringProperty("keyResultId", keyResult.keyResultId().value());
    out.writeStringProperty("title", keyResult.title());
    out.writeStringProperty("owner", keyResult.owner().value());
    keyResult.kpi().ifPresent(kpi -> out.writeStringProperty("kpi", kpi.value()));
    AlignmentWriters.scoring(out, "score", keyResult.score());
    out.writeBooleanProperty("targetReached", keyResult.isTargetReached());
    out.writeStringProperty("paceStatus", EnumNames.of(keyResult.paceStatus()));
    PlanWriter.decimal(out, "expectedProgress", keyResult.expectedProgress());
    keyResult.confidence()
        .ifPresent(confidence -> PlanWriter.decimal(out, "confidence", confidence.value()));
    PlanWriter.list(out, "adjustments", keyResult.adjustments(),
        ReviewWriters::retrospectiveAdjustment);
    out.writeEndObject();
  }

  static void retrospectiveAdjustment(JsonGenerator out, RetrospectiveAdjustment adjustment) {
    out.writeStartObject();
    out.writeStringProperty("objectiveId", adjustment.objectiveId().value());
    out.writeStringProperty("keyResultId", adjustment.keyResultId().value());
    PlanWriter.date(out, "date", adjustment.date());
    out.writeName("measure");
    PlanWriter.measure(out, adjustment.measure());
    out.writeStringProperty("reason", adjustment.reason());
    out.writeEndObject();
  }

  static void yearObjective(JsonGenerator out, RetrospectiveYearObjective objective) {
    out.writeStartObject();
    out.writeStringProperty("objectiveId", objective.objectiveId().value());
    out.writeStringProperty("title", objective.title());
    out.writeStringProperty("level", EnumNames.of(objective.level()));
    out.writeStringProperty("owner", objective.owner().value());
    objective.orgUnit().ifPresent(unit -> out.writeStringProperty("orgUnit", unit.value()));
    out.writeName("period");
    PlanWriter.period(out, objective.period());
    out.writeStringProperty("commitment", EnumNames.of(objective.commitment()));
    AlignmentWriters.scoring(out, "ownScore", objective.ownScore());
    AlignmentWriters.scoring(out, "progress", objective.progress());
    out.writeName("policy");
    AlignmentWriters.rollUpPolicy(out, objective.policy());
    PlanWriter.list(out, "keyResults", objective.keyResults(), ReviewWriters::retrospectiveForecast);
    out.writeEndObject();
  }

  static void retrospectiveForecast(JsonGenerator out, RetrospectiveForecast forecast) {
    out.writeStartObject();
    out.writeStringProperty("objectiveId", forecast.objectiveId().value());
    out.writeStringProperty("keyResultId", forecast.keyResultId().value());
    out.writeStringProperty("title", forecast.title());
    out.writeBooleanProperty("supportedInPeriod", forecast.isSupportedInPeriod());
    AlignmentWriters.scoringValue(out, "forecast", forecast.forecast());
    forecast.valueShortfall()
        .ifPresent(shortfall -> PlanWriter.decimal(out, "valueShortfall", shortfall));
    forecast.scoreShortfall()
        .ifPresent(shortfall -> PlanWriter.decimal(out, "scoreShortfall", shortfall));
    out.writeEndObject();
  }

  static void questionSetting(JsonGenerator out, QuestionSetting question) {
    out.writeStartObject();
    out.writeNumberProperty("number", question.number());
    PlanWriter.list(out, "findings", question.findings(), AlignmentWriters::violation);
    objectiveIds(out, "tooSafe", question.tooSafe());
    out.writeEndObject();
  }

  static void questionCompletion(JsonGenerator out, QuestionCompletion question) {
    out.writeStartObject();
    out.writeNumberProperty("number", question.number());
    out.writeNumberProperty("objectives", question.objectives());
    objectiveIds(out, "achieved", question.achieved());
    objectiveIds(out, "needsExplanation", question.needsExplanation());
    objectiveIds(out, "meetsExpectation", question.meetsExpectation());
    objectiveIds(out, "belowExpectation", question.belowExpectation());
    objectiveIds(out, "notScored", question.notScored());
    out.writeNumberProperty("keyResults", question.keyResults());
    out.writeNumberProperty("keyResultsReached", question.keyResultsReached());
    out.writeEndObject();
  }

  static void questionBlockers(JsonGenerator out, QuestionBlockers question) {
    out.writeStartObject();
    out.writeNumberProperty("number", question.number());
    PlanWriter.list(out, "behind", question.behind(), PlanWriter::alignmentTarget);
    PlanWriter.list(out, "neverCheckedIn", question.neverCheckedIn(), PlanWriter::alignmentTarget);
    out.writeEndObject();
  }

  static void questionSupport(JsonGenerator out, QuestionSupport question) {
    out.writeStartObject();
    out.writeNumberProperty("number", question.number());
    out.writeNumberProperty("annualKeyResults", question.annualKeyResults());
    PlanWriter.list(out, "unsupported", question.unsupported(), PlanWriter::alignmentTarget);
    out.writeNumberProperty("periodObjectives", question.periodObjectives());
    objectiveIds(out, "unaligned", question.unaligned());
    out.writeEndObject();
  }

  static void questionReach(JsonGenerator out, QuestionReach question) {
    out.writeStartObject();
    out.writeNumberProperty("number", question.number());
    PlanWriter.list(out, "reaching", question.reaching(), PlanWriter::alignmentTarget);
    PlanWriter.list(out, "fallingShort", question.fallingShort(), PlanWriter::alignmentTarget);
    PlanWriter.list(out, "withoutForecast", question.withoutForecast(), PlanWriter::alignmentTarget);
    out.writeEndObject();
  }

  static void questionAdjustment(JsonGenerator out, QuestionAdjustment question) {
    out.writeStartObject();
    out.writeNumberProperty("number", question.number());
    PlanWriter.list(out, "candidates", question.candidates(), ReviewWriters::retrospectiveForecast);
    PlanWriter.list(out, "annualAdjustments", question.annualAdjustments(),
        ReviewWriters::retrospectiveAdjustment);
    PlanWriter.list(out, "periodAdjustments", question.periodAdjustments(),
        ReviewWriters::retrospectiveAdjustment);
    out.writeEndObject();
  }

  static void accountabilityView(JsonGenerator out, AccountabilityView view) {
    out.writeStartObject();
    PlanWriter.date(out, "asOf", view.asOf());
    out.writeName("policy");
    accountabilityPolicy(out, view.policy());
    PlanWriter.list(out, "people", view.people(), ReviewWriters::personView);
    PlanWriter.list(out, "units", view.units(), ReviewWriters::unitView);
    out.writeEndObject();
  }

  static void accountabilityPolicy(JsonGenerator out, AccountabilityPolicy policy) {
    out.writeStartObject();
    out.writeName("cadence");
    checkInCadence(out, policy.cadence());
    out.writeNumberProperty("maxObjectivesPerOwner", policy.maxObjectivesPerOwner());
    out.writeStringProperty("scope", EnumNames.of(policy.scope()));
    out.writeEndObject();
  }

  static void checkInCadence(JsonGenerator out, CheckInCadence cadence) {
    out.writeStartObject();
    out.writeNumberProperty("days", cadence.days());
    out.writeEndObject();
  }

  static void personView(JsonGenerator out, PersonView person) {
    out.writeStartObject();
    out.writeStringProperty("person", person.person().value());
    objectiveIds(out, "ownedObjectives", person.ownedObjectives());
    PlanWriter.list(out, "ownedKeyResults", person.ownedKeyResults(), PlanWriter::alignmentTarget);
    objectiveIds(out, "contributedObjectives", person.contributedObjectives());
    PlanWriter.list(out, "contributedKeyResults", person.contributedKeyResults(),
        PlanWriter::alignmentTarget);
    objectiveIds(out, "coachedObjectives", person.coachedObjectives());
    PlanWriter.list(out, "risks", person.risks(), ReviewWriters::risk);
    PlanWriter.list(out, "overdue", person.overdue(), ReviewWriters::overdue);
    PlanWriter.list(out, "overloads", person.overloads(), ReviewWriters::overload);
    out.writeEndObject();
  }

  static void unitView(JsonGenerator out, UnitView unit) {
    out.writeStartObject();
    out.writeStringProperty("unit", unit.unit().value());
    unit.parentUnit().ifPresent(parent -> out.writeStringProperty("parentUnit", parent.value()));
    AlignmentWriters.ids(out, "subUnits", unit.subUnits(), OrgUnitId::value);
    objectiveIds(out, "objectives", unit.objectives());
    AlignmentWriters.ids(out, "owners", unit.owners(), PersonId::value);
    PlanWriter.list(out, "risks", unit.risks(), ReviewWriters::risk);
    PlanWriter.list(out, "overdue", unit.overdue(), ReviewWriters::overdue);
    PlanWriter.list(out, "overloads", unit.overloads(), ReviewWriters::overload);
    unit.parentCoverage().ifPresent(coverage -> {
      out.writeName("parentCoverage");
      accountabilityCoverage(out, coverage);
    });
    out.writeName("totals");
    totals(out, unit.totals());
    out.writeEndObject();
  }

  static void risk(JsonGenerator out, AccountabilityRisk risk) {
    out.writeStartObject();
    out.writeStringProperty("objective", risk.objective().value());
    out.writeStringProperty("keyResult", risk.keyResult().value());
    out.writeStringProperty("owner", risk.owner().value());
    out.writeStringProperty("status", EnumNames.of(risk.status()));
    out.writeStringProperty("progressStatus", EnumNames.of(risk.progressStatus()));
    PlanWriter.decimal(out, "expected", risk.expected());
    risk.actual().ifPresent(actual -> PlanWriter.decimal(out, "actual", actual));
    risk.confidence()
        .ifPresent(confidence -> PlanWriter.decimal(out, "confidence", confidence.value()));
    risk.confidenceDate().ifPresent(date -> PlanWriter.date(out, "confidenceDate", date));
    out.writeEndObject();
  }

  static void overdue(JsonGenerator out, AccountabilityOverdue overdue) {
    out.writeStartObject();
    out.writeStringProperty("objective", overdue.objective().value());
    out.writeStringProperty("keyResult", overdue.keyResult().value());
    out.writeStringProperty("owner", overdue.owner().value());
    out.writeStringProperty("basis", EnumNames.of(overdue.basis()));
    PlanWriter.date(out, "lastActivity", overdue.lastActivity());
    out.writeNumberProperty("daysSince", overdue.daysSince());
    out.writeName("cadence");
    checkInCadence(out, overdue.cadence());
    out.writeEndObject();
  }

  static void overload(JsonGenerator out, AccountabilityOverload overload) {
    out.writeStartObject();
    out.writeStringProperty("owner", overload.owner().value());
    out.writeName("period");
    PlanWriter.period(out, overload.period());
    out.writeNumberProperty("objectiveCount", overload.objectiveCount());
    out.writeNumberProperty("limit", overload.limit());
    objectiveIds(out, "objectives", overload.objectives());
    out.writeEndObject();
  }

  static void accountabilityCoverage(JsonGenerator out, AccountabilityCoverage coverage) {
    out.writeStartObject();
    out.writeStringProperty("parentUnit", coverage.parentUnit().value());
    out.writeName("share");
    AlignmentWriters.coverageShare(out, coverage.share());
    PlanWriter.list(out, "unsupported", coverage.unsupported(), PlanWriter::alignmentTarget);
    out.writeEndObject();
  }

  static void totals(JsonGenerator out, AccountabilityTotals totals) {
    out.writeStartObject();
    out.writeNumberProperty("objectives", totals.objectives());
    out.writeNumberProperty("keyResults", totals.keyResults());
    out.writeNumberProperty("atRisk", totals.atRisk());
    out.writeNumberProperty("overdue", totals.overdue());
    out.writeEndObject();
  }

  private static void objectiveIds(JsonGenerator out, String name, ImmutableList<ObjectiveId> ids) {
    AlignmentWriters.ids(out, name, ids, ObjectiveId::value);
  }
}
