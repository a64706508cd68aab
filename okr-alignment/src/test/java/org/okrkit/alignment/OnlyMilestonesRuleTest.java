package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.alignment.ValidationFixtures.ids;
import static org.okrkit.alignment.ValidationFixtures.keyResult;
import static org.okrkit.alignment.ValidationFixtures.objective;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Milestone;
import org.okrkit.core.Plan;

/** only-milestones: one or more key results, all milestones; none at all is not "only". */
class OnlyMilestonesRuleTest {

  @Test
  void aDraftWithoutKeyResults_isNotOnlyMilestones() {
    Plan plan = Plan.of(List.of(
        objective("empty", Level.COMPANY).keyResults(List.of()).build(),
        objective("tasks", Level.COMPANY).keyResults(List.of(keyResult("m1", Milestone.of())))
            .build()));

    List<Violation> found = AlignmentValidator.of(List.of(AlignmentRules.onlyMilestones()))
        .validate(plan).violations();

    assertEquals(1, found.size());
    assertEquals(ids("tasks"), found.get(0).objectiveIds());
    assertEquals("The key results of tasks are all milestones, tasks rather than outcomes: add at "
        + "least one key result that measures the outcome the tasks are for.",
        found.get(0).message());
  }
}
