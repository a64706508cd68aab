package org.okrkit.scoring.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import org.okrkit.core.Band;
import org.okrkit.core.Checklist;
import org.okrkit.core.ChecklistItem;
import org.okrkit.core.ChecklistValue;
import org.okrkit.core.Direction;
import org.okrkit.core.Metric;
import org.okrkit.core.Threshold;

/**
 * The arithmetic kernels of scoring, shared by the scorer and by the explanations that redo its
 * steps, so both always give the same numbers. Progress is returned as an exact {@link Ratio};
 * rounding is left to the one place that reports a score.
 */
public final class ScoreMath {

  /** Precision of numbers in a measure's own unit (means, projections, slopes). */
  public static final MathContext VALUE_CONTEXT = MathContext.DECIMAL128;

  private ScoreMath() {}

  /**
   * Returns the linear progress of a metric, direction-aware and unclamped: {@code (value - start)
   * / (target - start)} when increasing, {@code (start - value) / (start - target)} when decreasing.
   */
  public static Ratio linearProgress(Metric metric, BigDecimal value) {
    BigDecimal moved;
    BigDecimal span;
    if (metric.direction() == Direction.INCREASE) {
      moved = value.subtract(metric.start());
      span = metric.target().subtract(metric.start());
    } else {
      moved = metric.start().subtract(value);
      span = metric.start().subtract(metric.target());
    }
    return Ratio.of(moved, span);
  }

  /** Returns the linear progress of an exact value, such as a projection; see above. */
  public static Ratio linearProgress(Metric metric, Ratio value) {
    Ratio start = Ratio.of(metric.start());
    if (metric.direction() == Direction.INCREASE) {
      return value.subtract(start).divide(Ratio.of(metric.target().subtract(metric.start())));
    }
    return start.subtract(value).divide(Ratio.of(metric.start().subtract(metric.target())));
  }

  /** Returns how far an exact value lies outside a band, 0 inside. */
  public static Ratio distanceOutside(Band band, Ratio value) {
    if (value.compareTo(band.lower()) < 0) {
      return Ratio.of(band.lower()).subtract(value);
    }
    if (value.compareTo(band.upper()) > 0) {
      return value.subtract(Ratio.of(band.upper()));
    }
    return Ratio.ZERO;
  }

  /** Returns {@code (width - distance) / width} exactly, or 0 when the distance reaches the width. */
  public static Ratio falloff(Ratio distance, BigDecimal width) {
    if (distance.compareTo(width) >= 0) {
      return Ratio.ZERO;
    }
    return Ratio.of(width).subtract(distance).divide(width);
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

  /**
   * Returns the fall-off width of a band: the width times the band's own width when {@code
   * inBandWidths}, else the width itself, in the band's unit.
   */
  public static BigDecimal falloffWidth(Band band, BigDecimal width, boolean inBandWidths) {
    return inBandWidths ? width.multiply(band.upper().subtract(band.lower())) : width;
  }

  /** Returns {@code (width - distance) / width} exactly, or 0 when the distance reaches the width. */
  public static Ratio falloff(BigDecimal distance, BigDecimal width) {
    if (distance.compareTo(width) >= 0) {
      return Ratio.ZERO;
    }
    return Ratio.of(width.subtract(distance), width);
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

  /** Returns {@code part / whole} exactly; whole is positive. */
  public static Ratio share(long part, long whole) {
    return Ratio.of(part, whole);
  }
}
