package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.Fixtures.END;
import static org.okrkit.scoring.Fixtures.Q1;
import static org.okrkit.scoring.Fixtures.checkIn;
import static org.okrkit.scoring.Fixtures.date;
import static org.okrkit.scoring.Fixtures.dec;
import static org.okrkit.scoring.Fixtures.keyResult;
import static org.okrkit.scoring.Fixtures.keyResultBuilder;
import static org.okrkit.scoring.Fixtures.metric;
import static org.okrkit.scoring.Fixtures.objective;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Commitment;
import org.okrkit.core.Confidence;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Threshold;

/**
 * The worked examples of the published methods (docs/scoring.md, "Published methods"), one nested
 * class per method. Expected numbers are worked out by hand from the published formulas, in the
 * comments.
 */
class PublishedProfilesTest {

  private static BigDecimal score(ScoringProfile profile, Measure measure, String value) {
    KeyResult keyResult = keyResult("kr", measure, checkIn(2, 10, value));
    return Scorer.of(profile).score(keyResult, Q1, END).score().orElseThrow().value();
  }

  private static BigDecimal score(ScoringProfile profile, Objective objective) {
    return Scorer.of(profile).score(objective, END).score().orElseThrow().value();
  }

  private static KeyResult weighted(String id, String weight, String start, String target,
      String value) {
    return keyResultBuilder(id, metric(start, target)).weight(dec(weight))
        .addCheckIn(checkIn(2, 10, value)).build();
  }

  @Nested
  class Google {

    private final ScoringProfile google = ScoringProfile.google();

    @Test
    void keyResultsAreGradedFromZeroToOne() {
      assertEquals(dec("0"), score(google, metric("0", "10"), "-5"));
      assertEquals(dec("1"), score(google, metric("0", "10"), "15"));
    }

    @Test
    void objectiveIsTheAverage_weightedWhenWeightsAreGiven() {
      Objective plain = objective(Commitment.ASPIRATIONAL,
          weighted("a", "1", "0", "10", "4"), weighted("b", "1", "0", "10", "9"));
      // (0.4 + 0.9) / 2 = 0.65: grade 0.7 half-up, green
      assertEquals(dec("0.65"), score(google, plain));
      Objective weightedObjective = objective(Commitment.ASPIRATIONAL,
          weighted("a", "3", "0", "10", "4"), weighted("b", "1", "0", "10", "9"));
      // (3 x 0.4 + 0.9) / 4 = 2.1 / 4 = 0.525
      assertEquals(dec("0.525"), score(google, weightedObjective));
    }

    @Test
    void colourBands_redYellowGreen_withTheGapsSettled() {
      assertEquals(GradeColour.RED, google.score(dec("0.3")).colour());
      assertEquals(GradeColour.YELLOW, google.score(dec("0.4")).colour());
      assertEquals(GradeColour.YELLOW, google.score(dec("0.6")).colour());
      assertEquals(GradeColour.GREEN, google.score(dec("0.7")).colour());
      // inside the published gaps: 0.34 grades 0.3 (red), 0.36 grades 0.4 (yellow)
      assertEquals(GradeColour.RED, google.score(dec("0.34")).colour());
      assertEquals(GradeColour.YELLOW, google.score(dec("0.36")).colour());
      // 0.64 grades 0.6 (yellow), 0.66 grades 0.7 (green)
      assertEquals(GradeColour.YELLOW, google.score(dec("0.64")).colour());
      assertEquals(GradeColour.GREEN, google.score(dec("0.66")).colour());
    }

    @Test
    void aspirationalAboutSevenTenths_committedAtOne() {
      Objective aspirational = objective(Commitment.ASPIRATIONAL, weighted("a", "1", "0", "10", "7"));
      assertEquals(Judgement.MEETS_EXPECTATION,
          Scorer.of(google).score(aspirational, END).judgement());
      Objective committed = objective(Commitment.COMMITTED, weighted("a", "1", "0", "10", "9"));
      assertEquals(Judgement.NEEDS_EXPLANATION, Scorer.of(google).score(committed, END).judgement());
    }
  }

