package org.okrkit.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;

/**
 * How a result was reached, for machines and for people: what was scored, under which profile,
 * the rule or formula, the inputs (including the date of the check-in used), the intermediate
 * numbers, the rounding applied, the result, and the explanations of its parts (an objective's key
 * results).
 *
 * <p>Inputs and intermediates are ordered maps from fixed names (such as {@code start}, {@code
 * target}, {@code value}, {@code check-in date}) to values in plain notation. The same input always
 * gives the same explanation, and {@link #toString()} renders it in a fixed layout. Immutable and
 * thread-safe.
 */
@Value.Immutable(copy = false)
@OkrStyle
public abstract class Explanation {

  Explanation() {}

  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what was scored and as of when, for example {@code key result kr-1 as of 2026-02-15}.
   *
   * @return the subject, not null
   */
  public abstract String subject();

  /**
   * Returns the name of the profile used.
   *
   * @return the profile name, not null
   */
  public abstract String profile();

  /**
   * Returns the rule or formula applied, in words.
   *
   * @return the rule, not null
   */
  public abstract String rule();

  /**
   * Returns the inputs by name, in a fixed order.
   *
   * @return the inputs, not null
   */
  public abstract ImmutableMap<String, String> inputs();

  /**
   * Returns the intermediate numbers by name, in the order they were computed.
   *
   * @return the intermediates, not null
   */
  public abstract ImmutableMap<String, String> intermediates();

  /**
   * Returns the rounding applied, for example {@code scale 4 HALF_EVEN; grade to tenths HALF_UP}.
   *
   * @return the rounding, not null
   */
  public abstract String rounding();

  /**
   * Returns the result, for example {@code 0.6667 (grade 0.7, GREEN)} or {@code not scored}.
   *
   * @return the result, not null
   */
  public abstract String result();

  /**
   * Returns the explanations of the parts the result was built from, in order.
   *
   * @return the parts, not null
   */
  public abstract ImmutableList<Explanation> parts();

  /**
   * Renders the explanation for people, one fact per line, parts indented below their whole.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(256);
    // An explicit stack instead of recursion: parts nest, and depth must never cost stack frames.
    Deque<Object[]> pending = new ArrayDeque<>();
    pending.push(new Object[] {this, 0});
    while (!pending.isEmpty()) {
      Object[] next = pending.pop();
      Explanation explanation = (Explanation) next[0];
      int depth = (Integer) next[1];
      explanation.render(text, "  ".repeat(depth));
      ImmutableList<Explanation> parts = explanation.parts();
      for (int i = parts.size() - 1; i >= 0; i--) {
        pending.push(new Object[] {parts.get(i), depth + 1});
      }
    }
    return text.toString();
  }

  private void render(StringBuilder text, String indent) {
    if (text.length() > 0) {
      text.append('\n');
    }
    text.append(indent).append(subject()).append(" [profile ").append(profile()).append("]\n");
    text.append(indent).append("  rule: ").append(rule()).append('\n');
    appendMap(text, indent, "inputs", inputs());
    appendMap(text, indent, "intermediates", intermediates());
    text.append(indent).append("  rounding: ").append(rounding()).append('\n');
    text.append(indent).append("  result: ").append(result());
  }

  private static void appendMap(
      StringBuilder text, String indent, String title, Map<String, String> entries) {
    text.append(indent).append("  ").append(title).append(':');
    if (entries.isEmpty()) {
      text.append(" none");
    }
    String separator = " ";
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      text.append(separator).append(entry.getKey()).append('=').append(entry.getValue());
      separator = ", ";
    }
    text.append('\n');
  }

  static final class Builder extends ImmutableExplanation.Builder {
    Builder() {}
  }
}
