/**
 * The alignment (cascade) of a whole plan: validation, roll-up of progress, and the questions
 * "why does this matter?" and "what does a change affect?", at a million objectives.
 *
 * <p>Objectives cascade: a team's objective supports a department's objective or one of its key
 * results, the department's supports the company's, and a quarter sits inside its year. okr-core's
 * {@link org.okrkit.core.Objective} names its parents by id and its {@link org.okrkit.core.Plan}
 * holds whatever it is given; this package judges the plan as a whole.
 *
 * <h2>Central types</h2>
 *
 * <ul>
 *   <li>{@link org.okrkit.alignment.AlignmentIndex}: the plan as dense {@code int} indexes (nodes,
 *       alignment links, incoming links, dependencies), built once and shared by everything
 *       below.
 *   <li>{@link org.okrkit.alignment.AlignmentValidator}: checks a plan against {@link
 *       org.okrkit.alignment.AlignmentRule}s ({@link org.okrkit.alignment.AlignmentRules} holds
 *       the built-in ones, each a {@link org.okrkit.core.CascadeRule} or a quality warning) and
 *       returns a {@link org.okrkit.alignment.ValidationReport} of {@link
 *       org.okrkit.alignment.Violation}s, each naming its rule, {@link
 *       org.okrkit.alignment.Severity}, objectives and what to do.
 *   <li>{@link org.okrkit.alignment.RollUp}: rolls progress up the links under a {@link
 *       org.okrkit.alignment.RollUpPolicy}, scoring each objective with okr-scoring's {@link
 *       org.okrkit.scoring.Scorer}, into a {@link org.okrkit.alignment.RolledUpPlan} that explains
 *       every figure and re-rolls one changed objective's ancestors only.
 *   <li>{@link org.okrkit.alignment.Cascade}: ancestors, descendants, a {@link
 *       org.okrkit.alignment.CascadePath} to the top, {@link org.okrkit.alignment.Coverage} and
 *       cross-team {@link org.okrkit.alignment.Dependency dependencies}.
 * </ul>
 *
 * <h2>Rules every user meets</h2>
 *
 * <ul>
 *   <li><b>Validate before rolling up.</b> Validation accepts any plan and reports every defect;
 *       {@link org.okrkit.alignment.RollUp} refuses a plan with a dangling link or an alignment
 *       cycle with an {@link org.okrkit.core.OkrException}, since no progress can flow through
 *       either. Queries of a {@link org.okrkit.alignment.Cascade} follow only links whose target
 *       is in the plan and walk a cycle round once.
 *   <li><b>Exceptions.</b> Bad input throws {@link org.okrkit.core.OkrException} naming the field,
 *       value and rule; a null argument throws {@link NullPointerException} naming it.
 *   <li><b>No clock.</b> A roll-up is computed as of a date passed in, like every score.
 *   <li><b>Immutable.</b> Indexes, validators, reports, roll-ups and cascades are immutable and
 *       thread-safe; a rule of your own should be stateless, so that one validator can check
 *       many plans concurrently.
 *   <li><b>Costs.</b> Everything runs on the index's flat arrays, iteratively: building the index,
 *       the standard validation and a full roll-up are a few passes over the plan, linear in its
 *       objectives, key results and links; a query walks only what it answers with, and coverage
 *       reads the plan once. A chain a
 *       million objectives deep, or a cycle of a million, is handled on the default stack.
 * </ul>
 *
 * <h2>Typical use</h2>
 *
 * <p>With {@code plan} a {@link org.okrkit.core.Plan} of okr-core ({@code org.okrkit.core.*},
 * {@code org.okrkit.scoring.*}, {@code java.math.BigDecimal}, {@code java.time.LocalDate}, {@code
 * java.util.List}):
 *
 * <pre>{@code
 * AlignmentIndex index = AlignmentIndex.of(plan);
 * ValidationReport report = AlignmentValidator.standard().validate(index);
 * if (report.isValid()) {  // no errors; warnings and infos may remain
 *   RolledUpPlan rolledUp = RollUp.of(index, Scorer.of(ScoringProfile.google()).withKpisOf(plan),
 *       LocalDate.of(2026, 3, 31), RollUpPolicy.blended(new BigDecimal("0.5")));
 *   RolledUpObjective company = rolledUp.objective(ObjectiveId.of("love-2026"));
 * }
 * Cascade cascade = Cascade.of(index);
 * CascadePath why = cascade.pathToTop(ObjectiveId.of("retention-2026-q1"));
 * List<ObjectiveId> affected = cascade.descendants(ObjectiveId.of("love-2026"));
 * }</pre>
 */
package org.okrkit.alignment;
