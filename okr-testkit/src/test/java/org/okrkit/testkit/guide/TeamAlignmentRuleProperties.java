package org.okrkit.testkit.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Alignment;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Plan;
import org.okrkit.testkit.InjectedDefect;
import org.okrkit.testkit.Plans;

class TeamAlignmentRuleProperties {

  /** Our rule: every team objective aligns to an objective of its own department. */
  static List<ObjectiveId> teamsOutsideTheirDepartment(Plan plan) {
    List<ObjectiveId> offenders = new ArrayList<>();
    for (Objective team : plan.objectives()) {
      if (team.level() != Level.TEAM) {
        continue;
      }
      Optional<OrgUnitId> department = team.orgUnit().flatMap(plan::findParentUnit);
      boolean aligned = team.alignments().stream()
          .map(link -> plan.findObjective(link.parentObjective()))
          .flatMap(Optional::stream)
          .anyMatch(parent -> parent.level() == Level.DEPARTMENT
              && department.isPresent() && parent.orgUnit().equals(department));
      if (!aligned) {
        offenders.add(team.id());
      }
    }
    return offenders;
  }

  @Property
  void everyValidPlanKeepsTheRule(@ForAll("plans") Plan plan) {
    assertEquals(List.of(), teamsOutsideTheirDepartment(plan));
  }

  @Property
  void anOrphanedTeamObjectiveBreaksTheRule(@ForAll("orphans") InjectedDefect orphan) {
    ObjectiveId orphaned = orphan.faulty();
    Assume.that(orphan.plan().objective(orphaned).level() == Level.TEAM);

    assertEquals(List.of(orphaned), teamsOutsideTheirDepartment(orphan.plan()));
  }

  @Property
  void aTeamAlignedToAnotherDepartmentBreaksTheRule(@ForAll("plans") Plan plan) {
    Optional<Objective> team = plan.objectives().stream()
        .filter(objective -> objective.level() == Level.TEAM)
        .findFirst();
    Assume.that(team.isPresent());
    Optional<OrgUnitId> ownDepartment = team.get().orgUnit().flatMap(plan::findParentUnit);
    Optional<Objective> elsewhere = plan.objectives().stream()
        .filter(objective -> objective.level() == Level.DEPARTMENT)
        .filter(objective -> !objective.orgUnit().equals(ownDepartment))
        .findFirst();
    Assume.that(elsewhere.isPresent());

    // Our own defect: re-point the team's links to another department's objective.
    Objective moved = Objective.builder()
        .from(team.get())
        .alignments(List.of(Alignment.toObjective(elsewhere.get().id())))
        .build();

    assertTrue(teamsOutsideTheirDepartment(plan.with(moved)).contains(moved.id()));
  }

  @Provide
  Arbitrary<Plan> plans() {
    return Plans.plans();
  }

  @Provide
  Arbitrary<InjectedDefect> orphans() {
    return Plans.withDefect(CascadeRule.ORPHAN);
  }
}
