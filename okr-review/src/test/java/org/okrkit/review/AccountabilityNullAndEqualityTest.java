package org.okrkit.review;

import static org.okrkit.review.AccountabilityScenario.AS_OF;
import static org.okrkit.review.AccountabilityScenario.ERIK;
import static org.okrkit.review.AccountabilityScenario.FAY;
import static org.okrkit.review.AccountabilityScenario.NORTH;
import static org.okrkit.review.AccountabilityScenario.WEB;
import static org.okrkit.review.AccountabilityScenario.plan;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

class AccountabilityNullAndEqualityTest {

  private static final Scorer SCORER = Scorer.of(ScoringProfile.google());

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Plan.class, plan())
        .setDefault(Scorer.class, SCORER)
        .setDefault(LocalDate.class, AS_OF)
        .setDefault(AccountabilityPolicy.class, AccountabilityPolicy.defaults())
        .setDefault(CheckInCadence.class, CheckInCadence.weekly())
        .setDefault(AccountabilityScope.class, AccountabilityScope.WHOLE_PLAN)
        .setDefault(AccountabilityTotals.class, AccountabilityTotals.zero())
        .setDefault(PersonId.class, ERIK)
        .setDefault(OrgUnitId.class, NORTH);
  }

  @Test
  void nullsAreRejectedByName() {
    AccountabilityView view = AccountabilityViewTest.view();
    for (Class<?> type : new Class<?>[] {AccountabilityView.class, AccountabilityPolicy.class,
        CheckInCadence.class, AccountabilityTotals.class}) {
      tester().testAllPublicStaticMethods(type);
    }
    tester().testAllPublicInstanceMethods(view);
    tester().testAllPublicInstanceMethods(AccountabilityPolicy.defaults());
    tester().testAllPublicInstanceMethods(CheckInCadence.weekly());
    tester().testAllPublicInstanceMethods(AccountabilityTotals.of(1, 2, 1, 1));
    tester().testAllPublicInstanceMethods(view.person(ERIK).orElseThrow());
    tester().testAllPublicInstanceMethods(view.unit(NORTH).orElseThrow());
    tester().testAllPublicInstanceMethods(AccountabilityViewTest.DEALS_RISK);
    tester().testAllPublicInstanceMethods(AccountabilityViewTest.PIPELINE_OVERDUE);
    tester().testAllPublicInstanceMethods(AccountabilityViewTest.ERIK_OVERLOAD);
    tester().testAllPublicInstanceMethods(view.unit(NORTH).orElseThrow().parentCoverage()
        .orElseThrow());
  }

  @Test
  void valueTypesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(CheckInCadence.weekly(), CheckInCadence.everyDays(7))
        .addEqualityGroup(CheckInCadence.fortnightly(), CheckInCadence.everyDays(14))
        .addEqualityGroup(CheckInCadence.everyDays(1))
        .testEquals();
    AccountabilityPolicy defaults = AccountabilityPolicy.defaults();
    new EqualsTester()
        .addEqualityGroup(defaults, defaults.withCadence(CheckInCadence.everyDays(7))
            .withMaxObjectivesPerOwner(5).withScope(AccountabilityScope.ACTIVE_ON_DATE))
        .addEqualityGroup(defaults.withCadence(CheckInCadence.everyDays(3)))
        .addEqualityGroup(defaults.withMaxObjectivesPerOwner(2))
        .addEqualityGroup(defaults.withScope(AccountabilityScope.WHOLE_PLAN))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AccountabilityTotals.zero(), AccountabilityTotals.of(0, 0, 0, 0))
        .addEqualityGroup(AccountabilityTotals.of(1, 2, 1, 0))
        .addEqualityGroup(AccountabilityTotals.of(1, 2, 0, 1))
        .testEquals();
    AccountabilityView view = AccountabilityViewTest.view();
    AccountabilityView again = AccountabilityViewTest.view();
    AccountabilityView later = AccountabilityView.of(plan(), SCORER, AS_OF.plusDays(1),
        AccountabilityViewTest.POLICY);
    new EqualsTester()
        .addEqualityGroup(view, again)
        .addEqualityGroup(later)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(view.person(ERIK).orElseThrow(), again.person(ERIK).orElseThrow())
        .addEqualityGroup(view.person(FAY).orElseThrow())
        .addEqualityGroup(later.person(ERIK).orElseThrow())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(view.unit(NORTH).orElseThrow(), again.unit(NORTH).orElseThrow())
        .addEqualityGroup(view.unit(WEB).orElseThrow())
        .addEqualityGroup(view.unit(NORTH).orElseThrow().parentCoverage().orElseThrow(),
            again.unit(NORTH).orElseThrow().parentCoverage().orElseThrow())
        .addEqualityGroup(view.unit(WEB).orElseThrow().parentCoverage().orElseThrow())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AccountabilityViewTest.DEALS_RISK,
            view.person(ERIK).orElseThrow().risks().get(0))
        .addEqualityGroup(AccountabilityViewTest.LAUNCH_RISK)
        .addEqualityGroup(AccountabilityViewTest.PIPELINE_OVERDUE,
            view.person(ERIK).orElseThrow().overdue().get(0))
        .addEqualityGroup(AccountabilityViewTest.TOOLING_OVERDUE)
        .addEqualityGroup(AccountabilityViewTest.ERIK_OVERLOAD,
            view.person(ERIK).orElseThrow().overloads().get(0))
        .testEquals();
  }
}
