package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Adjustment;
import org.okrkit.core.Alignment;
import org.okrkit.core.Band;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Checklist;
import org.okrkit.core.ChecklistItem;
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
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Metric;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.PeriodKind;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.core.Threshold;

/**
 * The golden plan documents are the reviewed specification of the plan format, version 1: the
 * plan built here, which uses every field, every kind of measure, every shape of check-in value,
 * every lifecycle status, every kind of health target, every level, period kind and commitment,
 * must write to {@code golden/plan-full.json} and {@code golden/plan-full.yaml} byte for byte and
 * read back from them equal; the smallest valid plan likewise to {@code golden/plan-minimal.json}.
 *
 * <p><b>A failing test here means the format changed.</b> If the change is meant, update the golden
 * file, record the change in CHANGELOG.md and, if documents written before can no longer be read
 * (or would read differently), raise the format version (PlanWriter.FORMAT_VERSION, the schema's
 * {@code formatVersion} const and docs/json-format.md).
 */
class PlanGoldenTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  /**
   * Every part of the format at least once. Where sets are given out of order (contributors,
   * dependencies, checklist items done, parent units) the golden file shows them sorted.
   */
  static Plan fullPlan() {
    Kpi arr = Kpi.builder().id(KpiId.of("arr")).name("Annual recurring revenue").unit("EUR")
        .owner(PersonId.of("cfo")).healthTarget(HealthTarget.stayAtOrAbove(decimal("1000000")))
        .addReadings(KpiReading.of(LocalDate.of(2026, 1, 31), decimal("1050000.50")),
            KpiReading.of(LocalDate.of(2026, 2, 28), decimal("1100000")))
        .build();
    Kpi churn = Kpi.builder().id(KpiId.of("churn")).name("Monthly churn").unit("%")
        .owner(PersonId.of("coo")).healthTarget(HealthTarget.stayAtOrBelow(decimal("2.5")))
        .build();
    Kpi latency = Kpi.builder().id(KpiId.of("latency")).name("p99 latency").unit("ms")
        .owner(PersonId.of("cto"))
        .healthTarget(HealthTarget.stayWithin(decimal("100"), decimal("250")))
        .addReadings(KpiReading.of(LocalDate.of(2026, 3, 31), decimal("180")))
        .build();
    Kpi nps = Kpi.builder().id(KpiId.of("nps")).name("Net promoter score").unit("points")
        .owner(PersonId.of("cmo")).healthTarget(HealthTarget.increaseTo(decimal("45")))
        .build();
    Kpi tickets = Kpi.builder().id(KpiId.of("tickets")).name("Open support tickets")
        .unit("tickets").owner(PersonId.of("coo"))
        .healthTarget(HealthTarget.decreaseTo(decimal("120")))
        .build();

    Objective company = Objective.builder()
        .id(ObjectiveId.of("company-growth"))
        .title("Grow revenue profitably")
        .description("The board's one priority for 2026.\nSee the strategy memo.")
        .level(Level.COMPANY)
        .orgUnit(OrgUnitId.of("hq"))
        .owner(PersonId.of("ceo"))
        .addContributors(PersonId.of("cmo"), PersonId.of("cfo"))
        .coach(PersonId.of("board-chair"))
        .period(Period.calendarYear(2026))
        .commitment(Commitment.COMMITTED)
        .addKeyResults(
            KeyResult.builder().id(KeyResultId.of("kr-arr")).title("Reach 1.5M EUR ARR")
                .owner(PersonId.of("cfo")).addContributors(PersonId.of("ae-lead"))
                .weight(decimal("2"))
                .measure(Metric.of(decimal("1000000"), decimal("1500000"), "EUR"))
                .kpi(KpiLink.of(KpiId.of("arr"), KpiAggregation.LATEST))
                .addCheckIns(
                    CheckIn.builder().date(LocalDate.of(2026, 3, 31))
                        .value(CheckInValue.of(decimal("1100000")))
                        .confidence(Confidence.of(decimal("0.7"))).note("Q1 on plan").build(),
                    CheckIn.of(LocalDate.of(2026, 6, 30), decimal("1250000.75")))
                .addAdjustments(Adjustment.of(LocalDate.of(2026, 4, 1),
                    Metric.of(decimal("1000000"), decimal("1400000"), "EUR"), "Market slowed"))
                .build(),
            KeyResult.builder().id(KeyResultId.of("kr-margin")).title("Turn the margin positive")
                .owner(PersonId.of("cfo")).weight(decimal("0.5"))
                .measure(Metric.of(decimal("-2.5"), decimal("3"), "%"))
                .build(),
            KeyResult.builder().id(KeyResultId.of("kr-churn")).title("Keep churn low")
                .owner(PersonId.of("coo")).weight(decimal("1"))
                .measure(Threshold.atOrBelow(decimal("2.5"), "%"))
                .kpi(KpiLink.of(KpiId.of("churn"), KpiAggregation.MEAN))
                .addCheckIns(CheckIn.of(LocalDate.of(2026, 2, 15), decimal("2.1")))
                .build())
        .addLifecycleEvents(LifecycleEvent.activated(LocalDate.of(2026, 1, 1)))
        .build();

    Objective sales = Objective.builder()
        .id(ObjectiveId.of("dept-sales"))
        .title("Fill the pipeline")
        .level(Level.DEPARTMENT)
        .orgUnit(OrgUnitId.of("sales"))
        .owner(PersonId.of("vp-sales"))
        .period(Period.calendarQuarter(2026, 1))
        .commitment(Commitment.ASPIRATIONAL)
        .addKeyResults(
            KeyResult.builder().id(KeyResultId.of("kr-pipeline")).title("Pipeline coverage")
                .owner(PersonId.of("vp-sales")).weight(decimal("1"))
                .measure(Band.of(decimal("3"), decimal("5"), "x coverage"))
                .addCheckIns(CheckIn.of(LocalDate.of(2026, 2, 1), decimal("4.2")))
                .build(),
            KeyResult.builder().id(KeyResultId.of("kr-launch")).title("Launch the partner portal")
                .owner(PersonId.of("vp-sales")).weight(decimal("1"))
                .measure(Milestone.of())
                .addCheckIns(CheckIn.of(LocalDate.of(2026, 2, 10), CheckInValue.notDone()),
                    CheckIn.builder().date(LocalDate.of(2026, 3, 20)).value(CheckInValue.done())
                        .confidence(Confidence.of(decimal("0.9"))).build())
                .build(),
            KeyResult.builder().id(KeyResultId.of("kr-enable")).title("Enable the sales team")
                .owner(PersonId.of("sales-ops")).weight(decimal("1"))
                .measure(Checklist.of(ChecklistItem.of("playbook", decimal("2")),
                    ChecklistItem.of("training"), ChecklistItem.of("certification", decimal("0.5"))))
                .addCheckIns(CheckIn.builder().date(LocalDate.of(2026, 3, 1))
                    .value(CheckInValue.itemsDone("training", "playbook"))
                    .note("Certification waits for the vendor").build())
                .build())
        .addAlignments(Alignment.toObjective(ObjectiveId.of("company-growth"), decimal("0.6")),
            Alignment.toKeyResult(ObjectiveId.of("company-growth"), KeyResultId.of("kr-arr"),
                decimal("0.4")))
        .addDependsOn(ObjectiveId.of("team-platform"), ObjectiveId.of("individual-draft"))
        .addLifecycleEvents(LifecycleEvent.activated(LocalDate.of(2026, 1, 5)),
            LifecycleEvent.closed(LocalDate.of(2026, 3, 31), "Quarter done; pipeline healthy"))
        .build();

    Objective platform = Objective.builder()
        .id(ObjectiveId.of("team-platform"))
        .title("Keep the platform fast")
        .level(Level.TEAM)
        .owner(PersonId.of("platform-lead"))
        .period(Period.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 15), PeriodKind.CUSTOM))
        .commitment(Commitment.COMMITTED)
        .addKeyResults(
            KeyResult.builder().id(KeyResultId.of("kr-uptime")).title("Uptime")
                .owner(PersonId.of("platform-lead")).weight(decimal("1"))
                .measure(Threshold.atOrAbove(decimal("99.95"), "%"))
                .addCheckIns(CheckIn.of(LocalDate.of(2026, 3, 1), decimal("99.97")))
                .build(),
            KeyResult.builder().id(KeyResultId.of("kr-latency")).title("Latency in band")
                .owner(PersonId.of("platform-lead")).weight(decimal("1"))
                .measure(Band.of(decimal("100"), decimal("250"), "ms"))
                .kpi(KpiLink.of(KpiId.of("latency"), KpiAggregation.MAXIMUM))
                .build())
        .addAlignments(Alignment.toObjective(ObjectiveId.of("company-growth"), decimal("1")))
        .addLifecycleEvents(LifecycleEvent.activated(LocalDate.of(2026, 2, 2)),
            LifecycleEvent.cancelled(LocalDate.of(2026, 3, 15), "Merged into the infrastructure plan"))
        .build();

    Objective draft = Objective.builder()
        .id(ObjectiveId.of("individual-draft"))
        .title("Learn the new stack")
        .level(Level.INDIVIDUAL)
        .owner(PersonId.of("dev-1"))
        .period(Period.calendarQuarter(2026, 2))
        .commitment(Commitment.ASPIRATIONAL)
        .build();

    return Plan.of(List.of(company, sales, platform, draft),
        List.of(arr, churn, latency, nps, tickets),
        Map.of(OrgUnitId.of("sales-emea"), OrgUnitId.of("sales"),
            OrgUnitId.of("sales"), OrgUnitId.of("hq")));
  }

  /** The smallest plan document okrkit reads: no objectives, no KPIs, no units. */
  static Plan minimalPlan() {
    return Plan.empty();
  }

  @Test
  void theFullPlanWritesTheGoldenJson() {
    assertEquals(golden("plan-full.json"), OkrJson.json().write(fullPlan()));
  }

  @Test
  void theGoldenJsonReadsAsTheFullPlan() {
    assertEquals(fullPlan(), OkrJson.json().readPlan(golden("plan-full.json")));
  }

  @Test
  void theFullPlanWritesTheGoldenYaml() {
    assertEquals(golden("plan-full.yaml"), OkrJson.yaml().write(fullPlan()));
  }

  @Test
  void theGoldenYamlReadsAsTheFullPlan() {
    assertEquals(fullPlan(), OkrJson.yaml().readPlan(golden("plan-full.yaml")));
  }

  @Test
  void theMinimalPlanWritesTheGoldenJson() {
    assertEquals(golden("plan-minimal.json"), OkrJson.json().write(minimalPlan()));
  }

  @Test
  void theGoldenMinimalJsonReadsAsTheMinimalPlan() {
    assertEquals(minimalPlan(), OkrJson.json().readPlan(golden("plan-minimal.json")));
  }

  static String golden(String name) {
    try {
      return Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException missing) {
      throw new AssertionError("golden document " + name + " is missing", missing);
    }
  }

  private static BigDecimal decimal(String digits) {
    return new BigDecimal(digits);
  }
}
