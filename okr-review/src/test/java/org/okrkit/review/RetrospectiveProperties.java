package org.okrkit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.PeriodKind;
import org.okrkit.core.Plan;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;
import org.okrkit.testkit.Plans;

class RetrospectiveProperties {

  /** A generated plan, one of its quarters, and a date from the quarter's start to past its end. */
  record Case(Plan plan, Period quarter, LocalDate asOf) {}

  @Provide
  Arbitrary<Case> cases() {
    return Plans.plans()
        .filter(plan -> plan.objectives().stream()
            .anyMatch(o -> o.period().kind() == PeriodKind.QUARTER))
        .flatMap(plan -> {
          List<Period> quarters = plan.objectives().stream().map(Objective::period)
              .filter(p -> p.kind() == PeriodKind.QUARTER).distinct()
              .collect(Collectors.toList());
          return Combinators.combine(Arbitraries.of(quarters), Arbitraries.integers().between(0, 120))
              .as((quarter, days) -> new Case(plan, quarter, quarter.start().plusDays(days)));
        });
  }

  private static Scorer scorer(Plan plan) {
    return Scorer.of(ScoringProfile.google()).withKpisOf(plan);
  }

  private static Retrospective retrospective(Case c) {
    return Retrospective.of(c.plan(), c.quarter(), scorer(c.plan()), c.asOf());
  }

  @Property(tries = 100)
  void everyObjectiveOfThePeriodAppearsWithItsGrade(@ForAll("cases") Case c) {
    Retrospective retrospective = retrospective(c);
    List<ObjectiveId> expected = new ArrayList<>();
    for (Objective objective : c.plan().objectives()) {
      if (c.quarter().contains(objective.period())) {
        expected.add(objective.id());
      }
    }
    assertEquals(expected, retrospective.objectives().stream()
        .map(RetrospectiveObjective::objectiveId).collect(Collectors.toList()));
    Scorer scorer = scorer(c.plan());
    for (RetrospectiveObjective shown : retrospective.objectives()) {
      ObjectiveScore score = scorer.score(c.plan().objective(shown.objectiveId()), c.asOf());
      assertEquals(score.score(), shown.score());
      assertEquals(score.judgement(), shown.judgement());
      assertEquals(score.isTooSafe(), shown.isTooSafe());
      for (int k = 0; k < shown.keyResults().size(); k++) {
        assertEquals(score.keyResults().get(k).score(), shown.keyResults().get(k).score());
      }
    }
  }

  @Property(tries = 100)
  void nothingOfAnotherPeriodAppears(@ForAll("cases") Case c) {
    Retrospective retrospective = retrospective(c);
    for (RetrospectiveObjective shown : retrospective.objectives()) {
      assertTrue(c.quarter().contains(shown.period()), shown.toString());
    }
    for (RetrospectiveYearObjective year : retrospective.yearObjectives()) {
      assertEquals(PeriodKind.YEAR, year.period().kind());
      assertTrue(year.period().contains(c.quarter()), year.toString());
    }
    String text = retrospective.toText();
    for (Objective objective : c.plan().objectives()) {
      boolean shown = c.quarter().contains(objective.period())
          || (objective.period().kind() == PeriodKind.YEAR
              && objective.period().contains(c.quarter()));
      if (!shown) {
        assertTrue(!text.contains("- " + objective.id() + " \""), objective.id().toString());
      }
    }
  }

  @Property(tries = 100)
  void eachForecastIsOkrScoringsForecast(@ForAll("cases") Case c) {
    Retrospective retrospective = retrospective(c);
    Scorer scorer = scorer(c.plan());
    for (RetrospectiveYearObjective year : retrospective.yearObjectives()) {
      Objective objective = c.plan().objective(year.objectiveId());
      assertEquals(objective.keyResults().size(), year.keyResults().size());
      for (RetrospectiveForecast forecast : year.keyResults()) {
        assertEquals(scorer.forecast(objective, forecast.keyResultId(), c.asOf()),
            forecast.forecast());
        assertEquals(forecast.fallsShort(), forecast.scoreShortfall().isPresent());
      }
    }
  }

  @Property(tries = 100)
  void everyFigureAppearsInBothTexts(@ForAll("cases") Case c) {
    RetrospectiveRenderingTest.assertEveryFigureShown(retrospective(c));
  }

  @Property(tries = 100)
  void aScopeShowsASubsetInPlanOrder(@ForAll("cases") Case c) {
    Retrospective whole = retrospective(c);
    Assume.that(!whole.objectives().isEmpty());
    RetrospectiveObjective first = whole.objectives().get(0);
    Retrospective owner = Retrospective.of(c.plan(), c.quarter(), scorer(c.plan()), c.asOf(),
        RetrospectiveScope.forOwner(first.owner()));
    assertEquals(whole.objectives().stream().filter(o -> o.owner().equals(first.owner()))
        .collect(Collectors.toList()), owner.objectives());
  }
}
