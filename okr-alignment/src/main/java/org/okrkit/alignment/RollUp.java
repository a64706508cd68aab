package org.okrkit.alignment;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.scoring.Scorer;

/**
 * Rolls a plan's progress up its alignment links, children before parents: {@link #of(AlignmentIndex,
 * Scorer, LocalDate, RollUpPolicy)}.
 *
 * <p><b>Formulas.</b> For an objective with policy share {@code b} (0 own only, 1 children only),
 * key results {@code i} with own exact scores {@code s_i} (after floor and cap, from okr-scoring)
 * and weights {@code a_i}, and alignment links {@code l} of weight {@code w_l} from children with
 * rolled-up progress {@code R_l}:
 *
 * <ol>
 *   <li>The children aligned to key result {@code i} give the mean {@code m_i = Σ w_l × R_l / Σ
 *       w_l}. The key result's value is {@code v_i = s_i × (1 − b) + m_i × b}; with no child
 *       aligned to it, {@code v_i = s_i}. Under a {@linkplain RollUpPolicy#isSummingKeyResults()
 *       summing} policy instead, {@code v_i} is the key result's score, under the scorer's
 *       profile and against its own measure in force, of the value {@code V_i = Σ} (the values of
 *       the children's metric key results in the summed key result's unit and direction): a
 *       child's summed key result gives its own {@code V}, any other its latest value, and one not
 *       scored yet its start; each is clamped at its start in its direction, so a value moving
 *       toward its target never lowers the sum's progress. A child with no metric key result in
 *       that unit and direction is refused. 4 against a metric from 0 to 3 is 4/3, 1.3333 under
 *       {@code quantive()} and 1 under a capped profile.
 *   <li>The key results give {@code K} by the profile's objective aggregation: {@code Σ a_i × v_i /
 *       Σ a_i} (weighted mean), {@code a_i = 1} (mean), or {@code min v_i} (weakest); an unscored
 *       key result with nothing from children counts as 0, or is skipped when the profile skips
 *       missing values. When no key result takes anything from children, {@code K} is the
 *       objective's own score from okr-scoring, exactly.
 *   <li>The children aligned to the objective as a whole give the mean {@code C = Σ w_l × R_l / Σ
 *       w_l}, and the rolled-up progress is {@code R = K × (1 − b) + C × b}; with no such child,
 *       {@code R = K}.
 * </ol>
 *
 * <p>So own only ({@code b = 0}) is exactly the own score, and every policy falls back to the own
 * score where there are no children. Each link counts in exactly one place, its key result or the
 * whole objective; a child aligned both to an objective and to one of its key results has two
 * links and contributes through both (validation warns about such a pair). A cancelled child
 * gives its parents nothing: it adds neither progress nor weight. Under children only an objective with children
 * aligned to it as a whole takes their mean alone; to count its key results too, blend. In a
 * blend, an objective or key result with no own score takes {@code children × b} (its own counts
 * as 0), or the children's mean when the profile skips missing values. A child with no progress
 * counts as 0 with its weight, or is skipped when the profile skips missing values.
 *
 * <p><b>Arithmetic.</b> Sums of {@code w_l × R_l} and of {@code w_l} are exact decimals, so they do
 * not depend on the order of the plan or of addition. Each children's mean is one division rounded
 * half-even to 32 decimal places (the most an okrkit decimal has). The blends and {@code K} are
 * exact fractions, and {@code R} is rounded once, half-even to 32 decimal places; {@link
 * RolledUpObjective#score()} then applies the profile's floor, cap and rounding to that. Every step
 * is a non-decreasing function of its inputs, so more progress below never lowers anything above;
 * a summed key result requires its children's metric key results in its own unit and direction so
 * that this holds for sums too. The own score (own only) is the scorer's exact score rounded to 32
 * places, which shows as the scorer's own score at any profile scale.
 *
 * <p><b>Order and costs.</b> Objectives are rolled up in a topological order of the links (child
 * before parent, Kahn's algorithm on flat int arrays, no recursion), so a 1,000,000-deep chain
 * needs no stack. A full roll-up scores every objective once and visits every link once: linear
 * in objectives, key results and links. {@link RolledUpPlan#withObjective(Objective)} re-rolls
 * only the changed objective's ancestors.
 *
 * <p>A plan with a dangling link or an alignment cycle cannot be rolled up and is refused;
 * validate it first (the alignment validation reports every such defect with what to do). Weights
 * into one parent need not sum to 1: each mean divides by its own sum of weights.
 *
 * <pre>{@code
 * // the README's plan: company love-2026, department keep-customers-2026, team retention-2026-q1
 * RolledUpPlan rolledUp = RollUp.of(AlignmentIndex.of(plan), Scorer.of(ScoringProfile.google()),
 *     LocalDate.of(2026, 3, 31), RollUpPolicy.blended(new BigDecimal("0.5")));
 * RolledUpObjective company = rolledUp.objective(ObjectiveId.of("love-2026"));
 * // company.score() 0.1458: its own 0 and the department's 7/24, half and half, is 7/48
 * String how = company.explanation().toString();
 * RolledUpPlan overridden = RollUp.of(AlignmentIndex.of(plan), Scorer.of(ScoringProfile.google()),
 *     LocalDate.of(2026, 3, 31), RollUpPolicy.blended(new BigDecimal("0.5")),
 *     Map.of(ObjectiveId.of("keep-customers-2026"), RollUpPolicy.childrenOnly()));
 * // the department takes retention's 7/12 alone, so the company is 7/24, 0.2917
 * RolledUpPlan next = rolledUp.withObjective(changed); // re-rolls only changed's ancestors
 * }</pre>
 */
