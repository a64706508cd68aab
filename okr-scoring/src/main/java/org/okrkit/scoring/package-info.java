/**
 * Exact, explainable scoring of OKRs.
 *
 * <p>A {@link org.okrkit.scoring.Scorer} scores key results and objectives "as of" any date under
 * a {@link org.okrkit.scoring.ScoringProfile} (Google's by default, or Viva Goals', Quantive's,
 * Perdoo's, okr-tracker's, or one built from the same parts), judges their {@link
 * org.okrkit.scoring.Pace pace} and {@link org.okrkit.scoring.Forecast forecasts} where they are
 * heading. Scores are exact decimals rounded once to a declared scale; "not scored" is never 0;
 * every result carries an {@link org.okrkit.scoring.Explanation}. {@link
 * org.okrkit.scoring.KpiHealth} judges a KPI against its own health target, apart from any key
 * result drawn from it.
 *
 * <h2>Central types</h2>
 *
 * <ul>
 *   <li>{@link org.okrkit.scoring.Scorer}: the entry point. It holds a profile and the KPIs key
 *       results may be drawn from, and answers every question "as of" a date.
 *   <li>{@link org.okrkit.scoring.ScoringProfile}: how to score, composed of parts (metric
 *       formula, thresholds, bands, objective aggregation, missing values, rounding, cap, grade
 *       bands, pace rule, status roll-up); five published profiles, or your own from the same
 *       parts.
 *   <li>{@link org.okrkit.scoring.KeyResultScore} and {@link org.okrkit.scoring.ObjectiveScore}:
 *       a result with everything it was computed from. A scored key result carries an {@link
 *       org.okrkit.scoring.Assessment} (input, its date, exact progress, score); an objective
 *       carries its key results' scores and a {@link org.okrkit.scoring.Judgement} against its
 *       commitment.
 *   <li>{@link org.okrkit.scoring.Score}: the value, grade and colour, rounded once from an exact
 *       {@link org.okrkit.scoring.Fraction}, which it keeps.
 *   <li>{@link org.okrkit.scoring.Pace}, {@link org.okrkit.scoring.ObjectivePace} and {@link
 *       org.okrkit.scoring.Forecast}: progress against the elapsed share of the period (or {@link
 *       org.okrkit.scoring.PhasedTargets}) and the least-squares line to the period's end.
 * </ul>
 *
 * <h2>Rules every user meets</h2>
 *
 * <ul>
 *   <li><b>No clock.</b> Every answer is "as of" a date the caller passes: only check-ins,
 *       adjustments and KPI readings dated on or before it count, under the measure in force on
 *       it, so any past answer can be recomputed from the history.
 *   <li><b>Not scored is not 0.</b> A key result with no value has an empty score and says why;
 *       the profile decides whether it counts as 0 in its objective or is skipped.
 *   <li><b>Exact, then rounded once.</b> Every score is an exact fraction rounded once, to the
 *       profile's scale for the value and to tenths for the grade; judgements, pace and colours
 *       are decided on exact fractions, never on rounded values.
 *   <li><b>Exceptions.</b> A null argument throws {@link NullPointerException} naming it; a key
 *       result asked for that the objective lacks throws {@link
 *       org.okrkit.core.UnknownKeyResultException}; a key result drawn from a KPI the scorer was
 *       not given throws {@link org.okrkit.core.UnknownKpiException}, and one whose measure is not
 *       in the KPI's unit {@link org.okrkit.core.UnitMismatchException}. Every result and profile
 *       is immutable and thread-safe; a scorer can be shared.
 *   <li><b>Costs.</b> Scoring a key result is one pass over its history, an objective one pass
 *       over its key results; explanations are rendered only when asked for. Exact fractions
 *       compute on {@code long}s while their numerators and denominators fit, and on {@code
 *       BigInteger} only for a step that would overflow, so exactness costs little.
 * </ul>
 *
 * <h2>Typical use</h2>
 *
 * <p>Scoring an objective at its close and on a date before it ({@code closed} is an objective
 * of okr-core with a metric key result {@code churn}, from 8 % to 5 %, checked in at 7.2 on
 * 2026-02-01; {@code plan} holds it and its KPIs):
 *
 * <pre>{@code
 * Scorer scorer = Scorer.of(ScoringProfile.google()).withKpisOf(plan);
 * ObjectiveScore atClose = scorer.score(closed, LocalDate.of(2026, 3, 31));
 * Optional<Score> score = atClose.score();   // value, grade and colour; empty if nothing counted
 * Judgement judgement = atClose.judgement(); // aspirational: against 0.7
 * KeyResultScore churn = scorer.score(closed, KeyResultId.of("churn"), LocalDate.of(2026, 3, 31));
 * // churn.score(): (8 - 7.2) / (8 - 5) = 4/15, shown as 0.2667, grade 0.3, RED
 * ObjectivePace pace = scorer.pace(closed, LocalDate.of(2026, 3, 15));
 * Forecast forecast = scorer.forecast(closed, KeyResultId.of("churn"), LocalDate.of(2026, 3, 15));
 * // forecast.isDefined() is false: one value draws no line
 * String why = atClose.explanation().toString();
 * }</pre>
 *
 * <p>The document {@code docs/scoring.md} in the okrkit repository states the published methods,
 * the formula for each kind of measure, the values a key result is judged on, the arithmetic
 * contract, the judgements, pace and forecasts, and the laws the property tests check, with worked
 * examples.
 *
 * <h2>How every profile scores</h2>
 *
 * <p>A key result's progress is one exact fraction: for a metric {@code (value - start) / (target
 * - start)}, which for a decreasing metric is the same number as {@code (start - value) / (start -
 * target)}; for a threshold 1 or 0 at the latest check-in; for a band 1 inside and 0 outside; for
 * a milestone 1 when done; for a checklist the weight of the items done over the weight of all
 * items. A score is that fraction floored at 0, limited to the profile's cap, then rounded once:
 * to 4 decimal places half-even for the value and, from the same exact fraction, to tenths half-up
 * for the grade. The colour follows the grade: red below 0.4, yellow from 0.4 to below 0.7, green
 * from 0.7, so the gaps of Google's published bands (0.0 to 0.3, 0.4 to 0.6, 0.7 to 1.0)
 * are closed. An objective's score is the mean of its key results' exact fractions, never of their
 * rounded values; a key result with no value counts as 0 in it while itself reported as not
 * scored. Pace is at risk more than 0.25 behind the elapsed share of the period, in points of
 * progress, and off track more than 0.5 behind. The five published profiles differ from this only
 * where listed below, and their names are reserved for exactly these parts.
 *
 * <h2>Published profiles</h2>
 *
 * <ul>
 *   <li>{@link ScoringProfile#google()} ({@code google}, the default): key results graded 0 to 1;
 *       the objective is the weighted mean {@code sum(weight * progress) / sum(weight)}, the plain
 *       average when every weight is 1; aspirational objectives are expected to reach 0.7, committed
 *       ones 1, judged on exact values: a committed objective is achieved only when every key
 *       result reached its target.
 *   <li>{@link ScoringProfile#vivaGoals()} ({@code viva-goals}): progress {@code (current - start)
 *       / (target - start)} clamped to [0, 1]; the objective is the plain average, weights ignored;
 *       "at risk when more than 25 % behind the expected progress" read as 25 percentage points.
 *   <li>{@link ScoringProfile#quantive()} ({@code quantive}): increase {@code (actual - initial) /
 *       (target - initial)}, decrease {@code (initial - actual) / (initial - target)},
 *       <b>uncapped</b> (1.25 is possible, never below 0); "stay above / below" scores 1 or 0 with
 *       a strict comparison, so a value on the level scores 0.
 *   <li>{@link ScoringProfile#perdoo()} ({@code perdoo}): the weighted mean, weights optional;
 *       negative progress counts as 0; an objective's pace status is its weakest key result's
 *       status instead of its own progress against the expected progress.
 *   <li>{@link ScoringProfile#okrTracker()} ({@code okr-tracker}, Oslo kommune): progress {@code
 *       clamp((current - start) / (target - start), 0, 1)}; the objective is the weighted mean
 *       with normalised weights; the same parts as {@code google} under the method's own name.
 * </ul>
 *
 * <p>Other parts a profile of your own can choose with {@link ScoringProfile#builder()}:
 * all-or-nothing metrics; thresholds scored as the share of check-ins that met them (a "control
 * KPI": successful check-ins over all check-ins in the period) or the share of days; bands that
 * fall off linearly outside, over a width in band widths or in the measure's unit; the plain mean
 * or the weakest key result as the objective; skipping key results without a value; another scale,
 * rounding, cap, grade bands, pace rule or status roll-up.
 */
package org.okrkit.scoring;
