package org.okrkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Alignment;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.Objective;
import org.okrkit.core.Plan;

/**
 * Pins what one seed generates, in any JVM: the determinism properties compare two runs in one
 * JVM, which cannot catch a generator whose output depends on something outside the seed.
 *
 * <p>A change to the generator or an injector legitimately changes this text. When it does,
 * update the literal and call the change out in the CHANGELOG: users record seeds in bug reports
 * and benchmarks, and after such a change their seeds stand for other plans.
 */
class GoldenPlanTest {

  private static final PlanSpec SPEC =
      PlanSpec.of(12).withMultiParentShare(0.5).withDependencyShare(0.5);

  @Test
  void generate_seed42_givesThisPlan() {
    assertEquals(String.join("\n",
        "company-1 COMPANY company DRAFT 2025-01-01..2025-12-31",
        "department-2 DEPARTMENT department-1 ACTIVE 2025-04-01..2025-06-30",
        "  -> company-1/kr-1 x0.333",
        "department-3 DEPARTMENT department-1 ACTIVE 2025-04-01..2025-06-30",
        "  -> company-1 x1",
        "department-4 DEPARTMENT department-1 CANCELLED 2025-01-01..2025-12-31",
        "  -> company-1/kr-1 x0.333",
        "department-5 DEPARTMENT department-3 ACTIVE 2025-07-01..2025-09-30",
        "  -> company-1/kr-1 x0.333",
        "  needs department-2",
        "team-6 TEAM department-1-team-3 ACTIVE 2025-04-01..2025-06-30",
        "  -> department-2/kr-2 x1",
        "  -> department-3 x0.1665",
        "team-7 TEAM department-1-team-2 CLOSED 2025-04-01..2025-06-30",
        "  -> department-2 x0.333",
        "  needs team-6",
        "team-8 TEAM department-1-team-3 CLOSED 2025-04-01..2025-06-30",
        "  -> department-2 x0.333",
        "  -> department-4 x1",
        "team-9 TEAM department-1-team-4 CLOSED 2025-04-01..2025-06-30",
        "  -> department-3/kr-1 x0.5",
        "  needs team-8",
        "team-10 TEAM department-1-team-2 CANCELLED 2025-04-01..2025-06-30",
        "  -> department-3/kr-1 x0.5",
        "  -> department-4/kr-2 x1",
        "  -> department-2 x0.1665",
        "  needs team-9",
        "team-11 TEAM department-1-team-2 CANCELLED 2025-04-01..2025-06-30",
        "  -> department-3 x0.333",
        "team-12 TEAM department-1-team-2 ACTIVE 2025-04-01..2025-06-30",
        "  -> department-3 x0.1665",
        "  needs team-11"), render(Plans.generate(SPEC, 42)));
  }

  @Test
  void inject_seed42_givesThisDefect() {
    Plan plan = Plans.generate(SPEC, 42);
    assertEquals("weights into department-2 now sum to 1.4995 (link of team-7 set to 1)",
        Defects.inject(plan, CascadeRule.WEIGHT_OVERFLOW, 42).orElseThrow().description());
  }

  /**
   * A line per objective (id, level, unit, status, period), then one per weighted link and one
   * per dependency.
   */
  static String render(Plan plan) {
    return plan.objectives().stream().map(GoldenPlanTest::render)
        .collect(Collectors.joining("\n"));
  }

  private static String render(Objective objective) {
    StringBuilder line = new StringBuilder()
        .append(objective.id()).append(' ')
        .append(objective.level()).append(' ')
        .append(objective.orgUnit().map(Object::toString).orElse("-")).append(' ')
        .append(objective.status()).append(' ')
        .append(objective.period().start()).append("..").append(objective.period().end());
    for (Alignment link : objective.alignments()) {
      line.append("\n  -> ").append(link.target())
          .append(" x").append(link.weight().toPlainString());
    }
    objective.dependsOn().forEach(target -> line.append("\n  needs ").append(target));
    return line.toString();
  }
}
