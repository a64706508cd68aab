package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Commitment;
import org.okrkit.core.Confidence;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/**
 * The exact JSON of each kind of scoring result for one small objective scored by hand, compared
 * byte for byte with the golden documents in {@code golden/scoring-*.json}.
 *
 * <p>The objective runs over the first quarter of 2026 (Q1: 2026-01-01 to 2026-03-31, 90 days)
 * under the {@code google} profile (linear metrics, weighted mean, scale 4 half-even, grade to
 * tenths half-up, capped at 1, yellow from 0.4, green from 0.7, at risk more than 0.25 behind):
 *
 * <ul>
 *   <li>{@code signups}: 0 to 100 sign-ups, weight 1; 10 on 2026-01-11, 20 on 2026-01-21 (with
 *       medium confidence 0.55);
 *   <li>{@code churn}: 8 % down to 5 %, weight 2; 7.2 on 2026-02-01.
 * </ul>
 */
class ScoringGoldenTest {

  private static final Period Q1 = Period.calendarQuarter(2026, 1);
  private static final LocalDate FEBRUARY_14 = LocalDate.of(2026, 2, 14);
  private static final LocalDate JANUARY_31 = LocalDate.of(2026, 1, 31);

  private static final Scorer SCORER = Scorer.of(ScoringProfile.google());

  static final KeyResult SIGNUPS = KeyResult.builder()
      .id(KeyResultId.of("signups")).title("Reach 100 sign-ups").owner(PersonId.of("ada"))
      .measure(Metric.of(0, 100, "sign-ups"))
      .addCheckIns(CheckIn.of(LocalDate.of(2026, 1, 11), 10),
          CheckIn.builder().from(CheckIn.of(LocalDate.of(2026, 1, 21), 20))
              .confidence(Confidence.MEDIUM).build())
      .build();

  static final KeyResult CHURN = KeyResult.builder()
      .id(KeyResultId.of("churn")).title("Cut churn to 5 %").owner(PersonId.of("bo"))
      .weight(new BigDecimal("2")).measure(Metric.of(8, 5, "%"))
      .addCheckIns(CheckIn.of(LocalDate.of(2026, 2, 1), 7.2))
      .build();

  static final Objective GROW = Objective.builder()
      .id(ObjectiveId.of("grow")).title("Grow the base").level(Level.TEAM)
      .owner(PersonId.of("ada")).period(Q1).commitment(Commitment.ASPIRATIONAL)
      .addKeyResults(SIGNUPS, CHURN)
      .addLifecycleEvents(LifecycleEvent.activated(LocalDate.of(2026, 1, 1)))
      .build();

  /**
   * churn on 2026-02-14, latest value 7.2 of 2026-02-01: progress (8 - 7.2) / (8 - 5) = 0.8 / 3 =
   * 4/15 = 0.26666..., value 0.2667 (scale 4), grade 0.3 (tenths half-up), red (below 0.4).
   */
  @Test
  void keyResultScore() {
    assertGolden("scoring-key-result-score.json", SCORER.score(GROW, CHURN.id(), FEBRUARY_14));
  }

  /**
   * grow on 2026-02-14: signups 20 / 100 = 1/5 (weight 1), churn 4/15 (weight 2); weighted mean
   * (1 x 3/15 + 2 x 4/15) / 3 = (11/15) / 3 = 11/45 = 0.24444..., value 0.2444, grade 0.2, red;
   * aspirational and below 0.7, so below expectation; neither key result reached its target, so
   * not too safe.
   */
  @Test
  void objectiveScoreWithItsExplanation() {
    assertGolden("scoring-objective-score.json", SCORER.score(GROW, FEBRUARY_14));
  }

  /**
   * signups on 2026-02-14: 45 of the quarter's 90 days have passed (January's 31 and 14 of
   * February), expected 45 / 90 = 0.5; actual 1/5 = 0.2, 0.3 behind: more than 0.25 (at risk), not
   * more than 0.5 (off track). The latest confidence, medium on 2026-01-21, leaves it at risk.
   */
  @Test
  void pace() {
    assertGolden("scoring-pace.json", SCORER.pace(GROW, SIGNUPS.id(), FEBRUARY_14));
  }

  /**
   * signups on 2026-01-31, x = days since 2026-01-01: (10, 10) and (20, 20), so the line is y = x,
   * slope 1 a day. 2026-03-31 is day 89 (31 + 28 + 30): projected value 89, score 89 / 100 = 0.89,
   * grade 0.9, green; the target 100 is reached at x = 100, 2026-04-11, after the quarter.
   */
  @Test
  void forecast() {
    assertGolden("scoring-forecast.json", SCORER.forecast(GROW, SIGNUPS.id(), JANUARY_31));
  }

  private static void assertGolden(String name, Object result) {
    assertEquals(golden(name), OkrJson.json().write(result), name);
  }

  static String golden(String name) {
    try (InputStream in = ScoringGoldenTest.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new AssertionError("missing golden document " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new AssertionError(name, unreadable);
    }
  }
}
