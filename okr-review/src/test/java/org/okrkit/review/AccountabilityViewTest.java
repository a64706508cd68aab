package org.okrkit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.review.AccountabilityScenario.*;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.CoverageShare;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.Confidence;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiAggregation;
import org.okrkit.core.KpiId;
import org.okrkit.core.KpiLink;
import org.okrkit.core.KpiReading;
import org.okrkit.core.Level;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.scoring.PaceStatus;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

class AccountabilityViewTest {

  static final AccountabilityPolicy POLICY =
      AccountabilityPolicy.defaults().withMaxObjectivesPerOwner(2);

  static AccountabilityView view() {
    return AccountabilityView.of(plan(), Scorer.of(ScoringProfile.google()), AS_OF, POLICY);
  }

  // sam's deals: 5 of 50 = 0.1, below 0.5 - 0.25 = 0.25 (at risk) but not below 0.5 - 0.5 = 0
  // (off track); the latest confidence, MEDIUM 0.55 of 2026-02-09, changes nothing.
  static final AccountabilityRisk DEALS_RISK = ImmutableAccountabilityRisk.of(NORTH_Q1, DEALS, SAM,
      PaceStatus.AT_RISK, PaceStatus.AT_RISK, dec("0.5"), Optional.of(dec("0.1")),
      Optional.of(Confidence.MEDIUM), Optional.of(date(2, 9)));
  // ivan's launch: 6 of 10 = 0.6, not behind 0.5 at all (on track), but the latest confidence is
  // LOW (0.2, 2026-02-13), which makes it at risk.
  static final AccountabilityRisk LAUNCH_RISK = ImmutableAccountabilityRisk.of(WEB_Q1, LAUNCH, IVAN,
      PaceStatus.AT_RISK, PaceStatus.ON_TRACK, dec("0.5"), Optional.of(dec("0.6")),
      Optional.of(Confidence.LOW), Optional.of(date(2, 13)));
  // erik's pipeline: checked in on 2026-02-01; 2026-02-14 is 13 days later, more than 7.
  static final AccountabilityOverdue PIPELINE_OVERDUE = ImmutableAccountabilityOverdue.of(NORTH_Q1,
      PIPELINE, ERIK, AccountabilityOverdue.Basis.CHECK_IN, date(2, 1), 13,
      CheckInCadence.weekly());
  // erik's tooling: never checked in; check-ins were possible from the later of activation
  // (2026-01-02) and Q1's start (2026-01-01): 29 days to 2026-01-31, then 14 more = 43 days.
  static final AccountabilityOverdue TOOLING_OVERDUE = ImmutableAccountabilityOverdue.of(
      NORTH_TOOLS, TOOLING, ERIK, AccountabilityOverdue.Basis.START, ACTIVATED, 43,
      CheckInCadence.weekly());
  // erik owns north-q1, north-hiring-q1 and north-tools-q1, all in Q1: 3 > 2.
  static final AccountabilityOverload ERIK_OVERLOAD = ImmutableAccountabilityOverload.of(ERIK, Q1,
      3, 2, ImmutableList.of(NORTH_Q1, NORTH_HIRING, NORTH_TOOLS));

