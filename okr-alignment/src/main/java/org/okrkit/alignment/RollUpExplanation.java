package org.okrkit.alignment;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;

/**
 * How an objective's rolled-up progress was reached, in the spirit of okr-scoring's {@link
 * org.okrkit.scoring.Explanation}: the subject, the policy, the formula, the inputs (the own score,
 * each key result with its weight and own score, each child with its link's weight and its
 * rolled-up progress), the intermediate numbers (the children's sums and means, the key results'
 * rolled values, the mean of the key results), the rounding and the result.
 *
 * <p>Inputs and intermediates are ordered maps from names to values in plain notation; the same
 * roll-up always gives the same explanation. A child's own figures are explained by asking for
 * that child, so an explanation costs what the objective, its key results and its direct children
 * hold, however deep the cascade. Immutable and thread-safe.
 */
@Value.Immutable
@OkrStyle
public abstract class RollUpExplanation {

  RollUpExplanation() {}

  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what was rolled up and as of when, for example {@code objective sales as of
   * 2026-03-31}.
   *
   * @return the subject, not null
   */
  public abstract String subject();

  /**
   * Returns the policy applied, for example {@code blended 0.5}.
   *
   * @return the policy, not null
   */
  public abstract String policy();

  /**
   * Returns the formula applied, in words and symbols.
   *
   * @return the formula, not null
   */
  public abstract String formula();

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
   * Returns the rounding applied.
   *
   * @return the rounding, not null
   */
  public abstract String rounding();

  /**
   * Returns the result, for example {@code 0.75 (grade 0.8, GREEN)} or {@code not scored}.
   *
   * @return the result, not null
   */
  public abstract String result();

  /**
   * Renders the explanation for people, one fact per line.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(256);
    text.append(subject()).append(" [").append(policy()).append("]\n");
    text.append("  formula: ").append(formula()).append('\n');
    append(text, "inputs", inputs());
    append(text, "intermediates", intermediates());
    text.append("  rounding: ").append(rounding()).append('\n');
    text.append("  result: ").append(result());
    return text.toString();
  }

  private static void append(StringBuilder text, String title, Map<String, String> entries) {
    text.append("  ").append(title).append(':');
    if (entries.isEmpty()) {
      text.append(" none");
    }
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      text.append("\n    ").append(entry.getKey()).append(" = ").append(entry.getValue());
    }
    text.append('\n');
  }

  static final class Builder extends ImmutableRollUpExplanation.Builder {
    Builder() {}
  }
}
