package org.okrkit.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiId;
import org.okrkit.core.Objective;
import org.okrkit.core.OkrException;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.UnitMismatchException;
import org.okrkit.core.UnknownKeyResultException;
import org.okrkit.core.UnknownKpiException;
import org.okrkit.core.internal.Require;

/**
 * Scores key results and objectives under a {@link ScoringProfile}, judges their pace and
 * forecasts where they are heading. The public entry point: it checks its arguments and delegates
 * to one place per task (key-result scoring, objective aggregation, pace, forecasting), each of
 * which lets the rule of the measure in force do the measure's part.
 *
 * <p>Everything is computed "as of" a date: only check-ins, adjustments and KPI readings dated on
 * or before it count, and the measure in force on that date applies, so the score an objective had
 * on any past date can be recomputed from its history. Which values count is defined once:
 * check-ins from the period's start to its {@linkplain Period#lastCheckInDate() closing grace},
 * KPI readings inside the period (see the package overview and {@code docs/scoring.md}).
 *
 * <p><b>KPIs.</b> A key result drawn from a KPI names the KPI and its aggregation ({@link
 * org.okrkit.core.KpiLink}); give the scorer the KPIs with {@link #withKpis(Iterable)} or
 * {@link #withKpisOf(Plan)}. Before
 * anything is scored, every KPI link of the key results asked for is checked: the KPI must be given
 * ({@link UnknownKpiException}) and every measure the key result ever had must be numeric and in
 * the KPI's unit ({@link UnitMismatchException}).
 *
 * <p>Costs are linear: scoring a key result is one pass over its history, an objective one pass
 * over its key results; explanations are rendered only when asked for. Immutable and thread-safe;
 * a scorer can be shared.
 *
 * <pre>{@code
 * Scorer scorer = Scorer.of(ScoringProfile.google()).withKpisOf(plan);
 * LocalDate midMarch = LocalDate.of(2026, 3, 15);
 * ObjectiveScore score = scorer.score(objective, midMarch);
 * KeyResultScore churn = scorer.score(objective, KeyResultId.of("churn"), midMarch);
 * ObjectivePace pace = scorer.pace(objective, midMarch);  // against 74 of Q1's 90 days
 * Forecast forecast = scorer.forecast(objective, KeyResultId.of("churn"), midMarch);
 * // the same scorer with the same history gives the same answers on any day it is asked
 * }</pre>
 */
public final class Scorer {

  private final ScoringProfile profile;
  private final ImmutableMap<KpiId, Kpi> kpis;
  private final KeyResultScoring keyResults;

  private Scorer(ScoringProfile profile, ImmutableMap<KpiId, Kpi> kpis) {
    this.profile = profile;
    this.kpis = kpis;
    this.keyResults = new KeyResultScoring(profile, kpis);
  }

  /**
   * Obtains a scorer for a profile, with no KPIs.
   *
   * @param profile  the profile, not null
   * @return the scorer, not null
   */
  public static Scorer of(ScoringProfile profile) {
    return new Scorer(Objects.requireNonNull(profile, "profile"), ImmutableMap.of());
  }

  /**
   * Returns a scorer with the same profile and these KPIs instead of the current ones.
   *
   * @param kpis  the KPIs with their readings, at most one per id, not null
   * @return the scorer, not null
   * @throws OkrException if a KPI id appears twice
   */
  public Scorer withKpis(Iterable<Kpi> kpis) {
    ImmutableList<Kpi> list = ImmutableList.copyOf(Require.noNulls("kpis", kpis));
    Require.uniqueKeys("kpis", list, Kpi::id);
    ImmutableMap.Builder<KpiId, Kpi> byId = ImmutableMap.builderWithExpectedSize(list.size());
    for (Kpi kpi : list) {
      byId.put(kpi.id(), kpi);
    }
    return new Scorer(profile, byId.build());
  }

