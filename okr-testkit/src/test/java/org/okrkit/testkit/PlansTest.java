package org.okrkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.OkrException;
import org.okrkit.core.OrgUnitId;

class PlansTest {

  @Test
  void generate_tenThousandObjectives_givesAValidPlanOfExactlyThatSize() {
    Plan plan = Plans.generate(PlanSpec.of(10_000), 2026);

    assertEquals(10_000, plan.size());
    List<ReferenceChecker.Violation> violations = ReferenceChecker.check(plan);
    assertTrue(violations.isEmpty(), () -> violations.subList(0, 3).toString());
    Set<Level> levels = EnumSet.noneOf(Level.class);
    plan.objectives().forEach(objective -> levels.add(objective.level()));
    assertEquals(EnumSet.allOf(Level.class), levels);
  }

  @Test
  void generate_longDependencyChains_areHandledWithoutRecursion() {
    // With every objective depending on a peer, chains run through thousands of objectives.
    Plan plan = Plans.generate(PlanSpec.of(20_000).withDependencyShare(1).withFanOut(2), 7);

    assertTrue(ReferenceChecker.check(plan).isEmpty());
    assertTrue(Defects.inject(plan, DefectKind.DEPENDENCY_CYCLE, 7).isPresent());
  }

  @Test
  void generate_placesEveryUnitUnderTheUnitOfItsParentObjectives() {
    Plan plan = Plans.generate(PlanSpec.of(2_000).withMultiParentShare(0.5), 11);
    for (Objective child : plan.objectives()) {
      OrgUnitId unit = child.orgUnit().orElseThrow();
      child.alignments().forEach(link -> {
        Objective parent = plan.objective(link.parentObjective());
        OrgUnitId parentUnit = parent.orgUnit().orElseThrow();
        // An individual's objective is held by their team, the unit of its parent.
        OrgUnitId expected = child.level() == Level.INDIVIDUAL
            ? unit : plan.parentUnit(unit).orElseThrow();
        assertEquals(expected, parentUnit, child::toString);
        assertEquals(child.level().ordinal() - 1, parent.level().ordinal(), child::toString);
      });
    }
  }

  @Test
  void withAlignmentCycle_lengthOutOfRange_isRejected() {
    assertEquals("length",
        assertThrows(OkrException.class, () -> Plans.withAlignmentCycle(0)).field());
    assertThrows(OkrException.class, () -> Plans.withAlignmentCycle(5));
  }

  @Test
  void nulls_areRejectedNamingTheParameter() {
    new NullPointerTester()
        .setDefault(PlanSpec.class, PlanSpec.of(3))
        .testAllPublicStaticMethods(Plans.class);
  }
}