  @Nested
  class VivaGoals {

    private final ScoringProfile viva = ScoringProfile.vivaGoals();

    @Test
    void progressIsCurrentMinusStartOverTargetMinusStart() {
      // (30 - 20) / (40 - 20) = 0.5: "increase revenue from $20M to $40M" at $30M
      assertEquals(dec("0.5"), score(viva, metric("20", "40"), "30"));
      // (50 - 30) / (50 - 10) = 0.5: "reduce P0 bugs from 50 to 10" at 30
      assertEquals(dec("0.5"), score(viva, metric("50", "10"), "30"));
    }

    @Test
    void objectiveIsThePlainAverage_weightsIgnored() {
      Objective objective = objective(Commitment.ASPIRATIONAL,
          weighted("a", "3", "0", "10", "4"), weighted("b", "1", "0", "10", "9"));
      // (0.4 + 0.9) / 2 = 0.65, the weights 3 and 1 make no difference
      assertEquals(dec("0.65"), score(viva, objective));
    }

    @Test
    void atRisk_whenMoreThanAQuarterBehindTheLinearExpectation() {
      Scorer scorer = Scorer.of(viva);
      // Feb 14 is day 45 of 90: expected 0.5. "25 % behind" is read as 25 percentage points:
      // at risk below 0.5 - 0.25 = 0.25, off track below 0.5 - 0.5 = 0.
      assertEquals(PaceStatus.ON_TRACK, paceOf(scorer, "25").status());   // exactly 0.25 behind
      assertEquals(PaceStatus.AT_RISK, paceOf(scorer, "24.9").status());  // 0.251 behind
      assertEquals(PaceStatus.AT_RISK, paceOf(scorer, "0.1").status());   // 0.499 behind
      assertEquals(PaceStatus.ON_TRACK, paceOf(scorer, "60").status());   // ahead
      // 0 (no progress yet) is exactly 0.5 behind: at risk, not off track
      assertEquals(PaceStatus.AT_RISK, paceOf(scorer, "0").status());
      // off track needs more than 0.5 points behind, so later: Mar 31, expected 1, 0.49 is 0.51 behind
      KeyResult late = keyResult("kr", metric("0", "100"), checkIn(3, 31, "49"));
      assertEquals(PaceStatus.OFF_TRACK, scorer.pace(late, Q1, date(3, 31)).status());
    }

    @Test
    void aKeyResultAtItsStartOnTheFirstDay_isOnTrack() {
      // Jan 1: expected 1 / 90 = 0.0111111111; progress 0 is 0.0111 points behind, within 0.25.
      // (Read as a share of the expected progress it would be 100 % behind: off track.)
      KeyResult fresh = keyResult("kr", metric("0", "100"), checkIn(1, 1, "0"));
      assertEquals(PaceStatus.ON_TRACK, Scorer.of(viva).pace(fresh, Q1, date(1, 1)).status());
      Scorer relative = Scorer.of(ScoringProfile.builder().name("relative")
          .paceRule(PaceRule.of(dec("0.25"), dec("0.5"), Shortfall.SHARE_OF_EXPECTED)).build());
      assertEquals(PaceStatus.OFF_TRACK, relative.pace(fresh, Q1, date(1, 1)).status());
    }

    private Pace paceOf(Scorer scorer, String value) {
      KeyResult keyResult = keyResult("kr", metric("0", "100"), checkIn(2, 14, value));
      Pace pace = scorer.pace(keyResult, Q1, date(2, 14));
      assertEquals(dec("0.5"), pace.expected());
      return pace;
    }
  }

  @Nested
  class Quantive {

    private final ScoringProfile quantive = ScoringProfile.quantive();

    @Test
    void increaseAndDecreaseFormulas() {
      // increase: (actual - initial) / (target - initial) = (150 - 100) / (200 - 100) = 0.5
      assertEquals(dec("0.5"), score(quantive, metric("100", "200"), "150"));
      // decrease: (initial - actual) / (initial - target) = (50 - 20) / (50 - 10) = 0.75
      assertEquals(dec("0.75"), score(quantive, metric("50", "10"), "20"));
    }

