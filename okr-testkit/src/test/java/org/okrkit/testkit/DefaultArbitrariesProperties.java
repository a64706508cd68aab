package org.okrkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.Plan;

/** Plans and injected defects as parameters with no {@code @Provide} method: the defaults. */
class DefaultArbitrariesProperties {

  @Property(tries = 50)
  void aPlanParameterGetsValidPlans(@ForAll Plan plan) {
    List<ReferenceChecker.Violation> violations = ReferenceChecker.check(plan);
    assertTrue(violations.isEmpty(), violations::toString);
  }

  @Property(tries = 50)
  void anInjectedDefectParameterGetsPlansWithExactlyThatDefect(@ForAll InjectedDefect defect) {
    Set<CascadeRule> kinds = ReferenceChecker.check(defect.plan()).stream()
        .map(ReferenceChecker.Violation::kind)
        .collect(Collectors.toSet());
    assertEquals(Set.of(defect.kind()), kinds, defect::toString);
  }
}
