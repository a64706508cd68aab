package org.okrkit.review;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.okrkit.alignment.AlignmentIndex;
import org.okrkit.alignment.AlignmentRules;
import org.okrkit.alignment.AlignmentValidator;
import org.okrkit.alignment.CoverageShare;
import org.okrkit.alignment.Violation;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.core.Status;
import org.okrkit.scoring.ObjectivePace;
import org.okrkit.scoring.Pace;
import org.okrkit.scoring.PaceStatus;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ValueSource;

/**
 * Computes an {@link AccountabilityView}: one pass over the objectives considered for ownership,
 * pace and check-ins; okr-alignment's validator for overloads; one pass over the alignment links
 * for coverage; the unit tree walked iteratively, top-down for its order and bottom-up for totals.
 */
final class AccountabilityCalculator {

  private final Plan plan;
  private final Scorer scorer;
  private final LocalDate asOf;
  private final AccountabilityPolicy policy;
  private final Map<PersonId, PersonParts> people = new HashMap<>();
  private final UnitTree tree;

  private AccountabilityCalculator(
      Plan plan, Scorer scorer, LocalDate asOf, AccountabilityPolicy policy) {
    this.plan = plan;
    this.scorer = scorer;
    this.asOf = asOf;
    this.policy = policy;
    this.tree = UnitTree.of(plan);
  }

  static AccountabilityView compute(
      Plan plan, Scorer scorer, LocalDate asOf, AccountabilityPolicy policy) {
    List<Objective> considered = new ArrayList<>(plan.size());
    List<Boolean> active = new ArrayList<>(plan.size());
    for (Objective objective : plan.objectives()) {
      boolean isActive = objective.asOf(asOf).status() == Status.ACTIVE;
      boolean inScope;
      switch (policy.scope()) {
        case ACTIVE_ON_DATE:
          inScope = isActive;
          break;
        case PERIODS_CONTAINING_DATE:
          inScope = objective.period().contains(asOf);
          break;
        default:
          inScope = true;
      }
      if (inScope) {
        considered.add(objective);
        active.add(isActive);
      }
    }
    Plan scoped = considered.size() == plan.size() ? plan : plan.withObjectives(considered);
    return new AccountabilityCalculator(scoped, scorer, asOf, policy).run(active);
  }

  private AccountabilityView run(List<Boolean> active) {
    AlignmentIndex index = AlignmentIndex.of(plan);
    for (int o = 0; o < plan.size(); o++) {
      visit(o, plan.objectives().get(o), active.get(o));
    }
    Map<PersonId, List<AccountabilityOverload>> overloads = overloads(index);
    overloads.forEach((owner, list) -> person(owner).overloads.addAll(list));
    ImmutableList.Builder<PersonView> personViews = ImmutableList.builder();
    for (Map.Entry<PersonId, PersonParts> entry : new TreeMap<>(people).entrySet()) {
      personViews.add(entry.getValue().build(entry.getKey()));
    }
    return AccountabilityView.create(asOf, policy, personViews.build(),
        tree.views(index, overloads));
  }

  private void visit(int number, Objective objective, boolean isActive) {
    person(objective.owner()).ownedObjectives.add(objective.id());
    objective.contributors().forEach(p -> person(p).contributedObjectives.add(objective.id()));
    objective.coach().ifPresent(coach -> person(coach).coachedObjectives.add(objective.id()));
    UnitParts unit = objective.orgUnit().map(tree::parts).orElse(null);
    if (unit != null) {
      unit.objectives.add(number);
      unit.owners.add(objective.owner());
    }
    ObjectivePace pace = isActive ? scorer.pace(objective, asOf) : null;
    for (int k = 0; k < objective.keyResults().size(); k++) {
      KeyResult keyResult = objective.keyResults().get(k);
      AlignmentTarget target = AlignmentTarget.of(objective.id(), keyResult.id());
      person(keyResult.owner()).ownedKeyResults.add(target);
      keyResult.contributors().forEach(p -> person(p).contributedKeyResults.add(target));
      if (unit != null) {
        unit.owners.add(keyResult.owner());
        unit.keyResults++;
      }
      if (pace == null) {
        continue;
      }
      Pace keyResultPace = pace.keyResults().get(k);
      if (keyResultPace.status().isBehind()) {
        AccountabilityRisk risk =
            AccountabilityRisk.of(objective.id(), keyResult.owner(), keyResultPace);
        person(objective.owner()).risks.add(risk);
        if (!keyResult.owner().equals(objective.owner())) {
          person(keyResult.owner()).risks.add(risk);
        }
        if (unit != null) {
          unit.risks.add(risk);
        }
      }
      overdue(objective, keyResult, keyResultPace).ifPresent(overdue -> {
        person(objective.owner()).overdue.add(overdue);
        if (!keyResult.owner().equals(objective.owner())) {
          person(keyResult.owner()).overdue.add(overdue);
        }
        if (unit != null) {
          unit.overdue.add(overdue);
        }
      });
    }
  }