  @Test
  void everyPersonOfTheScenarioIsListedByIdWithWhatTheyAnswerFor() {
    AccountabilityView view = view();
    assertEquals(AS_OF, view.asOf());
    assertEquals(POLICY, view.policy());
    assertEquals(List.of(CAROL, DANA, ERIK, FAY, IVAN, LENA, OLGA, SAM),
        view.people().stream().map(PersonView::person).toList());
    assertEquals(ImmutablePersonView.of(CAROL, ImmutableList.of(COMPANY),
        ImmutableList.of(kr(COMPANY, ARR)), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of()),
        person(view, CAROL));
    // retention was checked in exactly 7 days earlier, on 2026-02-07: in time.
    assertEquals(ImmutablePersonView.of(DANA, ImmutableList.of(DEPARTMENT),
        ImmutableList.of(kr(DEPARTMENT, REVENUE), kr(DEPARTMENT, NEW_LOGOS),
            kr(DEPARTMENT, RETENTION)),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of()), person(view, DANA));
    // erik answers for sam's deals as the owner of north-q1.
    assertEquals(ImmutablePersonView.of(ERIK,
        ImmutableList.of(NORTH_Q1, NORTH_HIRING, NORTH_TOOLS),
        ImmutableList.of(kr(NORTH_Q1, PIPELINE), kr(NORTH_HIRING, HIRES),
            kr(NORTH_TOOLS, TOOLING)),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(DEALS_RISK),
        ImmutableList.of(PIPELINE_OVERDUE, TOOLING_OVERDUE), ImmutableList.of(ERIK_OVERLOAD)),
        person(view, ERIK));
    assertEquals(ImmutablePersonView.of(FAY, ImmutableList.of(WEB_Q1),
        ImmutableList.of(kr(WEB_Q1, SIGNUPS)), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(LAUNCH_RISK), ImmutableList.of(),
        ImmutableList.of()), person(view, FAY));
    assertEquals(ImmutablePersonView.of(IVAN, ImmutableList.of(),
        ImmutableList.of(kr(WEB_Q1, LAUNCH)), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(LAUNCH_RISK), ImmutableList.of(),
        ImmutableList.of()), person(view, IVAN));
    assertEquals(ImmutablePersonView.of(LENA, ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(NORTH_Q1), ImmutableList.of(kr(WEB_Q1, SIGNUPS)), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of()), person(view, LENA));
    assertEquals(ImmutablePersonView.of(OLGA, ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of(NORTH_Q1), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of()), person(view, OLGA));
    assertEquals(ImmutablePersonView.of(SAM, ImmutableList.of(),
        ImmutableList.of(kr(NORTH_Q1, DEALS)), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(DEALS_RISK), ImmutableList.of(),
        ImmutableList.of()), person(view, SAM));
    assertTrue(person(view, ERIK).isOverloaded());
    assertFalse(person(view, FAY).isOverloaded());
    assertTrue(LAUNCH_RISK.isByConfidenceOnly());
    assertFalse(DEALS_RISK.isByConfidenceOnly());
    assertEquals(Optional.empty(), view.person(PersonId.of("nobody")));
  }

