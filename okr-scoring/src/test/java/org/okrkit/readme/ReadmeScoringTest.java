package org.okrkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Objective;
import org.okrkit.quickstart.QuickstartTest;
import org.okrkit.quickstart.ReadmeSnippets;
import org.okrkit.scoring.Fraction;
import org.okrkit.scoring.GradeColour;
import org.okrkit.scoring.Judgement;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Score;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/** The README's scoring example, verbatim between the markers, with its numbers worked by hand. */
class ReadmeScoringTest {

  @Test
  void readmeScoring() {
    Objective closed = QuickstartTest.closedQuickstartObjective();
    // README scoring begins
    Scorer scorer = Scorer.of(ScoringProfile.google());
    ObjectiveScore atClose = scorer.score(closed, LocalDate.of(2026, 3, 31));
    Score score = atClose.score().orElseThrow();
    // score.value() is 0.5833, score.grade() 0.6, score.colour() YELLOW
    ObjectiveScore inFebruary = scorer.score(closed, LocalDate.of(2026, 2, 10));
    // inFebruary scores 0.2667: NPS was still judged against 50, launch had no check-in yet
    String why = atClose.explanation().toString();
    // README scoring ends

    // churn 8 -> 5 at 7.2: 0.8 / 3 = 4/15; NPS 30 -> 45 (adjusted) at 38, weight 2: 8/15;
    // launch done: 1. (4/15 + 2 x 8/15 + 1) / 4 = (35/15) / 4 = 35/60 = 0.58333... -> 0.5833.
    assertEquals(new BigDecimal("0.5833"), score.value());
    // 35/60 in lowest terms, as the README says
    assertEquals(Fraction.of(7, 12), score.exact());
    // Grade from the exact 0.58333 to tenths: 0.6, in the yellow band [0.4, 0.7).
    assertEquals(new BigDecimal("0.6"), score.grade());
    assertEquals(GradeColour.YELLOW, score.colour());
    // Aspirational, judged against 0.7: below it.
    assertEquals(Judgement.BELOW_EXPECTATION, atClose.judgement());
    // On Feb 10: churn 4/15; NPS 30 -> 50 at 38: 8/20 = 0.4; launch not checked in, counted
    // as 0 by google(). (4/15 + 2 x 0.4 + 0) / 4 = (16/15) / 4 = 4/15 = 0.26666... -> 0.2667.
    assertEquals(new BigDecimal("0.2667"), inFebruary.score().orElseThrow().value());
    assertTrue(why.contains("retention-2026-q1"), why);
  }

  @Test
  void readmeShowsExactlyThisExample() throws IOException {
    ReadmeSnippets.assertReadmeShows(Path.of("../README.md"), "## Score it",
        Path.of("src/test/java/org/okrkit/readme/ReadmeScoringTest.java"), "README scoring");
  }
}
