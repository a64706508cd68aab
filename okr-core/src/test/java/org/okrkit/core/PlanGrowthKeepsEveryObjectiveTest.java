package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan grown one objective at a time still finds every objective it had by its id. */
class PlanGrowthKeepsEveryObjectiveTest {

  private static Objective named(String id) {
    return Objective.builder().from(Samples.draft()).id(ObjectiveId.of(id)).build();
  }

  @Test
  void appending_keepsTheEarlierObjectivesFindable() {
    Objective first = named("first");
    Objective second = named("second");
    Objective third = named("third");
    Plan grown = Plan.of(List.of(first)).with(second).with(third);
    assertEquals(List.of(first, second, third), grown.objectives());
    assertEquals(first, grown.objective(first.id()));
    assertEquals(second, grown.objective(second.id()));
    assertEquals(third, grown.objective(third.id()));
  }

  @Test
  void replacing_afterAppending_replacesInPlace() {
    Objective first = named("first");
    Objective second = named("second");
    Objective renamed = Objective.builder().from(first).title("Renamed").build();
    Plan plan = Plan.of(List.of(first)).with(second).with(renamed);
    // the replacement keeps position 0; nothing is appended
    assertEquals(List.of(renamed, second), plan.objectives());
    assertEquals(renamed, plan.objective(first.id()));
  }
}
