package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.Fixtures.OWNER;
import static org.okrkit.scoring.Fixtures.Q1;
import static org.okrkit.scoring.Fixtures.checkIn;
import static org.okrkit.scoring.Fixtures.date;
import static org.okrkit.scoring.Fixtures.dec;
import static org.okrkit.scoring.Fixtures.keyResult;
import static org.okrkit.scoring.Fixtures.metric;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;

/**
 * Under a profile that counts unscored key results as 0, silence counts only once a check-in was
 * possible: before the objective's first history date it is not scored, not 0.
 */
class ScoringBeforeActivationTest {

  private static final Scorer COUNT_AS_ZERO = Scorer.of(ScoringProfile.google());

  private static Objective draft() {
    return Objective.builder().id(ObjectiveId.of("grow")).title("Grow").level(Level.TEAM)
        .owner(OWNER).period(Q1).commitment(Commitment.COMMITTED)
        .addKeyResults(keyResult("a", metric("0", "10")), keyResult("b", metric("0", "10")))
        .build();
  }

  @Test
  void googleProfile_countsMissingAsZero() {
    assertEquals(MissingValues.COUNT_AS_ZERO, ScoringProfile.google().missingValues());
  }

  @Test
  void draft_isNotScoredRatherThanZero() {
    ObjectiveScore score = COUNT_AS_ZERO.score(draft(), date(2, 1));
    assertTrue(score.score().isEmpty(), score.toString());
    assertEquals(Judgement.NOT_SCORED, score.judgement());
    assertEquals(0, score.counted());
    assertEquals("not scored, skipped: no check-in was possible yet x weight 1",
        score.explanation().inputs().get("key result a"));
  }

  @Test
  void activatedLater_isNotScoredBeforeActivationAndZeroFromIt() {
    Objective activated = draft().activate(date(2, 10));
    // Feb 9: the day before activation, no check-in was possible
    ObjectiveScore before = COUNT_AS_ZERO.score(activated, date(2, 9));
    assertEquals(Judgement.NOT_SCORED, before.judgement());
    assertTrue(before.score().isEmpty());
    // Feb 10: activation day; two silent key results count (0 + 0) / 2 = 0, and a committed
    // objective missing its targets needs an explanation
    ObjectiveScore onActivation = COUNT_AS_ZERO.score(activated, date(2, 10));
    assertEquals(dec("0"), onActivation.score().orElseThrow().value());
    assertEquals(Judgement.NEEDS_EXPLANATION, onActivation.judgement());
    assertEquals(2, onActivation.counted());
    assertEquals("not scored, counts as 0 x weight 1",
        onActivation.explanation().inputs().get("key result a"));
  }

  @Test
  void activatedBeforeThePeriod_isNotScoredUntilThePeriodStarts() {
    Objective early = draft().activate(LocalDate.of(2025, 12, 15));
    // Dec 31: active, but the period (and so the first history date) starts on Jan 1
    assertEquals(Judgement.NOT_SCORED, COUNT_AS_ZERO.score(early, LocalDate.of(2025, 12, 31))
        .judgement());
    assertEquals(Judgement.NEEDS_EXPLANATION, COUNT_AS_ZERO.score(early, date(1, 1)).judgement());
  }

  @Test
  void scoredKeyResults_stillCountAfterActivation() {
    Objective activated = draft().activate(date(2, 10))
        .checkIn(KeyResultId.of("a"), checkIn(2, 20, "5"));
    // a: 5 of 0 -> 10 = 0.5; b silent counts 0: (0.5 + 0) / 2 = 0.25
    assertEquals(dec("0.25"),
        COUNT_AS_ZERO.score(activated, date(2, 20)).score().orElseThrow().value());
  }
}
