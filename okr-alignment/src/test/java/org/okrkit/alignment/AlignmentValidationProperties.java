package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.alignment.ValidationFixtures.cascadeViolations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.okrkit.core.Alignment;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Plan;
import org.okrkit.testkit.InjectedDefect;
import org.okrkit.testkit.Plans;

/**
 * The standard validator on the testkit's generated plans. Generated plans may break quality
 * rules (they give objectives 1 to 3 key results, some all milestones, and let active objectives
 * sit under closed parents), so the comparisons are about the cascade rules only: violations
 * whose {@link Violation#cascadeRule()} is present.
 */
class AlignmentValidationProperties {

  private static final AlignmentValidator STANDARD = AlignmentValidator.standard();

  @Provide
  Arbitrary<Plan> plans() {
    return Plans.plans();
  }

  @Provide
  Arbitrary<InjectedDefect> defects() {
    return Plans.withAnyDefect();
  }

  @Property
  void aGeneratedPlan_hasNoErrorAndBreaksNoCascadeRule(@ForAll("plans") Plan plan) {
    ValidationReport report = STANDARD.validate(plan);

    assertTrue(report.isValid(), report::toString);
    assertEquals(List.of(), cascadeViolations(report), report::toString);
  }

  @Property
  void anInjectedDefect_isReportedExactly(@ForAll("defects") InjectedDefect defect) {
    Statistics.label("rule").collect(defect.kind());
    ValidationReport report = STANDARD.validate(defect.plan());

    List<Violation> found = cascadeViolations(report);
    assertEquals(1, found.size(), () -> defect + "\n" + report);
    Violation violation = found.get(0);
    assertEquals(defect.kind(), violation.cascadeRule().orElseThrow());
    assertEquals(defect.ids().size(), violation.objectiveCount());
    if (defect.kind() == CascadeRule.WEIGHT_OVERFLOW
        && !violation.objectiveIds().equals(defect.ids())) {
      Statistics.label("weight overflow").collect("tied with another link of weight 1");
      assertTiedHeaviest(defect, violation);
    } else {
      assertEquals(defect.ids(), violation.objectiveIds(), () -> defect + "\n" + report);
    }
    for (ObjectiveId id : violation.objectiveIds()) {
      assertTrue(violation.message().contains(id.toString()), violation::message);
    }
  }

  /**
   * The testkit names first the objective whose link it set to weight 1. When another link into
   * the same target already weighed 1 (a parent with one child of weight 1, which the injector
   * then gives a second child), nothing in the plan tells the two apart, and the rule names the
   * first of them in the plan. Then the ids are the same, the reported first one also links to
   * the parent with weight 1, and the rest follow in plan order.
   */
  private static void assertTiedHeaviest(InjectedDefect defect, Violation violation) {
    Plan plan = defect.plan();
    List<ObjectiveId> reported = violation.objectiveIds();
    assertEquals(new HashSet<>(defect.ids()), new HashSet<>(reported));
    ObjectiveId parent = defect.ids().get(1);
    assertEquals(parent, reported.get(1));
    assertTrue(linksWithWeightOne(plan, defect.faulty(), parent));
    assertTrue(linksWithWeightOne(plan, reported.get(0), parent));
    assertTrue(plan.indexOf(reported.get(0)) < plan.indexOf(defect.faulty()));
    List<ObjectiveId> rest = new ArrayList<>(reported.subList(2, reported.size()));
    List<ObjectiveId> sorted = new ArrayList<>(rest);
    sorted.sort(Comparator.comparingInt(plan::indexOf));
    assertEquals(sorted, rest);
  }

  private static boolean linksWithWeightOne(Plan plan, ObjectiveId child, ObjectiveId parent) {
    for (Alignment link : plan.objective(child).alignments()) {
      if (link.parentObjective().equals(parent) && link.weight().compareTo(BigDecimal.ONE) == 0) {
        return true;
      }
    }
    return false;
  }
}
