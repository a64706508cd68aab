package org.okrkit.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Commitment;
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
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.PersonId;

/**
 * Parcelo, a sample same-day delivery company, and its OKR plan for 2026 after the first quarter
 * of check-ins. Every date is fixed, so the plan, and everything computed from it, is the same on
 * every run.
 *
 * <p>The company has three departments of two teams each. The company's objective and the
 * departments' objectives are set for the year 2026; the teams' objectives for its first quarter,
 * each aligned to one key result of its department's objective, each department's objective to one
 * key result of the company's. Everything is activated on {@link #ACTIVATED} and checked in at the
 * end of January, February and March; the lead count comes from the weekly readings of a KPI.
 *
 * <p>On purpose the plan holds:
 *
 * <ul>
 *   <li>a growth objective ({@link #MARKETING_Q1}) whose key result "1000 qualified leads" is drawn
 *       from the weekly "qualified leads" KPI, summed over the quarter;
 *   <li>a driver-recruitment objective ({@link #RECRUITING_Q1}) whose hiring target was lowered
 *       from 60 to 45 in February (an adjusted key result) and whose time to hire must fall;
 *   <li>a decreasing churn key result ({@link #CHURN} of {@link #SUPPORT_Q1}: from 5 % down to 4 %);
 *   <li>a milestone key result (the referral programme of {@link #MARKETING_Q1});
 *   <li>a committed objective that misses ({@link #SALES_Q1}: 24 of 30 customers signed);
 *   <li>one alignment defect: the customer-success team's objective ({@link #SUCCESS_Q1}) was set
 *       at department level, so its link to its department's objective ({@link #CUSTOMER_2026}) is
 *       a level inversion.
 * </ul>
 */
public final class SampleCompany {

  /** The year of the annual plan. */
  public static final Period YEAR = Period.calendarYear(2026);
  /** The quarter the teams' objectives are set for, and reviewed. */
  public static final Period QUARTER = Period.calendarQuarter(2026, 1);
  /** The day every objective was activated. */
  public static final LocalDate ACTIVATED = LocalDate.of(2026, 1, 5);
  /** The day the report is computed for: the quarter's last day, before anything is closed. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  /** The company's objective for the year. */
  public static final ObjectiveId COMPANY_2026 = ObjectiveId.of("win-the-city-2026");
  /** The growth department's objective for the year. */
  public static final ObjectiveId GROWTH_2026 = ObjectiveId.of("growth-2026");
  /** The operations department's objective for the year. */
  public static final ObjectiveId OPERATIONS_2026 = ObjectiveId.of("operations-2026");
  /** The customer department's objective for the year, the parent of the defective link. */
  public static final ObjectiveId CUSTOMER_2026 = ObjectiveId.of("customer-2026");
  /** The marketing team's growth objective, with the key result drawn from the leads KPI. */
  public static final ObjectiveId MARKETING_Q1 = ObjectiveId.of("marketing-q1");
  /** The sales team's committed objective, which misses. */
  public static final ObjectiveId SALES_Q1 = ObjectiveId.of("sales-q1");
  /** The recruiting team's driver-recruitment objective, with the adjusted key result. */
  public static final ObjectiveId RECRUITING_Q1 = ObjectiveId.of("recruiting-q1");
  /** The dispatch team's objective. */
  public static final ObjectiveId DISPATCH_Q1 = ObjectiveId.of("dispatch-q1");
  /** The support team's objective, with the decreasing churn key result. */
  public static final ObjectiveId SUPPORT_Q1 = ObjectiveId.of("support-q1");
  /** The customer-success team's objective, set at the wrong level: the alignment defect. */
  public static final ObjectiveId SUCCESS_Q1 = ObjectiveId.of("success-q1");

  /** The churn key results: the company's, the customer department's and the support team's. */
  public static final KeyResultId CHURN = KeyResultId.of("churn");
  /** The recruiting team's hiring key result, whose target was lowered in February. */
  public static final KeyResultId HIRES = KeyResultId.of("hires");
  /** The KPI the lead counts are read into every week. */
  public static final KpiId LEADS_KPI = KpiId.of("qualified-leads");

  /** The CEO, who owns the company's objective. */
  public static final PersonId MARIA = PersonId.of("maria");
  /** The dispatch team's lead, whose accountability the report shows. */
  public static final PersonId ELENA = PersonId.of("elena");

  private static final PersonId JONAS = PersonId.of("jonas");
  private static final PersonId AMARA = PersonId.of("amara");
  private static final PersonId LIN = PersonId.of("lin");
  private static final PersonId SOFIA = PersonId.of("sofia");
  private static final PersonId BEN = PersonId.of("ben");
  private static final PersonId TOM = PersonId.of("tom");
  private static final PersonId RAVI = PersonId.of("ravi");
  private static final PersonId KIM = PersonId.of("kim");
  private static final PersonId NOAH = PersonId.of("noah");
  private static final PersonId PRIYA = PersonId.of("priya");
  private static final PersonId OLGA = PersonId.of("olga");

