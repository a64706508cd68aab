package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.okrkit.core.OkrException;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;

/**
 * The colour bands of grades. A grade is a score rounded to tenths, so the bands are given by the
 * tenth at which yellow and green begin, and every grade falls in exactly one band:
 * {@code grade < yellowFrom} is red, {@code yellowFrom <= grade < greenFrom} yellow, and {@code
 * grade >= greenFrom} green.
 *
 * <p>{@link #google()} settles the gaps that Google's published bands (0.0–0.3 red, 0.4–0.6
 * yellow, 0.7–1.0 green) leave between 0.3 and 0.4 and between 0.6 and 0.7: the score is first
 * rounded to a tenth, so no grade falls in a gap; with half-up grade rounding a score below 0.35
 * is red, from 0.35 to below 0.65 yellow, and from 0.65 green. Grades above 1 are green.
 * Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class GradeBands {

  private static final GradeBands GOOGLE =
      ImmutableGradeBands.of(new BigDecimal("0.4"), new BigDecimal("0.7"));

  GradeBands() {}

  /**
   * Returns Google's bands: red 0.0–0.3, yellow 0.4–0.6, green 0.7 and above.
   *
   * @return the bands, not null
   */
  public static GradeBands google() {
    return GOOGLE;
  }

  /**
   * Obtains bands from the grades at which yellow and green begin.
   *
   * @param yellowFrom  the lowest yellow grade, a tenth above 0, not null
   * @param greenFrom  the lowest green grade, a tenth above yellowFrom and at most 1, not null
   * @return the bands, not null
   * @throws OkrException if a bound is not a tenth, or they are out of order
   */
  public static GradeBands of(BigDecimal yellowFrom, BigDecimal greenFrom) {
    Objects.requireNonNull(yellowFrom, "yellowFrom");
    Objects.requireNonNull(greenFrom, "greenFrom");
    return ImmutableGradeBands.of(Decimals.canonical(yellowFrom), Decimals.canonical(greenFrom));
  }

  /**
   * Returns the lowest yellow grade.
   *
   * @return the grade, not null
   */
  @Value.Parameter
  public abstract BigDecimal yellowFrom();

  /**
   * Returns the lowest green grade.
   *
   * @return the grade, not null
   */
  @Value.Parameter
  public abstract BigDecimal greenFrom();

  @Value.Check
  void check() {
    requireTenth("yellowFrom", yellowFrom());
    requireTenth("greenFrom", greenFrom());
    if (yellowFrom().signum() <= 0) {
      throw new OkrException("yellowFrom", yellowFrom().toPlainString(), "must be above 0");
    }
    if (greenFrom().compareTo(yellowFrom()) <= 0) {
      throw new OkrException("greenFrom", greenFrom().toPlainString(),
          "must be above yellowFrom " + yellowFrom().toPlainString());
    }
    if (greenFrom().compareTo(BigDecimal.ONE) > 0) {
      throw new OkrException("greenFrom", greenFrom().toPlainString(), "must be at most 1");
    }
  }

  private static void requireTenth(String field, BigDecimal value) {
    if (value.scale() > 1) {
      throw new OkrException(field, value.toPlainString(),
          "must be a tenth such as 0.4, since grades are rounded to tenths");
    }
  }

  /**
   * Returns the colour of a grade.
   *
   * @param grade  the grade, not null
   * @return the colour, not null
   */
  public GradeColour colourOf(BigDecimal grade) {
    Objects.requireNonNull(grade, "grade");
    if (grade.compareTo(yellowFrom()) < 0) {
      return GradeColour.RED;
    }
    return grade.compareTo(greenFrom()) < 0 ? GradeColour.YELLOW : GradeColour.GREEN;
  }

  /** Returns the bands as text, for example {@code red < 0.4 <= yellow < 0.7 <= green}. */
  @Override
  public String toString() {
    return "red < " + yellowFrom().toPlainString() + " <= yellow < "
        + greenFrom().toPlainString() + " <= green";
  }
}
