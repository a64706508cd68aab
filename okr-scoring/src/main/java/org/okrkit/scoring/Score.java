package org.okrkit.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;

/**
 * A score of a key result or objective under a {@link ScoringProfile}: an exact decimal from 0 to
 * the profile's {@linkplain #cap() cap} (1 by default, possibly higher or uncapped, which the score
 * says), its grade to tenths and the grade's colour.
 *
 * <p>Obtain one from a {@link Scorer} or with {@link ScoringProfile#score(BigDecimal)}. The value
 * and grade are in canonical form, so {@code 0.5} and {@code 0.50} never differ. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Score {

  Score() {}

  static Score of(BigDecimal value, BigDecimal grade, GradeColour colour, ScoreCap cap) {
    return ImmutableScore.of(value, grade, colour, cap);
  }

  /**
   * Returns the score, rounded to its profile's scale.
   *
   * @return the value, from 0 to the cap, not null
   */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * Returns the grade: the value rounded to tenths with the profile's grade rounding.
   *
   * @return the grade, not null
   */
  @Value.Parameter
  public abstract BigDecimal grade();

  /**
   * Returns the colour band of the grade.
   *
   * @return the colour, not null
   */
  @Value.Parameter
  public abstract GradeColour colour();

  /**
   * Returns the cap the score was limited to, so an uncapped score says so.
   *
   * @return the cap, not null
   */
  @Value.Parameter
  public abstract ScoreCap cap();

  /**
   * Tells whether the score is above 1: the target was overshot and the cap allowed it.
   *
   * @return true if the value is above 1
   */
  public boolean isOverachieved() {
    return value().compareTo(BigDecimal.ONE) > 0;
  }

  /**
   * Tells whether the score is at least 1.
   *
   * @return true if the value is 1 or more
   */
  public boolean isComplete() {
    return value().compareTo(BigDecimal.ONE) >= 0;
  }

  /** Returns the score as text, for example {@code 0.6667 (grade 0.7, GREEN)}. */
  @Override
  public String toString() {
    return value().toPlainString() + " (grade " + grade().setScale(1, RoundingMode.UNNECESSARY)
        + ", " + colour() + ")";
  }
}
