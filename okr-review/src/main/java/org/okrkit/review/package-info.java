/**
 * Period retrospectives and accountability views of a plan, as records a platform can store or
 * render, each with a plain-text and a Markdown rendering that lists every figure.
 *
 * <p>This package computes no score of its own: scores, judgements, pace and forecasts come from
 * okr-scoring's {@link org.okrkit.scoring.Scorer}, progress and coverage from okr-alignment's
 * {@link org.okrkit.alignment.RollUp} and {@link org.okrkit.alignment.Cascade}, and the findings
 * about how the period was set from its validation. So a figure in a review is always the figure
 * the rest of okrkit gives.
 *
 * <h2>Central types</h2>
 *
 * <ul>
 *   <li>{@link org.okrkit.review.Retrospective}: the end of a period for a whole plan, an
 *       organisational unit with its sub-units or one owner ({@link
 *       org.okrkit.review.RetrospectiveScope}): each objective's final score and judgement
 *       ({@link org.okrkit.review.RetrospectiveObjective}), what missed, what was never checked
 *       in, what was adjusted and why; quarter against year, with each annual objective's
 *       rolled-up progress and each annual key result's forecast; and the six questions of a
 *       retrospective ({@link org.okrkit.review.Question}), each answered with its figures.
 *   <li>{@link org.okrkit.review.AccountabilityView}: who answers for what on a date, under an
 *       {@link org.okrkit.review.AccountabilityPolicy} (a {@link
 *       org.okrkit.review.CheckInCadence}, a limit of objectives per owner, an {@link
 *       org.okrkit.review.AccountabilityScope}): per person a {@link
 *       org.okrkit.review.PersonView}, per unit a {@link org.okrkit.review.UnitView}, with what
 *       is at risk, what is overdue for a check-in and who carries too much.
 * </ul>
 *
 * <h2>Rules every user meets</h2>
 *
 * <ul>
 *   <li><b>No clock.</b> Every review is computed as of a date passed in; only history on or
 *       before it counts.
 *   <li><b>KPIs.</b> Give the scorer the plan's KPIs ({@link
 *       org.okrkit.scoring.Scorer#withKpisOf(org.okrkit.core.Plan)}) when key results are drawn
 *       from them; otherwise okr-scoring's exception is thrown.
 *   <li><b>Exceptions.</b> A null argument throws {@link NullPointerException} naming it; a unit
 *       the plan does not know, or a plan okr-alignment cannot roll up (a dangling link or an
 *       alignment cycle, when the scope holds an annual objective), throws {@link
 *       org.okrkit.core.OkrException}. An empty plan, period or scope gives an empty review, since
 *       "nothing was set" is an answer too.
 *   <li><b>Immutable.</b> Every record is immutable and thread-safe.
 *   <li><b>Costs.</b> Linear in the plan: each objective is scored once, the plan is validated
 *       once and rolled up at most once; an accountability view costs one pace per active
 *       objective and passes over the plan and its unit tree, plus sorting people and units.
 * </ul>
 *
 * <h2>Typical use</h2>
 *
 * <p>With {@code plan} a {@link org.okrkit.core.Plan} of okr-core ({@code org.okrkit.core.*},
 * {@code org.okrkit.scoring.*}, {@code java.time.LocalDate}):
 *
 * <pre>{@code
 * Scorer scorer = Scorer.of(ScoringProfile.google()).withKpisOf(plan);
 * Retrospective quarter = Retrospective.of(plan, Period.calendarQuarter(2026, 1), scorer,
 *     LocalDate.of(2026, 3, 31));
 * String retrospective = quarter.toMarkdown();
 *
 * AccountabilityView midMarch = AccountabilityView.of(plan, scorer, LocalDate.of(2026, 3, 15),
 *     AccountabilityPolicy.defaults());
 * for (PersonView person : midMarch.people()) {
 *   int needAttention = person.risks().size() + person.overdue().size();
 * }
 * String accountability = midMarch.toText();
 * }</pre>
 */
package org.okrkit.review;
