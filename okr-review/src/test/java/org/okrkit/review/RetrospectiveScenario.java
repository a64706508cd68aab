package org.okrkit.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Commitment;
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
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;

/**
 * The seed scenario: the sales department's first quarter of 2026 under its annual objective.
 * Every date is in 2026; the quarter is Q1, the year is 2026.
 */
final class RetrospectiveScenario {

  static final PersonId GRACE = PersonId.of("grace");
  static final PersonId ADA = PersonId.of("ada");
  static final PersonId BOB = PersonId.of("bob");
  static final OrgUnitId ACME = OrgUnitId.of("acme");
  static final OrgUnitId SALES = OrgUnitId.of("sales");
  static final OrgUnitId OPS = OrgUnitId.of("ops");
  static final ObjectiveId GROW = ObjectiveId.of("grow-2026");
  static final ObjectiveId SALES_Q1 = ObjectiveId.of("sales-q1");
  static final ObjectiveId HIRING_Q1 = ObjectiveId.of("hiring-q1");
  static final ObjectiveId OPS_Q2 = ObjectiveId.of("ops-q2");
  static final KeyResultId REVENUE = KeyResultId.of("revenue");
  static final KeyResultId RETENTION = KeyResultId.of("retention");
  static final KeyResultId DEALS = KeyResultId.of("deals");
  static final KeyResultId PIPELINE = KeyResultId.of("pipeline");
  static final KeyResultId NPS = KeyResultId.of("nps");
  static final KeyResultId HIRES = KeyResultId.of("hires");
  static final KeyResultId ONBOARDING = KeyResultId.of("onboarding");
  static final KeyResultId UPTIME = KeyResultId.of("uptime");
  static final KpiId PIPELINE_KPI = KpiId.of("pipeline-value");
  static final Period YEAR = Period.calendarYear(2026);
  static final Period Q1 = Period.calendarQuarter(2026, 1);
  static final LocalDate END_OF_Q1 = LocalDate.of(2026, 3, 31);

  private RetrospectiveScenario() {}

  static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  static Plan plan() {
    // The annual department objective: revenue 0 -> 120 k EUR checked in at 0, 10, 20 on days
    // 0, 40 and 80 of the year; retention never checked in and supported by nothing in Q1.
    Objective grow = Objective.builder().id(GROW).title("Grow the business").level(Level.DEPARTMENT)
        .orgUnit(SALES).owner(GRACE).period(YEAR).commitment(Commitment.COMMITTED)
        .addKeyResults(
            KeyResult.builder().id(REVENUE).title("Revenue to 120 k EUR").owner(GRACE)
                .measure(Metric.of(dec("0"), dec("120"), "k EUR")).build(),
            KeyResult.builder().id(RETENTION).title("Retention to 90 %").owner(GRACE)
                .measure(Metric.of(dec("80"), dec("90"), "%")).build())
        .build()
        .activate(day(1, 1))
        .checkIn(REVENUE, CheckIn.of(day(1, 1), dec("0")))
        .checkIn(REVENUE, CheckIn.of(day(2, 10), dec("10")))
        .checkIn(REVENUE, CheckIn.of(day(3, 22), dec("20")));
    // The committed quarter: deals missed (8 of 10), pipeline drawn from a KPI, NPS adjusted.
    Objective sales = Objective.builder().id(SALES_Q1).title("Win the quarter").level(Level.TEAM)
        .orgUnit(SALES).owner(ADA).period(Q1).commitment(Commitment.COMMITTED)
        .addKeyResults(
            KeyResult.builder().id(DEALS).title("Close 10 deals").owner(ADA)
                .measure(Metric.of(dec("0"), dec("10"), "deals")).build(),
            KeyResult.builder().id(PIPELINE).title("Pipeline of 300 k EUR").owner(ADA)
                .measure(Metric.of(dec("0"), dec("300"), "k EUR"))
                .kpi(KpiLink.of(PIPELINE_KPI, KpiAggregation.SUM)).build(),
            KeyResult.builder().id(NPS).title("NPS from 30 to 50").owner(BOB)
                .measure(Metric.of(dec("30"), dec("50"), "points")).build())
        .addAlignments(Alignment.toKeyResult(GROW, REVENUE))
        .build()
        .activate(day(1, 1))
        .checkIn(DEALS, CheckIn.of(day(3, 31), dec("8")))
        .adjustTarget(NPS, day(2, 15), dec("45"), "Survey scale changed")
        .checkIn(NPS, CheckIn.of(day(3, 30), dec("45")));
    // The aspirational quarter, aligned to nothing: 1 hire of 4, onboarding never checked in.
    Objective hiring = Objective.builder().id(HIRING_Q1).title("Grow the team").level(Level.TEAM)
        .orgUnit(SALES).owner(ADA).period(Q1).commitment(Commitment.ASPIRATIONAL)
        .addKeyResults(
            KeyResult.builder().id(HIRES).title("Hire 4 people").owner(ADA)
                .measure(Metric.of(dec("0"), dec("4"), "people")).build(),
            KeyResult.builder().id(ONBOARDING).title("Onboarding programme").owner(ADA)
                .measure(Milestone.of()).build())
        .build()
        .activate(day(1, 1))
        .checkIn(HIRES, CheckIn.of(day(3, 15), dec("1")));
    // Another unit's second quarter, aligned to retention: not Q1, so it supports nothing here.
    Objective ops = Objective.builder().id(OPS_Q2).title("Keep customers").level(Level.TEAM)
        .orgUnit(OPS).owner(BOB).period(Period.calendarQuarter(2026, 2))
        .commitment(Commitment.COMMITTED)
        .addKeyResults(KeyResult.builder().id(UPTIME).title("Ship the retention fixes").owner(BOB)
            .measure(Milestone.of()).build())
        .addAlignments(Alignment.toKeyResult(GROW, RETENTION))
        .build()
        .activate(day(4, 1))
        .checkIn(UPTIME, CheckIn.of(day(4, 20), CheckInValue.done()));
    Kpi pipeline = Kpi.builder().id(PIPELINE_KPI).name("Pipeline value").unit("k EUR")
        .owner(ADA).healthTarget(HealthTarget.stayAtOrAbove(dec("100")))
        .addReadings(KpiReading.of(day(1, 15), dec("100")),
            KpiReading.of(day(2, 15), dec("100")),
            KpiReading.of(day(3, 15), dec("100")))
        .build();
    return Plan.of(List.of(grow, sales, hiring, ops), List.of(pipeline),
        Map.of(SALES, ACME, OPS, ACME));
  }
}
