package org.okrkit.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.okrkit.core.Alignment;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;

/** Small plans written out by hand, for example-based tests. */
final class TestPlans {

  static final OrgUnitId COMPANY = OrgUnitId.of("company");
  static final OrgUnitId SALES = OrgUnitId.of("sales");
  static final OrgUnitId SALES_EMEA = OrgUnitId.of("sales-emea");

  private TestPlans() {}

  static Objective objective(String id, Level level, OrgUnitId unit, Alignment... links) {
    return Objective.builder()
        .id(ObjectiveId.of(id))
        .title("Objective " + id)
        .level(level)
        .orgUnit(unit)
        .owner(PersonId.of("owner-of-" + id))
        .period(Period.calendarYear(2026))
        .commitment(Commitment.ASPIRATIONAL)
        .addKeyResult(KeyResult.builder()
            .id(KeyResultId.of("kr-1"))
            .title("Key result of " + id)
            .owner(PersonId.of("owner-of-" + id))
            .measure(Milestone.of())
            .build())
        .alignments(List.of(links))
        .build();
  }

  static Alignment to(String parent, String weight) {
    return Alignment.toObjective(ObjectiveId.of(parent), new BigDecimal(weight));
  }

  /** A company objective, a sales objective under it and an EMEA team objective under that. */
  static Plan companySalesTeam() {
    return Plan.of(List.of(
            objective("grow", Level.COMPANY, COMPANY),
            objective("sell-more", Level.DEPARTMENT, SALES, to("grow", "0.5")),
            objective("win-emea", Level.TEAM, SALES_EMEA, to("sell-more", "1"))),
        Map.of(SALES, COMPANY, SALES_EMEA, SALES));
  }
}
