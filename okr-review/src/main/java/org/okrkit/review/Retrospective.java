package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.alignment.RollUpPolicy;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorer;

/**
 * The retrospective of a period, as data: for a whole plan, an organisational unit with its
 * sub-units, or one owner ({@link RetrospectiveScope}). Computed, not filled in: every score,
 * judgement, pace and forecast comes from okr-scoring, the progress of annual objectives from
 * okr-alignment's roll-up and the setting's findings from okr-alignment's validation. Immutable
 * and thread-safe; {@link #toText()} and {@link #toMarkdown()} render it for people.
 *
 * <p><b>Which objectives.</b> The <em>objectives of the period</em> are those in scope whose period
 * lies inside the retrospective's period (for a quarter: the quarter's objectives, and any custom
 * period inside it), in plan order. The <em>annual objectives</em> are those in scope whose period
 * is a {@linkplain org.okrkit.core.PeriodKind#YEAR year} containing the retrospective's period;
 * for a retrospective of a whole year they are objectives of the period too. Objectives of other
 * periods appear nowhere.
 *
 * <p><b>Quarter versus year.</b> An annual key result is supported when an objective of the period
 * that is not itself annual is aligned to it, directly or through the objectives above it; support
 * counts from the whole plan, whatever the scope, since another unit's objective may support this
 * unit's year. An objective of the period is aligned to no annual objective when no chain of
 * alignment links leads from it up to an annual objective whose year contains the period. Each
 * annual objective's progress so far is okr-alignment's {@link org.okrkit.alignment.RollUp} under
 * the policy given, by default {@link #defaultPolicy()}: blended half and half, so the annual
 * objective's own check-ins count as much as the work of the objectives aligned to it; and each of
 * its key results carries okr-scoring's forecast at the current pace, with the shortfall {@link
 * RetrospectiveForecast} defines.
 *
 * <p><b>Bad input.</b> A null argument throws {@link NullPointerException} naming it. A unit that
 * is neither in the plan's unit tree nor holding an objective throws {@link
 * org.okrkit.core.OkrException}. An empty plan, a period with no objectives, or an owner who owns
 * nothing gives an empty retrospective (no objectives, every question answered with zeros), since
 * "nothing was set" is an answer a review needs. The scorer must hold the KPIs the key results are
 * drawn from ({@link Scorer#withKpisOf(Plan)}); otherwise okr-scoring's exception is thrown. When
 * the scope holds an annual objective, the plan is rolled up; a plan with a dangling link or an
 * alignment cycle cannot be, so its annual objectives show their own scores and no rolled-up
 * progress, and the first question names the defect. A cancelled objective of the period supports
 * no annual key result, as it gives nothing in a roll-up.
 *
 * <p><b>Cost.</b> Linear in the plan: each objective of the scope is scored once, the plan is
 * validated once and rolled up at most once, and the support of the year is found in one walk up
 * and one walk down the cascade, each objective visited once.
 *
 * <pre>{@code
 * // the README's plan: company love-2026 and its department for 2026, team retention-2026-q1
 * Scorer scorer = Scorer.of(ScoringProfile.google()).withKpisOf(plan);
 * Period q1 = Period.calendarQuarter(2026, 1);
 * Retrospective quarter = Retrospective.of(plan, q1, scorer, LocalDate.of(2026, 3, 31));
 * // quarter.objectives(): retention-2026-q1 at 0.5833, BELOW_EXPECTATION
 * List<AlignmentTarget> unsupported = quarter.unsupportedKeyResults(); // love-2026/arr
 * Retrospective adas = Retrospective.of(plan, q1, scorer, LocalDate.of(2026, 3, 31),
 *     RetrospectiveScope.forOwner(PersonId.of("ada")));
 * for (Question question : quarter.questions()) {
 *   String answer = question.number() + ". " + question.question() + " " + question.verdict();
 * }
 * String forPeople = quarter.toMarkdown();
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Retrospective {

  private static final RollUpPolicy DEFAULT_POLICY = RollUpPolicy.blended(new BigDecimal("0.5"));

  Retrospective() {}

  /**
   * Returns the roll-up policy used unless another is given: {@code blended 0.5}.
   *
   * @return the policy, not null
   */
  public static RollUpPolicy defaultPolicy() {
    return DEFAULT_POLICY;
  }

  /**
   * Computes the retrospective of a whole plan for a period, with the {@linkplain #defaultPolicy()
   * default roll-up policy}.
   *
   * @param plan  the plan, not null
   * @param period  the period reviewed, for example a quarter, not null
   * @param scorer  the scorer, holding the plan's KPIs, not null
   * @param asOf  the date of the review: only history on or before it counts, not null
   * @return the retrospective, not null
   * @throws org.okrkit.core.OkrException as the class comment says
   */
  public static Retrospective of(Plan plan, Period period, Scorer scorer, LocalDate asOf) {
    return of(plan, period, scorer, asOf, RetrospectiveScope.wholePlan(), DEFAULT_POLICY);
  }

  /**
   * Computes the retrospective of a scope of a plan for a period, with the {@linkplain
   * #defaultPolicy() default roll-up policy}.
   *
   * @param plan  the plan, not null
   * @param period  the period reviewed, not null
   * @param scorer  the scorer, holding the plan's KPIs, not null
   * @param asOf  the date of the review, not null
   * @param scope  the objectives reviewed, not null
   * @return the retrospective, not null
   * @throws org.okrkit.core.OkrException as the class comment says
   */
  public static Retrospective of(Plan plan, Period period, Scorer scorer, LocalDate asOf,
      RetrospectiveScope scope) {
    return of(plan, period, scorer, asOf, scope, DEFAULT_POLICY);
  }

  /**
   * Computes the retrospective of a scope of a plan for a period.
   *
   * @param plan  the plan, not null
   * @param period  the period reviewed, not null
   * @param scorer  the scorer, holding the plan's KPIs, not null
   * @param asOf  the date of the review, not null
   * @param scope  the objectives reviewed, not null
   * @param policy  how annual objectives' progress is rolled up, not null
   * @return the retrospective, not null
   * @throws org.okrkit.core.OkrException as the class comment says
   */
  public static Retrospective of(Plan plan, Period period, Scorer scorer, LocalDate asOf,
      RetrospectiveScope scope, RollUpPolicy policy) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(scorer, "scorer");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(policy, "policy");
    return RetrospectiveCalculator.compute(plan, period, scorer, asOf, scope, policy);
  }

  /**
   * Returns the scope reviewed.
   *
   * @return the scope, not null
   */
  @Value.Parameter
  public abstract RetrospectiveScope scope();

  /**
   * Returns the period reviewed.
   *
   * @return the period, not null
   */
  @Value.Parameter
  public abstract Period period();

  /**
   * Returns the date of the review.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns the name of the scoring profile the scores were computed under.
   *
   * @return the profile's name, not null
   */
  @Value.Parameter
  public abstract String profile();

  /**
   * Returns the policy annual objectives' progress was rolled up by.
   *
   * @return the policy, not null
   */
  @Value.Parameter
  public abstract RollUpPolicy policy();

  /**
   * Returns the objectives of the period in scope, in plan order.
   *
   * @return the objectives, not null
   */
  @Value.Parameter
  public abstract ImmutableList<RetrospectiveObjective> objectives();

  /**
   * Returns the annual objectives in scope whose year contains the period, in plan order.
   *
   * @return the annual objectives, not null
   */
  @Value.Parameter
  public abstract ImmutableList<RetrospectiveYearObjective> yearObjectives();

  /**
   * Returns the answer to question 1, was the setting sound.
   *
   * @return the answer, not null
   */
  @Value.Parameter
  public abstract QuestionSetting setting();

  /**
   * Returns the answer to question 2, how complete is each objective and key result.
   *
   * @return the answer, not null
   */
  @Value.Parameter
  public abstract QuestionCompletion completion();

  /**
   * Returns the answer to question 3, what blocked it.
   *
   * @return the answer, not null
   */
  @Value.Parameter
  public abstract QuestionBlockers blockers();

  /**
   * Returns the answer to question 4, do the quarters support the year.
   *
   * @return the answer, not null
   */
  @Value.Parameter
  public abstract QuestionSupport support();

  /**
   * Returns the answer to question 5, is the year reachable.
   *
   * @return the answer, not null
   */
  @Value.Parameter
  public abstract QuestionReach reach();

  /**
   * Returns the answer to question 6, does the year need adjusting.
   *
   * @return the answer, not null
   */
  @Value.Parameter
  public abstract QuestionAdjustment adjustment();

  /**
   * Returns the six answers in order.
   *
   * @return the answers, not null
   */
  public ImmutableList<Question> questions() {
    return ImmutableList.of(setting(), completion(), blockers(), support(), reach(), adjustment());
  }

  /**
   * Returns the committed objectives of the period that missed 1.0 and need an explanation.
   *
   * @return the objectives, in plan order, not null
   */
  public ImmutableList<RetrospectiveObjective> committedMissed() {
    return objectives().stream().filter(RetrospectiveObjective::needsExplanation)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the key results of the period never checked in.
   *
   * @return the key results, in plan order, not null
   */
  public ImmutableList<RetrospectiveKeyResult> neverCheckedIn() {
    return objectives().stream().flatMap(objective -> objective.keyResults().stream())
        .filter(RetrospectiveKeyResult::isNeverCheckedIn)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the key results of the period adjusted mid-cycle, each with its adjustments.
   *
   * @return the key results, in plan order, not null
   */
  public ImmutableList<RetrospectiveKeyResult> adjusted() {
    return objectives().stream().flatMap(objective -> objective.keyResults().stream())
        .filter(RetrospectiveKeyResult::isAdjusted)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the annual key results with no support in the period.
   *
   * @return the key results, in plan order, not null
   */
  public ImmutableList<AlignmentTarget> unsupportedKeyResults() {
    return support().unsupported();
  }

  /**
   * Returns the objectives of the period aligned to no annual objective.
   *
   * @return the ids, in plan order, not null
   */
  public ImmutableList<ObjectiveId> unalignedObjectives() {
    return support().unaligned();
  }

  /**
   * Tells whether the retrospective reviews nothing: no objective of the period and no annual
   * objective in scope.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return objectives().isEmpty() && yearObjectives().isEmpty();
  }

  /**
   * Renders the retrospective as plain text, one fact a line, listing every figure of the records.
   * The same retrospective always gives the same text.
   *
   * @return the text, not null
   */
  public String toText() {
    return RetrospectiveRendering.text(this);
  }

  /**
   * Renders the retrospective as Markdown, with a heading per part and tables of the objectives,
   * key results and forecasts, listing every figure of the records. The same retrospective always
   * gives the same text.
   *
   * @return the Markdown, not null
   */
  public String toMarkdown() {
    return RetrospectiveRendering.markdown(this);
  }

  /** Returns the period, scope, date and counts, for example {@code Retrospective[...]}. */
  @Override
  public String toString() {
    return "Retrospective[" + period() + ", " + scope() + ", as of " + asOf() + ", "
        + objectives().size() + " objectives, " + yearObjectives().size() + " annual objectives]";
  }
}
