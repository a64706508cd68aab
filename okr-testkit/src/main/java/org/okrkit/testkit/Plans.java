package org.okrkit.testkit;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;

/**
 * Generates whole plans that form a valid cascade, and plans with one injected defect.
 *
 * <p><b>What a valid plan looks like.</b> Company objectives are set for a year (a calendar or
 * fiscal one); department, team and individual objectives for that year or one of its quarters,
 * never longer than their parents. Every objective below the company aligns, to the parent
 * objective or to one of its key results, only to objectives one level up in its own branch of
 * the organisation: a department to the company, a team to its department, an individual to
 * their team. Some objectives have several such parents; the contribution weights into any one
 * parent objective or key result sum to at most 1. Lateral dependencies link objectives of one
 * level and never form a cycle. Objectives are in every lifecycle state, with legal histories,
 * and no active objective aligns to a cancelled one. The {@link Plan#parentUnits() unit tree}
 * places each team under its department and each department under the company; an individual's
 * objective is held by their team. See {@link CascadeRule} for the rules these plans obey.
 *
 * <p><b>Reproducible.</b> {@link #generate(PlanSpec, long)} builds the same plan from the same
 * spec and seed, without jqwik, in time linear in the number of objectives; 10,000 objectives
 * take well under a second. The arbitraries draw their seeds from jqwik, so a property's seed
 * reproduces its plans.
 *
 * <p><b>Shrinking.</b> A plan that makes a property fail shrinks to a smaller valid plan that
 * still fails: first by dropping whole parts of the cascade, then links, dependencies and
 * histories. A plan with an injected defect shrinks the same way, with the defect injected
 * again into each smaller plan.
 *
 * <pre>{@code
 * Plan big = Plans.generate(PlanSpec.of(10_000).withDepth(4), 42L);  // the same plan every run
 * Arbitrary<Plan> shaped = Plans.plans(PlanSpec.of(200).withMultiParentShare(0.3));
 * Arbitrary<InjectedDefect> orphans = Plans.withDefect(CascadeRule.ORPHAN);
 * Arbitrary<InjectedDefect> anyDefect = Plans.withAnyDefect();
 * Arbitrary<InjectedDefect> loops = Plans.withAlignmentCycle(3);
 * }</pre>
 */
public final class Plans {

  private static final int SMALL_PLAN_OBJECTIVES = 40;
  private static final ImmutableList<Double> SHARES = ImmutableList.of(0.0, 0.2, 0.5);

  private Plans() {}

  /**
   * Builds the valid plan that a spec and a seed stand for.
   *
   * @param spec  the shape of the plan, not null
   * @param seed  any number; the same seed gives the same plan
   * @return the plan, in the order that lists every objective after its parents and the
   *     objectives it depends on, not null
   */
  public static Plan generate(PlanSpec spec, long seed) {
    Objects.requireNonNull(spec, "spec");
    return new PlanGenerator(spec, seed).generate();
  }

