package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import org.okrkit.core.internal.Decimals;

/**
 * The record of what scoring did, kept as it happens: the inputs it read and the intermediate
 * numbers it computed, in order, as the very objects it used. An explanation renders them later,
 * only when asked for, and never recomputes them. Also carries what a measure rule reports besides
 * its progress: a threshold share, or why nothing could be scored.
 */
final class Steps {

  // Names and values alternate in two plain arrays (no list wrappers: a key result keeps its
  // steps). A metric records 8 inputs (16 slots), the most of any rule: sized so neither grows.
  private Object[] inputs = new Object[16];
  private int inputCount;
  private Object[] intermediates = new Object[12];
  private int intermediateCount;
  private ThresholdShare share;
  private String notScored;

  /** Records an input under a fixed name. */
  Steps input(String name, Object value) {
    inputs = roomFor(inputs, inputCount);
    inputs[inputCount++] = name;
    inputs[inputCount++] = value;
    return this;
  }

  /** Records an intermediate number or finding under a fixed name, in the order computed. */
  Steps step(String name, Object value) {
    intermediates = roomFor(intermediates, intermediateCount);
    intermediates[intermediateCount++] = name;
    intermediates[intermediateCount++] = value;
    return this;
  }

  /** The array itself if it has room for one more name and value after count, else a copy. */
  private static Object[] roomFor(Object[] slots, int count) {
    return count + 2 <= slots.length ? slots : Arrays.copyOf(slots, 2 * slots.length);
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
    for (int i = 0; i < inputCount; i += 2) {
      explanation.putInput((String) inputs[i], render(inputs[i + 1]));
    }
    for (int i = 0; i < intermediateCount; i += 2) {
      explanation.putIntermediate((String) intermediates[i], render(intermediates[i + 1]));
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
