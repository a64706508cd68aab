package org.okrkit.alignment;

import static org.okrkit.alignment.RollUpFixtures.END;
import static org.okrkit.alignment.RollUpFixtures.dec;
import static org.okrkit.alignment.RollUpFixtures.id;
import static org.okrkit.alignment.RollUpFixtures.kr;
import static org.okrkit.alignment.RollUpFixtures.objective;
import static org.okrkit.alignment.RollUpFixtures.to;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

class RollUpNullAndEqualityTest {

  private static final Plan PLAN = Plan.of(List.of(
      objective("company", Level.COMPANY, List.of(kr("c1", "4"))),
      objective("dept", Level.DEPARTMENT, List.of(kr("d1", "2")), to("company", "1"))));

  private static RolledUpPlan rolled(RollUpPolicy policy) {
    return RollUp.of(AlignmentIndex.of(PLAN), Scorer.of(ScoringProfile.google()), END, policy);
  }

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(AlignmentIndex.class, AlignmentIndex.of(PLAN))
        .setDefault(Scorer.class, Scorer.of(ScoringProfile.google()))
        .setDefault(RollUpPolicy.class, RollUpPolicy.ownOnly())
        .setDefault(ObjectiveId.class, id("company"))
        .setDefault(Objective.class, PLAN.objectives().get(0))
        .setDefault(BigDecimal.class, BigDecimal.ONE);
  }

  @Test
  void nullsAreRejectedByName() {
    tester().testAllPublicStaticMethods(RollUp.class);
    tester().testAllPublicStaticMethods(RollUpPolicy.class);
    tester().testAllPublicInstanceMethods(rolled(RollUpPolicy.childrenOnly()));
    tester().testAllPublicInstanceMethods(RollUpPolicy.blended(dec("0.5")));
  }

  @Test
  void valueTypesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(RollUpPolicy.ownOnly(), RollUpPolicy.blended(dec("0.0")))
        .addEqualityGroup(RollUpPolicy.childrenOnly(), RollUpPolicy.blended(dec("1.00")))
        .addEqualityGroup(RollUpPolicy.blended(dec("0.5")), RollUpPolicy.blended(dec("0.50")))
        .addEqualityGroup(RollUpPolicy.summing(),
            RollUpPolicy.childrenOnly().withSummedKeyResults())
        .testEquals();
    RolledUpObjective own = rolled(RollUpPolicy.ownOnly()).objective(id("company"));
    RolledUpObjective children = rolled(RollUpPolicy.childrenOnly()).objective(id("company"));
    new EqualsTester()
        .addEqualityGroup(own, rolled(RollUpPolicy.ownOnly()).objective(id("company")))
        .addEqualityGroup(children)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(own.explanation(), rolled(RollUpPolicy.ownOnly()).objective(id("company")).explanation())
        .addEqualityGroup(children.explanation())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(own.keyResults().get(0),
            rolled(RollUpPolicy.ownOnly()).objective(id("company")).keyResults().get(0))
        .addEqualityGroup(rolled(RollUpPolicy.ownOnly()).objective(id("dept")).keyResults()
            .get(0))
        .testEquals();
  }
}
