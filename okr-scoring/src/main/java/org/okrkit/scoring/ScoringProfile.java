package org.okrkit.scoring;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.OkrException;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * A named way of scoring, composed of parts that each explain themselves: the {@link
 * MetricFormula}, the {@link ThresholdScoring}, the {@link BandScoring}, the objective {@link
 * ObjectiveAggregation}, what {@link MissingValues} count for, the {@link Rounding}, the {@link
 * ScoreCap}, the {@link GradeBands}, the {@link PaceRule} and the {@link StatusRollUp}. The rule
 * named in an explanation comes from the part that applies it.
 *
 * <p><b>Precision.</b> Every score is an exact {@link Fraction}, raised to 0 if negative and
 * limited to the {@link #cap()}, then rounded once by the {@link #rounding()}: to its scale for the
 * {@linkplain Score#value() value} and, separately and from the same exact fraction, to tenths for
 * the {@linkplain Score#grade() grade}, whose colour follows {@link #gradeBands()}. A key result's
 * fraction is one exact division; an objective's is the weighted mean of its key results' exact
 * fractions, exact while the sum's denominator fits 128 bits and otherwise carried at 40 decimal
 * places (the explanation says which), never of their rounded values. Whether a target was
 * reached, and every judgement, pace status and colour, is decided on exact fractions.
 *
 * <p><b>Names.</b> The published names {@code google}, {@code viva-goals}, {@code quantive},
 * {@code perdoo} and {@code okr-tracker} are reserved for exactly the parts of the published
 * profiles (listed in the package overview), so a name in an explanation always identifies every
 * part: building a profile with a published name and other parts is rejected. Give a custom
 * profile a name of its own; its explanations then name it, and an objective's explanation also
 * lists all its parts.
 *
 * <p>Build your own from the same parts with {@link #builder()}; every part defaults to Google's.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ScoringProfile binary = ScoringProfile.builder()
 *     .name("all-or-nothing")                      // a name of its own, shown in explanations
 *     .metricFormula(MetricFormula.ALL_OR_NOTHING) // a metric scores 1 at its target, else 0
 *     .aggregation(ObjectiveAggregation.MEAN)      // weights ignored
 *     .rounding(Rounding.ofScale(2))
 *     .build();                                    // every other part is google()'s
 * Scorer scorer = Scorer.of(binary);
 * Score uncapped = ScoringProfile.quantive().score(new BigDecimal("1.25")); // 1.25, overachieved
 * Score capped = ScoringProfile.google().score(new BigDecimal("1.25"));     // 1
 * // ScoringProfile.builder().name("google").cap(ScoreCap.uncapped()).build() throws OkrException
 * }</pre>
 */
@Value.Immutable(copy = false)
@OkrStyle
public abstract class ScoringProfile {

  private static final ScoringProfile GOOGLE = builder().name("google").build();

  private static final ScoringProfile VIVA_GOALS = builder()
      .name("viva-goals")
      .aggregation(ObjectiveAggregation.MEAN)
      .build();

  private static final ScoringProfile QUANTIVE = builder()
      .name("quantive")
      .cap(ScoreCap.uncapped())
      .threshold(ThresholdScoring.of(ThresholdMode.LATEST_CHECK_IN, LevelComparison.STRICT))
      .build();

  private static final ScoringProfile PERDOO = builder()
      .name("perdoo")
      .statusRollUp(StatusRollUp.WEAKEST_KEY_RESULT)
      .build();

  private static final ScoringProfile OKR_TRACKER = builder().name("okr-tracker").build();

  /** The published profiles by name; null while they are being built, before it is set. */
  private static final ImmutableMap<String, ScoringProfile> PUBLISHED = ImmutableMap.of(
      GOOGLE.name(), GOOGLE, VIVA_GOALS.name(), VIVA_GOALS, QUANTIVE.name(), QUANTIVE,
      PERDOO.name(), PERDOO, OKR_TRACKER.name(), OKR_TRACKER);

  ScoringProfile() {}

  /**
   * Returns a builder whose parts all default to {@link #google()}'s; only the name is required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns Google's grading, the default: key results graded 0.0 to 1.0, the objective the
   * (weighted) average, bands red 0.0–0.3, yellow 0.4–0.6, green 0.7–1.0.
   *
   * @return the profile named {@code google}, not null
   */
  public static ScoringProfile google() {
    return GOOGLE;
  }

  /**
   * Returns Viva Goals' scoring: linear progress clamped to [0, 1], objective the plain average,
   * at risk more than 25 % behind the expected progress.
   *
   * @return the profile named {@code viva-goals}, not null
   */
  public static ScoringProfile vivaGoals() {
    return VIVA_GOALS;
  }

  /**
   * Returns Quantive's scoring: linear progress, uncapped, and strict "stay above / below".
   *
   * @return the profile named {@code quantive}, not null
   */
  public static ScoringProfile quantive() {
    return QUANTIVE;
  }

  /**
   * Returns Perdoo's scoring: weighted mean, negative progress as 0, objective status the weakest
   * key result's.
   *
   * @return the profile named {@code perdoo}, not null
   */
  public static ScoringProfile perdoo() {
    return PERDOO;
  }

  /**
   * Returns Oslo kommune okr-tracker's scoring: progress clamped to [0, 1], weighted mean with
   * normalised weights.
   *
   * @return the profile named {@code okr-tracker}, not null
   */
  public static ScoringProfile okrTracker() {
    return OKR_TRACKER;
  }

  /**
   * Returns the profile's name, shown in every explanation. A published name always stands for
   * the published parts; see the class description.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * Returns how metric key results are scored.
   *
   * @return the formula, {@link MetricFormula#LINEAR} unless set, not null
   */
  @Value.Default
  public MetricFormula metricFormula() {
    return MetricFormula.LINEAR;
  }

  /**
   * Returns how threshold key results are scored.
   *
   * @return the part, {@link ThresholdScoring#standard()} unless set, not null
   */
  @Value.Default
  public ThresholdScoring threshold() {
    return ThresholdScoring.standard();
  }

  /**
   * Returns how band key results score outside the band.
   *
   * @return the part, {@link BandScoring#zeroOutside()} unless set, not null
   */
  @Value.Default
  public BandScoring band() {
    return BandScoring.zeroOutside();
  }

  /**
   * Returns how key result scores combine into an objective's score.
   *
   * @return the aggregation, {@link ObjectiveAggregation#WEIGHTED_MEAN} unless set, not null
   */
  @Value.Default
  public ObjectiveAggregation aggregation() {
    return ObjectiveAggregation.WEIGHTED_MEAN;
  }

  /**
   * Returns what unscored key results count for in an objective's score.
   *
   * @return the treatment, {@link MissingValues#COUNT_AS_ZERO} unless set, not null
   */
  @Value.Default
  public MissingValues missingValues() {
    return MissingValues.COUNT_AS_ZERO;
  }

  /**
   * Returns how exact scores are rounded, once.
   *
   * @return the rounding, {@link Rounding#standard()} unless set, not null
   */
  @Value.Default
  public Rounding rounding() {
    return Rounding.standard();
  }

  /**
   * Returns the highest score allowed.
   *
   * @return the cap, {@link ScoreCap#atOne()} unless set, not null
   */
  @Value.Default
  public ScoreCap cap() {
    return ScoreCap.atOne();
  }

  /**
   * Returns the colour bands of grades.
   *
   * @return the bands, {@link GradeBands#google()} unless set, not null
   */
  @Value.Default
  public GradeBands gradeBands() {
    return GradeBands.google();
  }

  /**
   * Returns when progress counts as on track, at risk or off track.
   *
   * @return the rule, {@link PaceRule#standard()} unless set, not null
   */
  @Value.Default
  public PaceRule paceRule() {
    return PaceRule.standard();
  }

  /**
   * Returns how an objective's pace status is derived.
   *
   * @return the roll-up, {@link StatusRollUp#OBJECTIVE_PROGRESS} unless set, not null
   */
  @Value.Default
  public StatusRollUp statusRollUp() {
    return StatusRollUp.OBJECTIVE_PROGRESS;
  }

  @Value.Check
  void check() {
    Require.identifier("name", name());
    // A cap finer than the scale could not be shown, and rounding up could then pass it.
    if (cap().limit().isPresent() && cap().limit().get().scale() > rounding().scale()) {
      throw new OkrException("cap", cap().limit().get().toPlainString(),
          "must have at most " + rounding().scale() + " decimal places, the profile's scale");
    }
    ScoringProfile published = PUBLISHED == null ? null : PUBLISHED.get(name());
    if (published != null && !samePartsAs(published)) {
      throw new OkrException("name", name(),
          "is reserved for the published profile " + published
              + "; give a profile with other parts a name of its own");
    }
  }

  private boolean samePartsAs(ScoringProfile other) {
    return metricFormula() == other.metricFormula()
        && threshold().equals(other.threshold())
        && band().equals(other.band())
        && aggregation() == other.aggregation()
        && missingValues() == other.missingValues()
        && rounding().equals(other.rounding())
        && cap().equals(other.cap())
        && gradeBands().equals(other.gradeBands())
        && paceRule().equals(other.paceRule())
        && statusRollUp() == other.statusRollUp();
  }

  /**
   * Turns an exact number into a score under this profile: raised to 0 if negative and limited to
   * the {@link #cap()}, then rounded once by the {@link #rounding()}: to its scale for the value
   * and, from the same exact number, to tenths for the grade.
   *
   * @param value  the number, for example a progress ratio, not null
   * @return the score, not null
   * @throws OkrException if the number is beyond okrkit's decimal range
   */
  public Score score(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return score(Fraction.exactly(Decimals.canonical("value", value)));
  }

  /**
   * Combines key results' exact scores into an objective's exact score under this profile's
   * {@link #aggregation()} and {@link #missingValues()}, by the same arithmetic as {@link
   * Scorer#score(org.okrkit.core.Objective, java.time.LocalDate)}: exact while the terms' common
   * denominator fits 128 bits, otherwise with each term rounded half-even to 40 places. For callers
   * that replace some key results' scores, such as a roll-up of aligned children.
   *
   * @param scores  each key result's exact score after floor and cap, empty where not scored, not
   *     null
   * @param weights  each key result's weight, positive, as many as the scores, not null
   * @return the objective's exact score, empty when nothing counted, not null
   * @throws OkrException if the lists differ in length or a weight is not positive
   */
  public Optional<Fraction> aggregate(List<Optional<Fraction>> scores, List<BigDecimal> weights) {
    Require.noNulls("scores", scores);
    Require.noNulls("weights", weights);
    if (scores.size() != weights.size()) {
      throw new OkrException("weights", weights.size() + " weights",
          "must be as many as the " + scores.size() + " scores");
    }
    Fraction[] exact = new Fraction[scores.size()];
    BigDecimal[] positive = new BigDecimal[weights.size()];
    for (int i = 0; i < exact.length; i++) {
      exact[i] = scores.get(i).orElse(null);
      positive[i] = Require.positive("weights", weights.get(i));
    }
    ObjectiveAggregate aggregate = ObjectiveAggregate.of(exact, positive,
        new KeyResultId[exact.length], 0, this);
    return Optional.ofNullable(aggregate.value);
  }

  /** Scores an exact fraction; see {@link #score(BigDecimal)}. */
  Score score(Fraction raw) {
    Fraction limited = cap().limit(raw);
    BigDecimal value = rounding().value(limited);
    BigDecimal grade = rounding().grade(limited);
    return Score.of(value, grade, gradeBands().colourOf(grade), cap(), limited);
  }

  /**
   * Returns the name and every part, for example {@code google[metric LINEAR, threshold
   * LATEST_CHECK_IN INCLUSIVE, band ZERO_OUTSIDE, objective WEIGHTED_MEAN, missing COUNT_AS_ZERO,
   * scale 4 HALF_EVEN; grade to tenths HALF_UP, capped at 1, ...]}.
   */
  @Override
  public String toString() {
    return name() + "[metric " + metricFormula()
        + ", threshold " + threshold()
        + ", band " + band()
        + ", objective " + aggregation()
        + ", missing " + missingValues()
        + ", " + rounding()
        + ", " + cap()
        + ", " + gradeBands()
        + ", pace " + paceRule()
        + ", status " + statusRollUp() + "]";
  }

  /** Builds a {@link ScoringProfile}; obtain one with {@link ScoringProfile#builder()}. */
  public static final class Builder extends ImmutableScoringProfile.Builder {
    Builder() {}
  }
}
