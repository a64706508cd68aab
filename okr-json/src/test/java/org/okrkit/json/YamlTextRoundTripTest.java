package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;

/**
 * Texts that YAML would read as something else unless written with care (numbers, booleans, null,
 * indicators, line breaks) come back as the same text, in the same bytes.
 */
class YamlTextRoundTripTest {

  @ParameterizedTest
  @ValueSource(strings = {"123", "true", "null", "- x", "a: b", "#z", "line\nbreak", "0x1F",
      "1.0", "~", "yes", "  lead", "ünï 中文", "'q'", "\"dq\"", "1e5", ".5", "-", "[a]", "{b}",
      "@at", "%p", "x #c", "2026-01-31", "NaN", ".inf", "*alias", "&anchor", "!tag", "|", ">"})
  void textThatLooksLikeAnotherYamlValueComesBackAsText(String text) {
    Objective objective = Objective.builder()
        .id(ObjectiveId.of("o")).title(text).level(Level.TEAM).owner(PersonId.of("p"))
        .period(Period.calendarQuarter(2026, 1)).commitment(Commitment.COMMITTED)
        .addKeyResults(KeyResult.builder().id(KeyResultId.of("k")).title(text)
            .owner(PersonId.of("p")).measure(Metric.of(1, 2, text)).build())
        .build();
    Plan plan = Plan.of(List.of(objective));

    String yaml = OkrJson.yaml().write(plan);
    Plan read = OkrJson.yaml().readPlan(yaml);

    assertEquals(plan, read, yaml);
    assertEquals(text, read.objectives().get(0).title());
    assertEquals(yaml, OkrJson.yaml().write(read));
  }
}
