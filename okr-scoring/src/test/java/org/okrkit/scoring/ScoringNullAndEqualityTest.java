package org.okrkit.scoring;

import static org.okrkit.scoring.Fixtures.END;
import static org.okrkit.scoring.Fixtures.OWNER;
import static org.okrkit.scoring.Fixtures.Q1;
import static org.okrkit.scoring.Fixtures.checkIn;
import static org.okrkit.scoring.Fixtures.date;
import static org.okrkit.scoring.Fixtures.dec;
import static org.okrkit.scoring.Fixtures.keyResult;
import static org.okrkit.scoring.Fixtures.metric;
import static org.okrkit.scoring.Fixtures.objective;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Commitment;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiId;
import org.okrkit.core.KpiReading;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Period;

class ScoringNullAndEqualityTest {

  private static final KeyResult KEY_RESULT =
      keyResult("kr", metric("0", "10"), checkIn(1, 10, "4"), checkIn(2, 10, "6"));
  private static final KeyResult OTHER_KEY_RESULT =
      keyResult("kr", metric("0", "10"), checkIn(1, 10, "5"));
  private static final Objective OBJECTIVE = objective(Commitment.ASPIRATIONAL, KEY_RESULT);
  private static final Kpi KPI = Kpi.builder().id(KpiId.of("leads")).name("Leads").unit("leads")
      .owner(OWNER).healthTarget(HealthTarget.stayAtOrAbove(dec("1")))
      .addReading(KpiReading.of(date(1, 5), dec("3"))).build();
  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());
  private static final Scorer QUANTIVE = Scorer.of(ScoringProfile.quantive());

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(LocalDate.class, END)
        .setDefault(Period.class, Q1)
        .setDefault(KeyResult.class, KEY_RESULT)
        .setDefault(Objective.class, OBJECTIVE)
        .setDefault(Measure.class, metric("0", "1"))
        .setDefault(Kpi.class, KPI)
        .setDefault(org.okrkit.core.KeyResultId.class, KEY_RESULT.id())
        .setDefault(Fraction.class, Fraction.ONE)
        .setDefault(ThresholdMode.class, ThresholdMode.LATEST_CHECK_IN)
        .setDefault(LevelComparison.class, LevelComparison.INCLUSIVE)
        .setDefault(FalloffUnit.class, FalloffUnit.BAND_WIDTHS)
        .setDefault(java.math.RoundingMode.class, java.math.RoundingMode.HALF_EVEN)
        .setDefault(Iterable.class, List.of())
        .setDefault(Map.class, Map.of(date(1, 31), BigDecimal.ONE))
        .setDefault(PhasedTargets.class, PhasedTargets.of(Map.of(date(1, 31), BigDecimal.ONE)))
        .setDefault(ScoringProfile.class, ScoringProfile.google());
  }

  @Test
  void publicStaticMethods_rejectNulls() {
    NullPointerTester tester = tester();
    for (Class<?> type : List.of(ScoringProfile.class, Scorer.class, ScoreCap.class,
        GradeBands.class, PaceRule.class, PhasedTargets.class, KpiHealth.class,
        Score.class, Explanation.class, KeyResultScore.class, ObjectiveScore.class, Pace.class,
        ObjectivePace.class, Forecast.class, PaceStatus.class, Fraction.class, Rounding.class,
        BandScoring.class, ThresholdScoring.class, Assessment.class, ThresholdShare.class,
        Projection.class, ValueSource.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void publicInstanceMethods_rejectNulls() {
    NullPointerTester tester = tester();
    tester.testAllPublicInstanceMethods(GOOGLE);
    tester.testAllPublicInstanceMethods(ScoringProfile.google());
    tester.testAllPublicInstanceMethods(ScoreCap.of(dec("1.2")));
    tester.testAllPublicInstanceMethods(GradeBands.google());
    tester.testAllPublicInstanceMethods(PaceRule.standard());
    tester.testAllPublicInstanceMethods(PhasedTargets.of(Map.of(date(1, 31), BigDecimal.ONE)));
    tester.testAllPublicInstanceMethods(Fraction.of(100, 121));
    tester.testAllPublicInstanceMethods(Rounding.standard());
    tester.testAllPublicInstanceMethods(BandScoring.linearFalloff(BigDecimal.ONE, FalloffUnit.BAND_WIDTHS));
    tester.testAllPublicInstanceMethods(ThresholdScoring.standard());
    tester.testAllPublicInstanceMethods(KpiHealth.of(KPI, END));
    tester.testAllPublicInstanceMethods(PaceStatus.AT_RISK);
    ObjectiveScore score = GOOGLE.score(OBJECTIVE, END);
    tester.testAllPublicInstanceMethods(score);
    tester.testAllPublicInstanceMethods(score.score().orElseThrow());
    tester.testAllPublicInstanceMethods(score.explanation());
    tester.testAllPublicInstanceMethods(score.keyResults().get(0));
    tester.testAllPublicInstanceMethods(score.keyResults().get(0).assessment().orElseThrow());
    tester.testAllPublicInstanceMethods(score.keyResults().get(0).source());
    tester.testAllPublicInstanceMethods(GOOGLE.pace(OBJECTIVE, END));
    tester.testAllPublicInstanceMethods(GOOGLE.pace(KEY_RESULT, Q1, END));
    tester.testAllPublicInstanceMethods(GOOGLE.forecast(KEY_RESULT, Q1, END));
  }

  @Test
  void profilesAndTheirParts_areValues() {
    new EqualsTester()
        .addEqualityGroup(ScoringProfile.google(), ScoringProfile.builder().name("google").build())
        .addEqualityGroup(ScoringProfile.vivaGoals())
        .addEqualityGroup(ScoringProfile.quantive())
        .addEqualityGroup(ScoringProfile.perdoo())
        .addEqualityGroup(ScoringProfile.okrTracker())
        .addEqualityGroup(ScoringProfile.builder().name("google-2").rounding(Rounding.ofScale(2)).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ScoreCap.atOne(), ScoreCap.of(dec("1.0")))
        .addEqualityGroup(ScoreCap.of(dec("1.2")), ScoreCap.of(dec("1.20")))
        .addEqualityGroup(ScoreCap.uncapped())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(GradeBands.google(), GradeBands.of(dec("0.4"), dec("0.70")))
        .addEqualityGroup(GradeBands.of(dec("0.3"), dec("0.7")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PaceRule.standard(), PaceRule.of(dec("0.250"), dec("0.5")),
            PaceRule.of(dec("0.25"), dec("0.5"), Shortfall.POINTS))
        .addEqualityGroup(PaceRule.of(dec("0.1"), dec("0.5")))
        .addEqualityGroup(PaceRule.of(dec("0.25"), dec("0.5"), Shortfall.SHARE_OF_EXPECTED))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PhasedTargets.of(Map.of(date(1, 31), dec("0.5"))),
            PhasedTargets.of(Map.of(date(1, 31), dec("0.50"))))
        .addEqualityGroup(PhasedTargets.of(Map.of(date(2, 28), dec("0.5"))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Rounding.standard(), Rounding.ofScale(4),
            Rounding.of(4, java.math.RoundingMode.HALF_EVEN, java.math.RoundingMode.HALF_UP))
        .addEqualityGroup(Rounding.ofScale(2))
        .addEqualityGroup(Rounding.of(4, java.math.RoundingMode.HALF_UP, java.math.RoundingMode.HALF_UP))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(BandScoring.zeroOutside())
        .addEqualityGroup(BandScoring.linearFalloff(dec("1.0"), FalloffUnit.BAND_WIDTHS),
            BandScoring.linearFalloff(dec("1"), FalloffUnit.BAND_WIDTHS))
        .addEqualityGroup(BandScoring.linearFalloff(dec("1"), FalloffUnit.MEASURE_UNITS))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ThresholdScoring.standard(),
            ThresholdScoring.of(ThresholdMode.LATEST_CHECK_IN, LevelComparison.INCLUSIVE))
        .addEqualityGroup(ThresholdScoring.of(ThresholdMode.LATEST_CHECK_IN, LevelComparison.STRICT))
        .addEqualityGroup(ThresholdScoring.of(ThresholdMode.SHARE_OF_TIME, LevelComparison.INCLUSIVE))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Fraction.of(1, 2), Fraction.of(2, 4), Fraction.of(-3, -6),
            Fraction.of(dec("0.5")))
        .addEqualityGroup(Fraction.of(100, 121))
        .addEqualityGroup(Fraction.ZERO, Fraction.of(0, 7))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(KpiHealth.of(KPI, END), KpiHealth.of(KPI, END))
        .addEqualityGroup(KpiHealth.of(KPI, date(1, 1)))
        .testEquals();
  }

  @Test
  void results_areValues() {
    new EqualsTester()
        .addEqualityGroup(ScoringProfile.google().score(dec("0.5")),
            ScoringProfile.google().score(dec("0.50")))
        .addEqualityGroup(ScoringProfile.google().score(dec("0.6")))
        .addEqualityGroup(ScoringProfile.quantive().score(dec("0.5")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(GOOGLE.score(KEY_RESULT, Q1, END), GOOGLE.score(KEY_RESULT, Q1, END))
        .addEqualityGroup(GOOGLE.score(KEY_RESULT, Q1, date(1, 31)))
        .addEqualityGroup(GOOGLE.score(OTHER_KEY_RESULT, Q1, END))
        .addEqualityGroup(QUANTIVE.score(KEY_RESULT, Q1, END))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(GOOGLE.score(OBJECTIVE, END), GOOGLE.score(OBJECTIVE, END))
        .addEqualityGroup(GOOGLE.score(OBJECTIVE, date(1, 31)))
        .addEqualityGroup(QUANTIVE.score(OBJECTIVE, END))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(GOOGLE.score(OBJECTIVE, END).explanation(),
            GOOGLE.score(OBJECTIVE, END).explanation())
        .addEqualityGroup(GOOGLE.score(OBJECTIVE, date(1, 31)).explanation())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(GOOGLE.pace(KEY_RESULT, Q1, END), GOOGLE.pace(KEY_RESULT, Q1, END))
        .addEqualityGroup(GOOGLE.pace(KEY_RESULT, Q1, date(2, 1)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(GOOGLE.pace(OBJECTIVE, END), GOOGLE.pace(OBJECTIVE, END))
        .addEqualityGroup(GOOGLE.pace(OBJECTIVE, date(2, 1)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(GOOGLE.forecast(KEY_RESULT, Q1, END), GOOGLE.forecast(KEY_RESULT, Q1, END))
        .addEqualityGroup(GOOGLE.forecast(KEY_RESULT, Q1, date(1, 31)))
        .testEquals();
  }
}
