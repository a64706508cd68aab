package org.okrkit.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.okrkit.core.Band;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Checklist;
import org.okrkit.core.ChecklistValue;
import org.okrkit.core.Commitment;
import org.okrkit.core.ConfidenceLevel;
import org.okrkit.core.Direction;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiId;
import org.okrkit.core.KpiReading;
import org.okrkit.core.Measure;
import org.okrkit.core.MeasureKind;
import org.okrkit.core.Metric;
import org.okrkit.core.MilestoneValue;
import org.okrkit.core.NumericValue;
import org.okrkit.core.Objective;
import org.okrkit.core.OkrException;
import org.okrkit.core.Period;
import org.okrkit.core.Threshold;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.Require;
import org.okrkit.scoring.internal.LeastSquares;
import org.okrkit.scoring.internal.Ratio;
import org.okrkit.scoring.internal.ScoreMath;

/**
 * Scores key results and objectives under a {@link ScoringProfile}, judges their pace and
 * forecasts where they are heading.
 *
 * <p>Everything is computed "as of" a date: only check-ins, adjustments and KPI readings dated on
 * or before it count, and the measure in force on that date applies, so the score an objective had
 * on any past date can be recomputed from its history. Check-ins dated before the period's start
 * are ignored.
 *
 * <p><b>KPIs.</b> A key result drawn from a KPI takes its value from the KPI's readings dated
 * inside its period (up to the date) through the {@link KpiAggregation} of the KPI's {@link
 * KpiBinding}; give the bindings with {@link #withKpis(Iterable)}. Each aggregate at a reading's
 * date acts as a check-in of that date (for threshold shares and forecasts). The KPI's unit must
 * equal the unit of the key result's measure, and the measure must be numeric.
 *
 * <p>Scoring allocates little per key result: no streams, no iterators beyond the history walk, and
 * the explanation is built only when asked for. Immutable and thread-safe; a scorer can be shared.
 */
public final class Scorer {

  private static final BigDecimal ASPIRATIONAL_EXPECTATION = new BigDecimal("0.7");
  private static final String CHECK_INS = "check-ins";
  private static final long MAX_FORECAST_DAYS = 36_525;
  private static final LocalDate LAST_SUPPORTED_DAY = LocalDate.of(9999, 12, 31);
  private static final String NONE_IN_PERIOD =
      "no check-in inside the period, and a share counts only the period's own check-ins and days";

  private final ScoringProfile profile;
  private final ImmutableMap<KpiId, KpiBinding> kpis;

  private Scorer(ScoringProfile profile, ImmutableMap<KpiId, KpiBinding> kpis) {
    this.profile = profile;
    this.kpis = kpis;
  }

  /**
   * Obtains a scorer for a profile, with no KPIs bound.
   *
   * @param profile  the profile, not null
   * @return the scorer, not null
   */
  public static Scorer of(ScoringProfile profile) {
    return new Scorer(Objects.requireNonNull(profile, "profile"), ImmutableMap.of());
  }