  private static final OrgUnitId PARCELO = OrgUnitId.of("parcelo");
  private static final OrgUnitId GROWTH = OrgUnitId.of("growth");
  private static final OrgUnitId OPERATIONS = OrgUnitId.of("operations");
  private static final OrgUnitId CUSTOMER = OrgUnitId.of("customer");
  private static final OrgUnitId MARKETING = OrgUnitId.of("marketing");
  private static final OrgUnitId SALES = OrgUnitId.of("sales");
  private static final OrgUnitId RECRUITING = OrgUnitId.of("recruiting");
  private static final OrgUnitId DISPATCH = OrgUnitId.of("dispatch");
  private static final OrgUnitId SUPPORT = OrgUnitId.of("support");
  private static final OrgUnitId SUCCESS = OrgUnitId.of("success");

  private static final KeyResultId REVENUE = KeyResultId.of("revenue");
  private static final KeyResultId DRIVERS = KeyResultId.of("drivers");
  private static final KeyResultId LEADS = KeyResultId.of("leads");
  private static final KeyResultId DEALS = KeyResultId.of("deals");
  private static final KeyResultId ON_TIME = KeyResultId.of("on-time");
  private static final KeyResultId NPS = KeyResultId.of("nps");
  private static final KeyResultId REFERRALS = KeyResultId.of("referrals");
  private static final KeyResultId PILOTS = KeyResultId.of("pilots");
  private static final KeyResultId TIME_TO_HIRE = KeyResultId.of("time-to-hire");
  private static final KeyResultId FAILED_ATTEMPTS = KeyResultId.of("failed-attempts");
  private static final KeyResultId FIRST_RESPONSE = KeyResultId.of("first-response");
  private static final KeyResultId REVIEWS = KeyResultId.of("reviews");

