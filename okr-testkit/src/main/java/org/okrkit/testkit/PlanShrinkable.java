package org.okrkit.testkit;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.ShrinkingDistance;
import org.okrkit.core.Alignment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Plan;
import org.okrkit.core.Status;

/**
 * Shrinks a generated valid plan to smaller valid plans.
 *
 * <p>It relies on the order of generated plans: every objective comes after the objectives it
 * aligns to and depends on. Each candidate keeps that order and stays valid: a prefix of the
 * plan; the plan without a part of it and everything that links to that part, directly or not;
 * objectives with only their first alignment link, without dependencies, or back to drafts
 * without history.
 *
 * <p>Candidates come biggest cut first, in the order of delta debugging: prefixes, then the plan
 * without one of 2, 4, 8 or 16 equal parts, then without one root's whole cascade, then without
 * one objective's cascade; each simplification is offered for all objectives at once before it
 * is offered for one. jqwik takes the first candidate that still fails, so one step costs only
 * as many candidates as it tries, and the lists per objective are sampled down to {@value
 * #SAMPLE} evenly spread objectives, so even a step that tries every candidate builds a bounded
 * number of plans, each in time linear in the plan. Plans of up to {@value #SAMPLE} objectives
 * get every candidate, so small plans shrink exactly as far as a full search would take them.
 */
final class PlanShrinkable implements Shrinkable<Plan> {

  /** Most candidates offered per objective-wise list in one step. */
  static final int SAMPLE = 64;

  /** Most parts the plan is cut into for delta debugging. */
  private static final int MOST_PARTS = 16;

  private final Plan plan;
  private final Supplier<List<int[]>> dependents;

  PlanShrinkable(Plan plan) {
    this.plan = plan;
    this.dependents = Suppliers.memoize(this::dependents);
  }

  @Override
  public Plan value() {
    return plan;
  }

  @Override
  public ShrinkingDistance distance() {
    long links = 0;
    long dependencies = 0;
    long histories = 0;
    for (Objective objective : plan.objectives()) {
      links += objective.alignments().size();
      dependencies += objective.dependsOn().size();
      histories += objective.status() == Status.DRAFT ? 0 : 1;
    }
    return ShrinkingDistance.of(plan.size(), links, dependencies, histories);
  }

  @Override
  public Stream<Shrinkable<Plan>> shrink() {
    List<Supplier<Stream<Plan>>> candidates = List.of(
        this::prefixes,
        this::withoutParts,
        this::withoutRootCascades,
        this::withoutCascades,
        () -> simplified(objective -> objective.alignments().size() > 1,
            PlanShrinkable::firstLinkOnly, PlanShrinkable::withoutLastLink),
        () -> simplified(objective -> !objective.dependsOn().isEmpty(),
            PlanShrinkable::independent, PlanShrinkable::independent),
        () -> simplified(objective -> objective.status() != Status.DRAFT,
            PlanShrinkable::draft, PlanShrinkable::draft));
    return candidates.stream().flatMap(Supplier::get).map(PlanShrinkable::new);
  }

  private Stream<Plan> prefixes() {
    int size = plan.size();
    List<Integer> lengths = new ArrayList<>();
    for (int cut = size / 2; cut > 0; cut /= 2) {
      lengths.add(size - cut);
    }
    if (size > 1 && !lengths.contains(1)) {
      lengths.add(0, 1);
    }
    return lengths.stream().filter(length -> length < size)
        .map(length -> plan.withObjectives(plan.objectives().subList(0, length)));
  }

  /** The plan without one of 2, 4, ... equal parts and what links to it, halves first. */
  private Stream<Plan> withoutParts() {
    int size = plan.size();
    return IntStream.iterate(2, parts -> parts <= Math.min(MOST_PARTS, size), parts -> parts * 2)
        .boxed()
        .flatMap(parts -> IntStream.range(0, parts).mapToObj(part -> removeWithDependents(
            IntStream.range(part * size / parts, (part + 1) * size / parts).toArray())))
        .filter(smaller -> smaller.size() > 0 && smaller.size() < size);
  }

  /** The plan without one root (an objective aligned to nothing) and its whole cascade. */
  private Stream<Plan> withoutRootCascades() {
    int[] roots = IntStream.range(0, plan.size())
        .filter(index -> plan.objectives().get(index).alignments().isEmpty())
        .toArray();
    if (roots.length <= 1) {
      return Stream.empty();
    }
    return sample(roots.length, position -> removeWithDependents(new int[] {roots[position]}))
        .filter(smaller -> smaller.size() > 0);
  }

  /** The plan without one objective and everything that links to it, directly or not. */
  private Stream<Plan> withoutCascades() {
    if (plan.size() <= 1) {
      return Stream.empty();
    }
    return sample(plan.size(), index -> removeWithDependents(new int[] {index}))
        .filter(smaller -> smaller.size() > 0);
  }

