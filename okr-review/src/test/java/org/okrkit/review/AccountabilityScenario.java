package org.okrkit.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Commitment;
import org.okrkit.core.Confidence;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;

/**
 * The accountability scenario: a company (carol) with a sales department (dana, its head) and two
 * teams. Team north (manager erik) carries three Q1 objectives; sam, a sales rep, owns a key result
 * behind pace; team web (manager fay) has a key result owned by ivan, a developer, on pace but with
 * low confidence. lena contributes, olga coaches. Judged on 2026-02-14, when 45 of Q1's 90 days
 * have passed (31 in January, 14 in February): the expected progress is 45/90 = 0.5.
 */
final class AccountabilityScenario {

  static final LocalDate AS_OF = LocalDate.of(2026, 2, 14);
  static final LocalDate ACTIVATED = LocalDate.of(2026, 1, 2);
  static final Period YEAR = Period.calendarYear(2026);
  static final Period Q1 = Period.calendarQuarter(2026, 1);

  static final PersonId CAROL = person("carol");
  static final PersonId DANA = person("dana");
  static final PersonId ERIK = person("erik");
  static final PersonId FAY = person("fay");
  static final PersonId IVAN = person("ivan");
  static final PersonId LENA = person("lena");
  static final PersonId OLGA = person("olga");
  static final PersonId SAM = person("sam");

  static final OrgUnitId ACME = OrgUnitId.of("acme");
  static final OrgUnitId SALES = OrgUnitId.of("sales-dept");
  static final OrgUnitId NORTH = OrgUnitId.of("team-north");
  static final OrgUnitId WEB = OrgUnitId.of("team-web");

  static final ObjectiveId COMPANY = ObjectiveId.of("acme-2026");
  static final ObjectiveId DEPARTMENT = ObjectiveId.of("sales-q1");
  static final ObjectiveId NORTH_Q1 = ObjectiveId.of("north-q1");
  static final ObjectiveId NORTH_HIRING = ObjectiveId.of("north-hiring-q1");
  static final ObjectiveId NORTH_TOOLS = ObjectiveId.of("north-tools-q1");
  static final ObjectiveId WEB_Q1 = ObjectiveId.of("web-q1");

  static final KeyResultId ARR = KeyResultId.of("arr");
  static final KeyResultId REVENUE = KeyResultId.of("revenue");
  static final KeyResultId NEW_LOGOS = KeyResultId.of("new-logos");
  static final KeyResultId RETENTION = KeyResultId.of("retention");
  static final KeyResultId DEALS = KeyResultId.of("north-deals");
  static final KeyResultId PIPELINE = KeyResultId.of("north-pipeline");
  static final KeyResultId HIRES = KeyResultId.of("hires");
  static final KeyResultId TOOLING = KeyResultId.of("tooling");
  static final KeyResultId LAUNCH = KeyResultId.of("web-launch");
  static final KeyResultId SIGNUPS = KeyResultId.of("web-signups");

  private AccountabilityScenario() {}

  static Plan plan() {
    Objective company = objective(COMPANY, Level.COMPANY, CAROL, YEAR, ACME)
        .addKeyResults(keyResult(ARR, CAROL, "10"))
        .build().activate(ACTIVATED)
        // 2 of 10: 0.2, ahead of 45/365
        .checkIn(ARR, CheckIn.of(date(2, 10), dec("2")));
    Objective department = objective(DEPARTMENT, Level.DEPARTMENT, DANA, Q1, SALES)
        .addKeyResults(keyResult(REVENUE, DANA, "100"), keyResult(NEW_LOGOS, DANA, "20"),
            keyResult(RETENTION, DANA, "10"))
        .addAlignments(Alignment.toKeyResult(COMPANY, ARR))
        .build().activate(ACTIVATED)
        .checkIn(REVENUE, CheckIn.of(date(2, 10), dec("40")))
        .checkIn(NEW_LOGOS, CheckIn.of(date(2, 12), dec("10")))
        // exactly 7 days before 2026-02-14: in time under a weekly cadence
        .checkIn(RETENTION, CheckIn.of(date(2, 7), dec("5")));
    Objective north = objective(NORTH_Q1, Level.TEAM, ERIK, Q1, NORTH)
        .addKeyResults(keyResult(DEALS, SAM, "50"), keyResult(PIPELINE, ERIK, "100"))
        .addAlignments(Alignment.toKeyResult(DEPARTMENT, REVENUE))
        .addContributors(LENA)
        .coach(OLGA)
        .build().activate(ACTIVATED)
        .checkIn(DEALS, CheckIn.builder().date(date(2, 9)).value(CheckInValue.of(dec("5")))
            .confidence(Confidence.MEDIUM).build())
        .checkIn(PIPELINE, CheckIn.builder().date(date(2, 1)).value(CheckInValue.of(dec("60")))
            .confidence(Confidence.HIGH).build());
    Objective hiring = objective(NORTH_HIRING, Level.TEAM, ERIK, Q1, NORTH)
        .addKeyResults(keyResult(HIRES, ERIK, "100"))
        .addAlignments(Alignment.toObjective(DEPARTMENT))
        .build().activate(ACTIVATED)
        .checkIn(HIRES, CheckIn.of(date(2, 11), dec("50")));
    Objective tools = objective(NORTH_TOOLS, Level.TEAM, ERIK, Q1, NORTH)
        .addKeyResults(keyResult(TOOLING, ERIK, "100"))
        .addAlignments(Alignment.toObjective(DEPARTMENT))
        .build().activate(ACTIVATED);
    Objective web = objective(WEB_Q1, Level.TEAM, FAY, Q1, WEB)
        .addKeyResults(keyResult(LAUNCH, IVAN, "10"),
            KeyResult.builder().id(SIGNUPS).title("Sign-ups").owner(FAY).addContributor(LENA)
                .measure(Metric.of(BigDecimal.ZERO, dec("1000"), "sign-ups")).build())
        .addAlignments(Alignment.toKeyResult(DEPARTMENT, NEW_LOGOS))
        .build().activate(ACTIVATED)
        .checkIn(LAUNCH, CheckIn.builder().date(date(2, 13)).value(CheckInValue.of(dec("6")))
            .confidence(Confidence.LOW).build())
        .checkIn(SIGNUPS, CheckIn.of(date(2, 12), dec("500")));
    return Plan.of(List.of(company, department, north, hiring, tools, web),
        Map.of(SALES, ACME, NORTH, SALES, WEB, SALES));
  }

  static Objective.Builder objective(ObjectiveId id, Level level, PersonId owner, Period period,
      OrgUnitId unit) {
    return Objective.builder().id(id).title("Objective " + id).level(level).owner(owner)
        .period(period).commitment(Commitment.COMMITTED).orgUnit(unit);
  }

  static KeyResult keyResult(KeyResultId id, PersonId owner, String target) {
    return KeyResult.builder().id(id).title("Key result " + id).owner(owner)
        .measure(Metric.of(BigDecimal.ZERO, dec(target), "units")).build();
  }

  static LocalDate date(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  static PersonId person(String id) {
    return PersonId.of(id);
  }
}
