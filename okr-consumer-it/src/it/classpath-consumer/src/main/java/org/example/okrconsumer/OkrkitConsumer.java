package org.example.okrconsumer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.okrkit.alignment.AlignmentIndex;
import org.okrkit.alignment.AlignmentValidator;
import org.okrkit.alignment.RollUp;
import org.okrkit.alignment.RollUpPolicy;
import org.okrkit.alignment.RolledUpPlan;
import org.okrkit.alignment.ValidationReport;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Metric;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.json.OkrJson;
import org.okrkit.review.Retrospective;
import org.okrkit.scoring.Score;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/**
 * What a user's program does with okrkit, through its public API only: the README's objective,
 * built, checked in and closed, scored, placed in a plan that is validated and rolled up, and
 * reviewed at the end of the quarter, and stored and read back as JSON and as YAML. The classpath
 * consumer runs it as plain jars; the modulepath
 * consumer compiles this same file into a named module.
 */
public final class OkrkitConsumer {

  /** The figures a test checks, each computed by a different okrkit module. */
  public record Outcome(
      Score score,
      ValidationReport report,
      RolledUpPlan rolledUp,
      Retrospective retrospective,
      Stored stored) {
  }

  /** The plan, its JSON and YAML documents, and the plans read back from them (okr-json). */
  public record Stored(Plan plan, String json, Plan fromJson, String yaml, Plan fromYaml) {
  }

  public static final ObjectiveId RETENTION = ObjectiveId.of("retention-2026-q1");
  public static final ObjectiveId KEEP_CUSTOMERS = ObjectiveId.of("keep-customers-2026");
  public static final ObjectiveId LOVE = ObjectiveId.of("love-2026");

  private static final LocalDate QUARTER_END = LocalDate.of(2026, 3, 31);

  private OkrkitConsumer() {
  }

  public static Outcome run() {
    PersonId ada = PersonId.of("ada");
    PersonId grace = PersonId.of("grace");
    KeyResultId churn = KeyResultId.of("churn");
    KeyResultId nps = KeyResultId.of("nps");
    KeyResultId launch = KeyResultId.of("launch");
    KeyResultId retained = KeyResultId.of("retained-revenue");

    Objective company = Objective.builder()
        .id(LOVE).title("Customers love what we build").level(Level.COMPANY).owner(grace)
        .period(Period.calendarYear(2026)).commitment(Commitment.COMMITTED)
        .addKeyResults(KeyResult.builder().id(KeyResultId.of("arr")).title("Grow ARR to 10 M")
            .owner(grace).measure(Metric.of(new BigDecimal("6"), new BigDecimal("10"), "M EUR"))
            .build())
        .build();
    Objective department = Objective.builder()
        .id(KEEP_CUSTOMERS).title("Keep the customers we win").level(Level.DEPARTMENT)
        .owner(grace).period(Period.calendarYear(2026)).commitment(Commitment.COMMITTED)
        .addKeyResults(KeyResult.builder().id(retained).title("Retain 95 % of revenue")
            .owner(grace).measure(Metric.of(new BigDecimal("90"), new BigDecimal("95"), "%"))
            .build())
        .addAlignments(Alignment.toObjective(LOVE))
        .build();
    Objective retention = Objective.builder()
        .id(RETENTION)
        .title("Customers stay because they love the product")
        .level(Level.TEAM)
        .owner(ada)
        .period(Period.calendarQuarter(2026, 1))
        .commitment(Commitment.ASPIRATIONAL)
        .addKeyResults(
            KeyResult.builder().id(churn).title("Cut monthly churn from 8 % to 5 %").owner(ada)
                .measure(Metric.of(new BigDecimal("8"), new BigDecimal("5"), "%")).build(),
            KeyResult.builder().id(nps).title("Raise NPS from 30 to 50").owner(ada)
                .weight(new BigDecimal("2"))
                .measure(Metric.of(new BigDecimal("30"), new BigDecimal("50"), "points")).build(),
            KeyResult.builder().id(launch).title("Launch self-service onboarding").owner(ada)
                .measure(Milestone.of()).build())
        .addAlignments(Alignment.toKeyResult(KEEP_CUSTOMERS, retained))
        .build()
        .activate(LocalDate.of(2026, 1, 5))
        .checkIn(churn, CheckIn.of(LocalDate.of(2026, 2, 1), new BigDecimal("7.2")))
        .checkIn(nps, CheckIn.of(LocalDate.of(2026, 2, 1), new BigDecimal("38")))
        .adjustTarget(nps, LocalDate.of(2026, 2, 15), new BigDecimal("45"), "Survey scale changed")
        .checkIn(launch, CheckIn.of(LocalDate.of(2026, 3, 20), CheckInValue.done()))
        .close(QUARTER_END, "Churn down, onboarding shipped; NPS short of 45");

    Scorer scorer = Scorer.of(ScoringProfile.google());
    Score score = scorer.score(retention, QUARTER_END).score().orElseThrow();
    Plan plan = Plan.of(List.of(company, department, retention));
    ValidationReport report = AlignmentValidator.standard().validate(plan);
    RolledUpPlan rolledUp = RollUp.of(AlignmentIndex.of(plan), scorer, QUARTER_END,
        RollUpPolicy.blended(new BigDecimal("0.5")));
    Retrospective retrospective =
        Retrospective.of(plan, Period.calendarQuarter(2026, 1), scorer, QUARTER_END);
    return new Outcome(score, report, rolledUp, retrospective, store(plan));
  }

  private static Stored store(Plan plan) {
    String json = OkrJson.json().write(plan);
    String yaml = OkrJson.yaml().write(plan);
    return new Stored(plan, json, OkrJson.json().readPlan(json), yaml,
        OkrJson.yaml().readPlan(yaml));
  }

  public static void main(String[] args) {
    System.out.println(run().retrospective().toText());
  }
}