  /**
   * The latest activity is the latest check-in on or before the date; for a key result drawn from
   * a KPI, the latest reading its score was drawn from; with neither, the first day a check-in was
   * possible. Adjustments are no check-in and do not count.
   */
  private Optional<AccountabilityOverdue> overdue(
      Objective objective, KeyResult keyResult, Pace pace) {
    AccountabilityOverdue.Basis basis;
    Optional<LocalDate> last;
    if (pace.score().source() instanceof ValueSource.KpiAggregate aggregate) {
      basis = AccountabilityOverdue.Basis.KPI_READING;
      last = aggregate.lastReading();
    } else {
      basis = AccountabilityOverdue.Basis.CHECK_IN;
      last = keyResult.checkInAsOf(asOf).map(checkIn -> checkIn.date());
    }
    if (last.isEmpty()) {
      basis = AccountabilityOverdue.Basis.START;
      last = objective.lifecycle().firstHistoryDate();
    }
    long days = ChronoUnit.DAYS.between(last.orElseThrow(), asOf);
    if (days <= policy.cadence().days()) {
      return Optional.empty();
    }
    return Optional.of(AccountabilityOverdue.of(objective.id(), keyResult.id(), keyResult.owner(),
        basis, last.orElseThrow(), days, policy.cadence()));
  }

  /** okr-alignment's own rule counts the objectives per owner and period. */
  private Map<PersonId, List<AccountabilityOverload>> overloads(AlignmentIndex index) {
    AlignmentValidator validator = AlignmentValidator.of(
        List.of(AlignmentRules.tooManyObjectivesPerOwner(policy.maxObjectivesPerOwner())));
    Map<PersonId, List<AccountabilityOverload>> byOwner = new HashMap<>();
    for (Violation violation : validator.validate(index).violations()) {
      Objective first = plan.objective(violation.objectiveIds().get(0));
      byOwner.computeIfAbsent(first.owner(), owner -> new ArrayList<>())
          .add(AccountabilityOverload.of(first.owner(), first.period(),
              violation.objectiveCount(), policy.maxObjectivesPerOwner(),
              violation.objectiveIds()));
    }
    return byOwner;
  }

  private PersonParts person(PersonId person) {
    return people.computeIfAbsent(person, p -> new PersonParts());
  }

  /** A person's lists while they fill, in plan order. */
  private static final class PersonParts {
    final List<ObjectiveId> ownedObjectives = new ArrayList<>();
    final List<AlignmentTarget> ownedKeyResults = new ArrayList<>();
    final List<ObjectiveId> contributedObjectives = new ArrayList<>();
    final List<AlignmentTarget> contributedKeyResults = new ArrayList<>();
    final List<ObjectiveId> coachedObjectives = new ArrayList<>();
    final List<AccountabilityRisk> risks = new ArrayList<>();
    final List<AccountabilityOverdue> overdue = new ArrayList<>();
    final List<AccountabilityOverload> overloads = new ArrayList<>();

    PersonView build(PersonId person) {
      return PersonView.of(person, ImmutableList.copyOf(ownedObjectives),
          ImmutableList.copyOf(ownedKeyResults), ImmutableList.copyOf(contributedObjectives),
          ImmutableList.copyOf(contributedKeyResults), ImmutableList.copyOf(coachedObjectives),
          ImmutableList.copyOf(risks), ImmutableList.copyOf(overdue),
          ImmutableList.copyOf(overloads));
    }
  }

