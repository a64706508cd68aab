/**
 * jqwik generators for okrkit, for the test scope of code built on it: arbitraries for every
 * value of the OKR model, whole plans that form a valid cascade, and plans with exactly one
 * injected defect. okrkit's own property tests use the same generators.
 *
 * <h2>Central types</h2>
 *
 * <ul>
 *   <li>{@link org.okrkit.testkit.OkrArbitraries}: identifiers, periods, decimals, measures of
 *       every kind, check-in histories inside a period, key results, objectives in every
 *       lifecycle state with legal histories, and KPIs with readings; every value valid by
 *       okr-core's rules.
 *   <li>{@link org.okrkit.testkit.Plans}: okr-core {@link org.okrkit.core.Plan}s that form a valid
 *       cascade (company, department, team, individual; annual and quarterly periods; several
 *       parents with weights within 1; acyclic dependencies), shaped by a {@link
 *       org.okrkit.testkit.PlanSpec}, as jqwik arbitraries that shrink or, from a seed, without
 *       jqwik.
 *   <li>{@link org.okrkit.testkit.Defects}: injects one defect that breaks one {@link
 *       org.okrkit.core.CascadeRule} into a valid plan, and returns an {@link
 *       org.okrkit.testkit.InjectedDefect} that tells the rule, the objectives involved in a
 *       documented order and the valid original. A reported violation and an injected defect of
 *       the same rule carry the same {@code CascadeRule} constant.
 * </ul>
 *
 * <h2>Rules every user meets</h2>
 *
 * <ul>
 *   <li><b>Reproducible.</b> {@link org.okrkit.testkit.Plans#generate(PlanSpec, long)} builds the
 *       same plan from the same spec and seed in every JVM, within one version of the testkit (a
 *       change to the generator changes the plans seeds stand for, and the changelog says so).
 *       Nothing reads a clock.
 *   <li><b>Valid by construction.</b> Generated values need no filtering; a defect is added only
 *       where the plan has a place for it, and an injector returns an empty result where it has
 *       none. A spec that can never hold the defect asked for is rejected with an {@link
 *       org.okrkit.core.OkrException}, as are out-of-range spec values; a null argument throws
 *       {@link NullPointerException} naming it.
 *   <li><b>Immutable.</b> Arbitraries, specs and injected defects are immutable and may be
 *       shared.
 *   <li><b>Costs.</b> Generating a plan is linear in its objectives (10,000 objectives take well
 *       under a second); shrinking tries a bounded number of smaller plans per step, however large
 *       the plan.
 *   <li><b>Without a provider.</b> Parameters {@code @ForAll Plan} and {@code @ForAll
 *       InjectedDefect} draw from {@link org.okrkit.testkit.Plans#plans()} and {@link
 *       org.okrkit.testkit.Plans#withAnyDefect()} with no {@code @Provide} method.
 * </ul>
 *
 * <h2>Typical use</h2>
 *
 * <p>Outside a property, a plan for a benchmark or a bug report:
 *
 * <pre>{@code
 * Plan plan = Plans.generate(PlanSpec.of(10_000).withDepth(4).withMultiParentShare(0.2), 42L);
 * InjectedDefect orphan = Defects.inject(plan, CascadeRule.ORPHAN, 42L).orElseThrow();
 * ObjectiveId faulty = orphan.faulty();  // the objective that lost its links
 * }</pre>
 *
 * <p>In a jqwik property class, with {@code ourRule} a rule of your own, a function from a plan to
 * the ids of the objectives that break it:
 *
 * <pre>
 * {@literal @}Property
 * void everyValidPlanKeepsOurRule({@literal @}ForAll Plan plan) {
 *   assertEquals(List.of(), ourRule(plan));
 * }
 *
 * {@literal @}Property
 * void ourRuleFindsEveryOrphan({@literal @}ForAll("orphans") InjectedDefect orphan) {
 *   assertTrue(ourRule(orphan.plan()).contains(orphan.faulty()));
 * }
 *
 * {@literal @}Provide
 * Arbitrary&lt;InjectedDefect&gt; orphans() {
 *   return Plans.withDefect(CascadeRule.ORPHAN);
 * }
 * </pre>
 */
package org.okrkit.testkit;
