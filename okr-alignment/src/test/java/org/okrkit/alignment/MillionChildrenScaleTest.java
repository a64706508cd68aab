package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.alignment.RollUpFixtures.END;
import static org.okrkit.alignment.RollUpFixtures.dec;
import static org.okrkit.alignment.RollUpFixtures.kr;
import static org.okrkit.alignment.RollUpFixtures.objective;
import static org.okrkit.alignment.RollUpFixtures.to;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/**
 * One parent with a million children: validated, queried and rolled up (and re-rolled after one
 * child's check-in) in linear time. Slow (seconds), so tagged for exclusion from the mutation run.
 */
@Tag("scale")
class MillionChildrenScaleTest {

  private static final int CHILDREN = 1_000_000;

  @Test
  void oneParent_withAMillionChildren() {
    // p <- c1 ... c1000000, each aligned with weight 0.000001 (a million of them sum to exactly 1);
    // even children at 10 of 10, odd at 0
    List<Objective> objectives = new ArrayList<>(CHILDREN + 1);
    objectives.add(objective("p", Level.COMPANY, List.of(kr("pk", null))));
    for (int i = 1; i <= CHILDREN; i++) {
      objectives.add(objective("c" + i, Level.TEAM,
          List.of(kr("k", i % 2 == 0 ? "10" : "0")), to("p", "0.000001")));
    }
    Plan plan = Plan.of(objectives);
    AlignmentIndex index = AlignmentIndex.of(plan);

    // the fixture gives every objective one key result and one owner: leave out those two advice
    // rules, whose million warnings are expected; the only other finding is that no child
    // supports the parent's key result pk (the children align to p itself)
    ValidationReport report = AlignmentValidator.standard().without("key-result-count")
        .without("too-many-objectives-per-owner").validate(index);
    assertEquals(List.of("unsupported-parent-key-result"),
        report.violations().stream().limit(5).map(Violation::ruleId).toList());
    assertEquals(CHILDREN, Cascade.of(index).descendants(ObjectiveId.of("p")).size());

    RolledUpPlan rolled = RollUp.of(index, Scorer.of(ScoringProfile.google()), END,
        RollUpPolicy.childrenOnly());
    // children only, equal weights: 500,000 children at 1 and 500,000 at 0 -> 0.5
    assertEquals(0, dec("0.5").compareTo(rolled.progress(ObjectiveId.of("p")).orElseThrow()));

    Objective raised = plan.objective(ObjectiveId.of("c1"))
        .checkIn(KeyResultId.of("k"), CheckIn.of(END, dec("10")));
    // c1 goes from 0 to 1: 500001 / 1000000 = 0.500001
    assertEquals(0, new BigDecimal("0.500001")
        .compareTo(rolled.withObjective(raised).progress(ObjectiveId.of("p")).orElseThrow()));
  }
}
