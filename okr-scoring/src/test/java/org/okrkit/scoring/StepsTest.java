package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepsTest {

  @Test
  void keepsEveryInputAndStepInOrderPastTheInitialRoom() {
    // 20 inputs and 20 steps: both arrays (room for 8 and 6 pairs) must grow, twice for inputs
    Steps steps = new Steps();
    List<String> expectedInputs = new ArrayList<>();
    List<String> expectedSteps = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      steps.input("in" + i, i);
      steps.step("step" + i, new BigDecimal(i + ".50"));
      expectedInputs.add("in" + i + "=" + i);
      // rendered canonically: 3.50 shows as 3.5
      expectedSteps.add("step" + i + "=" + i + ".5");
    }
    Explanation.Builder explanation = Explanation.builder()
        .subject("s").profile("p").rule("r").rounding("x").result("y");
    steps.renderInto(explanation);
    Explanation built = explanation.build();

    assertEquals(expectedInputs, texts(built.inputs().entrySet()));
    assertEquals(expectedSteps, texts(built.intermediates().entrySet()));
  }

  @Test
  void rendersNothingWhenNothingWasRecorded() {
    Explanation built = renderAlone(new Steps());

    assertTrue(built.inputs().isEmpty());
    assertTrue(built.intermediates().isEmpty());
  }

  @Test
  void fillsTheInitialRoomExactlyWithoutLosingTheLastPair() {
    // 8 inputs fill the 16 slots exactly; 6 steps fill the 12 slots exactly
    Steps steps = new Steps();
    for (int i = 0; i < 8; i++) {
      steps.input("in" + i, "v" + i);
    }
    for (int i = 0; i < 6; i++) {
      steps.step("step" + i, "w" + i);
    }
    Explanation built = renderAlone(steps);

    assertEquals(8, built.inputs().size());
    assertEquals("v7", built.inputs().get("in7"));
    assertEquals(6, built.intermediates().size());
    assertEquals("w5", built.intermediates().get("step5"));
  }

  private static List<String> texts(Iterable<?> entries) {
    List<String> texts = new ArrayList<>();
    for (Object entry : entries) {
      texts.add(entry.toString());
    }
    return texts;
  }

  private static Explanation renderAlone(Steps steps) {
    Explanation.Builder explanation = Explanation.builder()
        .subject("s").profile("p").rule("r").rounding("x").result("y");
    steps.renderInto(explanation);
    return explanation.build();
  }
}
