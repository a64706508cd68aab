package org.okrkit.testkit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.ShrinkingDistance;
import org.okrkit.core.Alignment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Status;

/**
 * Shrinks a generated valid plan to smaller valid plans.
 *
 * <p>It relies on the order of generated plans: every objective comes after the objectives it
 * aligns to and depends on. Each candidate keeps that order and stays valid: a prefix of the
 * plan; the plan without one objective and everything that links to it, directly or not; one
 * objective without its last of several alignment links, or without its dependencies; one
 * objective back to a draft without history. Candidates come biggest cut first.
 */
final class PlanShrinkable implements Shrinkable<Plan> {

  private final Plan plan;

  PlanShrinkable(Plan plan) {
    this.plan = plan;
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
        this::prefixes, this::withoutDependents, this::withFewerLinks,
        this::withoutDependencies, this::asDrafts);
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

  private Stream<Plan> withoutDependents() {
    if (plan.size() <= 1) {
      return Stream.empty();
    }
    List<List<Integer>> dependents = dependents();
    return IntStream.range(0, plan.size())
        .mapToObj(index -> removeWithDependents(index, dependents))
        .filter(smaller -> smaller.size() > 0);
  }

  /** For each objective, the objectives that align to it or depend on it. */
  private List<List<Integer>> dependents() {
    List<List<Integer>> dependents = new ArrayList<>(plan.size());
    for (int i = 0; i < plan.size(); i++) {
      dependents.add(new ArrayList<>(2));
    }
    for (int i = 0; i < plan.size(); i++) {
      Objective objective = plan.objectives().get(i);
      for (Alignment link : objective.alignments()) {
        if (plan.contains(link.parentObjective())) {
          dependents.get(plan.indexOf(link.parentObjective())).add(i);
        }
      }
      for (ObjectiveId target : objective.dependsOn()) {
        if (plan.contains(target)) {
          dependents.get(plan.indexOf(target)).add(i);
        }
      }
    }
    return dependents;
  }

  private Plan removeWithDependents(int root, List<List<Integer>> dependents) {
    boolean[] removed = new boolean[plan.size()];
    ArrayDeque<Integer> pending = new ArrayDeque<>();
    pending.add(root);
    removed[root] = true;
    while (!pending.isEmpty()) {
      for (int dependent : dependents.get(pending.poll())) {
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

  private Stream<Plan> withFewerLinks() {
    return plan.objectives().stream()
        .filter(objective -> objective.alignments().size() > 1)
        .map(objective -> plan.with(Objective.builder()
            .from(objective)
            .alignments(objective.alignments().subList(0, objective.alignments().size() - 1))
            .build()));
  }

  private Stream<Plan> withoutDependencies() {
    return plan.objectives().stream()
        .filter(objective -> !objective.dependsOn().isEmpty())
        .map(objective -> plan.with(Objective.builder()
            .from(objective)
            .dependsOn(List.of())
            .build()));
  }

  private Stream<Plan> asDrafts() {
    return plan.objectives().stream()
        .filter(objective -> objective.status() != Status.DRAFT)
        .map(objective -> plan.with(draft(objective)));
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
        .lifecycle(List.of())
        .build();
  }
}