  /** A unit's own lists while they fill: objectives by number, in plan order. */
  private static final class UnitParts {
    final List<Integer> objectives = new ArrayList<>();
    final Set<PersonId> owners = new TreeSet<>();
    int keyResults;
    final List<AccountabilityRisk> risks = new ArrayList<>();
    final List<AccountabilityOverdue> overdue = new ArrayList<>();
  }

  /**
   * The units of a plan numbered in tree order: top units by id, each followed by the units below
   * it, sub-units by id. A unit's subtree is then the run of numbers from its own to its own plus
   * its size, which finds in constant time whether one unit lies below another.
   */
  private static final class UnitTree {
    final List<OrgUnitId> units = new ArrayList<>();
    final Map<OrgUnitId, Integer> numbers = new HashMap<>();
    final List<Integer> parents = new ArrayList<>();
    final List<List<Integer>> children = new ArrayList<>();
    final List<UnitParts> parts = new ArrayList<>();
    int[] sizes;

    static UnitTree of(Plan plan) {
      Set<OrgUnitId> all = new LinkedHashSet<>();
      plan.parentUnits().forEach((unit, parent) -> {
        all.add(unit);
        all.add(parent);
      });
      for (Objective objective : plan.objectives()) {
        objective.orgUnit().ifPresent(all::add);
      }
      Map<OrgUnitId, List<OrgUnitId>> below = new HashMap<>();
      List<OrgUnitId> tops = new ArrayList<>();
      for (OrgUnitId unit : all) {
        OrgUnitId parent = plan.parentUnits().get(unit);
        if (parent == null) {
          tops.add(unit);
        } else {
          below.computeIfAbsent(parent, p -> new ArrayList<>()).add(unit);
        }
      }
      UnitTree tree = new UnitTree();
      Collections.sort(tops, Collections.reverseOrder());
      Deque<OrgUnitId> stack = new ArrayDeque<>(tops.size());
      Deque<Integer> stackParents = new ArrayDeque<>(tops.size());
      for (OrgUnitId top : tops) {
        stack.push(top);
        stackParents.push(-1);
      }
      while (!stack.isEmpty()) {
        OrgUnitId unit = stack.pop();
        int parent = stackParents.pop();
        int number = tree.units.size();
        tree.units.add(unit);
        tree.numbers.put(unit, number);
        tree.parents.add(parent);
        tree.children.add(new ArrayList<>());
        tree.parts.add(new UnitParts());
        if (parent >= 0) {
          tree.children.get(parent).add(number);
        }
        List<OrgUnitId> subUnits = below.getOrDefault(unit, new ArrayList<>());
        subUnits.sort(Collections.reverseOrder());
        for (OrgUnitId subUnit : subUnits) {
          stack.push(subUnit);
          stackParents.push(number);
        }
      }
      tree.sizes = new int[tree.units.size()];
      for (int u = tree.units.size() - 1; u >= 0; u--) {
        tree.sizes[u]++;
        if (tree.parents.get(u) >= 0) {
          tree.sizes[tree.parents.get(u)] += tree.sizes[u];
        }
      }
      return tree;
    }

    UnitParts parts(OrgUnitId unit) {
      return parts.get(numbers.get(unit));
    }

    /**
     * The sub-unit of {@code ancestor} that holds {@code unit}, or -1 when {@code unit} is not
     * below {@code ancestor}: the last sub-unit numbered no higher than the unit.
     */
    int subUnitHolding(int ancestor, int unit) {
      if (unit <= ancestor || unit >= ancestor + sizes[ancestor]) {
        return -1;
      }
      List<Integer> subUnits = children.get(ancestor);
      int low = 0;
      int high = subUnits.size() - 1;
      while (low < high) {
        int middle = (low + high + 1) >>> 1;
        if (subUnits.get(middle) <= unit) {
          low = middle;
        } else {
          high = middle - 1;
        }
      }
      return subUnits.get(low);
    }

