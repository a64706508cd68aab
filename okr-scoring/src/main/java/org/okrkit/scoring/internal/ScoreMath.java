package org.okrkit.scoring.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.okrkit.core.Band;
import org.okrkit.core.Checklist;
import org.okrkit.core.ChecklistItem;
import org.okrkit.core.ChecklistValue;
import org.okrkit.core.Direction;
import org.okrkit.core.Metric;
import org.okrkit.core.Threshold;

/**
 * The arithmetic kernels of scoring, shared by the scorer and by the explanations that redo its
 * steps, so both always give the same numbers. Each rounds at most once.
 */
public final class ScoreMath {

  /** Precision of numbers in a measure's own unit (means, projections, slopes). */
  public static final MathContext VALUE_CONTEXT = MathContext.DECIMAL128;

  private ScoreMath() {}

  /**
   * Returns the linear progress of a metric, direction-aware and unclamped: {@code (value - start)
   * / (target - start)} when increasing, {@code (start - value) / (start - target)} when decreasing.
   */
  public static BigDecimal linearProgress(
      Metric metric, BigDecimal value, int scale, RoundingMode mode) {
    BigDecimal moved;
    BigDecimal span;
    if (metric.direction() == Direction.INCREASE) {
      moved = value.subtract(metric.start());
      span = metric.target().subtract(metric.start());
    } else {
      moved = metric.start().subtract(value);
      span = metric.start().subtract(metric.target());
    }
    return moved.divide(span, scale, mode);
  }

  /** Tells whether a metric's value has reached its target, the target included. */
  public static boolean reached(Metric metric, BigDecimal value) {
    int sign = value.compareTo(metric.target());
    return metric.direction() == Direction.INCREASE ? sign >= 0 : sign <= 0;
  }

  /** Tells whether a value meets a threshold; strictly means the level itself does not. */
  public static boolean meets(Threshold threshold, BigDecimal value, boolean strict) {
    if (strict && value.compareTo(threshold.level()) == 0) {
      return false;
    }
    return threshold.isMet(value);
  }

  /** Returns how far a value lies outside a band, 0 inside. */
  public static BigDecimal distanceOutside(Band band, BigDecimal value) {
    if (value.compareTo(band.lower()) < 0) {
      return band.lower().subtract(value);
    }
    if (value.compareTo(band.upper()) > 0) {
      return value.subtract(band.upper());
    }
    return BigDecimal.ZERO;
  }

  /** Returns the fall-off width of a band: the width factor times the band's own width. */
  public static BigDecimal falloffWidth(Band band, BigDecimal widthFactor) {
    return widthFactor.multiply(band.upper().subtract(band.lower()));
  }

  /** Returns {@code 1 - distance / width} rounded once, or 0 when the distance reaches the width. */
  public static BigDecimal falloff(
      BigDecimal distance, BigDecimal width, int scale, RoundingMode mode) {
    if (distance.compareTo(width) >= 0) {
      return BigDecimal.ZERO;
    }
    return width.subtract(distance).divide(width, scale, mode);
  }

  /** Returns the total weight of a checklist's items. */
  public static BigDecimal totalWeight(Checklist checklist) {
    BigDecimal total = BigDecimal.ZERO;
    for (ChecklistItem item : checklist.items()) {
      total = total.add(item.weight());
    }
    return total;
  }

  /** Returns the weight of the done items that belong to the checklist. */
  public static BigDecimal doneWeight(Checklist checklist, ChecklistValue done) {
    BigDecimal weight = BigDecimal.ZERO;
    for (ChecklistItem item : checklist.items()) {
      if (done.itemsDone().contains(item.name())) {
        weight = weight.add(item.weight());
      }
    }
    return weight;
  }

  /** Returns {@code part / whole} rounded once; whole is positive. */
  public static BigDecimal share(long part, long whole, int scale, RoundingMode mode) {
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, mode);
  }
}
