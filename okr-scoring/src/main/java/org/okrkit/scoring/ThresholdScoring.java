package org.okrkit.scoring;

import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;

/**
 * How a {@link ScoringProfile} scores "stay at or above / at or below" key results: the {@link
 * ThresholdMode} (latest value, share of check-ins, share of time) together with the {@link
 * LevelComparison} that decides whether a value on the level meets it. The comparison also decides
 * whether a forecast reaches a threshold. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class ThresholdScoring {

  private static final ThresholdScoring STANDARD =
      of(ThresholdMode.LATEST_CHECK_IN, LevelComparison.INCLUSIVE);

  ThresholdScoring() {}

  /**
   * Returns Google's way: met or not at the latest value, the level included.
   *
   * @return the latest value, inclusive, not null
   */
  public static ThresholdScoring standard() {
    return STANDARD;
  }

  /**
   * Obtains a threshold scoring.
   *
   * @param mode  which values are judged, not null
   * @param comparison  whether the level itself meets the threshold, not null
   * @return the part, not null
   */
  public static ThresholdScoring of(ThresholdMode mode, LevelComparison comparison) {
    return ImmutableThresholdScoring.of(mode, comparison);
  }

  /**
   * Returns which values are judged.
   *
   * @return the mode, not null
   */
  @Value.Parameter
  public abstract ThresholdMode mode();

  /**
   * Returns whether a value on the level meets the threshold.
   *
   * @return the comparison, not null
   */
  @Value.Parameter
  public abstract LevelComparison comparison();

  /**
   * Tells whether only values strictly beyond the level meet it.
   *
   * @return true for {@link LevelComparison#STRICT}
   */
  public boolean isStrict() {
    return comparison() == LevelComparison.STRICT;
  }

  /**
   * Returns the rule this part applies, which names it in explanations.
   *
   * @return the rule, not null
   */
  public ScoringRule rule() {
    switch (mode()) {
      case LATEST_CHECK_IN:
        return ScoringRule.THRESHOLD_LATEST;
      case SHARE_OF_CHECK_INS:
        return ScoringRule.THRESHOLD_SHARE_OF_CHECK_INS;
      default:
        return ScoringRule.THRESHOLD_SHARE_OF_TIME;
    }
  }

  /** Returns the mode and comparison, for example {@code LATEST_CHECK_IN INCLUSIVE}. */
  @Override
  public String toString() {
    return mode() + " " + comparison();
  }
}
