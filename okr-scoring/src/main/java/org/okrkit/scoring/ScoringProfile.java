package org.okrkit.scoring;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.okrkit.core.OkrException;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;
import org.okrkit.scoring.internal.Ratio;

/**
 * A named way of scoring, composed of parts: the metric formula, the threshold mode and level
 * comparison, the band mode, the objective aggregation, what missing values count for, the
 * precision and rounding, the cap, the grade bands, the pace rule and how an objective's pace
 * status rolls up.
 *
 * <p><b>Precision.</b> Every score is an exact ratio, raised to 0 if negative and limited to the
 * {@link #cap()}, then rounded once: to {@link #scale()} decimal places with {@link
 * #roundingMode()} for the {@linkplain Score#value() value}, and, separately and from the same
 * exact ratio, to tenths with {@link #gradeRoundingMode()} for the {@linkplain Score#grade() grade},
 * whose colour follows {@link #gradeBands()}. A key result's ratio is one exact division (for
 * example {@code (value - start) / (target - start)}); an objective's ratio is the exact weighted
 * mean of its key results' exact ratios (after their floor and cap), never of their rounded values,
 * so an objective is rounded once too. Explanations show every exact ratio (as a decimal when it
 * terminates, otherwise as a fraction such as {@code 2/3}), so anyone can redo the numbers. Whether
 * a target was reached, and every judgement, pace status and colour, is decided on exact ratios.
 *
 * <p><b>Names.</b> The published names {@code google}, {@code viva-goals}, {@code quantive},
 * {@code perdoo} and {@code okr-tracker} are reserved for exactly the parts of the published
 * profiles below, so a name in an explanation always identifies every part: building a profile
 * with a published name and other parts is rejected. Give a custom profile a name of its own;
 * its explanations then name it, and an objective's explanation also lists all its parts.
 *
 * <p><b>Published profiles</b> (all at scale 4, half-even, grades half-up; all other parts as in
 * {@link #google()} unless listed):
 *
 * <ul>
 *   <li>{@link #google()}: linear metric progress {@code (value - start) / (target - start)}
 *       clamped to [0, 1]; thresholds met or not at the latest check-in, the level included; bands
 *       1 inside, 0 outside; objective = weighted mean of its key results (with the default weight
 *       1, the plain average); unscored key results count as 0; bands red 0.0–0.3, yellow 0.4–0.6,
 *       green 0.7–1.0; {@link PaceRule#standard()}; objective pace from its own score.
 *   <li>{@link #vivaGoals()}: progress {@code (current - start) / (target - start)}, clamped to
 *       [0, 1]; objective = plain average of its key results, weights ignored; at risk when progress
 *       is more than 25 % behind the expected, linear-in-time progress.
 *   <li>{@link #quantive()}: increase {@code (actual - initial) / (target - initial)}, decrease
 *       {@code (initial - actual) / (initial - target)}, <b>uncapped</b> (125 % possible, never
 *       below 0); "stay above / below" scores 1 or 0 with a strict comparison, so a value on the
 *       level scores 0.
 *   <li>{@link #perdoo()}: objective progress is the weighted mean (weights optional, 1 by
 *       default); negative progress counts as 0; an objective's pace status is its weakest key
 *       result's status.
 *   <li>{@link #okrTracker()} (Oslo kommune): progress {@code clamp((current - start) / (target -
 *       start), 0, 1)}; objective = weighted mean with normalised weights.
 * </ul>
 *
 * <p>Build your own from the same parts with {@link #builder()}; every part defaults to Google's.
 * Immutable and thread-safe.
 */
@Value.Immutable(copy = false)
@OkrStyle
public abstract class ScoringProfile {

  /** The default number of decimal places of a score. */
  public static final int DEFAULT_SCALE = 4;

  /** The most decimal places a profile may ask for. */
  public static final int MAX_SCALE = 18;

  private static final ScoringProfile GOOGLE = builder().name("google").build();

