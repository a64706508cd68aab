package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.alignment.ValidationFixtures.YEAR;
import static org.okrkit.alignment.ValidationFixtures.cascadeViolations;
import static org.okrkit.alignment.ValidationFixtures.metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Alignment;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;

/**
 * A chain of a million objectives, each aligned to (both key results of) the one before and
 * depending on it, and the same chain closed into a million-member cycle: validated on the
 * default thread, so nothing may recurse.
 */
@Tag("scale")
class ValidationScaleTest {

  private static final int N = 1_000_000;
  private static final List<KeyResult> KEY_RESULTS = List.of(metric("k1"), metric("k2"));
  private static Plan chain;

  private static ObjectiveId id(int k) {
    return ObjectiveId.of("o" + k);
  }

  /** Objective k: level min(k, 3), an owner of its own, two metric key results. */
  private static Objective.Builder objective(int k) {
    Objective.Builder builder = Objective.builder().id(id(k)).title("Objective " + k)
        .level(Level.values()[Math.min(k, 3)]).owner(PersonId.of("p" + k)).period(YEAR)
        .commitment(Commitment.ASPIRATIONAL).keyResults(KEY_RESULTS);
    if (k > 0) {
      builder.addAlignment(Alignment.toKeyResult(id(k - 1), KeyResultId.of("k1"), BigDecimal.ONE))
          .addAlignment(Alignment.toKeyResult(id(k - 1), KeyResultId.of("k2"), BigDecimal.ONE))
          .addDependsOn(id(k - 1));
    }
    return builder;
  }

  @BeforeAll
  static void buildChain() {
    List<Objective> objectives = new ArrayList<>(N);
    for (int k = 0; k < N; k++) {
      objectives.add(objective(k).build());
    }
    chain = Plan.of(objectives);
  }

  @Test
  void aMillionDeepChain_breaksOnlyTheLevelOrder() {
    AlignmentIndex index = AlignmentIndex.of(chain);

    // Only four levels: every link from o4 on joins two INDIVIDUAL objectives. Nothing else is
    // wrong: weights 1 into each key result, one period, each key result supported but the last
    // objective's, which has no child.
    ValidationReport rest = AlignmentValidator.standard().without("level-inversion")
        .validate(index);
    assertEquals(List.of(), rest.violations(), () -> rest.toString());

    // Links o1 -> o0 ... o999999 -> o999998 are 999,999; o1, o2 and o3 climb; 999,996 do not.
    ValidationReport levels = AlignmentValidator.of(List.of(AlignmentRules.levelInversion()))
        .validate(index);
    assertEquals(999_996, levels.violations().size());
  }

  @Test
  void aMillionMemberCycle_isOneViolation_withBoundedIds() {
    // o0 (COMPANY) now aligns to, and depends on, o999999: both graphs close into one loop.
    Plan cycle = chain.with(objective(0)
        .addAlignment(Alignment.toObjective(id(N - 1), BigDecimal.ONE))
        .addDependsOn(id(N - 1)).build());

    ValidationReport report = AlignmentValidator.standard().validate(cycle);

    List<Violation> cascade = cascadeViolations(report);
    assertEquals(List.of("alignment-cycle", "dependency-cycle"),
        cascade.stream().map(Violation::ruleId).toList(), () -> report.toString());
    Violation alignment = cascade.get(0);
    assertEquals(N, alignment.objectiveCount());
    assertEquals(Violation.MAX_LISTED_OBJECTIVES, alignment.objectiveIds().size());
    // o0 -> o999999 is the first link not to a higher level; the walk goes down the chain from
    // there: o0, o999999, o999998, ..., the 100th being o(1,000,000 - 99) = o999901.
    assertEquals(id(0), alignment.objectiveIds().get(0));
    assertEquals(id(N - 1), alignment.objectiveIds().get(1));
    assertEquals(id(999_901), alignment.objectiveIds().get(99));
    assertTrue(alignment.message().contains("cycle of 1000000"), alignment.message());
    assertTrue(alignment.message().length() < 1_000, alignment.message());
    // o0's dependency on o999999 points forward in the plan: it closes the dependency loop.
    Violation dependency = cascade.get(1);
    assertEquals(N, dependency.objectiveCount());
    assertEquals(List.of(id(0), id(N - 1), id(N - 2)),
        dependency.objectiveIds().subList(0, 3));
    assertEquals(1, report.errors().size());
  }
}
