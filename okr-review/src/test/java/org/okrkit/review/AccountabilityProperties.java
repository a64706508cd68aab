package org.okrkit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResult;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Objective;
import org.okrkit.core.Plan;
import org.okrkit.scoring.PaceStatus;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;
import org.okrkit.testkit.Plans;

class AccountabilityProperties {

  private static final Scorer SCORER = Scorer.of(ScoringProfile.google());

  @Provide
  Arbitrary<Plan> plans() {
    return Plans.plans().filter(plan -> plan.size() > 0);
  }

  /** A date from shortly before the plan's first period to well after its start. */
  private static LocalDate asOf(Plan plan, int offset) {
    return plan.objectives().get(0).period().start().plusDays(offset);
  }

  private static AccountabilityView view(Plan plan, LocalDate asOf, int cadence, int limit,
      AccountabilityScope scope) {
    return AccountabilityView.of(plan, SCORER, asOf, AccountabilityPolicy.defaults()
        .withCadence(CheckInCadence.everyDays(cadence)).withMaxObjectivesPerOwner(limit)
        .withScope(scope));
  }

  @Property
  void everyOwnerHasAViewThatListsTheirObjectives(@ForAll("plans") Plan plan,
      @ForAll @IntRange(min = -30, max = 400) int offset) {
    AccountabilityView view = view(plan, asOf(plan, offset), 7, 5, AccountabilityScope.WHOLE_PLAN);
    for (Objective objective : plan.objectives()) {
      PersonView owner = view.person(objective.owner()).orElseThrow();
      assertTrue(owner.ownedObjectives().contains(objective.id()), objective.id().toString());
      for (KeyResult keyResult : objective.keyResults()) {
        assertTrue(view.person(keyResult.owner()).orElseThrow().ownedKeyResults()
            .stream().anyMatch(target -> target.objective().equals(objective.id())
                && target.keyResult().orElseThrow().equals(keyResult.id())));
      }
    }
    List<PersonView> people = view.people();
    for (int i = 1; i < people.size(); i++) {
      assertTrue(people.get(i - 1).person().compareTo(people.get(i).person()) < 0);
    }
  }

  @Property
  void theRisksAreExactlyTheActiveKeyResultsOkrScoringJudgesAtRiskOrOffTrack(
      @ForAll("plans") Plan plan, @ForAll @IntRange(min = -30, max = 400) int offset) {
    LocalDate asOf = asOf(plan, offset);
    AccountabilityView view = view(plan, asOf, 7, 5, AccountabilityScope.ACTIVE_ON_DATE);
    Set<String> expected = new HashSet<>();
    for (Objective objective : plan.objectives()) {
      if (!isActive(objective, asOf)) {
        continue;
      }
      for (KeyResult keyResult : objective.keyResults()) {
        PaceStatus status = SCORER.pace(objective, keyResult.id(), asOf).status();
        if (status == PaceStatus.AT_RISK || status == PaceStatus.OFF_TRACK) {
          expected.add(objective.id() + "/" + keyResult.id() + " " + status);
        }
      }
    }
    Set<String> listed = view.people().stream().flatMap(person -> person.risks().stream())
        .map(risk -> risk.objective() + "/" + risk.keyResult() + " " + risk.status())
        .collect(Collectors.toSet());
    assertEquals(expected, listed);
    for (PersonView person : view.people()) {
      for (AccountabilityRisk risk : person.risks()) {
        Objective objective = plan.objective(risk.objective());
        assertEquals(SCORER.pace(objective, risk.keyResult(), asOf).status(), risk.status());
        assertTrue(person.person().equals(risk.owner())
            || person.person().equals(objective.owner()));
      }
    }
  }

  @Property
  void theOverdueAreExactlyTheActiveKeyResultsWithNoActivityWithinTheCadence(
      @ForAll("plans") Plan plan, @ForAll @IntRange(min = -30, max = 400) int offset,
      @ForAll @IntRange(min = 1, max = 30) int cadence) {
    LocalDate asOf = asOf(plan, offset);
    AccountabilityView view =
        view(plan, asOf, cadence, 5, AccountabilityScope.ACTIVE_ON_DATE);
    Set<String> expected = new HashSet<>();
    for (Objective objective : plan.objectives()) {
      if (!isActive(objective, asOf)) {
        continue;
      }
      LocalDate activated = objective.activatedOn().orElseThrow();
      LocalDate start = activated.isAfter(objective.period().start())
          ? activated : objective.period().start();
      for (KeyResult keyResult : objective.keyResults()) {
        LocalDate last = start;
        for (CheckIn checkIn : keyResult.checkIns()) {
          if (!checkIn.date().isAfter(asOf)) {
            last = checkIn.date();
          }
        }
        long days = ChronoUnit.DAYS.between(last, asOf);
        if (days > cadence) {
          expected.add(objective.id() + "/" + keyResult.id() + " " + last + " " + days);
        }
      }
    }
    Set<String> listed = view.people().stream().flatMap(person -> person.overdue().stream())
        .map(o -> o.objective() + "/" + o.keyResult() + " " + o.lastActivity() + " "
            + o.daysSince())
        .collect(Collectors.toSet());
    assertEquals(expected, listed);
  }

  @Property
  void unitTotalsAddUpOverSubUnits(@ForAll("plans") Plan plan,
      @ForAll @IntRange(min = -30, max = 400) int offset,
      @ForAll @IntRange(min = 1, max = 3) int limit) {
    AccountabilityView view =
        view(plan, asOf(plan, offset), 7, limit, AccountabilityScope.WHOLE_PLAN);
    Map<Object, UnitView> byId = view.units().stream()
        .collect(Collectors.toMap(UnitView::unit, Function.identity()));
    for (UnitView unit : view.units()) {
      AccountabilityTotals sum = AccountabilityTotals.of(unit.objectives().size(),
          unit.objectives().stream().mapToInt(id -> plan.objective(id).keyResults().size()).sum(),
          unit.risks().size(), unit.overdue().size());
      for (var subUnit : unit.subUnits()) {
        assertEquals(unit.unit(), byId.get(subUnit).parentUnit().orElseThrow());
        sum = sum.plus(byId.get(subUnit).totals());
      }
      assertEquals(sum, unit.totals(), unit.unit().toString());
      unit.parentCoverage().ifPresent(coverage -> assertEquals(
          coverage.share().total() - coverage.share().covered(), coverage.unsupported().size()));
    }
    int objectivesWithUnit = (int) plan.objectives().stream()
        .filter(objective -> objective.orgUnit().isPresent()).count();
    assertEquals(objectivesWithUnit, view.units().stream()
        .filter(unit -> unit.parentUnit().isEmpty())
        .mapToInt(unit -> unit.totals().objectives()).sum());
    AccountabilityRenderingTest.assertShowsEveryFigure(view);
  }

  /** Activated on or before the date and not ended on or before it, from the events alone. */
  private static boolean isActive(Objective objective, LocalDate asOf) {
    boolean active = false;
    for (LifecycleEvent event : objective.lifecycleEvents()) {
      if (!event.date().isAfter(asOf)) {
        active = event.status() == org.okrkit.core.Status.ACTIVE;
      }
    }
    return active;
  }
}
