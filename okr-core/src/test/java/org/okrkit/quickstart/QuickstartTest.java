package org.okrkit.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Commitment;
import org.okrkit.core.Confidence;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Metric;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Status;

/**
 * The README's quickstart, verbatim between the markers, so it keeps compiling and stays true. It
 * lives outside okr-core's package, so it can use the public API only, as a user's code does.
 */
public class QuickstartTest {

  /** Runs the README's quickstart and returns the closed objective it ends with. */
  public static Objective closedQuickstartObjective() {
    return quickstart()[0];
  }

  /** The quickstart's closed objective and the same objective as of 2026-02-10. */
  private static Objective[] quickstart() {
    // README quickstart begins
    PersonId ada = PersonId.of("ada");
    KeyResultId churn = KeyResultId.of("churn");
    KeyResultId nps = KeyResultId.of("nps");
    KeyResultId launch = KeyResultId.of("launch");

    Objective objective = Objective.builder()
        .id(ObjectiveId.of("retention-2026-q1"))
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
        .build();

    Objective closed = objective
        .activate(LocalDate.of(2026, 1, 5))
        .checkIn(churn, CheckIn.of(LocalDate.of(2026, 2, 1), new BigDecimal("7.2")))
        .checkIn(nps, CheckIn.builder()
            .date(LocalDate.of(2026, 2, 1))
            .value(CheckInValue.of(new BigDecimal("38")))
            .confidence(Confidence.MEDIUM)
            .note("Survey after the new help centre")
            .build())
        .adjustTarget(nps, LocalDate.of(2026, 2, 15), new BigDecimal("45"), "Survey scale changed")
        .checkIn(launch, CheckIn.of(LocalDate.of(2026, 3, 20), CheckInValue.done()))
        .close(LocalDate.of(2026, 3, 31), "Churn down, onboarding shipped; NPS short of 45");

    Objective inFebruary = closed.asOf(LocalDate.of(2026, 2, 10));
    // inFebruary.status() is ACTIVE; its NPS target is still 50 and launch has no check-in yet.
    // README quickstart ends
    return new Objective[] {closed, inFebruary};
  }

  @Test
  void readmeQuickstart() {
    Objective[] result = quickstart();
    Objective closed = result[0];
    Objective inFebruary = result[1];
    KeyResultId nps = KeyResultId.of("nps");
    KeyResultId launch = KeyResultId.of("launch");

    assertEquals(Status.CLOSED, closed.status());
    assertEquals(Status.ACTIVE, inFebruary.status());
    assertEquals(Metric.of(new BigDecimal("30"), new BigDecimal("50"), "points"),
        inFebruary.keyResult(nps).currentMeasure());
    assertEquals(Metric.of(new BigDecimal("30"), new BigDecimal("45"), "points"),
        closed.keyResult(nps).currentMeasure());
    assertEquals(0, inFebruary.keyResult(launch).checkIns().size());
    assertEquals(1, closed.keyResult(launch).checkIns().size());
  }

  @Test
  void readmeShowsExactlyThisQuickstart() throws IOException {
    ReadmeSnippets.assertReadmeShows(Path.of("../README.md"), "## Quickstart",
        Path.of("src/test/java/org/okrkit/quickstart/QuickstartTest.java"), "README quickstart");
  }
}
