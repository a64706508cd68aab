package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.scoring.Fixtures.END;
import static org.okrkit.scoring.Fixtures.OWNER;
import static org.okrkit.scoring.Fixtures.Q1;
import static org.okrkit.scoring.Fixtures.checkIn;
import static org.okrkit.scoring.Fixtures.date;
import static org.okrkit.scoring.Fixtures.dec;
import static org.okrkit.scoring.Fixtures.keyResult;
import static org.okrkit.scoring.Fixtures.keyResultBuilder;
import static org.okrkit.scoring.Fixtures.metric;
import static org.okrkit.scoring.Fixtures.objective;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Commitment;
import org.okrkit.core.HealthTarget;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Kpi;
import org.okrkit.core.KpiAggregation;
import org.okrkit.core.KpiId;
import org.okrkit.core.KpiLink;
import org.okrkit.core.KpiReading;
import org.okrkit.core.Objective;
import org.okrkit.core.Plan;
import org.okrkit.core.UnknownKeyResultException;

/** The scorer's objective-level forms and the ways of giving it KPIs. */
class ScorerTest {

  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());
  private static final KeyResult GROWTH = keyResult("growth", metric("0", "100"),
      checkIn(1, 15, "20"), checkIn(2, 15, "50"));
  private static final Objective OBJECTIVE = objective(Commitment.COMMITTED, GROWTH);
  private static final KeyResultId GROWTH_ID = KeyResultId.of("growth");

  @Test
  void objectiveLevelForms_useTheObjectivesPeriod() {
    // 50 of 100 by Feb 15: 0.5
    assertEquals(dec("0.5"),
        GOOGLE.score(OBJECTIVE, GROWTH_ID, date(2, 15)).score().orElseThrow().value());
    assertEquals(GOOGLE.score(GROWTH, Q1, date(2, 15)), GOOGLE.score(OBJECTIVE, GROWTH_ID, date(2, 15)));
    assertEquals(GOOGLE.pace(GROWTH, Q1, date(2, 15)), GOOGLE.pace(OBJECTIVE, GROWTH_ID, date(2, 15)));
    PhasedTargets phases = PhasedTargets.of(Map.of(date(2, 28), dec("0.5")));
    assertEquals(GOOGLE.pace(GROWTH, Q1, date(2, 15), phases),
        GOOGLE.pace(OBJECTIVE, GROWTH_ID, date(2, 15), phases));
  }

  @Test
  void objectiveLevelForms_rejectAnUnknownKeyResult() {
    KeyResultId unknown = KeyResultId.of("nope");
    UnknownKeyResultException score = assertThrows(UnknownKeyResultException.class,
        () -> GOOGLE.score(OBJECTIVE, unknown, END));
    assertEquals(unknown, score.keyResultId());
    assertEquals(OBJECTIVE.id(), score.objectiveId());
    assertEquals("nope", score.rejectedValue());
    assertThrows(UnknownKeyResultException.class, () -> GOOGLE.pace(OBJECTIVE, unknown, END));
  }

  @Test
  void kpisOfAPlan_scoreLikeTheSameKpisGivenDirectly() {
    Kpi leads = Kpi.builder().id(KpiId.of("leads")).name("Leads").unit("leads").owner(OWNER)
        .healthTarget(HealthTarget.stayAtOrAbove(dec("1")))
        .addReadings(KpiReading.of(date(1, 5), dec("300")), KpiReading.of(date(1, 12), dec("200")))
        .build();
    KeyResult drawn = keyResultBuilder("leads-kr",
            org.okrkit.core.Metric.of(dec("0"), dec("1000"), "leads"))
        .kpi(KpiLink.of(leads.id(), KpiAggregation.SUM)).build();
    Objective objective = objective(Commitment.ASPIRATIONAL, drawn);
    Plan plan = Plan.of(List.of(objective), List.of(leads), Map.of());
    // 300 + 200 = 500 of 1000: 0.5
    ObjectiveScore fromPlan = GOOGLE.withKpisOf(plan).score(objective, END);
    assertEquals(dec("0.5"), fromPlan.score().orElseThrow().value());
    assertEquals(GOOGLE.withKpis(List.of(leads)).score(objective, END), fromPlan);
    assertEquals(List.of(leads), GOOGLE.withKpisOf(plan).kpis());
  }
}
