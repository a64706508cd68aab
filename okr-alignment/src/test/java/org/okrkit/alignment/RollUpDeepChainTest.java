package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.alignment.RollUpFixtures.END;
import static org.okrkit.alignment.RollUpFixtures.dec;
import static org.okrkit.alignment.RollUpFixtures.id;
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
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/** A 1,000,000-deep chain rolls up, and re-rolls after a check-in, on the default thread. */
@Tag("scale")
class RollUpDeepChainTest {

  private static final int DEPTH = 1_000_000;

  @Test
  void aMillionDeepChain_rollsUpWithoutRecursion() {
    // o0 <- o1 <- ... <- o999999; only the deepest is checked in, at 10 of 10
    List<Objective> chain = new ArrayList<>(DEPTH);
    chain.add(objective("o0", Level.COMPANY, List.of(kr("k0", null))));
    for (int i = 1; i < DEPTH; i++) {
      chain.add(objective("o" + i, Level.TEAM,
          List.of(kr("k" + i, i == DEPTH - 1 ? "10" : null)), to("o" + (i - 1), "1")));
    }
    Plan plan = Plan.of(chain);
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(plan), Scorer.of(ScoringProfile.google()),
        END, RollUpPolicy.childrenOnly());
    // children only: every objective takes its one child's progress, 1, up to the top
    assertEquals(0, BigDecimal.ONE.compareTo(rolled.progress(id("o0")).orElseThrow()));
    Objective deepest = plan.objectives().get(DEPTH - 1)
        .checkIn(KeyResultId.of("k" + (DEPTH - 1)), CheckIn.of(END, dec("5")));
    RolledUpPlan after = rolled.withObjective(deepest);
    // 5 of 10 = 0.5, carried up the whole chain
    assertEquals(0, dec("0.5").compareTo(after.progress(id("o0")).orElseThrow()));
    assertEquals(0, BigDecimal.ONE.compareTo(rolled.progress(id("o0")).orElseThrow()));
  }
}
