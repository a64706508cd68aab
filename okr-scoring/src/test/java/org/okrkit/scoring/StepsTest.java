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
    // 20 inputs and 20 steps, interleaved: 80 slots, so the 24-slot array doubles twice
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
  void fillsTheInitialRoomExactlyWithoutGrowingOrLosingTheLastPair() {
    // a metric's 8 inputs and 3 intermediates plus one more pair: 9 * 2 + 3 * 2 = 24 slots
    Steps steps = new Steps();
    for (int i = 0; i < 9; i++) {
      steps.input("in" + i, "v" + i);
    }
    for (int i = 0; i < 3; i++) {
      steps.step("step" + i, "w" + i);
    }
    assertEquals(Steps.INITIAL_SLOTS, steps.capacity());
    Explanation built = renderAlone(steps);

    assertEquals(9, built.inputs().size());
    assertEquals("v0", built.inputs().get("in0"));
    assertEquals("v8", built.inputs().get("in8"));
    assertEquals(List.of("step0=w0", "step1=w1", "step2=w2"),
        texts(built.intermediates().entrySet()));
  }

  @Test
  void doublesWhenFullKeepingIntermediatesInOrder() {
    // 3 steps then 9 inputs fill the 24 slots; the 13th pair doubles the array to 48
    Steps steps = new Steps();
    for (int i = 0; i < 3; i++) {
      steps.step("step" + i, "w" + i);
    }
    for (int i = 0; i < 9; i++) {
      steps.input("in" + i, "v" + i);
    }
    steps.step("step3", "w3");
    assertEquals(2 * Steps.INITIAL_SLOTS, steps.capacity());
    Explanation built = renderAlone(steps);

    assertEquals(List.of("step0=w0", "step1=w1", "step2=w2", "step3=w3"),
        texts(built.intermediates().entrySet()));
    assertEquals(9, built.inputs().size());
    assertEquals("v8", built.inputs().get("in8"));
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
