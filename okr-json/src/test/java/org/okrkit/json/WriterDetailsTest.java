package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Metric;
import org.okrkit.core.PersonId;
import org.okrkit.core.Threshold;
import org.okrkit.scoring.ScoringProfile;
import org.okrkit.scoring.Scorer;
import tools.jackson.databind.JsonNode;

/** Small rules of the writers' helpers that the golden documents do not pin on their own. */
class WriterDetailsTest {

  private static final OkrJson JSON = OkrJson.json();

  /**
   * The reader's table of names is built once, in a static initializer, so this calls it afresh:
   * every constant under its lower-case Java name, in declaration order.
   */
  @Test
  void enumNamesByNameMapsEachLowerCaseNameToItsConstant() {
    Map<String, Threshold.Comparison> byName = EnumNames.byName(Threshold.Comparison.class);

    assertEquals(Map.of("at_or_above", Threshold.Comparison.AT_OR_ABOVE,
        "at_or_below", Threshold.Comparison.AT_OR_BELOW), byName);
    assertEquals(List.of("at_or_above", "at_or_below"), List.copyOf(byName.keySet()));
  }

  /**
   * A key result whose latest value meets its target projects nothing further: the projection
   * gives the date of the check-in from which every value met it. 0 to 10 deals, 5 on
   * 2026-01-11 and 10 on 2026-01-21: reached on 2026-01-21, so no target date.
   */
  @Test
  void aProjectionWritesTheDateItsTargetWasReached() {
    KeyResult deals = KeyResult.builder().id(KeyResultId.of("deals")).title("Close deals")
        .owner(PersonId.of("bob")).measure(Metric.of(0, 10, "deals"))
        .addCheckIns(CheckIn.of(LocalDate.of(2026, 1, 11), 5),
            CheckIn.of(LocalDate.of(2026, 1, 21), 10))
        .build();

    JsonNode projection = JSON.mapper().readTree(JSON.write(Scorer.of(ScoringProfile.google())
        .forecast(deals, AlignmentGoldenTest.Q1, LocalDate.of(2026, 3, 1))))
        .get("projection");

    assertEquals("2026-01-21", projection.get("reachedOn").asString());
    assertFalse(projection.has("targetDate"), "a reached target has no target date");
  }
}
