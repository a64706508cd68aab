package org.okrkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.okrkit.core.Alignment;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Plan;
import org.okrkit.core.Status;

/**
 * Each property here fails on purpose. A hook runs it inside jqwik, lets jqwik shrink the failing
 * sample, and then checks that the shrunk sample is as small as the failure allows; only then is
 * the property reported as passing. Each run starts from a fresh seed: replaying a stored failing
 * sample, jqwik's default after a failure, would skip the shrinking under test.
 */
class PlanShrinkingProperties {

  @Property(tries = 10, afterFailure = AfterFailureMode.RANDOM_SEED)
  @AddLifecycleHook(ShrinksToFiveObjectives.class)
  void everyPlanHasFewerThanFiveObjectives(@ForAll("plansOfSixty") Plan plan) {
    assertTrue(plan.size() < 5);
  }

  @Property(tries = 10, afterFailure = AfterFailureMode.RANDOM_SEED)
  @AddLifecycleHook(ShrinksToOneObjectiveWithTwoParents.class)
  void noObjectiveHasSeveralParents(@ForAll("plansWithManyParents") Plan plan) {
    assertTrue(plan.objectives().stream().allMatch(o -> o.alignments().size() <= 1));
  }

  @Property(tries = 10, afterFailure = AfterFailureMode.RANDOM_SEED)
  @AddLifecycleHook(ShrinksToAParentAndAChild.class)
  void noPlanHasATwoCycle(@ForAll("twoCycles") InjectedDefect defect) {
    assertTrue(ReferenceChecker.check(defect.plan()).isEmpty());
  }

  @Provide
  Arbitrary<Plan> plansOfSixty() {
    return Plans.plans(PlanSpec.of(60));
  }

  @Provide
  Arbitrary<Plan> plansWithManyParents() {
    return Plans.plans(PlanSpec.of(60).withMultiParentShare(0.5).withDependencyShare(0.5));
  }

  @Provide
  Arbitrary<InjectedDefect> twoCycles() {
    return Plans.withAlignmentCycle(2);
  }

  static final class ShrinksToFiveObjectives extends ExpectFailureShrunkTo {
    ShrinksToFiveObjectives() {
      super(sample -> {
        Plan plan = (Plan) sample;
        assertEquals(5, plan.size(), plan::toString);
        assertSimplified(plan);
        plan.objectives().forEach(o -> assertTrue(o.alignments().size() <= 1, plan::toString));
      });
    }
  }

  static final class ShrinksToOneObjectiveWithTwoParents extends ExpectFailureShrunkTo {
    ShrinksToOneObjectiveWithTwoParents() {
      super(sample -> {
        Plan plan = (Plan) sample;
        List<Objective> multi = plan.objectives().stream()
            .filter(o -> o.alignments().size() > 1).toList();
        assertEquals(1, multi.size(), plan::toString);
        assertEquals(2, multi.get(0).alignments().size(), plan::toString);
        // Nothing is left but that objective and what it aligns to, directly or not.
        assertEquals(ancestorsAndSelf(plan, multi.get(0).id()), idsOf(plan), plan::toString);
        assertTrue(plan.size() <= 7, plan::toString);
        assertSimplified(plan);
      });
    }
  }

  static final class ShrinksToAParentAndAChild extends ExpectFailureShrunkTo {
    ShrinksToAParentAndAChild() {
      super(sample -> {
        InjectedDefect defect = (InjectedDefect) sample;
        assertEquals(2, defect.plan().size(), defect::toString);
        assertEquals(CascadeRule.ALIGNMENT_CYCLE, defect.kind());
        assertSimplified(defect.plan());
      });
    }
  }

  private static void assertSimplified(Plan plan) {
    for (Objective objective : plan.objectives()) {
      assertEquals(Status.DRAFT, objective.status(), plan::toString);
      assertTrue(objective.dependsOn().isEmpty(), plan::toString);
    }
  }

  private static Set<ObjectiveId> idsOf(Plan plan) {
    Set<ObjectiveId> ids = new HashSet<>();
    plan.objectives().forEach(objective -> ids.add(objective.id()));
    return ids;
  }

  private static Set<ObjectiveId> ancestorsAndSelf(Plan plan, ObjectiveId start) {
    Set<ObjectiveId> seen = new HashSet<>(List.of(start));
    ArrayDeque<ObjectiveId> pending = new ArrayDeque<>(List.of(start));
    while (!pending.isEmpty()) {
      for (Alignment link : plan.objective(pending.poll()).alignments()) {
        if (seen.add(link.parentObjective())) {
          pending.add(link.parentObjective());
        }
      }
    }
    return seen;
  }

  /** Passes only if the property failed and its shrunk first parameter meets the check. */
  abstract static class ExpectFailureShrunkTo implements AroundPropertyHook {

    private final Consumer<Object> check;

    ExpectFailureShrunkTo(Consumer<Object> check) {
      this.check = check;
    }

    @Override
    public PropertyExecutionResult aroundProperty(
        PropertyLifecycleContext context, PropertyExecutor property) {
      PropertyExecutionResult result = property.execute();
      if (result.status() != PropertyExecutionResult.Status.FAILED) {
        return result.mapToFailed("the property was meant to fail, but its status is "
            + result.status());
      }
      if (result.shrunkSample().isEmpty()) {
        return result.mapToFailed("the failing sample was not shrunk");
      }
      try {
        check.accept(result.shrunkSample().get().parameters().get(0));
      } catch (AssertionError tooBig) {
        return result.mapToFailed(tooBig);
      }
      return result.mapToSuccessful();
    }
  }
}
