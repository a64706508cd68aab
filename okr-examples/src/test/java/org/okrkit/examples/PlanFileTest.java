package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.okrkit.core.OkrException;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.core.Threshold;
import org.okrkit.json.OkrJson;

/**
 * The example run on a plan file: the committed hand-written YAML plan reads to the plan it
 * describes, its report has the validation, the scored cascade and the retrospective with the
 * scores worked out by hand, and a broken or unreadable file gets one line naming where it broke
 * and a non-zero status. Surefire runs in the module's directory, so the committed file is
 * {@code plans/team-plan.yaml} here.
 */
class PlanFileTest {

  private static final Path TEAM_PLAN = Path.of("plans", "team-plan.yaml");

  private static final LocalDate ACTIVATED = LocalDate.of(2026, 1, 5);
  private static final LocalDate JANUARY = LocalDate.of(2026, 1, 30);
  private static final LocalDate MARCH = LocalDate.of(2026, 3, 27);
  private static final ObjectiveId GROW = ObjectiveId.of("grow-2026");
  private static final ObjectiveId ONBOARDING = ObjectiveId.of("onboarding-q1");
  private static final KeyResultId CLINICS = KeyResultId.of("clinics");
  private static final PersonId INES = PersonId.of("ines");
  private static final PersonId TARIQ = PersonId.of("tariq");

  @TempDir
  Path folder;

  @Test
  void theCommittedYamlPlanReadsToThePlanItDescribes() throws IOException {
    Plan read = OkrJson.yaml().readPlan(Files.readString(TEAM_PLAN));

    assertEquals(List.of(GROW, ONBOARDING), read.objectives().stream().map(Objective::id)
        .collect(java.util.stream.Collectors.toList()));
    Objective onboarding = read.objective(ONBOARDING);
    assertEquals(Period.calendarQuarter(2026, 1), onboarding.period());
    assertEquals(List.of(Alignment.toKeyResult(GROW, CLINICS)), onboarding.alignments());
    assertEquals(Threshold.atOrBelow(number(30), "tickets"),
        onboarding.keyResult(KeyResultId.of("tickets")).measure());
    assertEquals(3, read.kpis().get(0).readings().size());
    assertEquals(writtenInJava(), read);
  }

  @Test
  void theReportOfThePlanFileHasTheScoresWorkedOutByHand() throws IOException {
    Plan plan = OkrJson.yaml().readPlan(Files.readString(TEAM_PLAN));
    // The only quarter among the periods is the team's; the latest dates in the history are the
    // check-ins and the KPI reading of March 27.
    assertEquals(Period.calendarQuarter(2026, 1), Report.latestPeriod(plan));
    assertEquals(MARCH, Report.latestDate(plan, Report.latestPeriod(plan)));
    String report = runOn(TEAM_PLAN.toString()).out;

    assertEquals(List.of("Validation", "Cascade", "At risk", "Retrospective Q1 2026"),
        ReportText.titles(report));
    assertTrue(report.startsWith("okrkit example: 2 objectives as of 2026-03-27,"), report);
    // Nothing is wrong with the links; the one finding is that no team supports grow-2026's
    // online key result.
    String validation = ReportText.section(report, Report.VALIDATION);
    assertTrue(validation.contains("0 errors, 0 warnings, 1 info: the plan is valid"), validation);
    assertEquals(List.of(List.of("INFO", "unsupported-parent-key-result", "grow-2026", "online")),
        ReportText.tableRows(validation, "severity"));

    Map<String, List<String>> objectives = new HashMap<>();
    Map<String, List<String>> keyResults = new HashMap<>();
    ReportText.cascadeRows(report, objectives, keyResults);
    // Set-up days from 10 down to 4, at 6 on March 27: (10 - 6) / (10 - 4) = 4/6 = 0.6667, grade
    // 0.7. The guide is done: 1. Tickets at or below 30, drawn from the latest weekly reading, 33
    // on March 27: not met, 0. The team: (2/3 + 1 + 0) / 3 = 5/9 = 0.5556, grade 0.6, yellow,
    // under the 0.7 an aspirational objective is expected to reach.
    assertEquals(List.of("Cut the days to set up a clinic from 10 to 4", "0.6667", "0.7", "GREEN"),
        keyResults.get("onboarding-q1/setup-days"));
    assertEquals(List.of("Publish the setup guide", "1.0000", "1.0", "GREEN"),
        keyResults.get("onboarding-q1/guide"));
    assertEquals(List.of("Keep support tickets at or below 30 a week", "0.0000", "0.0", "RED"),
        keyResults.get("onboarding-q1/tickets"));
    assertEquals(List.of("Make onboarding painless", "0.5556", "0.6", "YELLOW",
        "below expectation"), objectives.get("onboarding-q1"));
    // Clinics from 40 to 100 at 58: 18 / 60 = 0.3; online bookings from 20 % to 50 % at 35:
    // 15 / 30 = 0.5. The company: (0.3 + 0.5) / 2 = 0.4, yellow, flagged with the finding.
    assertEquals(List.of("Grow paying clinics from 40 to 100", "0.3000", "0.3", "RED"),
        keyResults.get("grow-2026/clinics"));
    assertEquals(List.of("Become the booking app small clinics choose", "0.4000", "0.4", "YELLOW",
        "below expectation", "unsupported-parent-key-result"), objectives.get("grow-2026"));

    // On March 27, 86 of the quarter's 90 days have passed: 86/90 = 0.9556 expected. Set-up days
    // at 0.6667 are 0.29 behind (at risk), tickets at 0 are 0.96 behind (off track).
    assertEquals(List.of(
        List.of("onboarding-q1/setup-days", "tariq", "0.9555555556", "0.6667", "AT_RISK", "-"),
        List.of("onboarding-q1/tickets", "tariq", "0.9555555556", "0", "OFF_TRACK", "-")),
        ReportText.tableRows(ReportText.section(report, Report.AT_RISK), "key result"));

    String retrospective = ReportText.section(report, "Retrospective Q1 2026");
    assertTrue(retrospective.contains("score 0.5556 (exact 5/9, grade 0.6, YELLOW)"),
        retrospective);
    assertTrue(retrospective.contains("annual key results with no support in the period:"
        + " grow-2026/online"), retrospective);
  }

