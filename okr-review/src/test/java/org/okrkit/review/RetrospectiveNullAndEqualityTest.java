package org.okrkit.review;

import static org.okrkit.review.RetrospectiveScenario.*;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.RollUpPolicy;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

class RetrospectiveNullAndEqualityTest {

  private static final Plan PLAN = plan();
  private static final Scorer SCORER = Scorer.of(ScoringProfile.google()).withKpisOf(PLAN);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Plan.class, PLAN)
        .setDefault(Period.class, Q1)
        .setDefault(Scorer.class, SCORER)
        .setDefault(LocalDate.class, END_OF_Q1)
        .setDefault(RetrospectiveScope.class, RetrospectiveScope.wholePlan())
        .setDefault(RollUpPolicy.class, RollUpPolicy.childrenOnly())
        .setDefault(OrgUnitId.class, SALES)
        .setDefault(PersonId.class, ADA);
  }

  @Test
  void nullsAreRejectedByName() {
    Retrospective r = Retrospective.of(PLAN, Q1, SCORER, END_OF_Q1);
    tester().testAllPublicStaticMethods(Retrospective.class);
    tester().testAllPublicStaticMethods(RetrospectiveScope.class);
    tester().testAllPublicInstanceMethods(r);
    tester().testAllPublicInstanceMethods(r.objectives().get(0));
    tester().testAllPublicInstanceMethods(r.yearObjectives().get(0));
    for (Question question : r.questions()) {
      tester().testAllPublicInstanceMethods(question);
    }
  }

  @Test
  void valueTypesAreEqualByValue() {
    Retrospective r = Retrospective.of(PLAN, Q1, SCORER, END_OF_Q1);
    Retrospective again = Retrospective.of(plan(), Q1, SCORER, END_OF_Q1);
    Retrospective earlier = Retrospective.of(PLAN, Q1, SCORER, day(3, 1));
    Retrospective childrenOnly = Retrospective.of(PLAN, Q1, SCORER, END_OF_Q1,
        RetrospectiveScope.wholePlan(), RollUpPolicy.childrenOnly());
    new EqualsTester()
        .addEqualityGroup(r, again)
        .addEqualityGroup(earlier)
        .addEqualityGroup(childrenOnly)
        .addEqualityGroup(r.objectives().get(0), again.objectives().get(0))
        .addEqualityGroup(r.objectives().get(1))
        .addEqualityGroup(r.objectives().get(0).keyResults().get(2),
            again.objectives().get(0).keyResults().get(2))
        .addEqualityGroup(r.objectives().get(0).keyResults().get(2).adjustments().get(0),
            again.objectives().get(0).keyResults().get(2).adjustments().get(0))
        .addEqualityGroup(r.yearObjectives().get(0), again.yearObjectives().get(0))
        .addEqualityGroup(r.yearObjectives().get(0).keyResults().get(0),
            again.yearObjectives().get(0).keyResults().get(0))
        .addEqualityGroup(r.setting(), again.setting())
        .addEqualityGroup(r.completion(), again.completion())
        .addEqualityGroup(r.blockers(), again.blockers())
        .addEqualityGroup(r.support(), again.support())
        .addEqualityGroup(r.reach(), again.reach())
        .addEqualityGroup(r.adjustment(), again.adjustment())
        .addEqualityGroup(RetrospectiveScope.wholePlan(), RetrospectiveScope.wholePlan())
        .addEqualityGroup(RetrospectiveScope.forUnit(SALES), RetrospectiveScope.forUnit(SALES))
        .addEqualityGroup(RetrospectiveScope.forUnit(OPS))
        .addEqualityGroup(RetrospectiveScope.forOwner(ADA), RetrospectiveScope.forOwner(ADA))
        .testEquals();
  }
}
