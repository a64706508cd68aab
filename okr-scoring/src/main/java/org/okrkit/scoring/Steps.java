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

  /**
   * Room for a metric's 8 inputs and 3 intermediates (the most any rule usually records) and one
   * more pair, so an ordinary score never grows the array.
   */
  static final int INITIAL_SLOTS = 24;

  // One array for both (a key result keeps its steps): inputs fill it from the front as name,
  // value; intermediates from the back as name, value going down. It doubles when they meet.
  private Object[] slots = new Object[INITIAL_SLOTS];
  private int inputSlots;
  private int intermediateSlots;
  private ThresholdShare share;
  private String notScored;

  /** Records an input under a fixed name. */
  Steps input(String name, Object value) {
    makeRoom();
    slots[inputSlots++] = name;
    slots[inputSlots++] = value;
    return this;
  }

  /** Records an intermediate number or finding under a fixed name, in the order computed. */
  Steps step(String name, Object value) {
    makeRoom();
    slots[slots.length - 1 - intermediateSlots++] = name;
    slots[slots.length - 1 - intermediateSlots++] = value;
    return this;
  }

  /** Doubles the array, keeping inputs at its front and intermediates at its back, when full. */
  private void makeRoom() {
    if (inputSlots + intermediateSlots < slots.length) {
      return;
    }
    Object[] larger = Arrays.copyOf(slots, 2 * slots.length);
    for (int i = 1; i <= intermediateSlots; i++) {
      larger[larger.length - i] = slots[slots.length - i];
    }
    slots = larger;
  }

  /** How many slots the array has: for tests of its growth. */
  int capacity() {
    return slots.length;
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
    for (int i = 0; i < inputSlots; i += 2) {
      explanation.putInput((String) slots[i], render(slots[i + 1]));
    }
    for (int i = 0; i < intermediateSlots; i += 2) {
      explanation.putIntermediate(
          (String) slots[slots.length - 1 - i], render(slots[slots.length - 2 - i]));
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