  @Test
  void theSameReportGoesThroughTheSameCodeAsAnyPlan() throws IOException {
    Plan plan = OkrJson.yaml().readPlan(Files.readString(TEAM_PLAN));
    assertEquals(Report.render(plan, Period.calendarQuarter(2026, 1), MARCH, false),
        runOn(TEAM_PLAN.toString()).out);
  }

  @Test
  void theSamePlanInJsonGivesTheSameReport() throws IOException {
    Path json = folder.resolve("team-plan.json");
    Files.writeString(json, OkrJson.json().write(writtenInJava()));
    assertEquals(runOn(TEAM_PLAN.toString()).out, runOn(json.toString()).out);
  }

  @Test
  void thePeriodAndTheDateCanBeChosen() {
    Run run = runOn(TEAM_PLAN.toString(), "--period=2026", "--as-of=2026-02-27");
    assertEquals(0, run.status, run.err);
    assertTrue(run.out.startsWith("okrkit example: 2 objectives as of 2026-02-27,"), run.out);
    assertTrue(run.out.contains("\nRetrospective 2026\n"), run.out);
  }

  @Test
  void theSampleCompanyIsStillTheDefaultWhenTheRunProfilePassesEmptyOptions() {
    Run run = runOn("", "--period=", "--as-of=");
    assertEquals(0, run.status, run.err);
    assertEquals(Report.sampleCompany(false), run.out);
  }

  @Test
  void aBrokenDocumentGivesTheMessageWithTheJsonPath() throws IOException {
    Path broken = folder.resolve("broken.yaml");
    Files.writeString(broken, Files.readString(TEAM_PLAN)
        .replace("{kind: metric, start: 10, target: 4, unit: days}",
            "{kind: metric, start: 10, target: four, unit: days}"));

    Run run = runOn(broken.toString());

    assertEquals(Main.BAD_PLAN, run.status);
    assertEquals("", run.out);
    // The team's objective is the second, set-up days its first key result.
    assertTrue(run.err.startsWith(broken.toAbsolutePath() + ": "
        + "$.objectives[1].keyResults[0].measure.target was "), run.err);
    assertTrue(run.err.contains("four"), run.err);
    assertTrue(run.err.contains("must be a decimal number"), run.err);
    assertEquals(1, run.err.lines().count(), "one line, no stack trace: " + run.err);
  }

