package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.okrkit.core.internal.Decimals;

/**
 * The record of what scoring did, kept as it happens: the inputs it read and the intermediate
 * numbers it computed, in order, as the very objects it used. An explanation renders them later,
 * only when asked for, and never recomputes them. Also carries what a measure rule reports besides
 * its progress: a threshold share, or why nothing could be scored.
 */
final class Steps {

  // a metric records 8 inputs (16 slots), the most of any rule: sized so the list never grows
  private final List<Object> inputs = new ArrayList<>(16);
  private final List<Object> intermediates = new ArrayList<>(12);
  private ThresholdShare share;
  private String notScored;

  /** Records an input under a fixed name. */
  Steps input(String name, Object value) {
    inputs.add(name);
    inputs.add(value);
    return this;
  }

  /** Records an intermediate number or finding under a fixed name, in the order computed. */
  Steps step(String name, Object value) {
    intermediates.add(name);
    intermediates.add(value);
    return this;
  }

  /** Records the share a threshold was scored on. */
  void share(ThresholdShare counted) {
    this.share = counted;
  }

  ThresholdShare share() {
    return share;
  }

  /** Records why the values could not be scored. */
  void notScored(String reason) {
    this.notScored = reason;
  }

  String notScoredReason() {
    return notScored;
  }

  /** Writes the recorded inputs and intermediates into an explanation, in order. */
  void renderInto(Explanation.Builder explanation) {
    for (int i = 0; i < inputs.size(); i += 2) {
      explanation.putInput((String) inputs.get(i), render(inputs.get(i + 1)));
    }
    for (int i = 0; i < intermediates.size(); i += 2) {
      explanation.putIntermediate((String) intermediates.get(i), render(intermediates.get(i + 1)));
    }
  }

  /** Shows a decimal in canonical plain form, as scores are reported; anything else as text. */
  static String render(Object value) {
    if (value instanceof BigDecimal) {
      return Decimals.canonical((BigDecimal) value).toPlainString();
    }
    return String.valueOf(value);
  }
}