    ImmutableList<UnitView> views(
        AlignmentIndex index, Map<PersonId, List<AccountabilityOverload>> overloads) {
      List<Set<Integer>> supported = supported(index);
      int n = units.size();
      AccountabilityTotals[] totals = new AccountabilityTotals[n];
      for (int u = n - 1; u >= 0; u--) {
        UnitParts own = parts.get(u);
        AccountabilityTotals sum = AccountabilityTotals.of(own.objectives.size(), own.keyResults,
            own.risks.size(), own.overdue.size());
        for (int child : children.get(u)) {
          sum = sum.plus(totals[child]);
        }
        totals[u] = sum;
      }
      ImmutableList.Builder<UnitView> views = ImmutableList.builderWithExpectedSize(n);
      for (int u = 0; u < n; u++) {
        UnitParts own = parts.get(u);
        int parent = parents.get(u);
        ImmutableList.Builder<OrgUnitId> subUnits = ImmutableList.builder();
        children.get(u).forEach(child -> subUnits.add(units.get(child)));
        ImmutableList.Builder<ObjectiveId> objectives = ImmutableList.builder();
        own.objectives.forEach(o -> objectives.add(index.objectiveId(o)));
        ImmutableList.Builder<AccountabilityOverload> unitOverloads = ImmutableList.builder();
        // an owner's overload belongs to the unit when it counts one of the unit's objectives
        Set<ObjectiveId> ownIds = new HashSet<>();
        own.objectives.forEach(o -> ownIds.add(index.objectiveId(o)));
        own.owners.forEach(owner -> {
          for (AccountabilityOverload overload : overloads.getOrDefault(owner, List.of())) {
            if (overload.objectives().stream().anyMatch(ownIds::contains)) {
              unitOverloads.add(overload);
            }
          }
        });
        Optional<AccountabilityCoverage> coverage = parent < 0 ? Optional.empty()
            : Optional.of(coverage(index, parent, supported.get(u)));
        views.add(UnitView.of(units.get(u),
            parent < 0 ? Optional.empty() : Optional.of(units.get(parent)), subUnits.build(),
            objectives.build(), ImmutableList.copyOf(own.owners),
            ImmutableList.copyOf(own.risks), ImmutableList.copyOf(own.overdue),
            unitOverloads.build(), coverage, totals[u]));
      }
      return views.build();
    }

    /**
     * For each unit, the key results of its parent unit's objectives that a link from the unit or
     * a unit below it points at: one pass over the links, each placed under the sub-unit of the
     * parent's unit that holds its child.
     */
    private List<Set<Integer>> supported(AlignmentIndex index) {
      List<Set<Integer>> supported = new ArrayList<>(units.size());
      for (int u = 0; u < units.size(); u++) {
        supported.add(new HashSet<>());
      }
      for (int link = 0; link < index.linkCount(); link++) {
        int keyResult = index.linkParentKeyResult(link);
        if (keyResult == AlignmentIndex.MISSING) {
          continue;
        }
        Optional<OrgUnitId> childUnit = index.objective(index.linkChild(link)).orgUnit();
        Optional<OrgUnitId> parentUnit =
            index.objective(index.keyResultObjective(keyResult)).orgUnit();
        if (childUnit.isEmpty() || parentUnit.isEmpty()) {
          continue;
        }
        int holder = subUnitHolding(numbers.get(parentUnit.get()), numbers.get(childUnit.get()));
        if (holder >= 0) {
          supported.get(holder).add(keyResult);
        }
      }
      return supported;
    }

    private AccountabilityCoverage coverage(AlignmentIndex index, int parent,
        Set<Integer> supported) {
      int total = 0;
      ImmutableList.Builder<AlignmentTarget> unsupported = ImmutableList.builder();
      for (int o : parts.get(parent).objectives) {
        Objective objective = index.objective(o);
        for (int k = index.keyResultStart(o); k < index.keyResultEnd(o); k++) {
          total++;
          if (!supported.contains(k)) {
            unsupported.add(AlignmentTarget.of(objective.id(),
                objective.keyResults().get(k - index.keyResultStart(o)).id()));
          }
        }
      }
      ImmutableList<AlignmentTarget> missing = unsupported.build();
      return AccountabilityCoverage.of(units.get(parent),
          CoverageShare.of(total - missing.size(), total), missing);
    }
  }
}
