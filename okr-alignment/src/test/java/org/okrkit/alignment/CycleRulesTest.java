package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.alignment.ValidationFixtures.check;
import static org.okrkit.alignment.ValidationFixtures.ids;
import static org.okrkit.alignment.ValidationFixtures.objective;
import static org.okrkit.alignment.ValidationFixtures.to;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Plan;

/**
 * Which member of a cycle comes first (the child of the closing link or dependency), in what
 * order the others follow (a walk along the component, each member once), and the exact
 * message, for loops of alignment links and of dependencies.
 */
class CycleRulesTest {

  private static Objective dependent(String id, String... dependsOn) {
    Objective.Builder builder = objective(id, Level.COMPANY);
    for (String target : dependsOn) {
      builder.addDependsOn(ObjectiveId.of(target));
    }
    return builder.build();
  }

  /**
   * A loop of {@code size} dependencies: {@code prefix + 0} depends on the last one, every other
   * on the one before it; ids are zero-padded to {@code digits}.
   */
  private static Plan dependencyLoop(String prefix, int size, int digits) {
    List<Objective> objectives = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      int target = k == 0 ? size - 1 : k - 1;
      objectives.add(dependent(name(prefix, k, digits), name(prefix, target, digits)));
    }
    return Plan.of(objectives);
  }

  private static String name(String prefix, int k, int digits) {
    return prefix + String.format("%0" + digits + "d", k);
  }

  @Test
  void alignmentCycle_startsAtTheClosingLink_evenWhenItsChildIsNotFirstInThePlan() {
    // b (DEPARTMENT) -> a (COMPANY) climbs, c (TEAM) -> b climbs; a -> c goes down and closes
    // the loop. So a comes first although b is first in the plan, then c, then b (index 0).
    Plan plan = Plan.of(List.of(
        objective("b", Level.DEPARTMENT).addAlignment(to("a", "1")).build(),
        objective("a", Level.COMPANY).addAlignment(to("c", "1")).build(),
        objective("c", Level.TEAM).addAlignment(to("b", "1")).build()));

    List<Violation> found = check(AlignmentRules.alignmentCycle(), plan);

    assertEquals(1, found.size());
    assertEquals(ids("a", "c", "b"), found.get(0).objectiveIds());
    assertEquals(3, found.get(0).objectiveCount());
    assertEquals("Objectives a -> c -> b -> a align to one another in a cycle of 3: remove the "
        + "link from a to c, which does not lead to a higher level, or another link of the "
        + "cycle.", found.get(0).message());
  }

  @Test
  void alignmentCycle_closedByALinkToTheFirstObjectiveOfThePlan() {
    // x (TEAM) -> y (COMPANY) climbs; y -> x goes down to the plan's first objective: y first.
    Plan plan = Plan.of(List.of(
        objective("x", Level.TEAM).addAlignment(to("y", "1")).build(),
        objective("y", Level.COMPANY).addAlignment(to("x", "1")).build()));

    List<Violation> found = check(AlignmentRules.alignmentCycle(), plan);

    assertEquals(1, found.size());
    assertEquals(ids("y", "x"), found.get(0).objectiveIds());
    assertEquals("Objectives y -> x -> y align to one another in a cycle of 2: remove the link "
        + "from y to x, which does not lead to a higher level, or another link of the cycle.",
        found.get(0).message());
  }

  @Test
  void alignmentCycle_namesTheClosingLink_notTheFirstLinkOfItsChild() {
    // a (TEAM) links first to b (DEPARTMENT, above: climbs), then to c (TEAM, not above:
    // closes); b and c both link back to a. The walk from a: b by a's first link, then c.
    Plan plan = Plan.of(List.of(
        objective("a", Level.TEAM).addAlignment(to("b", "0.5")).addAlignment(to("c", "0.5"))
            .build(),
        objective("b", Level.DEPARTMENT).addAlignment(to("a", "1")).build(),
        objective("c", Level.TEAM).addAlignment(to("a", "1")).build()));

    List<Violation> found = check(AlignmentRules.alignmentCycle(), plan);

    assertEquals(1, found.size());
    assertEquals(ids("a", "b", "c"), found.get(0).objectiveIds());
    assertEquals("Objectives a -> b -> c -> a align to one another in a cycle of 3: remove the "
        + "link from a to c, which does not lead to a higher level, or another link of the "
        + "cycle.", found.get(0).message());
  }

  @Test
  void selfAlignment_hasAMessageOfItsOwn() {
    Plan plan = Plan.of(List.of(
        objective("a", Level.DEPARTMENT).addAlignment(to("a", "1")).build()));

    List<Violation> found = check(AlignmentRules.alignmentCycle(), plan);

    assertEquals(1, found.size());
    assertEquals("a aligns to itself: remove that link, since an objective cannot support "
        + "itself.", found.get(0).message());
  }

  @Test
  void dependencyCycle_listsEachMemberOnce_thoughTheWalkReachesItTwice() {
    // x0 depends on x1 and x2, x1 on x2, x2 on x0: one component. x0's dependency on x1 is the
    // first in the plan that points forward. The walk: x0, x1, x2 (by x1), and x2 again by
    // x0's second dependency, which must not list it twice.
    Plan plan = Plan.of(List.of(
        dependent("x0", "x1", "x2"), dependent("x1", "x2"), dependent("x2", "x0")));

    List<Violation> found = check(AlignmentRules.dependencyCycle(), plan);

    assertEquals(1, found.size());
    assertEquals(ids("x0", "x1", "x2"), found.get(0).objectiveIds());
    assertEquals(3, found.get(0).objectiveCount());
    assertEquals("Objectives x0 -> x1 -> x2 -> x0 depend on one another in a cycle of 3, so none "
        + "can go first: remove the dependency of x0 on x1, or another dependency of the cycle.",
        found.get(0).message());
  }

  @Test
  void dependencyCycle_aSelfDependencyInsideALoop_isTheClosingOne() {
    // s0 depends on itself (the same position: closes) before it depends on s1; s1 on s0.
    Plan plan = Plan.of(List.of(dependent("s0", "s0", "s1"), dependent("s1", "s0")));

    List<Violation> found = check(AlignmentRules.dependencyCycle(), plan);

    assertEquals(1, found.size());
    assertEquals(ids("s0", "s1"), found.get(0).objectiveIds());
    assertEquals("Objectives s0 -> s1 -> s0 depend on one another in a cycle of 2, so none can "
        + "go first: remove the dependency of s0 on s0, or another dependency of the cycle.",
        found.get(0).message());
  }

  @Test
  void selfDependency_hasAMessageOfItsOwn() {
    Plan plan = Plan.of(List.of(dependent("w", "w")));

    List<Violation> found = check(AlignmentRules.dependencyCycle(), plan);

    assertEquals(1, found.size());
    assertEquals(ids("w"), found.get(0).objectiveIds());
    assertEquals("w depends on itself: remove that dependency.", found.get(0).message());
  }

  @Test
  void aLoopOfTwelve_namesTenInItsMessage_andCountsTheRest() {
    // d00 depends on d11 (forward: closes), each other dk on d(k-1): the walk goes d00, d11,
    // d10, ..., d01. The message shows the first 10 and 12 - 10 = 2 more.
    List<Violation> found = check(AlignmentRules.dependencyCycle(), dependencyLoop("d", 12, 2));

    assertEquals(1, found.size());
    assertEquals(ids("d00", "d11", "d10", "d09", "d08", "d07", "d06", "d05", "d04", "d03", "d02",
        "d01"), found.get(0).objectiveIds());
    assertEquals("Objectives d00 -> d11 -> d10 -> d09 -> d08 -> d07 -> d06 -> d05 -> d04 -> d03 "
        + "-> ... (2 more) -> d00 depend on one another in a cycle of 12, so none can go first: "
        + "remove the dependency of d00 on d11, or another dependency of the cycle.",
        found.get(0).message());
  }

  @Test
  void aLoopLongerThanTheListLimit_listsTheFirstHundredOfTheWalk_andCountsAll() {
    // 102 objectives: g000, then g101 down to g003 are the first 100 reached; g002 and g001
    // are only counted. The message shows 10 and 102 - 10 = 92 more.
    int size = Violation.MAX_LISTED_OBJECTIVES + 2;
    List<Violation> found = check(AlignmentRules.dependencyCycle(), dependencyLoop("g", size, 3));

    assertEquals(1, found.size());
    Violation violation = found.get(0);
    List<ObjectiveId> expected = new ArrayList<>(ids("g000"));
    for (int k = size - 1; k >= 3; k--) {
      expected.add(ObjectiveId.of(name("g", k, 3)));
    }
    assertEquals(Violation.MAX_LISTED_OBJECTIVES, expected.size());
    assertEquals(expected, violation.objectiveIds());
    assertEquals(102, violation.objectiveCount());
    assertTrue(violation.isTruncated());
    assertEquals("Objectives g000 -> g101 -> g100 -> g099 -> g098 -> g097 -> g096 -> g095 -> "
        + "g094 -> g093 -> ... (92 more) -> g000 depend on one another in a cycle of 102, so "
        + "none can go first: remove the dependency of g000 on g101, or another dependency of "
        + "the cycle.", violation.message());
  }
}
