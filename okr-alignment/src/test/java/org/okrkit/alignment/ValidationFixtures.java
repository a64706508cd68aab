package org.okrkit.alignment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okrkit.core.Alignment;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;

/** Small hand-made objectives for the validation tests. */
final class ValidationFixtures {

  static final Period YEAR = Period.calendarYear(2026);
  static final Period Q1 = Period.calendarQuarter(2026, 1);

  private ValidationFixtures() {}

  /** The violations one rule alone finds in a plan, in the report's order. */
  static List<Violation> check(AlignmentRule rule, Plan plan) {
    return AlignmentValidator.of(List.of(rule)).validate(plan).violations();
  }

  static ObjectiveId id(String id) {
    return ObjectiveId.of(id);
  }

  static List<ObjectiveId> ids(String... ids) {
    List<ObjectiveId> list = new ArrayList<>();
    for (String id : ids) {
      list.add(ObjectiveId.of(id));
    }
    return list;
  }

  static KeyResult metric(String id) {
    return keyResult(id, Metric.of(BigDecimal.ZERO, BigDecimal.TEN, "units"));
  }

  static KeyResult keyResult(String id, Measure measure) {
    return KeyResult.builder().id(KeyResultId.of(id)).title("Key result " + id)
        .owner(PersonId.of("ada")).measure(measure).build();
  }

  /**
   * A draft objective with two metric key results k1 and k2 in 2026, owned by a person of its
   * own name, so that it breaks no quality rule.
   */
  static Objective.Builder objective(String id, Level level) {
    return Objective.builder().id(ObjectiveId.of(id)).title("Objective " + id).level(level)
        .owner(PersonId.of("owner-of-" + id)).period(YEAR).commitment(Commitment.ASPIRATIONAL)
        .addKeyResults(metric("k1"), metric("k2"));
  }

  static Alignment to(String parent, String weight) {
    return Alignment.toObjective(ObjectiveId.of(parent), new BigDecimal(weight));
  }

  static Alignment toKeyResult(String parent, String keyResult, String weight) {
    return Alignment.toKeyResult(ObjectiveId.of(parent), KeyResultId.of(keyResult),
        new BigDecimal(weight));
  }

  /** The violations of cascade rules only: what the testkit's defects are about. */
  static List<Violation> cascadeViolations(ValidationReport report) {
    List<Violation> found = new ArrayList<>();
    for (Violation violation : report.violations()) {
      if (violation.cascadeRule().isPresent()) {
        found.add(violation);
      }
    }
    return found;
  }

  static Optional<CascadeRule> cascadeRuleOf(AlignmentRule rule) {
    return ((BuiltInRule) rule).cascadeRule();
  }
}