  /**
   * Returns valid plans of one shape, each from its own seed.
   *
   * @param spec  the shape of the plans, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<Plan> plans(PlanSpec spec) {
    Objects.requireNonNull(spec, "spec");
    return Arbitraries.fromGenerator(random -> new PlanShrinkable(generate(spec, random.nextLong())));
  }

  /**
   * Returns small valid plans of varied shape: 1 to 40 objectives, 1 to 4 levels (mostly 4), a
   * fan-out of 1 to 4, and none, some or many objectives with several parents or a dependency.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Plan> plans() {
    return Arbitraries.fromGenerator(
        random -> new PlanShrinkable(generate(smallSpec(random), random.nextLong())));
  }

  private static PlanSpec smallSpec(Random random) {
    int depth = random.nextInt(5) < 3 ? 4 : 1 + random.nextInt(3);
    return PlanSpec.of(1 + random.nextInt(SMALL_PLAN_OBJECTIVES))
        .withDepth(depth)
        .withFanOut(1 + random.nextInt(4))
        .withMultiParentShare(SHARES.get(random.nextInt(SHARES.size())))
        .withDependencyShare(SHARES.get(random.nextInt(SHARES.size())));
  }

  /**
   * Returns small plans, as {@link #plans()}, each with one injected defect that breaks a rule.
   * Plans with no place for the defect are skipped.
   *
   * @param rule  the rule the defect breaks, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<InjectedDefect> withDefect(CascadeRule rule) {
    Objects.requireNonNull(rule, "rule");
    return injected(plans(), rule);
  }

  /**
   * Returns plans of one shape, each with one injected defect that breaks a rule. Plans with no
   * place for the defect are skipped. A shape that never has a place is rejected up front: a level
   * inversion, a period overrun, an orphan, a weight overflow and an active objective under a
   * cancelled parent all need an alignment link, so a depth of 2 or more and 2 objectives or
   * more; a weight overflow needs two links into one parent, or a link and another objective
   * below its parent, so 3 objectives or more, and 4 at depth 2 with a fan-out of 1. Alignment
   * cycles (a self-link at least), dangling parents and both dependency defects fit any plan.
   *
   * @param spec  the shape of the plans, not null
   * @param rule  the rule the defect breaks, not null
   * @return the arbitrary, not null
   * @throws OkrException if no plan of that shape has a place for the defect
   */
  public static Arbitrary<InjectedDefect> withDefect(PlanSpec spec, CascadeRule rule) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(rule, "rule");
    requirePlace(spec, rule);
    return injected(plans(spec), rule);
  }

  private static void requirePlace(PlanSpec spec, CascadeRule rule) {
    switch (rule) {
      case ALIGNMENT_CYCLE:
      case DANGLING_PARENT:
      case DEPENDENCY_CYCLE:
      case DANGLING_DEPENDENCY:
        return;
      default:
        break;
    }
    if (spec.depth() < 2) {
      throw new OkrException("depth", Integer.toString(spec.depth()),
          rule + " needs an alignment link, so plans at least 2 levels deep");
    }
    // A plan of one objective has no link. Three objectives 2 levels deep with a fan-out of 1
    // have at most one link, and no other objective below its parent to add a second.
    int fewest = rule != CascadeRule.WEIGHT_OVERFLOW ? 2
        : spec.depth() == 2 && spec.fanOut() == 1 ? 4 : 3;
    if (spec.objectives() < fewest) {
      throw new OkrException("objectives", Integer.toString(spec.objectives()),
          rule + " needs at least " + fewest + " objectives in plans of this shape");
    }
  }

  /**
   * Returns small plans with one injected defect of any kind.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<InjectedDefect> withAnyDefect() {
    return Arbitraries.of(CascadeRule.class).flatMap(Plans::withDefect);
  }

  /**
   * Returns small plans with an injected alignment cycle of an exact length.
   *
   * @param length  the number of links in the cycle, from 1 to {@value
   *     Defects#MAX_ALIGNMENT_CYCLE_LENGTH}
   * @return the arbitrary, not null
   * @throws OkrException if the length is out of range
   */
  public static Arbitrary<InjectedDefect> withAlignmentCycle(int length) {
    if (length < 1 || length > Defects.MAX_ALIGNMENT_CYCLE_LENGTH) {
      throw new OkrException("length", Integer.toString(length),
          "must be from 1 to " + Defects.MAX_ALIGNMENT_CYCLE_LENGTH);
    }
    return Combinators.combine(plans(), Arbitraries.longs())
        .as((plan, seed) -> Defects.alignmentCycle(plan, length, seed))
        .filter(Optional::isPresent)
        .map(Optional::get);
  }

  private static Arbitrary<InjectedDefect> injected(Arbitrary<Plan> plans, CascadeRule rule) {
    return Combinators.combine(plans, Arbitraries.longs())
        .as((plan, seed) -> Defects.inject(plan, rule, seed))
        .filter(Optional::isPresent)
        .map(Optional::get);
  }
}
