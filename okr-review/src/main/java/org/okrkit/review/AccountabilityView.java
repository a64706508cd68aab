package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.alignment.AlignmentRules;
import org.okrkit.core.OkrException;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;

import org.okrkit.scoring.PaceStatus;
import org.okrkit.scoring.Scorer;

/**
 * Who is accountable for what in a plan as of a date, and what needs their attention: for each
 * person and each organisational unit, what they own, contribute to and coach, which key results
 * are at risk, which are overdue for a check-in, and who carries more objectives than the limit.
 *
 * <p><b>What is considered.</b> The policy's {@link AccountabilityScope} picks the objectives: by
 * default those active at the end of the date. Only objectives active on the date are looked at
 * for risks and overdue check-ins.
 *
 * <p><b>At risk.</b> A key result is at risk when okr-scoring's {@link Scorer#pace(
 * org.okrkit.core.Objective, LocalDate) pace} says {@link PaceStatus#AT_RISK} or {@link
 * PaceStatus#OFF_TRACK}: progress behind the elapsed share of the period, or a low latest
 * confidence ({@link AccountabilityRisk} holds the pace's figures).
 *
 * <p><b>Overdue.</b> A key result of an active objective is overdue when its latest activity lies
 * more days before the date than the policy's {@link CheckInCadence}: with a weekly cadence, a
 * check-in 7 days earlier is in time and one 8 days earlier is overdue. The latest activity is the
 * latest check-in on or before the date; for a key result drawn from a KPI, the latest reading its
 * score is drawn from (inside the period); with neither, the first day a check-in was possible,
 * the later of the objective's activation and its period's start. Adjustments are not check-ins.
 *
 * <p><b>Overloads.</b> okr-alignment's {@link AlignmentRules#tooManyObjectivesPerOwner(int)}
 * counts each owner's objectives per period among the objectives considered.
 *
 * <p><b>People</b> are everyone named as an owner, contributor or coach of an objective considered
 * or of its key results, by id. A person answers for the risks and overdue check-ins of the key
 * results they own and of the objectives they own.
 *
 * <p><b>Units</b> are those of the plan's unit tree and those holding an objective considered, in
 * tree order: top units by id, each followed by the units below it, sub-units by id. Each lists its
 * own objectives; {@link UnitView#totals()} adds up the units below it.
 *
 * <p>Computing a view costs one pace per active objective and passes over the plan, its links
 * and its unit tree, plus sorting people and units by id; no recursion, so any depth of cascade
 * or unit tree is fine. Immutable and thread-safe.
 *
 * <pre>{@code
 * // the README's plan: ada owns retention-2026-q1 (churn, nps, launch), last checked in Feb 1
 * AccountabilityPolicy policy = AccountabilityPolicy.defaults()
 *     .withCadence(CheckInCadence.fortnightly())
 *     .withMaxObjectivesPerOwner(3);
 * AccountabilityView midMarch = AccountabilityView.of(plan,
 *     Scorer.of(ScoringProfile.google()).withKpisOf(plan), LocalDate.of(2026, 3, 15), policy);
 * PersonView ada = midMarch.person(PersonId.of("ada")).orElseThrow();
 * List<AccountabilityRisk> risks = ada.risks();        // churn OFF_TRACK, nps AT_RISK
 * List<AccountabilityOverdue> overdue = ada.overdue(); // 42, 42 and 69 days: over 14 each
 * String forPeople = midMarch.toMarkdown();
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class AccountabilityView {

  AccountabilityView() {}

  /**
   * Computes the accountability view of a plan as of a date.
   *
   * @param plan  the plan, not null
   * @param scorer  the scorer that judges pace; give it the plan's KPIs ({@link
   *     Scorer#withKpisOf(Plan)}) when key results are drawn from them, not null
   * @param asOf  the date, not null
   * @param policy  the cadence, limit and scope, not null
   * @return the view, not null
   * @throws OkrException if a key result of an active objective is drawn from a KPI the scorer
   *     lacks, or in another unit (see {@link Scorer#pace(org.okrkit.core.Objective, LocalDate)})
   */
  public static AccountabilityView of(
      Plan plan, Scorer scorer, LocalDate asOf, AccountabilityPolicy policy) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(scorer, "scorer");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(policy, "policy");
    return AccountabilityCalculator.compute(plan, scorer, asOf, policy);
  }

  static AccountabilityView create(LocalDate asOf, AccountabilityPolicy policy,
      ImmutableList<PersonView> people, ImmutableList<UnitView> units) {
    return ImmutableAccountabilityView.of(asOf, policy, people, units);
  }

  /**
   * Returns the date the view was computed as of.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns the policy applied.
   *
   * @return the policy, not null
   */
  @Value.Parameter
  public abstract AccountabilityPolicy policy();

  /**
   * Returns every person's view, by person id.
   *
   * @return the people, not null
   */
  @Value.Parameter
  public abstract ImmutableList<PersonView> people();

  /**
   * Returns every unit's view, in tree order.
   *
   * @return the units, not null
   */
  @Value.Parameter
  public abstract ImmutableList<UnitView> units();

  @Value.Lazy
  ImmutableMap<PersonId, PersonView> peopleById() {
    return people().stream()
        .collect(ImmutableMap.toImmutableMap(PersonView::person, view -> view));
  }

  @Value.Lazy
  ImmutableMap<OrgUnitId, UnitView> unitsById() {
    return units().stream().collect(ImmutableMap.toImmutableMap(UnitView::unit, view -> view));
  }

  /**
   * Returns one person's view.
   *
   * @param person  the person, not null
   * @return the view, empty when the person is named nowhere in the objectives considered, not
   *     null
   */
  public Optional<PersonView> person(PersonId person) {
    return Optional.ofNullable(peopleById().get(Objects.requireNonNull(person, "person")));
  }

  /**
   * Returns one unit's view.
   *
   * @param unit  the unit, not null
   * @return the view, empty when the unit is neither in the unit tree nor holds an objective
   *     considered, not null
   */
  public Optional<UnitView> unit(OrgUnitId unit) {
    return Optional.ofNullable(unitsById().get(Objects.requireNonNull(unit, "unit")));
  }

  /**
   * Renders the whole view as plain text for people: every person, then every unit, with every
   * figure the records hold. The same view always gives the same text.
   *
   * @return the text, lines separated by {@code \n}, not null
   */
  public String toText() {
    return AccountabilityRendering.text(this);
  }

  /**
   * Renders the whole view as Markdown, with the same content as {@link #toText()}.
   *
   * @return the Markdown, lines separated by {@code \n}, not null
   */
  public String toMarkdown() {
    return AccountabilityRendering.markdown(this);
  }

  /**
   * Returns the date and the counts, for example {@code AccountabilityView[as of 2026-02-16, 6
   * people, 4 units]}.
   */
  @Override
  public String toString() {
    return "AccountabilityView[as of " + asOf() + ", " + people().size() + " people, "
        + units().size() + " units]";
  }
}
