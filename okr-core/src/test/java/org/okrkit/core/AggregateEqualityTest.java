package org.okrkit.core;

import static org.okrkit.core.Samples.CHURN;
import static org.okrkit.core.Samples.FEB_1;
import static org.okrkit.core.Samples.dec;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregateEqualityTest {

  @Test
  void keyResults_equalByEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(Samples.churn(), Samples.churn(),
            KeyResult.builder().from(Samples.churn()).weight(dec("1.00")).build())
        .addEqualityGroup(KeyResult.builder().from(Samples.churn()).weight(dec("2")).build())
        .addEqualityGroup(KeyResult.builder().from(Samples.churn()).title("Other").build())
        .addEqualityGroup(KeyResult.builder().from(Samples.churn()).kpi(KpiLink.of(KpiId.of("churn"), KpiAggregation.LATEST)).build())
        .addEqualityGroup(Samples.nps())
        .testEquals();
  }

  @Test
  void objectives_equalByEveryAttributeAndHistory() {
    new EqualsTester()
        .addEqualityGroup(Samples.draft(), Samples.draft())
        .addEqualityGroup(Samples.active(), Samples.active())
        .addEqualityGroup(Samples.active().checkIn(CHURN, CheckIn.of(FEB_1, dec("7"))),
            Samples.active().checkIn(CHURN, CheckIn.of(FEB_1, dec("7.0"))))
        .addEqualityGroup(Objective.builder().from(Samples.draft()).coach(Samples.GRACE).build())
        .addEqualityGroup(Objective.builder().from(Samples.draft())
            .commitment(Commitment.COMMITTED).build())
        .testEquals();
  }

  @Test
  void alignments_equalByParentAndWeight() {
    ObjectiveId parent = ObjectiveId.of("company");
    new EqualsTester()
        .addEqualityGroup(Alignment.toObjective(parent), Alignment.toObjective(parent, dec("1.0")))
        .addEqualityGroup(Alignment.toObjective(parent, dec("0.5")))
        .addEqualityGroup(Alignment.toKeyResult(parent, CHURN))
        .addEqualityGroup(Alignment.toObjective(ObjectiveId.of("other")))
        .testEquals();
  }

  @Test
  void kpis_equalByEveryAttribute() {
    Kpi.Builder leads = Kpi.builder().id(KpiId.of("leads")).name("Leads").unit("leads")
        .owner(Samples.ADA).healthTarget(HealthTarget.stayAtOrAbove(dec("300")));
    Kpi kpi = leads.build();
    new EqualsTester()
        .addEqualityGroup(kpi, Kpi.builder().from(kpi).build())
        .addEqualityGroup(kpi.withReading(KpiReading.of(FEB_1, 310)))
        .addEqualityGroup(Kpi.builder().from(kpi).unit("qualified leads").build())
        .testEquals();
  }

  @Test
  void alignmentTargets_equalByObjectiveAndKeyResult() {
    ObjectiveId parent = ObjectiveId.of("company");
    new EqualsTester()
        .addEqualityGroup(AlignmentTarget.of(parent), AlignmentTarget.of(ObjectiveId.of("company")),
            Alignment.toObjective(parent, dec("0.5")).target())
        .addEqualityGroup(AlignmentTarget.of(parent, CHURN),
            Alignment.toKeyResult(parent, CHURN, dec("0.25")).target())
        .addEqualityGroup(AlignmentTarget.of(parent, Samples.NPS))
        .addEqualityGroup(AlignmentTarget.of(ObjectiveId.of("other")))
        // Ids may contain "/", so a target is never its text: these two print alike.
        .addEqualityGroup(AlignmentTarget.of(ObjectiveId.of("company/churn")))
        .testEquals();
  }

  @Test
  void plans_equalByObjectivesKpisTheirOrderAndUnits() {
    Plan plan = PlanTest.companySalesTeam();
    List<Objective> objectives = plan.objectives();
    new EqualsTester()
        .addEqualityGroup(plan, PlanTest.companySalesTeam(),
            Plan.of(objectives, plan.kpis(), plan.parentUnits()))
        .addEqualityGroup(Plan.of(objectives, plan.parentUnits()))
        .addEqualityGroup(Plan.of(objectives, plan.kpis(), Map.of()))
        .addEqualityGroup(plan.withKpis(plan.kpis().reverse()))
        .addEqualityGroup(plan.withObjectives(
            List.of(objectives.get(1), objectives.get(0), objectives.get(2))))
        .addEqualityGroup(Plan.empty(), Plan.of(List.of()))
        .testEquals();
  }
}
