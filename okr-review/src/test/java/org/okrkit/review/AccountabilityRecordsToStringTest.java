package org.okrkit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.review.AccountabilityScenario.*;
import static org.okrkit.review.AccountabilityViewTest.DEALS_RISK;
import static org.okrkit.review.AccountabilityViewTest.ERIK_OVERLOAD;
import static org.okrkit.review.AccountabilityViewTest.PIPELINE_OVERDUE;
import static org.okrkit.review.AccountabilityViewTest.kr;
import static org.okrkit.review.AccountabilityViewTest.person;
import static org.okrkit.review.AccountabilityViewTest.unit;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.CoverageShare;
import org.okrkit.scoring.PaceStatus;

/** The toString of each record of an accountability view, in its documented format. */
class AccountabilityRecordsToStringTest {

  @Test
  void aRiskShowsItsKeyResultOwnerStatusesProgressAndConfidence() {
    assertEquals("north-q1/north-deals (sam): AT_RISK, progress AT_RISK, 0.1 of 0.5 expected, "
        + "confidence 0.55 MEDIUM on 2026-02-09", DEALS_RISK.toString());
    AccountabilityRisk unscored = ImmutableAccountabilityRisk.of(NORTH_Q1, DEALS, SAM,
        PaceStatus.OFF_TRACK, PaceStatus.OFF_TRACK, dec("0.5"), Optional.empty(),
        Optional.empty(), Optional.empty());
    assertEquals("north-q1/north-deals (sam): OFF_TRACK, progress OFF_TRACK, not scored of 0.5 "
        + "expected, confidence none", unscored.toString());
  }

  @Test
  void anOverdueKeyResultShowsItsLatestActivityAndTheCadence() {
    // checked in on 2026-02-01, 13 days before 2026-02-14
    assertEquals("north-q1/north-pipeline (erik): last CHECK_IN on 2026-02-01, 13 days ago, "
        + "cadence every 7 days", PIPELINE_OVERDUE.toString());
  }

  @Test
  void anOverloadShowsTheOwnerCountsPeriodAndObjectives() {
    assertEquals("erik: 3 objectives in QUARTER[2026-01-01..2026-03-31], limit 2: north-q1, "
        + "north-hiring-q1, north-tools-q1", ERIK_OVERLOAD.toString());
  }

  @Test
  void aCoverageShowsTheShareAndOnlyThenTheUnsupportedKeyResults() {
    // 1 of 3 = 0.3333 to 4 places
    assertEquals("of sales-dept: 1 of 3 (0.3333), unsupported sales-q1/new-logos, "
        + "sales-q1/retention", AccountabilityCoverage.of(SALES, CoverageShare.of(1, 3),
            ImmutableList.of(kr(DEPARTMENT, NEW_LOGOS), kr(DEPARTMENT, RETENTION))).toString());
    // 1 of 2 = 0.5, shown to the 4 places of CoverageShare.value()
    assertEquals("of acme: 1 of 2 (0.5000), unsupported acme-2026/arr",
        AccountabilityCoverage.of(ACME, CoverageShare.of(1, 2),
            ImmutableList.of(kr(COMPANY, ARR))).toString());
    assertEquals("of sales-dept: 0 of 0 (nothing to cover)",
        AccountabilityCoverage.of(SALES, CoverageShare.of(0, 0), ImmutableList.of()).toString());
  }

  @Test
  void totalsPolicyAndViewShowTheirCounts() {
    assertEquals("3 objectives, 7 key results, 2 at risk, 1 overdue",
        AccountabilityTotals.of(3, 7, 2, 1).toString());
    assertEquals("AccountabilityPolicy[check-ins every 7 days, at most 5 objectives per owner and "
        + "period, ACTIVE_ON_DATE]", AccountabilityPolicy.defaults().toString());
    // carol, dana, erik, fay, ivan, lena, olga and sam; acme, sales-dept, team-north and team-web
    assertEquals("AccountabilityView[as of 2026-02-14, 8 people, 4 units]",
        AccountabilityViewTest.view().toString());
  }

  @Test
  void aUnitViewShowsItsParentOnlyWhenItHasOneAndItsTotals() {
    AccountabilityView view = AccountabilityViewTest.view();
    // the totals worked out in AccountabilityViewTest
    assertEquals("UnitView[team-north in sales-dept: 3 objectives, 4 key results, 1 at risk, "
        + "2 overdue]", unit(view, NORTH).toString());
    assertEquals("UnitView[acme: 6 objectives, 10 key results, 2 at risk, 2 overdue]",
        unit(view, ACME).toString());
  }

  @Test
  void aPersonViewShowsTheCountsOfEachList() {
    AccountabilityView view = AccountabilityViewTest.view();
    // erik owns north-q1, north-hiring-q1, north-tools-q1 and pipeline, hires, tooling; answers
    // for sam's deals; pipeline and tooling are overdue; one overload in Q1
    assertEquals("PersonView[erik: owns 3 objectives and 3 key results, contributes to 0 and 0, "
        + "coaches 0, 1 at risk, 2 overdue, 1 overloads]", person(view, ERIK).toString());
    // lena contributes to north-q1 and to web-q1's sign-ups
    assertEquals("PersonView[lena: owns 0 objectives and 0 key results, contributes to 1 and 1, "
        + "coaches 0, 0 at risk, 0 overdue, 0 overloads]", person(view, LENA).toString());
    // olga coaches north-q1
    assertEquals("PersonView[olga: owns 0 objectives and 0 key results, contributes to 0 and 0, "
        + "coaches 1, 0 at risk, 0 overdue, 0 overloads]", person(view, OLGA).toString());
  }
}
