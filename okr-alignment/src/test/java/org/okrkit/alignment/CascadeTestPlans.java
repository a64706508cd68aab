package org.okrkit.alignment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.okrkit.core.Alignment;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;

/** Hand-made plans for the cascade queries' tests. */
final class CascadeTestPlans {

  private static final PersonId OWNER = PersonId.of("ada");

  private CascadeTestPlans() {}

  static ObjectiveId id(String id) {
    return ObjectiveId.of(id);
  }

  static KeyResultId kr(String id) {
    return KeyResultId.of(id);
  }

  static OrgUnitId unit(String id) {
    return OrgUnitId.of(id);
  }

  private static KeyResult keyResult(String id) {
    return KeyResult.builder().id(kr(id)).title("key result " + id).owner(OWNER)
        .measure(Metric.of(BigDecimal.ZERO, BigDecimal.TEN, "u")).build();
  }

  private static Objective.Builder objective(String id, Level level, String unit,
      String... keyResults) {
    Objective.Builder objective = Objective.builder().id(id(id)).title("objective " + id)
        .level(level).owner(OWNER).orgUnit(unit(unit)).period(Period.calendarYear(2026))
        .commitment(Commitment.ASPIRATIONAL);
    for (String keyResult : keyResults) {
      objective.addKeyResults(keyResult(keyResult));
    }
    return objective;
  }

  /**
   * The worked example, in this order (numbers in brackets):
   *
   * <pre>
   * [0] c        COMPANY     acme        c1 c2 c3
   * [1] sales    DEPARTMENT  sales       s1 s2      -> c/c1
   * [2] product  DEPARTMENT  product     p1 p2      -> c
   * [3] emea     TEAM        sales-emea  e1         -> sales/s1           depends on growth
   * [4] growth   TEAM        growth      g1 g2      -> product/p1, sales  depends on platform
   * [5] platform TEAM        platform    t1         -> product
   * [6] ben      INDIVIDUAL  growth      b1         -> growth/g2          depends on growth
   * [7] stray    TEAM        platform    x1         -> ghost (missing),   depends on ghost
   *                                                    product/p9 (missing)
   * </pre>
   */
  static Plan example() {
    return Plan.of(List.of(
        objective("c", Level.COMPANY, "acme", "c1", "c2", "c3").build(),
        objective("sales", Level.DEPARTMENT, "sales", "s1", "s2")
            .addAlignments(Alignment.toKeyResult(id("c"), kr("c1"))).build(),
        objective("product", Level.DEPARTMENT, "product", "p1", "p2")
            .addAlignments(Alignment.toObjective(id("c"))).build(),
        objective("emea", Level.TEAM, "sales-emea", "e1")
            .addAlignments(Alignment.toKeyResult(id("sales"), kr("s1")))
            .addDependsOn(id("growth")).build(),
        objective("growth", Level.TEAM, "growth", "g1", "g2")
            .addAlignments(Alignment.toKeyResult(id("product"), kr("p1"), 0.5),
                Alignment.toObjective(id("sales"), 0.5))
            .addDependsOn(id("platform")).build(),
        objective("platform", Level.TEAM, "platform", "t1")
            .addAlignments(Alignment.toObjective(id("product"))).build(),
        objective("ben", Level.INDIVIDUAL, "growth", "b1")
            .addAlignments(Alignment.toKeyResult(id("growth"), kr("g2")))
            .addDependsOn(id("growth")).build(),
        objective("stray", Level.TEAM, "platform", "x1")
            .addAlignments(Alignment.toObjective(id("ghost")),
                Alignment.toKeyResult(id("product"), kr("p9")))
            .addDependsOn(id("ghost")).build()),
        Map.of(unit("sales"), unit("acme"), unit("product"), unit("acme"),
            unit("sales-emea"), unit("sales"), unit("growth"), unit("product"),
            unit("platform"), unit("product")));
  }

  /**
   * A chain of team objectives {@code o-0 <- o-1 <- ... <- o-(n-1)}, each aligned to the one
   * before it; with {@code closed}, {@code o-0} also aligns to {@code o-(n-1)}, making one cycle
   * of all n.
   */
  static Plan chain(int n, boolean closed) {
    List<Objective> objectives = new ArrayList<>(n);
    Period period = Period.calendarYear(2026);
    for (int i = 0; i < n; i++) {
      Objective.Builder objective = Objective.builder().id(id("o-" + i)).title("o")
          .level(Level.TEAM).owner(OWNER).period(period).commitment(Commitment.ASPIRATIONAL);
      if (i > 0) {
        objective.addAlignments(Alignment.toObjective(id("o-" + (i - 1))));
      }
      objectives.add(objective.build());
    }
    Plan chain = Plan.of(objectives);
    return closed ? closeChain(chain) : chain;
  }

  /** The chain made a cycle: its first objective also aligns to its last. */
  static Plan closeChain(Plan chain) {
    Objective first = chain.objectives().get(0);
    ObjectiveId last = chain.objectives().get(chain.size() - 1).id();
    return chain.with(first.alignTo(Alignment.toObjective(last)));
  }
}