  /**
   * One simplification: first its whole form applied to every objective it fits at once, then
   * its one-step form to each of a sample of them alone.
   */
  private Stream<Plan> simplified(Predicate<Objective> fits, UnaryOperator<Objective> whole,
      UnaryOperator<Objective> oneStep) {
    int[] fitting = IntStream.range(0, plan.size())
        .filter(index -> fits.test(plan.objectives().get(index)))
        .toArray();
    if (fitting.length == 0) {
      return Stream.empty();
    }
    Stream<Plan> all = Stream.<Supplier<Plan>>of(() -> {
      ImmutableList.Builder<Objective> changed = ImmutableList.builderWithExpectedSize(plan.size());
      for (Objective objective : plan.objectives()) {
        changed.add(fits.test(objective) ? whole.apply(objective) : objective);
      }
      return plan.withObjectives(changed.build());
    }).map(Supplier::get);
    Stream<Plan> each = sample(fitting.length, position -> plan.with(
        oneStep.apply(plan.objectives().get(fitting[position]))));
    return Stream.concat(all, each);
  }

  /**
   * Candidates for positions 0 to count - 1, in order: all of them for up to {@value #SAMPLE}
   * positions, otherwise {@value #SAMPLE} positions spread evenly from first to last.
   */
  private static Stream<Plan> sample(int count, IntFunction<Plan> candidate) {
    if (count <= SAMPLE) {
      return IntStream.range(0, count).mapToObj(candidate);
    }
    return IntStream.range(0, SAMPLE)
        .map(k -> (int) ((long) k * (count - 1) / (SAMPLE - 1)))
        .mapToObj(candidate);
  }

  /** For each objective, the indexes of the objectives that align to it or depend on it. */
  private List<int[]> dependents() {
    int size = plan.size();
    int[] counts = new int[size];
    List<int[]> parentsOf = new ArrayList<>(size);
    for (Objective objective : plan.objectives()) {
      IntStream.Builder parents = IntStream.builder();
      for (Alignment link : objective.alignments()) {
        if (plan.contains(link.parentObjective())) {
          parents.add(plan.indexOf(link.parentObjective()));
        }
      }
      for (ObjectiveId target : objective.dependsOn()) {
        if (plan.contains(target)) {
          parents.add(plan.indexOf(target));
        }
      }
      int[] found = parents.build().toArray();
      parentsOf.add(found);
      for (int parent : found) {
        counts[parent]++;
      }
    }
    List<int[]> dependents = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      dependents.add(new int[counts[i]]);
    }
    int[] filled = new int[size];
    for (int child = 0; child < size; child++) {
      for (int parent : parentsOf.get(child)) {
        dependents.get(parent)[filled[parent]++] = child;
      }
    }
    return dependents;
  }

  private Plan removeWithDependents(int[] roots) {
    List<int[]> dependentsOf = dependents.get();
    boolean[] removed = new boolean[plan.size()];
    ArrayDeque<Integer> pending = new ArrayDeque<>();
    for (int root : roots) {
      removed[root] = true;
      pending.add(root);
    }
    while (!pending.isEmpty()) {
      for (int dependent : dependentsOf.get(pending.poll())) {
        if (!removed[dependent]) {
          removed[dependent] = true;
          pending.add(dependent);
        }
      }
    }
    ImmutableList.Builder<Objective> kept = ImmutableList.builder();
    for (int i = 0; i < plan.size(); i++) {
      if (!removed[i]) {
        kept.add(plan.objectives().get(i));
      }
    }
    return plan.withObjectives(kept.build());
  }

  /** Keeps the first alignment link: the weights into any parent only fall. */
  private static Objective firstLinkOnly(Objective objective) {
    return Objective.builder()
        .from(objective)
        .alignments(objective.alignments().subList(0, 1))
        .build();
  }

  private static Objective withoutLastLink(Objective objective) {
    return Objective.builder()
        .from(objective)
        .alignments(objective.alignments().subList(0, objective.alignments().size() - 1))
        .build();
  }

  private static Objective independent(Objective objective) {
    return Objective.builder().from(objective).dependsOn(List.of()).build();
  }

  private static Objective draft(Objective objective) {
    List<KeyResult> keyResults = new ArrayList<>();
    for (KeyResult keyResult : objective.keyResults()) {
      keyResults.add(KeyResult.builder()
          .from(keyResult)
          .checkIns(List.of())
          .adjustments(List.of())
          .build());
    }
    return Objective.builder()
        .from(objective)
        .keyResults(keyResults)
        .lifecycleEvents(List.of())
        .build();
  }
}