  @Test
  void theReadmeShowsTheCommittedFileAndTheMessageTheExamplePrints() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Plans in YAML and JSON");
    int open = readme.subList(section, readme.size()).indexOf("```yaml") + section;
    int close = readme.subList(open + 1, readme.size()).indexOf("```") + open + 1;
    assertTrue(section >= 0 && open > section, "README section with a yaml block");
    assertEquals(Files.readAllLines(TEAM_PLAN, StandardCharsets.UTF_8),
        readme.subList(open + 1, close));
    assertTrue(readme.contains(
        "mvn -q -pl okr-examples -am -Prun compile -Dplan=okr-examples/plans/team-plan.yaml"));

    // The README's error line is what the example prints for the set-up days' target "four".
    Path broken = folder.resolve("plan.yaml");
    Files.writeString(broken, Files.readString(TEAM_PLAN).replace("target: 4,", "target: four,"));
    String printed = runOn(broken.toString()).err.strip();
    String message = printed.substring(broken.toAbsolutePath().toString().length());
    assertTrue(readme.contains("/home/ada/plan.yaml" + message), printed);
  }

  @Test
  void aDocumentBreakingARuleOfTheModelNamesItsPathToo() throws IOException {
    Path broken = folder.resolve("late.yaml");
    // A check-in after the quarter's end (and its 14 days of grace) is outside the window.
    Files.writeString(broken, Files.readString(TEAM_PLAN)
        .replace("{date: 2026-03-13, value: true}", "{date: 2026-06-13, value: true}"));

    Run run = runOn(broken.toString());

    assertEquals(Main.BAD_PLAN, run.status);
    assertTrue(run.err.startsWith(broken.toAbsolutePath() + ": "
        + "$.objectives[1].keyResults[1].checkIns[0].date was 2026-06-13"), run.err);
  }

  @Test
  void aMissingFileOrAnUnknownKindOfFileIsSaidInOneLine() throws IOException {
    Run missing = runOn(folder.resolve("nowhere.yaml").toString());
    assertEquals(Main.BAD_PLAN, missing.status);
    assertEquals(folder.resolve("nowhere.yaml") + ": no such file\n",
        missing.err.replace(System.lineSeparator(), "\n"));

    Path text = folder.resolve("plan.txt");
    Files.writeString(text, "formatVersion: 1\n");
    Run unknownKind = runOn(text.toString());
    assertEquals(Main.BAD_OPTION, unknownKind.status);
    assertTrue(unknownKind.err.contains(text + " must end in .yaml or .yml (YAML) or .json"),
        unknownKind.err);
  }

  @Test
  void badOptionsAreRefusedNamingTheValue() {
    Run period = runOn(TEAM_PLAN.toString(), "--period=Q1");
    assertEquals(Main.BAD_OPTION, period.status);
    assertTrue(period.err.contains("period was Q1: must be a calendar quarter such as 2026-Q1"),
        period.err);

    Run date = runOn(TEAM_PLAN.toString(), "--as-of=31.03.2026");
    assertEquals(Main.BAD_OPTION, date.status);
    assertTrue(date.err.contains("asOf was 31.03.2026: must be an ISO-8601 date"), date.err);

    Run unknown = runOn(TEAM_PLAN.toString(), "--colour");
    assertEquals(Main.BAD_OPTION, unknown.status);
    assertTrue(unknown.err.contains("unknown option --colour"), unknown.err);

    Run withoutPlan = runOn("", "--period=2026-Q1");
    assertEquals(Main.BAD_OPTION, withoutPlan.status);
    assertEquals("", withoutPlan.out);
  }

  @Test
  void withoutAQuarterTheLatestPeriodIsReviewedAndWithoutHistoryItsStart() {
    Objective year = objective(GROW, Level.COMPANY, Period.calendarYear(2026));
    Objective laterYear = objective(ObjectiveId.of("grow-2027"), Level.COMPANY,
        Period.calendarYear(2027));
    Plan years = Plan.of(List.of(laterYear, year));
    assertEquals(Period.calendarYear(2027), Report.latestPeriod(years));
    // Drafts with no check-ins: nothing has happened, so the period's first day.
    assertEquals(LocalDate.of(2027, 1, 1), Report.latestDate(years, Period.calendarYear(2027)));

    Objective quarter = objective(ONBOARDING, Level.TEAM, Period.calendarQuarter(2026, 2));
    assertEquals(Period.calendarQuarter(2026, 2),
        Report.latestPeriod(Plan.of(List.of(laterYear, quarter))));

    OkrException empty = assertThrows(OkrException.class, () -> Report.latestPeriod(Plan.empty()));
    assertEquals("plan", empty.field());
  }

  /** The committed file's plan, written again with okrkit's builders from the same text. */
  private static Plan writtenInJava() {
    Kpi tickets = Kpi.builder().id(KpiId.of("weekly-tickets")).name("Support tickets per week")
        .unit("tickets").owner(TARIQ).healthTarget(HealthTarget.stayAtOrBelow(number(30)))
        .addReadings(KpiReading.of(LocalDate.of(2026, 1, 9), number(42)),
            KpiReading.of(LocalDate.of(2026, 2, 6), number(36)),
            KpiReading.of(MARCH, number(33)))
        .build();
    Objective grow = Objective.builder().id(GROW)
        .title("Become the booking app small clinics choose").level(Level.COMPANY).owner(INES)
        .period(Period.calendarYear(2026)).commitment(Commitment.ASPIRATIONAL)
        .addKeyResults(
            KeyResult.builder().id(CLINICS).title("Grow paying clinics from 40 to 100")
                .owner(INES).measure(Metric.of(number(40), number(100), "clinics")).build(),
            KeyResult.builder().id(KeyResultId.of("online"))
                .title("Raise online bookings from 20 % to 50 %").owner(INES)
                .measure(Metric.of(number(20), number(50), "%")).build())
        .build()
        .activate(ACTIVATED)
        .checkIn(CLINICS, CheckIn.of(JANUARY, number(46)))
        .checkIn(CLINICS, CheckIn.of(MARCH, number(58)))
        .checkIn(KeyResultId.of("online"), CheckIn.of(JANUARY, number(26)))
        .checkIn(KeyResultId.of("online"), CheckIn.builder().date(MARCH)
            .value(CheckInValue.of(number(35))).confidence(Confidence.of(new BigDecimal("0.6")))
            .build());
    Objective onboarding = Objective.builder().id(ONBOARDING).title("Make onboarding painless")
        .level(Level.TEAM).owner(TARIQ).period(Period.calendarQuarter(2026, 1))
        .commitment(Commitment.ASPIRATIONAL)
        .addKeyResults(
            KeyResult.builder().id(KeyResultId.of("setup-days"))
                .title("Cut the days to set up a clinic from 10 to 4").owner(TARIQ)
                .measure(Metric.of(number(10), number(4), "days")).build(),
            KeyResult.builder().id(KeyResultId.of("guide")).title("Publish the setup guide")
                .owner(PersonId.of("mei")).measure(Milestone.of()).build(),
            KeyResult.builder().id(KeyResultId.of("tickets"))
                .title("Keep support tickets at or below 30 a week").owner(TARIQ)
                .measure(Threshold.atOrBelow(number(30), "tickets"))
                .kpi(KpiLink.of(KpiId.of("weekly-tickets"), KpiAggregation.LATEST)).build())
        .addAlignments(Alignment.toKeyResult(GROW, CLINICS))
        .build()
        .activate(ACTIVATED)
        .checkIn(KeyResultId.of("setup-days"), CheckIn.of(JANUARY, number(9)))
        .checkIn(KeyResultId.of("setup-days"), CheckIn.builder().date(MARCH)
            .value(CheckInValue.of(number(6))).note("Importing old calendars is still manual")
            .build())
        .checkIn(KeyResultId.of("guide"), CheckIn.of(LocalDate.of(2026, 3, 13),
            CheckInValue.done()));
    return Plan.of(List.of(grow, onboarding), List.of(tickets), Map.of());
  }

  private static Objective objective(ObjectiveId id, Level level, Period period) {
    return Objective.builder().id(id).title(id.value()).level(level).owner(INES).period(period)
        .commitment(Commitment.COMMITTED)
        .addKeyResults(KeyResult.builder().id(CLINICS).title("clinics").owner(INES)
            .measure(Metric.of(number(0), number(1), "clinics")).build())
        .build();
  }

  private static BigDecimal number(long value) {
    return BigDecimal.valueOf(value);
  }

  private static Run runOn(String planFile, String... options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = new String[options.length + 1];
    args[0] = "--plan=" + planFile;
    System.arraycopy(options, 0, args, 1, options.length);
    int status = Main.run(args, false, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    Run run = new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
    // Either a report and nothing on standard error, or the reason and no report.
    assertEquals(run.status == 0, !run.out.isEmpty(), run.err);
    assertEquals(run.status == 0, run.err.isEmpty(), run.err);
    return run;
  }

  /** What the example printed, on standard output and standard error, and its exit status. */
  private record Run(int status, String out, String err) {}
}