  private static final ScoringProfile VIVA_GOALS = builder()
      .name("viva-goals")
      .aggregation(ObjectiveAggregation.MEAN)
      .build();

  private static final ScoringProfile QUANTIVE = builder()
      .name("quantive")
      .cap(ScoreCap.uncapped())
      .levelComparison(LevelComparison.STRICT)
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
   * @return the mode, {@link ThresholdMode#LATEST_CHECK_IN} unless set, not null
   */
  @Value.Default
  public ThresholdMode thresholdMode() {
    return ThresholdMode.LATEST_CHECK_IN;
  }

  /**
   * Returns whether a value on a threshold's level meets it.
   *
   * @return the comparison, {@link LevelComparison#INCLUSIVE} unless set, not null
   */
  @Value.Default
  public LevelComparison levelComparison() {
    return LevelComparison.INCLUSIVE;
  }

  /**
   * Returns how band key results score outside the band.
   *
   * @return the mode, {@link BandMode#ZERO_OUTSIDE} unless set, not null
   */
  @Value.Default
  public BandMode bandMode() {
    return BandMode.ZERO_OUTSIDE;
  }

  /**
   * Returns the fall-off width of {@link BandMode#LINEAR_FALLOFF}, in the {@link #bandFalloffUnit()}:
   * by default a multiple of each band's own width, so with 1 a value one band-width outside the
   * band scores 0.
   *
   * @return the width, positive, 1 unless set, not null
   */
  @Value.Default
  public BigDecimal bandFalloffWidth() {
    return BigDecimal.ONE;
  }

  /**
   * Returns the unit of the {@link #bandFalloffWidth()}: multiples of each band's own width, or an
   * amount in the band's own unit.
   *
   * @return the unit, {@link FalloffUnit#BAND_WIDTHS} unless set, not null
   */
  @Value.Default
  public FalloffUnit bandFalloffUnit() {
    return FalloffUnit.BAND_WIDTHS;
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
   * Returns the number of decimal places scores are rounded to.
   *
   * @return the scale, from 1 to {@value #MAX_SCALE}, {@value #DEFAULT_SCALE} unless set
   */
  @Value.Default
  public int scale() {
    return DEFAULT_SCALE;
  }

  /**
   * Returns how scores are rounded to {@link #scale()} places.
   *
   * @return the rounding mode, {@link RoundingMode#HALF_EVEN} unless set, not null
   */
  @Value.Default
  public RoundingMode roundingMode() {
    return RoundingMode.HALF_EVEN;
  }

  /**
   * Returns how a score is rounded to its tenths grade.
   *
   * @return the rounding mode, {@link RoundingMode#HALF_UP} unless set, not null
   */
  @Value.Default
  public RoundingMode gradeRoundingMode() {
    return RoundingMode.HALF_UP;
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
  ScoringProfile normalize() {
    Require.identifier("name", name());
    if (scale() < 1 || scale() > MAX_SCALE) {
      throw new OkrException("scale", Integer.toString(scale()),
          "must be from 1 to " + MAX_SCALE + " decimal places");
    }
    requireRounding("roundingMode", roundingMode());
    requireRounding("gradeRoundingMode", gradeRoundingMode());
    Decimals.canonical("bandFalloffWidth", bandFalloffWidth());
    Require.positive("bandFalloffWidth", bandFalloffWidth());
    if (!Decimals.isCanonical(bandFalloffWidth())) {
      return builder().from(this)
          .bandFalloffWidth(Decimals.canonical("bandFalloffWidth", bandFalloffWidth())).build();
    }
    // A cap finer than the scale could not be shown, and rounding up could then pass it.
    if (cap().limit().isPresent() && cap().limit().get().scale() > scale()) {
      throw new OkrException("cap", cap().limit().get().toPlainString(),
          "must have at most " + scale() + " decimal places, the profile's scale");
    }
    ScoringProfile published = PUBLISHED == null ? null : PUBLISHED.get(name());
    if (published != null && !samePartsAs(published)) {
      throw new OkrException("name", name(),
          "is reserved for the published profile " + published
              + "; give a profile with other parts a name of its own");
    }
    return this;
  }

  private boolean samePartsAs(ScoringProfile other) {
    return metricFormula() == other.metricFormula()
        && thresholdMode() == other.thresholdMode()
        && levelComparison() == other.levelComparison()
        && bandMode() == other.bandMode()
        && bandFalloffWidth().equals(other.bandFalloffWidth())
        && bandFalloffUnit() == other.bandFalloffUnit()
        && aggregation() == other.aggregation()
        && missingValues() == other.missingValues()
        && scale() == other.scale()
        && roundingMode() == other.roundingMode()
        && gradeRoundingMode() == other.gradeRoundingMode()
        && cap().equals(other.cap())
        && gradeBands().equals(other.gradeBands())
        && paceRule().equals(other.paceRule())
        && statusRollUp() == other.statusRollUp();
  }

  private static void requireRounding(String field, RoundingMode mode) {
    if (mode == RoundingMode.UNNECESSARY) {
      throw new OkrException(field, mode.name(),
          "scores do not always terminate (1/3), so they must be rounded");
    }
  }

  /**
   * Turns an exact number into a score under this profile: raised to 0 if negative and limited to
   * the {@link #cap()}, then rounded once to {@link #scale()} places with {@link #roundingMode()}
   * for the value and, from the same exact number, once to tenths with {@link
   * #gradeRoundingMode()} for the grade.
   *
   * @param value  the number, for example a progress ratio, not null
   * @return the score, not null
   * @throws OkrException if the number is beyond okrkit's decimal range
   */
  public Score score(BigDecimal value) {
    return score(Ratio.of(Decimals.canonical("value", value)));
  }

  /** Scores an exact ratio; see {@link #score(BigDecimal)}. */
  Score score(Ratio raw) {
    Ratio limited = limit(raw);
    BigDecimal value = Decimals.canonical(limited.round(scale(), roundingMode()));
    BigDecimal grade = Decimals.canonical(limited.round(1, gradeRoundingMode()));
    return Score.of(value, grade, gradeBands().colourOf(grade), cap(), limited);
  }

  /** Returns the ratio raised to 0 if negative and limited to the cap, still exact. */
  Ratio limit(Ratio raw) {
    if (raw.signum() < 0) {
      return Ratio.ZERO;
    }
    if (cap().limit().isPresent() && raw.compareTo(cap().limit().get()) > 0) {
      return Ratio.of(cap().limit().get());
    }
    return raw;
  }

  /**
   * Returns the rounding as text, for example {@code scale 4 HALF_EVEN; grade to tenths HALF_UP}.
   *
   * @return the rounding, not null
   */
  public String roundingDescription() {
    return "scale " + scale() + " " + roundingMode() + "; grade to tenths " + gradeRoundingMode();
  }

  /**
   * Returns the name and every part, for example {@code google[metric LINEAR, threshold
   * LATEST_CHECK_IN INCLUSIVE, band ZERO_OUTSIDE, objective WEIGHTED_MEAN, missing COUNT_AS_ZERO,
   * scale 4 HALF_EVEN; grade to tenths HALF_UP, capped at 1, ...]}.
   */
  @Override
  public String toString() {
    return name() + "[metric " + metricFormula()
        + ", threshold " + thresholdMode() + " " + levelComparison()
        + ", band " + bandMode()
        + (bandMode() == BandMode.LINEAR_FALLOFF
            ? " width " + bandFalloffWidth().toPlainString()
                + (bandFalloffUnit() == FalloffUnit.BAND_WIDTHS ? "x" : " units") : "")
        + ", objective " + aggregation()
        + ", missing " + missingValues()
        + ", " + roundingDescription()
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