public final class RollUp {

  private RollUp() {}

  /**
   * Rolls up a plan with one policy for every objective.
   *
   * @param index  the plan's index, not null
   * @param scorer  the scorer of own scores, whose profile scores the rolled-up progress, not null
   * @param asOf  the date, not null
   * @param planPolicy  the policy of every objective, not null
   * @return the rolled-up plan, not null
   * @throws OkrException if the plan has a dangling alignment link or an alignment cycle, a summed
   *     key result is not a metric, or children's key results summed into one mix units or
   *     directions
   */
  public static RolledUpPlan of(
      AlignmentIndex index, Scorer scorer, LocalDate asOf, RollUpPolicy planPolicy) {
    return of(index, scorer, asOf, planPolicy, ImmutableMap.of());
  }

  /**
   * Rolls up a plan with one policy for the plan and others for some objectives.
   *
   * @param index  the plan's index, not null
   * @param scorer  the scorer of own scores, whose profile scores the rolled-up progress, not null
   * @param asOf  the date, not null
   * @param planPolicy  the policy of every objective not overridden, not null
   * @param overrides  the policies of some objectives, each in the plan, not null
   * @return the rolled-up plan, not null
   * @throws OkrException if an override names an objective not in the plan, or as {@link
   *     #of(AlignmentIndex, Scorer, LocalDate, RollUpPolicy)}
   */
  public static RolledUpPlan of(AlignmentIndex index, Scorer scorer, LocalDate asOf,
      RollUpPolicy planPolicy, Map<ObjectiveId, RollUpPolicy> overrides) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(scorer, "scorer");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(planPolicy, "planPolicy");
    Objects.requireNonNull(overrides, "overrides");
    Map<Integer, RollUpPolicy> byNumber = new HashMap<>();
    for (Map.Entry<ObjectiveId, RollUpPolicy> override : overrides.entrySet()) {
      ObjectiveId id = Objects.requireNonNull(override.getKey(), "overrides key");
      RollUpPolicy policy = Objects.requireNonNull(override.getValue(), "overrides value");
      int number = index.objectiveNumber(id);
      if (number == AlignmentIndex.MISSING) {
        throw new OkrException("overrides", id.toString(),
            "names an objective that is not in the plan");
      }
      byNumber.put(number, policy);
    }
    int[] order = RollUpOrder.of(index);
    RollUpCalculator calculator =
        new RollUpCalculator(index, scorer, asOf, planPolicy, byNumber);
    return RolledUpPlan.compute(calculator, order);
  }

  /** Shown in explanations: how the roll-up rounds, before the profile's own rounding. */
  static String rounding(Scorer scorer) {
    return "means and progress half-even to " + ContributionMath.PLACES
        + " decimal places; score: " + scorer.profile().rounding() + ", "
        + scorer.profile().cap();
  }
}
