package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    KeyResult keyResult = keyResult("kr", metric("0", "100"), checkIn(1, 20, "10"));
    // Jan 1..Jan 18 is 18 of 90 days: 0.2
    assertEquals(dec("0.2"), GOOGLE.pace(keyResult, Q1, date(1, 18)).expected());
    // the last day: exactly 1
    assertEquals(BigDecimal.ONE, GOOGLE.pace(keyResult, Q1, date(3, 31)).expected());
    // before the start nothing is expected, so anything is on track
    Pace early = GOOGLE.pace(keyResult, Q1, LocalDate.of(2025, 12, 20));
    assertEquals(BigDecimal.ZERO, early.expected());
    assertEquals(PaceStatus.ON_TRACK, early.status());
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
    // linear: 0.3 of 0.5 is 40 % behind: at risk
    assertEquals(PaceStatus.AT_RISK, GOOGLE.pace(keyResult, Q1, date(2, 14)).status());
    // phased: 0.3 of 0.35 is 14.3 % behind: on track
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
  void notScored_followsTheMissingValuePolicy() {
    KeyResult silent = keyResult("kr", metric("0", "100"));
    Pace counted = GOOGLE.pace(silent, Q1, date(2, 14));
    assertEquals(Optional.of(BigDecimal.ZERO), counted.actual());
    assertEquals(PaceStatus.OFF_TRACK, counted.status());
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
    KeyResult keyResult = keyResult("kr", metric("0", "100"), checkIn(2, 14, "30"));
    Pace pace = GOOGLE.pace(keyResult, Q1, date(2, 14));
    Explanation explanation = pace.explanation();
    assertEquals("0.5", explanation.inputs().get("expected"));
    assertEquals("0.3", explanation.inputs().get("actual"));
    assertEquals("none", explanation.inputs().get("latest confidence"));
    assertEquals("AT_RISK", explanation.result());
    assertEquals("kr AT_RISK (0.3 of 0.5 expected)", pace.toString());
  }
}