    @Test
    void notCapped_125PercentIsPossible() {
      // (225 - 100) / (200 - 100) = 1.25
      BigDecimal overachieved = score(quantive, metric("100", "200"), "225");
      assertEquals(dec("1.25"), overachieved);
      Score score = quantive.score(overachieved);
      assertTrue(score.isOverachieved());
      assertFalse(score.cap().isCapped());
      // a decrease overshooting its target: (50 - 0) / (50 - 10) = 1.25
      assertEquals(dec("1.25"), score(quantive, metric("50", "10"), "0"));
      // still never negative: (90 - 100) / 100 < 0
      assertEquals(dec("0"), score(quantive, metric("100", "200"), "90"));
    }

    @Test
    void uncappedMetric_fourOfThreeIs133Percent() {
      // Quantive's "4 of 3 = 133 %" on one metric 0 -> 3 at 4: 4 / 3 = 1.3333, not capped.
      // Summing children's values into a cascaded parent is the alignment module's roll-up.
      assertEquals(dec("1.3333"), score(quantive, metric("0", "3"), "4"));
    }

    @Test
    void stayAboveOrBelow_isOneOrZero_withAStrictComparison() {
      Threshold above = Threshold.atOrAbove(dec("9"), "CSAT");
      assertEquals(dec("1"), score(quantive, above, "9.1"));
      assertEquals(dec("0"), score(quantive, above, "9"));
      Threshold below = Threshold.atOrBelow(dec("2"), "%");
      assertEquals(dec("1"), score(quantive, below, "1.9"));
      assertEquals(dec("0"), score(quantive, below, "2"));
      assertEquals(dec("0"), score(quantive, below, "2.5"));
    }
  }

  @Nested
  class Perdoo {

    private final ScoringProfile perdoo = ScoringProfile.perdoo();

    @Test
    void objectiveIsTheMean_weightsOptional() {
      Objective unweighted = objective(Commitment.ASPIRATIONAL,
          weighted("a", "1", "0", "10", "2"), weighted("b", "1", "0", "10", "6"));
      // (0.2 + 0.6) / 2 = 0.4
      assertEquals(dec("0.4"), score(perdoo, unweighted));
      Objective weightedObjective = objective(Commitment.ASPIRATIONAL,
          weighted("a", "1", "0", "10", "2"), weighted("b", "3", "0", "10", "6"));
      // (0.2 + 3 x 0.6) / 4 = 2 / 4 = 0.5
      assertEquals(dec("0.5"), score(perdoo, weightedObjective));
    }

    @Test
    void negativeProgressCountsAsZero() {
      // (80 - 100) / (200 - 100) = -0.2 -> 0
      assertEquals(dec("0"), score(perdoo, metric("100", "200"), "80"));
      Objective objective = objective(Commitment.ASPIRATIONAL,
          weighted("a", "1", "100", "200", "80"), weighted("b", "1", "0", "10", "6"));
      // (0 + 0.6) / 2 = 0.3: the negative key result does not drag the other down
      assertEquals(dec("0.3"), score(perdoo, objective));
    }

    @Test
    void objectiveStatusIsItsWeakestKeyResultsStatus() {
      // Mar 20 is day 79 of 90: expected 79 / 90 = 0.8777777778. a at 0.9 is on track;
      // b at 0.1 is 0.7778 points behind (more than 0.5): off track.
      KeyResult onTrack = keyResult("a", metric("0", "10"), checkIn(2, 10, "9"));
      KeyResult offTrack = keyResult("b", metric("0", "10"), checkIn(2, 10, "1"));
      Objective objective = objective(Commitment.ASPIRATIONAL, onTrack, offTrack);
      ObjectivePace perdooPace = Scorer.of(perdoo).pace(objective, date(3, 20));
      assertEquals(PaceStatus.ON_TRACK, perdooPace.keyResults().get(0).status());
      assertEquals(PaceStatus.OFF_TRACK, perdooPace.keyResults().get(1).status());
      assertEquals(PaceStatus.OFF_TRACK, perdooPace.status());
      // Google compares the objective's own score: (0.9 + 0.1) / 2 = 0.5, 0.3778 behind: at risk.
      ObjectivePace googlePace = Scorer.of(ScoringProfile.google()).pace(objective, date(3, 20));
      assertEquals(dec("0.5"), googlePace.actual().orElseThrow());
      assertEquals(PaceStatus.AT_RISK, googlePace.status());
    }
  }