  /**
   * Returns a scorer with the same profile and these KPI bindings instead of the current ones.
   *
   * @param bindings  the KPIs and their aggregations, at most one per KPI id, not null
   * @return the scorer, not null
   * @throws OkrException if a KPI id appears twice
   */
  public Scorer withKpis(Iterable<KpiBinding> bindings) {
    Objects.requireNonNull(bindings, "bindings");
    ImmutableMap.Builder<KpiId, KpiBinding> byId = ImmutableMap.builder();
    ImmutableList<KpiBinding> list = ImmutableList.copyOf(bindings);
    Require.uniqueKeys("bindings", list, KpiBinding::kpiId);
    for (KpiBinding binding : list) {
      byId.put(binding.kpiId(), binding);
    }
    return new Scorer(profile, byId.build());
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
   * Returns the KPI bindings.
   *
   * @return the bindings, in the order given, not null
   */
  public ImmutableList<KpiBinding> kpis() {
    return kpis.values().asList();
  }

  // ---------------------------------------------------------------------------------------------
  // Key results

  /**
   * Scores a key result as of a date.
   *
   * @param keyResult  the key result, not null
   * @param period  the period it is set for, not null
   * @param asOf  the date, not null
   * @return the score, not scored if there is no value on or before the date, not null
   * @throws OkrException if the key result is drawn from a KPI that is not bound, or whose unit
   *     differs from the measure's, or whose measure is not numeric, or whose aggregate (a sum of
   *     many readings) has more than 64 integer digits
   */
  public KeyResultScore score(KeyResult keyResult, Period period, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    return scoreKeyResult(keyResult, period, asOf);
  }

  /** The dated values a key result is judged on, and where they came from. */
  private record Values(List<CheckIn> history, String source) {}

  /** A key result's own check-ins, or the aggregates of the KPI it is drawn from. */
  private Values valuesOf(KeyResult keyResult, Measure measure, Period period, LocalDate asOf) {
    if (keyResult.kpi().isEmpty()) {
      return new Values(keyResult.checkIns(), CHECK_INS);
    }
    KpiBinding binding = bindingFor(keyResult, measure);
    List<CheckIn> series = kpiSeries(binding, period, asOf);
    return new Values(series, describeKpiSource(binding, series));
  }

  private KeyResultScore scoreKeyResult(KeyResult keyResult, Period period, LocalDate asOf) {
    Measure measure = keyResult.measureAsOf(asOf);
    Values judgedOn = valuesOf(keyResult, measure, period, asOf);
    List<CheckIn> history = judgedOn.history();
    String source = judgedOn.source();
    int first = -1;
    int last = -1;
    for (int i = 0; i < history.size(); i++) {
      LocalDate date = history.get(i).date();
      if (date.isAfter(asOf)) {
        break;
      }
      if (!date.isBefore(period.start())) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (last < 0 || !measure.accepts(history.get(last).value())) {
      String reason = last < 0 ? source : source + "; the latest value does not fit the measure";
      return notScored(keyResult, asOf, measure, reason);
    }
    CheckIn latest = history.get(last);
    ScoringRule rule;
    Ratio raw;
    long counted = 0;
    long observed = 0;
    long unobserved = 0;
    switch (measure.kind()) {
      case METRIC: {
        Metric metric = (Metric) measure;
        BigDecimal value = number(latest);
        if (profile.metricFormula() == MetricFormula.LINEAR) {
          rule = ScoringRule.METRIC_LINEAR;
          raw = ScoreMath.linearProgress(metric, value);
        } else {
          rule = ScoringRule.METRIC_ALL_OR_NOTHING;
          raw = ScoreMath.reached(metric, value) ? Ratio.ONE : Ratio.ZERO;
        }
        break;
      }
      case THRESHOLD: {
        Threshold threshold = (Threshold) measure;
        boolean strict = profile.levelComparison() == LevelComparison.STRICT;
        switch (profile.thresholdMode()) {
          case LATEST_CHECK_IN:
            rule = ScoringRule.THRESHOLD_LATEST;
            raw = ScoreMath.meets(threshold, number(latest), strict) ? Ratio.ONE : Ratio.ZERO;
            break;
          case SHARE_OF_CHECK_INS:
            rule = ScoringRule.THRESHOLD_SHARE_OF_CHECK_INS;
            for (int i = first; i <= last; i++) {
              CheckIn checkIn = history.get(i);
              // a closing check-in after the period's end describes no day of the period
              if (checkIn.date().isAfter(period.end())) {
                break;
              }
              if (checkIn.value() instanceof NumericValue) {
                observed++;
                if (meetsAt(keyResult, threshold, checkIn, strict)) {
                  counted++;
                }
              }
            }
            if (observed == 0) {
              return notScored(keyResult, asOf, measure, source + "; " + NONE_IN_PERIOD);
            }
            raw = ScoreMath.share(counted, observed);
            break;
          default: {
            rule = ScoringRule.THRESHOLD_SHARE_OF_TIME;
            LocalDate windowEnd = asOf.isBefore(period.end()) ? asOf : period.end();
            LocalDate firstDate = history.get(first).date();
            if (firstDate.isAfter(windowEnd)) {
              return notScored(keyResult, asOf, measure, source + "; " + NONE_IN_PERIOD);
            }
            observed = ChronoUnit.DAYS.between(period.start(), windowEnd) + 1;
            unobserved = ChronoUnit.DAYS.between(period.start(), firstDate);
            for (int i = first; i <= last; i++) {
              CheckIn checkIn = history.get(i);
              if (checkIn.date().isAfter(windowEnd)) {
                break;
              }
              LocalDate until = i < last ? history.get(i + 1).date().minusDays(1) : windowEnd;
              if (until.isAfter(windowEnd)) {
                until = windowEnd;
              }
              if (checkIn.value() instanceof NumericValue
                  && meetsAt(keyResult, threshold, checkIn, strict)) {
                counted += ChronoUnit.DAYS.between(checkIn.date(), until) + 1;
              }
            }
            raw = ScoreMath.share(counted, observed);
            break;
          }
        }
        break;
      }
      case BAND: {
        Band band = (Band) measure;
        BigDecimal distance = ScoreMath.distanceOutside(band, number(latest));
        if (profile.bandMode() == BandMode.ZERO_OUTSIDE) {
          rule = ScoringRule.BAND_ZERO_OUTSIDE;
          raw = distance.signum() == 0 ? Ratio.ONE : Ratio.ZERO;
        } else {
          rule = ScoringRule.BAND_LINEAR_FALLOFF;
          raw = ScoreMath.falloff(distance, falloffWidth(band));
        }
        break;
      }
      case MILESTONE:
        rule = ScoringRule.MILESTONE;
        raw = ((MilestoneValue) latest.value()).done() ? Ratio.ONE : Ratio.ZERO;
        break;
      default: {
        Checklist checklist = (Checklist) measure;
        rule = ScoringRule.CHECKLIST;
        raw = Ratio.of(ScoreMath.doneWeight(checklist, (ChecklistValue) latest.value()),
            ScoreMath.totalWeight(checklist));
        break;
      }
    }
    return KeyResultScore.create(keyResult.id(), asOf, keyResult.weight(), measure, rule,
        Optional.of(latest.value()), Optional.of(latest.date()), source, counted, observed,
        unobserved, Optional.of(raw), Optional.of(profile.score(raw)), profile);
  }

  private KeyResultScore notScored(
      KeyResult keyResult, LocalDate asOf, Measure measure, String reason) {
    return KeyResultScore.create(keyResult.id(), asOf, keyResult.weight(), measure,
        ScoringRule.NOT_SCORED, Optional.empty(), Optional.empty(), reason, 0, 0, 0,
        Optional.empty(), Optional.empty(), profile);
  }

  private BigDecimal falloffWidth(Band band) {
    return ScoreMath.falloffWidth(band, profile.bandFalloffWidth(),
        profile.bandFalloffUnit() == FalloffUnit.BAND_WIDTHS);
  }

  /** A check-in is judged by the threshold in force on its date, if that was a threshold. */
  private static boolean meetsAt(
      KeyResult keyResult, Threshold current, CheckIn checkIn, boolean strict) {
    Measure then = keyResult.adjustments().isEmpty()
        ? current : keyResult.measureAsOf(checkIn.date());
    Threshold threshold = then instanceof Threshold ? (Threshold) then : current;
    return ScoreMath.meets(threshold, number(checkIn), strict);
  }

  private static BigDecimal number(CheckIn checkIn) {
    return ((NumericValue) checkIn.value()).value();
  }

  // ---------------------------------------------------------------------------------------------
  // KPIs

  private KpiBinding bindingFor(KeyResult keyResult, Measure measure) {
    KpiId kpiId = keyResult.kpi().orElseThrow();
    KpiBinding binding = kpis.get(kpiId);
    if (binding == null) {
      throw new OkrException("kpis", kpiId.toString(),
          "key result " + keyResult.id() + " is drawn from this KPI, which is not bound; "
              + "give it with Scorer.withKpis(...)");
    }
    String unit;
    switch (measure.kind()) {
      case METRIC:
        unit = ((Metric) measure).unit();
        break;
      case THRESHOLD:
        unit = ((Threshold) measure).unit();
        break;
      case BAND:
        unit = ((Band) measure).unit();
        break;
      default:
        throw new OkrException("measure", measure.toString(),
            "key result " + keyResult.id() + " is drawn from KPI " + kpiId
                + ", so its measure must be numeric (metric, threshold or band)");
    }
    Kpi kpi = binding.kpi();
    if (!kpi.unit().equals(unit)) {
      throw new OkrException("kpi.unit", Require.quoted(kpi.unit()),
          "must equal the unit " + Require.quoted(unit) + " of key result " + keyResult.id()
              + ", which is drawn from KPI " + kpiId);
    }
    return binding;
  }

  /** The aggregate of the readings in the period up to each reading's date, as check-ins. */
  private static List<CheckIn> kpiSeries(KpiBinding binding, Period period, LocalDate asOf) {
    ImmutableList<KpiReading> readings = binding.kpi().readings();
    ImmutableList.Builder<CheckIn> series = ImmutableList.builder();
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal min = null;
    BigDecimal max = null;
    long count = 0;
    for (int i = 0; i < readings.size(); i++) {
      KpiReading reading = readings.get(i);
      if (reading.date().isAfter(asOf) || reading.date().isAfter(period.end())) {
        break;
      }
      if (reading.date().isBefore(period.start())) {
        continue;
      }
      BigDecimal value = reading.value();
      count++;
      sum = sum.add(value);
      min = min == null || value.compareTo(min) < 0 ? value : min;
      max = max == null || value.compareTo(max) > 0 ? value : max;
      BigDecimal aggregate;
      switch (binding.aggregation()) {
        case LATEST:
          aggregate = value;
          break;
        case SUM:
          aggregate = sum;
          break;
        case MEAN:
          // okr-core accepts at most 32 decimal places in a value, so the mean is rounded there
          aggregate = Decimals.canonical(sum.divide(BigDecimal.valueOf(count),
              Decimals.MAX_FRACTION_DIGITS, RoundingMode.HALF_EVEN));
          break;
        case MINIMUM:
          aggregate = min;
          break;
        default:
          aggregate = max;
          break;
      }
      // Readings are in range, but a sum of many can leave it: name the KPI and the aggregation.
      Decimals.canonical("KPI " + binding.kpiId() + " " + binding.aggregation(), aggregate);
      series.add(CheckIn.of(reading.date(), aggregate));
    }
    return series.build();
  }

  private static String describeKpiSource(KpiBinding binding, List<CheckIn> series) {
    String text = "KPI " + binding.kpiId() + ": " + binding.aggregation() + " of " + series.size()
        + (series.size() == 1 ? " reading" : " readings");
    if (series.isEmpty()) {
      return text + " in the period";
    }
    return text + " from " + series.get(0).date() + " to " + series.get(series.size() - 1).date();
  }

  // ---------------------------------------------------------------------------------------------
  // Objectives

  /**
   * Scores an objective as of a date from its key results, in its period. The result equals that
   * of scoring {@code objective.asOf(asOf)}: history after the date is ignored.
   *
   * @param objective  the objective, not null
   * @param asOf  the date, not null
   * @return the score, with each key result's score, not null
   * @throws OkrException if a key result is drawn from a KPI that is not bound or does not fit
   *     (see {@link #score(KeyResult, Period, LocalDate)})
   */
  public ObjectiveScore score(Objective objective, LocalDate asOf) {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(asOf, "asOf");
    ImmutableList<KeyResult> keyResults = objective.keyResults();
    ImmutableList.Builder<KeyResultScore> scores =
        ImmutableList.builderWithExpectedSize(keyResults.size());
    for (int i = 0; i < keyResults.size(); i++) {
      scores.add(scoreKeyResult(keyResults.get(i), objective.period(), asOf));
    }
    ImmutableList<KeyResultScore> keyResultScores = scores.build();
    Aggregate aggregate = Aggregate.of(keyResultScores, profile);
    Optional<Score> score = aggregate.counted == 0
        ? Optional.empty() : Optional.of(profile.score(aggregate.value(profile)));
    Commitment commitment = objective.commitment();
    boolean tooSafe = commitment == Commitment.ASPIRATIONAL && !keyResultScores.isEmpty()
        && 4L * aggregate.reached >= 3L * keyResultScores.size();
    boolean allReached = aggregate.reached == keyResultScores.size();
    return ObjectiveScore.create(objective.id(), asOf, commitment, keyResultScores,
        aggregate.counted, score, judge(commitment, score, allReached), tooSafe, profile);
  }

  private static Judgement judge(
      Commitment commitment, Optional<Score> score, boolean everyTargetReached) {
    if (score.isEmpty()) {
      return Judgement.NOT_SCORED;
    }
    if (commitment == Commitment.COMMITTED) {
      // an overshoot on one key result must not hide a miss on another, so the mean cannot decide
      return everyTargetReached ? Judgement.ACHIEVED : Judgement.NEEDS_EXPLANATION;
    }
    return score.get().exact().compareTo(ASPIRATIONAL_EXPECTATION) >= 0
        ? Judgement.MEETS_EXPECTATION : Judgement.BELOW_EXPECTATION;
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
   * @throws OkrException if the key result is drawn from a KPI that is not bound or does not fit
   *     (see {@link #score(KeyResult, Period, LocalDate)})
   */
  public Pace pace(KeyResult keyResult, Period period, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    return paceOf(keyResult, period, asOf, period.elapsedShareAt(asOf),
        "elapsed share of " + period);
  }

  /**
   * Judges a key result's pace as of a date against phased targets.
   *
   * @param keyResult  the key result, not null
   * @param period  the period it is set for, not null
   * @param asOf  the date, not null
   * @param phasedTargets  the expected progress by date, inside the period, not null
   * @return the pace, not null
   * @throws OkrException if a phase date lies outside the period, or the key result is drawn from
   *     a KPI that is not bound or does not fit
   *     (see {@link #score(KeyResult, Period, LocalDate)})
   */
  public Pace pace(KeyResult keyResult, Period period, LocalDate asOf, PhasedTargets phasedTargets) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(phasedTargets, "phasedTargets");
    return paceOf(keyResult, period, asOf, phasedTargets.expectedAt(period, asOf),
        phasedTargets.toString());
  }

  private Pace paceOf(KeyResult keyResult, Period period, LocalDate asOf, BigDecimal expected,
      String expectation) {
    KeyResultScore score = scoreKeyResult(keyResult, period, asOf);
    return paceOf(keyResult, period, score, expected, expectation);
  }

  private Pace paceOf(KeyResult keyResult, Period period, KeyResultScore score,
      BigDecimal expected, String expectation) {
    // A key result without a value has no pace, whatever the objective's missing-value policy.
    PaceStatus progressStatus = score.score()
        .map(value -> profile.paceRule().statusOf(expected, value.exact()))
        .orElse(PaceStatus.NOT_SCORED);
    Optional<CheckIn> confidenceCheckIn = latestConfidence(keyResult, period, score.asOf());
    PaceStatus status = progressStatus;
    if (confidenceCheckIn.isPresent()
        && confidenceCheckIn.get().confidence().orElseThrow().level()
            == ConfidenceLevel.LOW) {
      status = status.worse(PaceStatus.AT_RISK);
    }
    return Pace.create(score, expected, expectation, score.score().map(Score::value),
        confidenceCheckIn, progressStatus, status);
  }

  private static Optional<CheckIn> latestConfidence(
      KeyResult keyResult, Period period, LocalDate asOf) {
    CheckIn found = null;
    for (CheckIn checkIn : keyResult.checkIns()) {
      if (checkIn.date().isAfter(asOf)) {
        break;
      }
      if (!checkIn.date().isBefore(period.start()) && checkIn.confidence().isPresent()) {
        found = checkIn;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Judges an objective's pace as of a date: each key result against the elapsed share of the
   * objective's period, and the objective by the profile's {@link StatusRollUp}.
   *
   * @param objective  the objective, not null
   * @param asOf  the date, not null
   * @return the pace, not null
   * @throws OkrException if a key result is drawn from a KPI that is not bound or does not fit
   *     (see {@link #score(KeyResult, Period, LocalDate)})
   */
  public ObjectivePace pace(Objective objective, LocalDate asOf) {
    ObjectiveScore score = score(objective, asOf);
    Period period = objective.period();
    BigDecimal expected = period.elapsedShareAt(asOf);
    String expectation = "elapsed share of " + period;
    ImmutableList.Builder<Pace> paces = ImmutableList.builderWithExpectedSize(
        score.keyResults().size());
    PaceStatus weakest = PaceStatus.NOT_SCORED;
    for (int i = 0; i < score.keyResults().size(); i++) {
      Pace pace = paceOf(objective.keyResults().get(i), period, score.keyResults().get(i),
          expected, expectation);
      paces.add(pace);
      weakest = weakest.worse(pace.status());
    }
    Optional<BigDecimal> actual = score.score().map(Score::value);
    PaceStatus status = profile.statusRollUp() == StatusRollUp.WEAKEST_KEY_RESULT
        ? weakest
        : score.score().map(value -> profile.paceRule().statusOf(expected, value.exact()))
            .orElse(PaceStatus.NOT_SCORED);
    return ObjectivePace.create(score, expected, actual, paces.build(), status);
  }

  // ---------------------------------------------------------------------------------------------
  // Forecast

  /**
   * Forecasts a key result from its history up to a date: the least-squares line through its
   * values (a checklist's done share; a KPI's aggregates), projected to the period's last day.
   *
   * @param keyResult  the key result, not null
   * @param period  the period it is set for, not null
   * @param asOf  the date, not null
   * @return the forecast, explicitly undefined with fewer than two values or for a milestone, not
   *     null
   * @throws OkrException if the key result is drawn from a KPI that is not bound or does not fit
   *     (see {@link #score(KeyResult, Period, LocalDate)})
   */
  public Forecast forecast(KeyResult keyResult, Period period, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    Measure measure = keyResult.measureAsOf(asOf);
    Values judgedOn = valuesOf(keyResult, measure, period, asOf);
    List<CheckIn> history = judgedOn.history();
    String source = judgedOn.source();
    Explanation.Builder explanation = Explanation.builder()
        .subject("forecast of key result " + keyResult.id() + " as of " + asOf)
        .profile(profile.name())
        .rule("least squares over (days since " + period.start() + ", value); "
            + "projected to " + period.end())
        .rounding("sums exact; each division to 34 significant digits HALF_EVEN; score "
            + profile.roundingDescription());
    explanation.putInput("measure", measure.toString());
    explanation.putInput("source", source);
    if (measure.kind() == MeasureKind.MILESTONE) {
      return undefined(keyResult, asOf, 0, explanation,
          "a milestone is done or not; it has no trend to project");
    }
    LeastSquares line = new LeastSquares();
    StringBuilder points = new StringBuilder();
    List<LocalDate> dates = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    for (CheckIn checkIn : history) {
      if (checkIn.date().isAfter(asOf)) {
        break;
      }
      if (checkIn.date().isBefore(period.start())) {
        continue;
      }
      BigDecimal y;
      if (checkIn.value() instanceof NumericValue) {
        y = ((NumericValue) checkIn.value()).value();
      } else if (checkIn.value() instanceof ChecklistValue && measure instanceof Checklist) {
        Checklist checklist = (Checklist) measure;
        y = Decimals.canonical(ScoreMath.doneWeight(checklist, (ChecklistValue) checkIn.value())
            .divide(ScoreMath.totalWeight(checklist), ScoreMath.VALUE_CONTEXT));
      } else {
        continue;
      }
      line.add(ChronoUnit.DAYS.between(period.start(), checkIn.date()), y);
      dates.add(checkIn.date());
      values.add(y);
      points.append(points.length() == 0 ? "" : ", ").append(checkIn.date()).append('=')
          .append(y.toPlainString());
    }
    explanation.putInput("points", points.length() == 0 ? "none" : points.toString());
    int count = (int) line.count();
    if (count < 2) {
      return undefined(keyResult, asOf, count, explanation,
          "a forecast needs at least two values from " + period.start() + " to " + asOf
              + "; found " + count);
    }
    long endX = ChronoUnit.DAYS.between(period.start(), period.end());
    BigDecimal slope = Decimals.canonical(line.slope());
    BigDecimal projected = Decimals.canonical(line.valueAt(endX));
    explanation.putIntermediate("n", Integer.toString(count));
    explanation.putIntermediate("sum(x)", line.sumX().toPlainString());
    explanation.putIntermediate("sum(y)", line.sumY().toPlainString());
    explanation.putIntermediate("sum(xx)", line.sumXX().toPlainString());
    explanation.putIntermediate("sum(xy)", line.sumXY().toPlainString());
    explanation.putIntermediate("N = n*sum(xy) - sum(x)*sum(y)",
        line.slopeNumerator().toPlainString());
    explanation.putIntermediate("D = n*sum(xx) - sum(x)^2", line.slopeDenominator().toPlainString());
    explanation.putIntermediate("slope per day", slope.toPlainString());
    explanation.putIntermediate("x at period end", Long.toString(endX));
    explanation.putIntermediate("projected value", projected.toPlainString());
    explanation.putIntermediate("projected value (exact)", line.exactValueAt(endX).toString());

    // the projected score and whether it reaches the target come from the exact line value, so
    // they do not depend on how the reported projection was rounded
    Ratio exact = line.exactValueAt(endX);
    boolean strict = profile.levelComparison() == LevelComparison.STRICT;
    Optional<BigDecimal> target;
    boolean reaches;
    int towardTarget;
    Ratio projectedRaw;
    switch (measure.kind()) {
      case METRIC: {
        Metric metric = (Metric) measure;
        target = Optional.of(metric.target());
        towardTarget = metric.direction() == Direction.INCREASE ? 1 : -1;
        reaches = towardTarget * exact.compareTo(metric.target()) >= 0;
        projectedRaw = profile.metricFormula() == MetricFormula.LINEAR
            ? ScoreMath.linearProgress(metric, exact)
            : (reaches ? Ratio.ONE : Ratio.ZERO);
        strict = false;
        break;
      }
      case THRESHOLD: {
        Threshold threshold = (Threshold) measure;
        target = Optional.of(threshold.level());
        towardTarget = threshold.comparison() == Threshold.Comparison.AT_OR_ABOVE ? 1 : -1;
        int side = towardTarget * exact.compareTo(threshold.level());
        reaches = strict ? side > 0 : side >= 0;
        projectedRaw = reaches ? Ratio.ONE : Ratio.ZERO;
        break;
      }
      case BAND: {
        Band band = (Band) measure;
        target = Optional.empty();
        Ratio distance = ScoreMath.distanceOutside(band, exact);
        reaches = distance.signum() == 0;
        towardTarget = 0;
        projectedRaw = profile.bandMode() == BandMode.ZERO_OUTSIDE
            ? (reaches ? Ratio.ONE : Ratio.ZERO)
            : ScoreMath.falloff(distance, falloffWidth(band));
        break;
      }
      default:
        target = Optional.of(BigDecimal.ONE);
        reaches = exact.compareTo(BigDecimal.ONE) >= 0;
        towardTarget = 1;
        projectedRaw = exact;
        strict = false;
        break;
    }
    Score projectedScore = profile.score(projectedRaw);
    Optional<LocalDate> reachedOn = Optional.empty();
    Optional<LocalDate> targetDate = Optional.empty();
    if (target.isPresent()) {
      // the start of the unbroken run of values meeting the target that ends with the latest value
      LocalDate runStart = null;
      for (int i = 0; i < values.size(); i++) {
        boolean meets = towardTarget > 0
            ? values.get(i).compareTo(target.get()) > 0
                || (!strict && values.get(i).compareTo(target.get()) == 0)
            : values.get(i).compareTo(target.get()) < 0
                || (!strict && values.get(i).compareTo(target.get()) == 0);
        runStart = meets ? (runStart == null ? dates.get(i) : runStart) : null;
      }
      reachedOn = Optional.ofNullable(runStart);
    }
    int slopeSign = line.slopeNumerator().signum();
    String firstDay = "first day at target (x)";
    if (reachedOn.isPresent()) {
      explanation.putIntermediate(firstDay, "none projected: the target is already met by every"
          + " value since " + reachedOn.get());
    } else if (target.isPresent() && slopeSign != 0 && slopeSign == towardTarget) {
      BigDecimal crossing = line.firstXReaching(target.get(), strict);
      long latestX = ChronoUnit.DAYS.between(period.start(), dates.get(dates.size() - 1));
      BigDecimal firstX = crossing;
      String shown = crossing.toPlainString();
      if (crossing.compareTo(BigDecimal.valueOf(latestX)) <= 0) {
        firstX = BigDecimal.valueOf(latestX + 1);
        shown = firstX.toPlainString() + ": the line passes the target at x = "
            + crossing.toPlainString() + ", but the latest value (x = " + latestX
            + ") still misses it, so the day after it is the earliest date still possible";
      }
      long lastX = ChronoUnit.DAYS.between(period.start(), LAST_SUPPORTED_DAY);
      if (firstX.compareTo(BigDecimal.valueOf(MAX_FORECAST_DAYS)) > 0) {
        explanation.putIntermediate(firstDay,
            shown + ", more than " + MAX_FORECAST_DAYS
                + " days (100 years) after the period's start: no date");
      } else if (firstX.compareTo(BigDecimal.valueOf(lastX)) > 0) {
        explanation.putIntermediate(firstDay,
            shown + ", after " + LAST_SUPPORTED_DAY + ", the last day okrkit supports: no date");
      } else {
        targetDate = Optional.of(period.start().plusDays(firstX.longValueExact()));
        explanation.putIntermediate(firstDay, shown);
      }
    } else if (target.isPresent()) {
      explanation.putIntermediate(firstDay, "none: the line does not move toward the target");
    }
    target.ifPresent(value -> explanation.putInput("target", value.toPlainString()));
    explanation.result("projected " + projected.toPlainString() + " on " + period.end()
        + ", score " + projectedScore
        + (reaches ? ", reaches the target by period end" : ", misses the target by period end")
        + reachedOn.map(date -> "; already reached: met since " + date).orElse("")
        + targetDate.map(date -> (reaches ? "; first on " : "; would reach it on ") + date)
            .orElse(""));
    return Forecast.create(keyResult.id(), asOf, count, Optional.empty(), Optional.of(slope),
        Optional.of(projected), Optional.of(projectedScore), target, reaches, reachedOn,
        targetDate, explanation.build());
  }

  private Forecast undefined(KeyResult keyResult, LocalDate asOf, int points,
      Explanation.Builder explanation, String reason) {
    explanation.result("undefined: " + reason);
    return Forecast.create(keyResult.id(), asOf, points, Optional.of(reason), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
        Optional.empty(), explanation.build());
  }

  /** Returns the scorer's profile and KPI bindings, for example {@code Scorer[google, kpis=[]]}. */
  @Override
  public String toString() {
    return "Scorer[" + profile.name() + ", kpis=" + kpis.values() + "]";
  }

}
