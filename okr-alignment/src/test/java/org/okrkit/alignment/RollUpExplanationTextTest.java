package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an explanation renders for people: one fact per line, "none" for an empty section. */
class RollUpExplanationTextTest {

  private static RollUpExplanation explanation(Map<String, String> intermediates) {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("policy", "own only");
    inputs.put("own score", "0.6");
    return RollUpExplanation.builder().subject("objective x as of 2026-03-31").policy("own only")
        .formula("R = own score").putAllInputs(inputs).putAllIntermediates(intermediates)
        .rounding("half-even").result("0.6 (grade 0.6, YELLOW)").build();
  }

  @Test
  void emptyIntermediates_readNone() {
    assertEquals("objective x as of 2026-03-31 [own only]\n"
        + "  formula: R = own score\n"
        + "  inputs:\n"
        + "    policy = own only\n"
        + "    own score = 0.6\n"
        + "  intermediates: none\n"
        + "  rounding: half-even\n"
        + "  result: 0.6 (grade 0.6, YELLOW)", explanation(Map.of()).toString());
  }

  @Test
  void intermediates_areListedInOrder() {
    Map<String, String> intermediates = new LinkedHashMap<>();
    intermediates.put("k1 value", "0.7");
    intermediates.put("rolled-up progress", "0.7 ≈ 0.7");
    assertEquals("objective x as of 2026-03-31 [own only]\n"
        + "  formula: R = own score\n"
        + "  inputs:\n"
        + "    policy = own only\n"
        + "    own score = 0.6\n"
        + "  intermediates:\n"
        + "    k1 value = 0.7\n"
        + "    rolled-up progress = 0.7 ≈ 0.7\n"
        + "  rounding: half-even\n"
        + "  result: 0.6 (grade 0.6, YELLOW)", explanation(intermediates).toString());
  }
}