  @Nested
  class OkrTracker {

    private final ScoringProfile tracker = ScoringProfile.okrTracker();

    @Test
    void progressIsClampedBetweenZeroAndOne() {
      // clamp((current - start) / (target - start), 0, 1)
      assertEquals(dec("0.25"), score(tracker, metric("0", "40"), "10"));
      assertEquals(dec("0"), score(tracker, metric("0", "40"), "-10"));
      assertEquals(dec("1"), score(tracker, metric("0", "40"), "50"));
    }

    @Test
    void objectiveIsTheWeightedMean_weightsNormalised() {
      Objective objective = objective(Commitment.ASPIRATIONAL,
          weighted("a", "2", "0", "10", "5"), weighted("b", "1", "0", "10", "8"));
      // (2 x 0.5 + 1 x 0.8) / 3 = 1.8 / 3 = 0.6
      assertEquals(dec("0.6"), score(tracker, objective));
      Objective scaled = objective(Commitment.ASPIRATIONAL,
          weighted("a", "0.2", "0", "10", "5"), weighted("b", "0.1", "0", "10", "8"));
      // (0.2 x 0.5 + 0.1 x 0.8) / 0.3 = 0.18 / 0.3 = 0.6
      assertEquals(dec("0.6"), score(tracker, scaled));
    }
  }

  @Nested
  class ProfitCoControlKpi {

    @Test
    void successfulCheckInsOverAllCheckIns() {
      ScoringProfile control = ScoringProfile.builder().name("control")
          .threshold(ThresholdScoring.of(ThresholdMode.SHARE_OF_CHECK_INS, LevelComparison.INCLUSIVE))
          .build();
      KeyResult keyResult = keyResult("nps", Threshold.atOrAbove(dec("40"), "NPS"),
          checkIn(1, 10, "45"), checkIn(1, 24, "38"), checkIn(2, 7, "41"), checkIn(2, 21, "40"),
          checkIn(3, 7, "39"));
      // met: 45, 41, 40 -> 3 of 5 = 0.6
      assertEquals(dec("0.6"),
          Scorer.of(control).score(keyResult, Q1, END).score().orElseThrow().value());
    }
  }

  @Nested
  class Confidence_ {

    @Test
    void lowConfidenceMakesAnOnTrackKeyResultAtRisk() {
      Scorer scorer = Scorer.of(ScoringProfile.google());
      CheckIn worried = CheckIn.builder().date(date(2, 14)).value(org.okrkit.core.CheckInValue.of(dec("60")))
          .confidence(Confidence.LOW).build();
      Pace pace = scorer.pace(keyResult("kr", metric("0", "100"), worried), Q1, date(2, 14));
      assertEquals(PaceStatus.ON_TRACK, pace.progressStatus());
      assertEquals(PaceStatus.AT_RISK, pace.status());
      assertEquals(Confidence.LOW, pace.confidence().orElseThrow());
      CheckIn sure = CheckIn.builder().date(date(2, 14)).value(org.okrkit.core.CheckInValue.of(dec("20")))
          .confidence(Confidence.HIGH).build();
      // 0.2 of 0.5 expected is 0.3 points behind: high confidence does not hide it
      assertEquals(PaceStatus.AT_RISK,
          scorer.pace(keyResult("kr", metric("0", "100"), sure), Q1, date(2, 14)).status());
    }
  }
}