  private static final LocalDate JANUARY = LocalDate.of(2026, 1, 30);
  private static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 27);
  private static final LocalDate MARCH = LocalDate.of(2026, 3, 27);

  private SampleCompany() {}

  /**
   * Builds the plan: ten objectives (one for the company, three for the departments, six for the
   * teams), the leads KPI and the unit tree company, departments, teams.
   *
   * @return the plan, the same on every call, not null
   */
  public static Plan plan() {
    Kpi leads = leadsKpi();
    List<Objective> objectives = List.of(company(), growth(), operations(), customer(),
        marketing(), sales(), recruiting(), dispatch(), support(), success());
    Map<OrgUnitId, OrgUnitId> units = Map.of(
        GROWTH, PARCELO, OPERATIONS, PARCELO, CUSTOMER, PARCELO,
        MARKETING, GROWTH, SALES, GROWTH,
        RECRUITING, OPERATIONS, DISPATCH, OPERATIONS,
        SUPPORT, CUSTOMER, SUCCESS, CUSTOMER);
    return Plan.of(objectives, List.of(leads), units);
  }

  /** Weekly lead counts, read every Friday of the quarter: 13 readings that add up to 960. */
  private static Kpi leadsKpi() {
    int[] weekly = {60, 70, 65, 75, 80, 70, 75, 80, 85, 70, 75, 80, 75};
    Kpi.Builder kpi = Kpi.builder().id(LEADS_KPI).name("Qualified leads").unit("leads")
        .owner(SOFIA).healthTarget(HealthTarget.stayAtOrAbove(70));
    LocalDate friday = LocalDate.of(2026, 1, 2);
    for (int count : weekly) {
      kpi.addReadings(KpiReading.of(friday, count));
      friday = friday.plusWeeks(1);
    }
    return kpi.build();
  }

  private static Objective company() {
    Objective draft = objective(COMPANY_2026, "Become the city's first choice", Level.COMPANY,
        PARCELO, MARIA, YEAR, Commitment.ASPIRATIONAL)
        .addKeyResults(
            metric(REVENUE, "Grow revenue from 12 to 18 M EUR", MARIA, 12, 18, "M EUR"),
            metric(DRIVERS, "Grow the fleet from 200 to 320 drivers", AMARA, 200, 320,
                "drivers"),
            metric(CHURN, "Cut monthly churn from 5 % to 3 %", LIN, 5, 3, "%"))
        .build();
    return checkIns(draft.activate(ACTIVATED),
        REVENUE, 12.3, 12.8, 13.2,
        DRIVERS, 210, 222, 236,
        CHURN, 4.9, 4.6, 4.4);
  }

  private static Objective growth() {
    Objective draft = objective(GROWTH_2026, "Fill the pipeline and win customers",
        Level.DEPARTMENT, GROWTH, JONAS, YEAR, Commitment.ASPIRATIONAL)
        .addKeyResults(
            fromLeadsKpi("Generate 4000 qualified leads", JONAS, 4000),
            metric(DEALS, "Win 120 new business customers", JONAS, 0, 120, "customers"))
        .addAlignments(Alignment.toKeyResult(COMPANY_2026, REVENUE))
        .build();
    return checkIns(draft.activate(ACTIVATED), DEALS, 7, 15, 24);
  }

  private static Objective operations() {
    Objective draft = objective(OPERATIONS_2026, "Deliver every parcel on the promised day",
        Level.DEPARTMENT, OPERATIONS, AMARA, YEAR, Commitment.ASPIRATIONAL)
        .addKeyResults(
            metric(DRIVERS, "Grow the fleet from 200 to 320 drivers", AMARA, 200, 320,
                "drivers"),
            metric(ON_TIME, "Raise on-time delivery from 91 % to 97 %", AMARA, 91, 97, "%"))
        .addAlignments(Alignment.toKeyResult(COMPANY_2026, DRIVERS))
        .build();
    return checkIns(draft.activate(ACTIVATED),
        DRIVERS, 210, 222, 236,
        ON_TIME, 92.0, 92.8, 93.4);
  }

  private static Objective customer() {
    Objective draft = objective(CUSTOMER_2026, "Keep the customers we win", Level.DEPARTMENT,
        CUSTOMER, LIN, YEAR, Commitment.ASPIRATIONAL)
        .addKeyResults(
            metric(CHURN, "Cut monthly churn from 5 % to 3 %", LIN, 5, 3, "%"),
            metric(NPS, "Raise NPS from 30 to 45", LIN, 30, 45, "points"))
        .addAlignments(Alignment.toKeyResult(COMPANY_2026, CHURN))
        .build();
    return checkIns(draft.activate(ACTIVATED),
        CHURN, 4.9, 4.6, 4.4,
        NPS, 31, 33, 35);
  }

  private static Objective marketing() {
    Objective draft = objective(MARKETING_Q1, "Fill the pipeline with qualified leads",
        Level.TEAM, MARKETING, SOFIA, QUARTER, Commitment.ASPIRATIONAL)
        .addContributors(BEN)
        .coach(OLGA)
        .addKeyResults(
            fromLeadsKpi("Generate 1000 qualified leads", SOFIA, 1000),
            KeyResult.builder().id(REFERRALS).title("Launch the referral programme").owner(BEN)
                .measure(Milestone.of()).build())
        .addAlignments(Alignment.toKeyResult(GROWTH_2026, LEADS))
        .build();
    return draft.activate(ACTIVATED)
        .checkIn(REFERRALS, CheckIn.of(LocalDate.of(2026, 3, 10), CheckInValue.done()));
  }

  private static Objective sales() {
    Objective draft = objective(SALES_Q1, "Win the mid-market", Level.TEAM, SALES, TOM, QUARTER,
        Commitment.COMMITTED)
        .addKeyResults(
            metric(DEALS, "Sign 30 new business customers", TOM, 0, 30, "customers"),
            metric(PILOTS, "Run 5 paid pilots", TOM, 0, 5, "pilots"))
        .addAlignments(Alignment.toKeyResult(GROWTH_2026, DEALS))
        .build();
    return checkIns(draft.activate(ACTIVATED),
        DEALS, 7, 15, 24,
        PILOTS, 1, 3, 5);
  }

  private static Objective recruiting() {
    Objective draft = objective(RECRUITING_Q1, "Recruit the drivers for the spring peak",
        Level.TEAM, RECRUITING, RAVI, QUARTER, Commitment.ASPIRATIONAL)
        .addContributors(KIM)
        .addKeyResults(
            KeyResult.builder().id(HIRES).title("Hire 60 new drivers").owner(RAVI)
                .addContributors(KIM, ELENA)
                .measure(Metric.of(0, 60, "drivers")).build(),
            metric(TIME_TO_HIRE, "Cut time to hire from 21 to 14 days", KIM, 21, 14, "days"))
        .addAlignments(Alignment.toKeyResult(OPERATIONS_2026, DRIVERS))
        .build();
    Objective active = draft.activate(ACTIVATED)
        .checkIn(HIRES, CheckIn.of(JANUARY, 10))
        .adjustTarget(HIRES, LocalDate.of(2026, 2, 16), new BigDecimal("45"),
            "Two new depots open in April, not March")
        .checkIn(HIRES, CheckIn.of(FEBRUARY, 22))
        .checkIn(HIRES, CheckIn.of(MARCH, 36));
    return checkIns(active, TIME_TO_HIRE, 20, 18, 17);
  }

  private static Objective dispatch() {
    Objective draft = objective(DISPATCH_Q1, "Deliver on the promised day", Level.TEAM, DISPATCH,
        ELENA, QUARTER, Commitment.ASPIRATIONAL)
        .coach(OLGA)
        .addKeyResults(
            metric(ON_TIME, "Raise on-time delivery from 91 % to 95 %", ELENA, 91, 95, "%"),
            metric(FAILED_ATTEMPTS, "Cut failed first attempts from 8 % to 5 %", ELENA, 8, 5,
                "%"))
        .addAlignments(Alignment.toKeyResult(OPERATIONS_2026, ON_TIME))
        .build();
    // The failed attempts were last counted on March 13, so that key result is overdue.
    return checkIns(draft.activate(ACTIVATED), ON_TIME, 92.0, 92.8, 93.4)
        .checkIn(FAILED_ATTEMPTS, CheckIn.of(JANUARY, 7.8))
        .checkIn(FAILED_ATTEMPTS, CheckIn.of(FEBRUARY, 7.4))
        .checkIn(FAILED_ATTEMPTS, CheckIn.of(LocalDate.of(2026, 3, 13), 7.1));
  }

  private static Objective support() {
    Objective draft = objective(SUPPORT_Q1, "Make leaving unnecessary", Level.TEAM, SUPPORT, NOAH,
        QUARTER, Commitment.ASPIRATIONAL)
        .addKeyResults(
            metric(CHURN, "Cut monthly churn from 5 % to 4 %", NOAH, 5, 4, "%"),
            metric(FIRST_RESPONSE, "Cut first response from 6 to 2 hours", NOAH, 6, 2,
                "hours"))
        .addAlignments(Alignment.toKeyResult(CUSTOMER_2026, CHURN))
        .build();
    return checkIns(draft.activate(ACTIVATED),
        CHURN, 4.9, 4.6, 4.4,
        FIRST_RESPONSE, 5, 4, 3);
  }

  private static Objective success() {
    // The defect: a team's objective entered at department level, under a department objective.
    Objective draft = objective(SUCCESS_Q1, "Turn new customers into fans", Level.DEPARTMENT,
        SUCCESS, PRIYA, QUARTER, Commitment.ASPIRATIONAL)
        .addKeyResults(
            metric(NPS, "Raise NPS from 30 to 36", PRIYA, 30, 36, "points"),
            metric(REVIEWS, "Review 50 key accounts", PRIYA, 0, 50, "accounts"))
        .addAlignments(Alignment.toKeyResult(CUSTOMER_2026, NPS))
        .build();
    return checkIns(draft.activate(ACTIVATED), NPS, 31, 33, 35)
        .checkIn(REVIEWS, CheckIn.of(JANUARY, 15))
        .checkIn(REVIEWS, CheckIn.of(FEBRUARY, 30))
        .checkIn(REVIEWS, CheckIn.builder()
            .date(LocalDate.of(2026, 3, 20))
            .value(CheckInValue.of(45))
            .confidence(Confidence.LOW)
            .note("Two account managers leave in April")
            .build());
  }

  private static Objective.Builder objective(ObjectiveId id, String title, Level level,
      OrgUnitId unit, PersonId owner, Period period, Commitment commitment) {
    Objective.Builder builder = Objective.builder();
    builder.id(id).title(title).level(level).orgUnit(unit).owner(owner).period(period)
        .commitment(commitment);
    return builder;
  }

  private static KeyResult metric(KeyResultId id, String title, PersonId owner, double start,
      double target, String unit) {
    return KeyResult.builder().id(id).title(title).owner(owner)
        .measure(Metric.of(start, target, unit)).build();
  }

  private static KeyResult fromLeadsKpi(String title, PersonId owner, int target) {
    return KeyResult.builder().id(LEADS).title(title).owner(owner)
        .measure(Metric.of(0, target, "leads"))
        .kpi(KpiLink.of(LEADS_KPI, KpiAggregation.SUM))
        .build();
  }

  /**
   * Checks in the end-of-month values of January, February and March: each key result id is
   * followed by its three values.
   */
  private static Objective checkIns(Objective objective, Object... idsAndValues) {
    Objective result = objective;
    LocalDate[] months = {JANUARY, FEBRUARY, MARCH};
    for (int i = 0; i < idsAndValues.length; i += 4) {
      KeyResultId id = (KeyResultId) idsAndValues[i];
      for (int month = 0; month < months.length; month++) {
        double value = ((Number) idsAndValues[i + 1 + month]).doubleValue();
        result = result.checkIn(id, CheckIn.of(months[month], value));
      }
    }
    return result;
  }
}
