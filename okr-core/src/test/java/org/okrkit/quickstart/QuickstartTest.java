package org.okrkit.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
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
class QuickstartTest {

  @Test
  void readmeQuickstart() {
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
    List<String> source = Files.readAllLines(
        Path.of("src/test/java/org/okrkit/quickstart/QuickstartTest.java"), StandardCharsets.UTF_8);
    String inTest = source
        .subList(indexOf(source, "README quickstart begins") + 1,
            indexOf(source, "README quickstart ends"))
        .stream().map(String::strip).collect(Collectors.joining("\n"));
    List<String> readme = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
    int quickstart = indexOf(readme, "## Quickstart");
    int open = readme.subList(quickstart, readme.size()).indexOf("```java") + quickstart;
    int close = readme.subList(open + 1, readme.size()).indexOf("```") + open + 1;
    String inReadme = readme.subList(open + 1, close)
        .stream().map(String::strip).collect(Collectors.joining("\n"));
    assertEquals(inTest, inReadme, "README.md's quickstart must match QuickstartTest");
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i;
      }
    }
    throw new AssertionError("marker not found: " + marker);
  }
}