  @Test
  void everyUnitOfTheTreeIsListedInTreeOrderWithItsRollUpAndCoverage() {
    AccountabilityView view = view();
    assertEquals(List.of(ACME, SALES, NORTH, WEB),
        view.units().stream().map(UnitView::unit).toList());
    // team-north: 3 objectives with 2 + 1 + 1 = 4 key results; 1 at risk, 2 overdue. Of sales-q1's
    // 3 key results it supports revenue only: 1 of 3 = 0.3333.
    UnitView north = ImmutableUnitView.of(NORTH, Optional.of(SALES), ImmutableList.of(),
        ImmutableList.of(NORTH_Q1, NORTH_HIRING, NORTH_TOOLS), ImmutableList.of(ERIK, SAM),
        ImmutableList.of(DEALS_RISK), ImmutableList.of(PIPELINE_OVERDUE, TOOLING_OVERDUE),
        ImmutableList.of(ERIK_OVERLOAD),
        Optional.of(ImmutableAccountabilityCoverage.of(SALES, CoverageShare.of(1, 3),
            ImmutableList.of(kr(DEPARTMENT, NEW_LOGOS), kr(DEPARTMENT, RETENTION)))),
        AccountabilityTotals.of(3, 4, 1, 2));
    assertEquals(north, unit(view, NORTH));
    // team-web: 1 objective, 2 key results, 1 at risk; supports new-logos only: 1 of 3.
    UnitView web = ImmutableUnitView.of(WEB, Optional.of(SALES), ImmutableList.of(),
        ImmutableList.of(WEB_Q1), ImmutableList.of(FAY, IVAN), ImmutableList.of(LAUNCH_RISK),
        ImmutableList.of(), ImmutableList.of(),
        Optional.of(ImmutableAccountabilityCoverage.of(SALES, CoverageShare.of(1, 3),
            ImmutableList.of(kr(DEPARTMENT, REVENUE), kr(DEPARTMENT, RETENTION)))),
        AccountabilityTotals.of(1, 2, 1, 0));
    assertEquals(web, unit(view, WEB));
    // sales-dept: own 1 objective and 3 key results, plus north and web:
    // 1 + 3 + 1 = 5 objectives, 3 + 4 + 2 = 9 key results, 0 + 1 + 1 = 2 at risk,
    // 0 + 2 + 0 = 2 overdue. sales-q1 supports acme's only key result, arr: 1 of 1.
    UnitView sales = ImmutableUnitView.of(SALES, Optional.of(ACME),
        ImmutableList.of(NORTH, WEB), ImmutableList.of(DEPARTMENT), ImmutableList.of(DANA),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        Optional.of(ImmutableAccountabilityCoverage.of(ACME, CoverageShare.of(1, 1),
            ImmutableList.of())),
        AccountabilityTotals.of(5, 9, 2, 2));
    assertEquals(sales, unit(view, SALES));
    // acme: 1 + 5 = 6 objectives, 1 + 9 = 10 key results, 2 at risk, 2 overdue; a top unit.
    UnitView acme = ImmutableUnitView.of(ACME, Optional.empty(), ImmutableList.of(SALES),
        ImmutableList.of(COMPANY), ImmutableList.of(CAROL), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), Optional.empty(),
        AccountabilityTotals.of(6, 10, 2, 2));
    assertEquals(acme, unit(view, ACME));
    assertEquals(Optional.empty(), view.unit(OrgUnitId.of("elsewhere")));
  }

  @Test
  void aFortnightlyCadenceLeavesOnlyTheKeyResultNeverCheckedIn() {
    AccountabilityView view = AccountabilityView.of(plan(), Scorer.of(ScoringProfile.google()),
        AS_OF, POLICY.withCadence(CheckInCadence.fortnightly()));
    // pipeline: 13 days, not more than 14; tooling: 43 days.
    assertEquals(List.of(ImmutableAccountabilityOverdue.of(NORTH_TOOLS, TOOLING, ERIK,
            AccountabilityOverdue.Basis.START, ACTIVATED, 43, CheckInCadence.fortnightly())),
        person(view, ERIK).overdue());
  }

  @Test
  void theDefaultLimitOfFiveLeavesNobodyOverloaded() {
    AccountabilityView view = AccountabilityView.of(plan(), Scorer.of(ScoringProfile.google()),
        AS_OF, AccountabilityPolicy.defaults());
    assertEquals(5, view.policy().maxObjectivesPerOwner());
    assertTrue(view.people().stream().noneMatch(PersonView::isOverloaded));
    assertTrue(view.units().stream().allMatch(unit -> unit.overloads().isEmpty()));
  }

  @Test
  void theScopeDecidesWhichObjectivesCount() {
    // web-q2 is a draft for Q2 owned by ivan: not active on 2026-02-14, nor in a period holding it.
    ObjectiveId webQ2 = ObjectiveId.of("web-q2");
    Plan plan = plan().with(objective(webQ2, Level.TEAM, IVAN,
        Period.calendarQuarter(2026, 2), WEB)
        .addKeyResults(keyResult(KeyResultId.of("q2-launch"), IVAN, "1")).build());
    Scorer scorer = Scorer.of(ScoringProfile.google());
    for (AccountabilityScope scope : List.of(AccountabilityScope.ACTIVE_ON_DATE,
        AccountabilityScope.PERIODS_CONTAINING_DATE)) {
      AccountabilityView view =
          AccountabilityView.of(plan, scorer, AS_OF, POLICY.withScope(scope));
      assertEquals(List.of(), person(view, IVAN).ownedObjectives(), scope.toString());
      assertEquals(AccountabilityTotals.of(6, 10, 2, 2), unit(view, ACME).totals());
    }
    AccountabilityView whole = AccountabilityView.of(plan, scorer, AS_OF,
        POLICY.withScope(AccountabilityScope.WHOLE_PLAN));
    assertEquals(List.of(webQ2), person(whole, IVAN).ownedObjectives());
    // a draft is never at risk nor overdue: 7 objectives, 11 key results, still 2 and 2.
    assertEquals(AccountabilityTotals.of(7, 11, 2, 2), unit(whole, ACME).totals());
    // web-q2 is ivan's only objective of Q2: 1, not more than 2.
    assertEquals(List.of(), person(whole, IVAN).overloads());
  }

  @Test
  void aKeyResultDrawnFromAKpiCountsItsLatestReadingInThePeriod() {
    KpiId leads = KpiId.of("leads");
    Kpi kpi = Kpi.builder().id(leads).name("Qualified leads").unit("leads").owner(DANA)
        .healthTarget(HealthTarget.increaseTo(dec("100")))
        .addReadings(KpiReading.of(date(1, 20), dec("30")), KpiReading.of(date(2, 3), dec("40")),
            KpiReading.of(date(2, 20), dec("60")))
        .build()
        .withReading(KpiReading.of(LocalDate.of(2025, 12, 20), dec("5")));
    KeyResultId fromKpi = KeyResultId.of("kpi-leads");
    Objective objective = objective(WEB_Q1, Level.TEAM, FAY, Q1, WEB)
        .addKeyResults(KeyResult.builder().id(fromKpi).title("Leads").owner(SAM)
            .measure(Metric.of(BigDecimal.ZERO, dec("100"), "leads"))
            .kpi(KpiLink.of(leads, KpiAggregation.LATEST)).build())
        .build().activate(ACTIVATED);
    Plan plan = Plan.of(List.of(objective), List.of(kpi), Map.of());
    Scorer scorer = Scorer.of(ScoringProfile.google()).withKpisOf(plan);
    // On 2026-02-14 the latest reading in Q1 up to the date is 2026-02-03 (40 of 100 = 0.4, on
    // track against 0.5); 11 days later, more than 7. The reading of 2026-02-20 is yet to come.
    assertEquals(List.of(ImmutableAccountabilityOverdue.of(WEB_Q1, fromKpi, SAM,
            AccountabilityOverdue.Basis.KPI_READING, date(2, 3), 11, CheckInCadence.weekly())),
        person(AccountabilityView.of(plan, scorer, AS_OF, POLICY), SAM).overdue());
    // On 2026-01-10 no reading of Q1 exists yet (2025-12-20 is before the period): the start,
    // 2026-01-02, is 8 days earlier.
    assertEquals(List.of(ImmutableAccountabilityOverdue.of(WEB_Q1, fromKpi, SAM,
            AccountabilityOverdue.Basis.START, ACTIVATED, 8, CheckInCadence.weekly())),
        person(AccountabilityView.of(plan, scorer, date(1, 10), POLICY), SAM).overdue());
  }

  @Test
  void aCadenceOfNoDaysOrFewerIsRejectedByName() {
    for (int days : new int[] {0, -1, Integer.MIN_VALUE}) {
      OkrException e = assertThrows(OkrException.class, () -> CheckInCadence.everyDays(days));
      assertEquals("days", e.field());
      assertEquals(Integer.toString(days), e.rejectedValue());
    }
    OkrException limit = assertThrows(OkrException.class,
        () -> AccountabilityPolicy.defaults().withMaxObjectivesPerOwner(0));
    assertEquals("maxObjectivesPerOwner", limit.field());
    assertEquals(3, CheckInCadence.everyDays(3).days());
    assertEquals(7, CheckInCadence.weekly().days());
    assertEquals("every 7 days", CheckInCadence.weekly().toString());
    assertEquals("every day", CheckInCadence.everyDays(1).toString());
  }

  @Test
  void totalsRejectImpossibleCounts() {
    assertEquals("atRisk",
        assertThrows(OkrException.class, () -> AccountabilityTotals.of(1, 1, 2, 0)).field());
    assertEquals("objectives",
        assertThrows(OkrException.class, () -> AccountabilityTotals.of(-1, 0, 0, 0)).field());
    assertEquals("objectives", assertThrows(OkrException.class,
        () -> AccountabilityTotals.of(Integer.MAX_VALUE, 0, 0, 0)
            .plus(AccountabilityTotals.of(1, 0, 0, 0))).field());
    // 1 + 2 = 3, 2 + 3 = 5, 1 + 0 = 1, 0 + 3 = 3
    assertEquals(AccountabilityTotals.of(3, 5, 1, 3),
        AccountabilityTotals.of(1, 2, 1, 0).plus(AccountabilityTotals.of(2, 3, 0, 3)));
  }

  static PersonView person(AccountabilityView view, PersonId person) {
    return view.person(person).orElseThrow();
  }

  static UnitView unit(AccountabilityView view, OrgUnitId unit) {
    return view.unit(unit).orElseThrow();
  }

  static AlignmentTarget kr(ObjectiveId objective, KeyResultId keyResult) {
    return AlignmentTarget.of(objective, keyResult);
  }
}
