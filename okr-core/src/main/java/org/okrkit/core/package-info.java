/**
 * The OKR aggregate: objectives, key results and their measures, check-ins, adjustments and the
 * lifecycle, periods, levels, plans and KPIs, as immutable values with no I/O. Scoring, alignment
 * and reviews are built on these types in okrkit's other modules; this package holds the facts
 * and the rules that make them valid.
 *
 * <h2>Central types</h2>
 *
 * <ul>
 *   <li>{@link org.okrkit.core.Objective}: the aggregate. One owner, a {@link
 *       org.okrkit.core.Level}, a {@link org.okrkit.core.Period}, a {@link
 *       org.okrkit.core.Commitment}, its key results, {@link org.okrkit.core.Alignment} links up to
 *       parent objectives or their key results, lateral dependencies, and a lifecycle from draft
 *       to active to closed or cancelled. Every change to a live objective goes through one of its
 *       commands ({@code activate}, {@code checkIn}, {@code adjust}, {@code adjustTarget}, {@code
 *       close}, {@code cancel}).
 *   <li>{@link org.okrkit.core.KeyResult}: a measurable outcome with a weight and a {@link
 *       org.okrkit.core.Measure} from a closed family ({@link org.okrkit.core.Metric}, {@link
 *       org.okrkit.core.Threshold}, {@link org.okrkit.core.Band}, {@link
 *       org.okrkit.core.Milestone}, {@link org.okrkit.core.Checklist}), with its dated {@link
 *       org.okrkit.core.CheckIn}s and {@link org.okrkit.core.Adjustment}s; optionally drawn from a
 *       KPI through a {@link org.okrkit.core.KpiLink}.
 *   <li>{@link org.okrkit.core.Kpi}: a standing health metric with its own {@link
 *       org.okrkit.core.HealthTarget} and dated {@link org.okrkit.core.KpiReading}s.
 *   <li>{@link org.okrkit.core.Plan}: the objectives of an organisation, the KPIs their key results
 *       are drawn from and the tree of the units that hold them. A plan holds defects too; the
 *       rules of a valid cascade are named by {@link org.okrkit.core.CascadeRule} and checked by
 *       okr-alignment.
 *   <li>Identifiers ({@link org.okrkit.core.ObjectiveId}, {@link org.okrkit.core.KeyResultId},
 *       {@link org.okrkit.core.KpiId}, {@link org.okrkit.core.PersonId}, {@link
 *       org.okrkit.core.OrgUnitId}) are validated values, so an id can never be blank.
 * </ul>
 *
 * <h2>Rules every user meets</h2>
 *
 * <ul>
 *   <li><b>Immutable values.</b> Every value is immutable and thread-safe (builders are not). A
 *       command returns a new objective and leaves the one it was called on as it was, also when
 *       it throws, so a rejected command needs no rollback.
 *   <li><b>Nothing is overwritten.</b> Check-ins and adjustments are dated history, and {@link
 *       org.okrkit.core.Objective#asOf(java.time.LocalDate)} replays an objective as it was at the
 *       end of any date.
 *   <li><b>Exceptions.</b> Bad input throws {@link org.okrkit.core.OkrException}, naming the field,
 *       the value and the rule (its subclasses {@link org.okrkit.core.IncompleteValueException},
 *       {@link org.okrkit.core.UnknownKeyResultException}, {@link
 *       org.okrkit.core.UnknownKpiException} and {@link org.okrkit.core.UnitMismatchException}
 *       carry their ids and units separately); an operation the current state does not allow
 *       throws {@link org.okrkit.core.OkrStateException}; a null argument throws {@link
 *       NullPointerException} naming the parameter.
 *   <li><b>No clock.</b> Every date is passed in; nothing here reads the time, so the same calls
 *       give the same results on any day.
 *   <li><b>Exact numbers.</b> Numbers are {@link java.math.BigDecimal}s of at most 64 integer and
 *       32 fraction digits, kept in canonical form ({@code 10.0} equals {@code 10}); the {@code
 *       double} overloads take a number's shortest decimal form and reject NaN and infinities.
 *   <li><b>Costs.</b> A command checks only the fact it adds, so it costs what it adds, not the
 *       whole history; a builder, the path that restores stored objectives, checks the whole
 *       history once. A plan finds an objective or KPI by id in constant time, and {@link
 *       org.okrkit.core.Plan#with(Objective)} copies it in linear time.
 *   <li><b>{@code Period} is okrkit's.</b> Import {@code java.time} types by name next to {@code
 *       org.okrkit.core.*}, as the examples do, since {@code java.time.Period} is another type.
 * </ul>
 *
 * <h2>Typical use</h2>
 *
 * <p>An objective is written as a draft, activated, checked in and closed; each step is a new
 * value ({@code java.math.BigDecimal}, {@code java.time.LocalDate}, {@code java.util.List}):
 *
 * <pre>{@code
 * PersonId ada = PersonId.of("ada");
 * KeyResultId churn = KeyResultId.of("churn");
 * Objective draft = Objective.builder()
 *     .id(ObjectiveId.of("retention-2026-q1"))
 *     .title("Customers stay because they love the product")
 *     .level(Level.TEAM)
 *     .owner(ada)
 *     .period(Period.calendarQuarter(2026, 1))
 *     .commitment(Commitment.ASPIRATIONAL)
 *     .addKeyResults(KeyResult.builder().id(churn).title("Cut monthly churn from 8 % to 5 %")
 *         .owner(ada).measure(Metric.of(new BigDecimal("8"), new BigDecimal("5"), "%")).build())
 *     .build();
 *
 * Objective active = draft.activate(LocalDate.of(2026, 1, 5))
 *     .checkIn(churn, CheckIn.of(LocalDate.of(2026, 2, 1), new BigDecimal("7.2")));
 * Objective closed = active.close(LocalDate.of(2026, 3, 31), "Churn down to 7.2 %");
 * // draft is still a draft; closed.asOf(LocalDate.of(2026, 1, 31)) is active with no check-in
 *
 * try {
 *   closed.checkIn(churn, CheckIn.of(LocalDate.of(2026, 4, 2), new BigDecimal("6.9")));
 * } catch (OkrStateException rejected) {
 *   // rejected.state() is "CLOSED"; closed is unchanged
 * }
 * Plan plan = Plan.of(List.of(closed));
 * }</pre>
 */
package org.okrkit.core;