  /**
   * Returns a scorer with the same profile and the KPIs of a plan, from which its key results are
   * drawn.
   *
   * @param plan  the plan, not null
   * @return the scorer, not null
   */
  public Scorer withKpisOf(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    return withKpis(plan.kpis());
  }

  /**
   * Returns the profile.
   *
   * @return the profile, not null
   */
  public ScoringProfile profile() {
    return profile;
  }

  /**
   * Returns the KPIs.
   *
   * @return the KPIs, in the order given, not null
   */
  public ImmutableList<Kpi> kpis() {
    return kpis.values().asList();
  }

  // ---------------------------------------------------------------------------------------------
  // Scores

  /**
   * Scores a key result as of a date.
   *
   * @param keyResult  the key result, not null
   * @param period  the period it is set for, not null
   * @param asOf  the date, not null
   * @return the score, not scored if there is no value on or before the date, not null
   * @throws UnknownKpiException if the key result is drawn from a KPI that was not given
   * @throws UnitMismatchException if that KPI's unit differs from a measure of the key result
   * @throws OkrException if the KPI's aggregate (a sum of many readings) has more than 64
   *     integer digits
   */
  public KeyResultScore score(KeyResult keyResult, Period period, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    keyResults.checkKpiLink(keyResult);
    return keyResults.score(keyResult, period, asOf);
  }

  /**
   * Scores one key result of an objective, in the objective's period, as of a date.
   *
   * @param objective  the objective, not null
   * @param keyResultId  the key result, not null
   * @param asOf  the date, not null
   * @return the score, not null
   * @throws UnknownKeyResultException if the objective has no such key result
   * @throws OkrException if the key result's KPI link does not fit (see {@link #score(KeyResult,
   *     Period, LocalDate)})
   */
  public KeyResultScore score(Objective objective, KeyResultId keyResultId, LocalDate asOf) {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(keyResultId, "keyResultId");
    return score(keyResultOf(objective, keyResultId), objective.period(), asOf);
  }

  /**
   * Scores an objective as of a date from its key results, in its period. The result equals that
   * of scoring {@code objective.asOf(asOf)}: history after the date is ignored.
   *
   * @param objective  the objective, not null
   * @param asOf  the date, not null
   * @return the score, with each key result's score, not null
   * @throws OkrException if a key result's KPI link does not fit (see {@link #score(KeyResult,
   *     Period, LocalDate)}); every link is checked before anything is scored
   */
  public ObjectiveScore score(Objective objective, LocalDate asOf) {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(asOf, "asOf");
    return ObjectiveScoring.score(objective, asOf, keyResults, profile);
  }

  // ---------------------------------------------------------------------------------------------
  // Pace

