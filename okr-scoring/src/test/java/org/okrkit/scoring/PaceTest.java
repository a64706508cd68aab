package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.Fixtures.Q1;
import static org.okrkit.scoring.Fixtures.checkIn;
import static org.okrkit.scoring.Fixtures.date;
import static org.okrkit.scoring.Fixtures.dec;
import static org.okrkit.scoring.Fixtures.keyResult;
import static org.okrkit.scoring.Fixtures.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.core.KeyResult;
import org.okrkit.core.OkrException;
import org.okrkit.core.Period;

class PaceTest {

  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());

  /** Expect 10 % by Jan 31 (day 31) and 60 % by Feb 28 (day 59) of Q1 2026. */
  private static final PhasedTargets RAMP =
      PhasedTargets.of(Map.of(date(1, 31), dec("0.1"), date(2, 28), dec("0.6")));

  @Test
  void expected_isTheElapsedShareOfThePeriod() {
    KeyResult keyResult = keyResult("kr", metric("0", "100"), checkIn(1, 1, "0"),
        checkIn(1, 20, "10"));
    // Jan 1..Jan 18 is 18 of 90 days: 0.2
    assertEquals(dec("0.2"), GOOGLE.pace(keyResult, Q1, date(1, 18)).expected());
    // the last day: exactly 1
    assertEquals(BigDecimal.ONE, GOOGLE.pace(keyResult, Q1, date(3, 31)).expected());
    // before the start nothing is expected, and there is no value yet: no pace
    Pace early = GOOGLE.pace(keyResult, Q1, LocalDate.of(2025, 12, 20));
    assertEquals(BigDecimal.ZERO, early.expected());
    assertEquals(PaceStatus.NOT_SCORED, early.status());
  }

  @Test
  void phasedTargets_interpolateBetweenTheirDates() {
    // day 45 lies between day 31 (0.1) and day 59 (0.6): 0.1 + 0.5 x (45 - 31) / (59 - 31) = 0.35
    assertEquals(dec("0.35"), RAMP.expectedAt(Q1, date(2, 14)));
    // day 10 lies between day 0 (0) and day 31 (0.1): 0.1 x 10 / 31 = 0.032258064516...
    assertEquals(dec("0.0322580645"), RAMP.expectedAt(Q1, date(1, 10)));
    assertEquals(dec("0.1"), RAMP.expectedAt(Q1, date(1, 31)));
    // after the last phase date the expectation stays
    assertEquals(dec("0.6"), RAMP.expectedAt(Q1, date(3, 20)));
  }

  @Test
  void phasedTargets_changeTheStatus() {
    KeyResult keyResult = keyResult("kr", metric("0", "100"), checkIn(2, 14, "30"));
    // linear: 0.2 of 0.5 is 0.3 points behind: at risk
    KeyResult behind = keyResult("kr", metric("0", "100"), checkIn(2, 14, "20"));
    assertEquals(PaceStatus.AT_RISK, GOOGLE.pace(behind, Q1, date(2, 14)).status());
    // phased: 0.2 of 0.35 is 0.15 behind: on track
    assertEquals(PaceStatus.ON_TRACK, GOOGLE.pace(behind, Q1, date(2, 14), RAMP).status());
    // and 0.3 of 0.35 is 0.05 behind
    Pace phased = GOOGLE.pace(keyResult, Q1, date(2, 14), RAMP);
    assertEquals(dec("0.35"), phased.expected());
    assertEquals(PaceStatus.ON_TRACK, phased.status());
    assertEquals(RAMP.toString(), phased.expectation());
  }

  @Test
  void phasedTargets_rejectBadInput() {
    assertEquals("targets", assertThrows(OkrException.class,
        () -> PhasedTargets.of(Map.of())).field());
    assertEquals("targets", assertThrows(OkrException.class,
        () -> PhasedTargets.of(Map.of(date(1, 31), dec("1.1")))).field());
    assertEquals("targets", assertThrows(OkrException.class,
        () -> RAMP.expectedAt(Period.calendarQuarter(2026, 2), date(5, 1))).field());
  }

  @Test
  void notScored_hasNoPace_whateverTheMissingValuePolicy() {
    KeyResult silent = keyResult("kr", metric("0", "100"));
    // Google counts missing values as 0 in the objective's score, but a key result with no value
    // has no progress to compare
    Pace counted = GOOGLE.pace(silent, Q1, date(2, 14));
    assertEquals(Optional.empty(), counted.actual());
    assertEquals(PaceStatus.NOT_SCORED, counted.status());
    assertEquals("not scored: no value, so no pace", counted.explanation().inputs().get("actual"));
    Scorer skip = Scorer.of(ScoringProfile.builder().name("skip")
        .missingValues(MissingValues.SKIP).build());
    Pace skipped = skip.pace(silent, Q1, date(2, 14));
    assertEquals(Optional.empty(), skipped.actual());
    assertEquals(PaceStatus.NOT_SCORED, skipped.status());
  }

  @Test
  void customTolerances() {
    Scorer strict = Scorer.of(ScoringProfile.builder().name("strict")
        .paceRule(PaceRule.of(BigDecimal.ZERO, dec("0.1"))).build());
    KeyResult keyResult = keyResult("kr", metric("0", "100"), checkIn(2, 14, "49"));
    // 0.49 of 0.5 is 2 % behind: beyond 0 %, within 10 %
    assertEquals(PaceStatus.AT_RISK, strict.pace(keyResult, Q1, date(2, 14)).status());
  }

  @Test
  void worse_ordersTheStatuses() {
    assertEquals(PaceStatus.OFF_TRACK, PaceStatus.AT_RISK.worse(PaceStatus.OFF_TRACK));
    assertEquals(PaceStatus.AT_RISK, PaceStatus.AT_RISK.worse(PaceStatus.ON_TRACK));
    assertEquals(PaceStatus.ON_TRACK, PaceStatus.NOT_SCORED.worse(PaceStatus.ON_TRACK));
    assertEquals(PaceStatus.ON_TRACK, PaceStatus.ON_TRACK.worse(PaceStatus.NOT_SCORED));
  }

  @Test
  void explanation_showsExpectationActualAndConfidence() {
    KeyResult keyResult = keyResult("kr", metric("0", "300"), checkIn(2, 14, "60"));
    Pace pace = GOOGLE.pace(keyResult, Q1, date(2, 14));
    Explanation explanation = pace.explanation();
    assertEquals("0.5", explanation.inputs().get("expected"));
    // 60 / 300 = 0.2, 0.3 points behind 0.5: at risk
    assertEquals("0.2", explanation.inputs().get("actual"));
    assertEquals("0.2", explanation.inputs().get("actual (exact)"));
    assertEquals("none", explanation.inputs().get("latest confidence"));
    assertEquals("AT_RISK", explanation.result());
    assertTrue(explanation.rule().startsWith("shortfall = expected - actual, in points"));
    assertEquals("kr AT_RISK (0.2 of 0.5 expected)", pace.toString());
  }

  @Test
  void phasedTargets_areCheckedAgainstThePeriodWhateverTheDate() {
    // Jan 10 lies before the first phase date, yet the May 1 phase lies outside Q1
    PhasedTargets overrun =
        PhasedTargets.of(Map.of(date(1, 31), dec("0.1"), date(5, 1), dec("0.6")));
    OkrException error = assertThrows(OkrException.class,
        () -> overrun.expectedAt(Q1, date(1, 10)));
    assertEquals("targets", error.field());
    assertEquals("2026-05-01", error.rejectedValue());
    assertThrows(OkrException.class, () -> GOOGLE.pace(
        keyResult("kr", metric("0", "100"), checkIn(1, 5, "1")), Q1, date(1, 10), overrun));
  }
}
