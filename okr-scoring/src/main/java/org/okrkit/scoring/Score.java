package org.okrkit.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;

/**
 * A score of a key result or objective under a {@link ScoringProfile}: a decimal from 0 to the
 * profile's {@linkplain #cap() cap} (1 by default, possibly higher or uncapped, which the score
 * says), its grade to tenths and the grade's colour.
 *
 * <p><b>One rounding.</b> Behind every score lies an exact ratio (for example 2/3, or 0.649996),
 * already raised to 0 and limited to the cap. The {@linkplain #value() value} is that ratio rounded
 * once to the profile's {@link Rounding#scale() scale}, and the {@linkplain #grade() grade} is the <em>same exact ratio</em>
 * rounded once to tenths: the grade is never a rounding of the rounded value. So a ratio of
 * 0.649996 shows as 0.65 at scale 4 and still has grade 0.6 (yellow), and the colour bands apply
 * to the grade. {@link #isComplete()} and {@link #isOverachieved()} also read the exact ratio.
 *
 * <p>Obtain one from a {@link Scorer} or with {@link ScoringProfile#score(BigDecimal)}. The value
 * and grade are in canonical form, so {@code 0.5} and {@code 0.50} never differ. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Score {

  Score() {}

  static Score of(
      BigDecimal value, BigDecimal grade, GradeColour colour, ScoreCap cap, Fraction exact) {
    return ImmutableScore.of(value, grade, colour, cap, exact);
  }

  /**
   * Returns the score, rounded to its profile's scale.
   *
   * @return the value, from 0 to the cap, not null
   */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * Returns the grade: the exact ratio behind the score (not the rounded value) rounded once to
   * tenths with the profile's grade rounding.
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
   * Returns the exact fraction behind the score, after the floor at 0 and the cap and before any
   * rounding, for example {@code 100/121} for a score shown as 0.8264.
   *
   * @return the exact score, not null
   */
  @Value.Parameter
  public abstract Fraction exact();

  /**
   * Tells whether the exact score is above 1: the target was overshot and the cap allowed it.
   *
   * @return true if the exact ratio is above 1
   */
  public boolean isOverachieved() {
    return exact().compareTo(BigDecimal.ONE) > 0;
  }

  /**
   * Tells whether the exact score is at least 1; a ratio of 0.99995 shown as 1 is not complete.
   *
   * @return true if the exact ratio is 1 or more
   */
  public boolean isComplete() {
    return exact().compareTo(BigDecimal.ONE) >= 0;
  }

  /** Returns the score as text, for example {@code 0.6667 (grade 0.7, GREEN)}. */
  @Override
  public String toString() {
    return value().toPlainString() + " (grade " + grade().setScale(1, RoundingMode.UNNECESSARY)
        + ", " + colour() + ")";
  }
}