  /**
   * Judges a key result's pace as of a date against the elapsed share of its period.
   *
   * @param keyResult  the key result, not null
   * @param period  the period it is set for, not null
   * @param asOf  the date, not null
   * @return the pace, not null
   * @throws OkrException if the key result's KPI link does not fit (see {@link #score(KeyResult,
   *     Period, LocalDate)})
   */
  public Pace pace(KeyResult keyResult, Period period, LocalDate asOf) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    KeyResultScore score = score(keyResult, period, asOf);
    return Pacing.pace(keyResult, period, score, period.elapsedShareAt(asOf),
        Pacing.elapsedShareOf(period), profile);
  }

  /**
   * Judges a key result's pace as of a date against phased targets.
   *
   * @param keyResult  the key result, not null
   * @param period  the period it is set for, not null
   * @param asOf  the date, not null
   * @param phasedTargets  the expected progress by date, inside the period, not null
   * @return the pace, not null
   * @throws OkrException if a phase date lies outside the period, or the key result's KPI link
   *     does not fit (see {@link #score(KeyResult, Period, LocalDate)})
   */
  public Pace pace(KeyResult keyResult, Period period, LocalDate asOf, PhasedTargets phasedTargets) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(phasedTargets, "phasedTargets");
    BigDecimal expected = phasedTargets.expectedAt(period, asOf);
    KeyResultScore score = score(keyResult, period, asOf);
    return Pacing.pace(keyResult, period, score, expected, phasedTargets.toString(), profile);
  }

  /**
   * Judges the pace of one key result of an objective, in the objective's period, as of a date.
   *
   * @param objective  the objective, not null
   * @param keyResultId  the key result, not null
   * @param asOf  the date, not null
   * @return the pace, not null
   * @throws UnknownKeyResultException if the objective has no such key result
   * @throws OkrException if the key result's KPI link does not fit
   */
  public Pace pace(Objective objective, KeyResultId keyResultId, LocalDate asOf) {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(keyResultId, "keyResultId");
    return pace(keyResultOf(objective, keyResultId), objective.period(), asOf);
  }

  /**
   * Judges the pace of one key result of an objective against phased targets, in the objective's
   * period, as of a date.
   *
   * @param objective  the objective, not null
   * @param keyResultId  the key result, not null
   * @param asOf  the date, not null
   * @param phasedTargets  the expected progress by date, inside the period, not null
   * @return the pace, not null
   * @throws UnknownKeyResultException if the objective has no such key result
   * @throws OkrException if a phase date lies outside the period, or the key result's KPI link
   *     does not fit
   */
  public Pace pace(Objective objective, KeyResultId keyResultId, LocalDate asOf,
      PhasedTargets phasedTargets) {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(keyResultId, "keyResultId");
    return pace(keyResultOf(objective, keyResultId), objective.period(), asOf, phasedTargets);
  }

  /**
   * Judges an objective's pace as of a date: each key result against the elapsed share of the
   * objective's period, and the objective by the profile's {@link StatusRollUp}.
   *
   * @param objective  the objective, not null
   * @param asOf  the date, not null
   * @return the pace, not null
   * @throws OkrException if a key result's KPI link does not fit (see {@link #score(KeyResult,
   *     Period, LocalDate)})
   */
  public ObjectivePace pace(Objective objective, LocalDate asOf) {
    return Pacing.pace(objective, score(objective, asOf), profile);
  }

  // ---------------------------------------------------------------------------------------------
  // Forecast

  /**
   * Forecasts a key result from its history up to a date: the least-squares line through its
   * values of the measure in force (a checklist's done share; a KPI's aggregates), projected to
   * the period's last day.
   *
   * @param keyResult  the key result, not null
   * @param period  the period it is set for, not null
   * @param asOf  the date, not null
   * @return the forecast, explicitly undefined with fewer than two values or for a milestone, not
   *     null
   * @throws OkrException if the key result's KPI link does not fit (see {@link #score(KeyResult,
   *     Period, LocalDate)})
   */
  public Forecast forecast(KeyResult keyResult, Period period, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    keyResults.checkKpiLink(keyResult);
    return Forecasting.forecast(keyResults.history(keyResult, period, asOf), profile);
  }

  /**
   * Forecasts one key result of an objective, in the objective's period, from its history up to a
   * date.
   *
   * @param objective  the objective, not null
   * @param keyResultId  the key result, not null
   * @param asOf  the date, not null
   * @return the forecast, not null
   * @throws UnknownKeyResultException if the objective has no such key result
   * @throws OkrException if the key result's KPI link does not fit
   */
  public Forecast forecast(Objective objective, KeyResultId keyResultId, LocalDate asOf) {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(keyResultId, "keyResultId");
    return forecast(keyResultOf(objective, keyResultId), objective.period(), asOf);
  }

  private static KeyResult keyResultOf(Objective objective, KeyResultId keyResultId) {
    return objective.findKeyResult(keyResultId)
        .orElseThrow(() -> new UnknownKeyResultException(objective.id(), keyResultId));
  }

  /** Returns the scorer's profile and KPIs, for example {@code Scorer[google, kpis=[]]}. */
  @Override
  public String toString() {
    return "Scorer[" + profile.name() + ", kpis=" + kpis.keySet() + "]";
  }
}
