package org.okrkit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.review.AccountabilityScenario.AS_OF;
import static org.okrkit.review.AccountabilityScenario.Q1;
import static org.okrkit.review.AccountabilityScenario.keyResult;
import static org.okrkit.review.AccountabilityScenario.person;
import static org.okrkit.review.AccountabilityViewTest.kr;
import static org.okrkit.review.AccountabilityViewTest.unit;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.CoverageShare;
import org.okrkit.core.Alignment;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/**
 * Which links count towards a unit's coverage of its parent unit's key results: only links from
 * the unit itself or from a unit below it, whatever the shape of the tree around them.
 */
class AccountabilityUnitTreeCoverageTest {

  private static final PersonId OWNER = person("pat");
  private static final AccountabilityPolicy WHOLE_PLAN =
      AccountabilityPolicy.defaults().withScope(AccountabilityScope.WHOLE_PLAN);

  // The tree in tree order: root, a, a1, b, b1 (root's sub-units a and b, each with one below).
  private static final OrgUnitId ROOT = OrgUnitId.of("root");
  private static final OrgUnitId A = OrgUnitId.of("a");
  private static final OrgUnitId A1 = OrgUnitId.of("a1");
  private static final OrgUnitId B = OrgUnitId.of("b");
  private static final OrgUnitId B1 = OrgUnitId.of("b1");

  private static final ObjectiveId ROOT_MAIN = ObjectiveId.of("root-main");
  private static final ObjectiveId ROOT_DOWN = ObjectiveId.of("root-down");
  private static final ObjectiveId A_MAIN = ObjectiveId.of("a-main");
  private static final ObjectiveId A_SAME = ObjectiveId.of("a-same");
  private static final ObjectiveId A1_UP = ObjectiveId.of("a1-up");
  private static final ObjectiveId B_ACROSS = ObjectiveId.of("b-across");
  private static final ObjectiveId B1_TO_TOP = ObjectiveId.of("b1-to-top");
  private static final ObjectiveId NO_UNIT = ObjectiveId.of("no-unit");

  private static final KeyResultId X = KeyResultId.of("x");
  private static final KeyResultId Y = KeyResultId.of("y");
  private static final KeyResultId K = KeyResultId.of("k");

  @Test
  void onlyLinksFromTheUnitOrBelowItCoverItsParentUnitsKeyResults() {
    Plan plan = Plan.of(List.of(
        objective(ROOT_MAIN, ROOT).addKeyResults(keyResult(K, OWNER, "1")).build(),
        // a link from the top unit down to a's key result: root is not below a
        objective(ROOT_DOWN, ROOT).addKeyResults(keyResult(K, OWNER, "1"))
            .addAlignments(Alignment.toKeyResult(A_MAIN, Y)).build(),
        objective(A_MAIN, A).addKeyResults(keyResult(X, OWNER, "1"), keyResult(Y, OWNER, "1"))
            .build(),
        // a link inside unit a: a is not below itself, so it is no support for a1 either
        objective(A_SAME, A).addKeyResults(keyResult(K, OWNER, "1"))
            .addAlignments(Alignment.toKeyResult(A_MAIN, Y)).build(),
        // the one real support of a's key results, from a1 below a
        objective(A1_UP, A1).addKeyResults(keyResult(K, OWNER, "1"))
            .addAlignments(Alignment.toKeyResult(A_MAIN, X)).build(),
        // b comes right after a's subtree (a, a1) in tree order: not below a; its link to the
        // unitless objective has no unit to cover
        objective(B_ACROSS, B).addKeyResults(keyResult(K, OWNER, "1"))
            .addAlignments(Alignment.toKeyResult(A_MAIN, Y), Alignment.toKeyResult(NO_UNIT, K))
            .build(),
        // b1 is the last unit in tree order; it lies below b, so it supports root's key result
        objective(B1_TO_TOP, B1).addKeyResults(keyResult(K, OWNER, "1"))
            .addAlignments(Alignment.toKeyResult(ROOT_MAIN, K)).build(),
        // an objective of no unit covers nothing
        objective(NO_UNIT, null).addKeyResults(keyResult(K, OWNER, "1"))
            .addAlignments(Alignment.toKeyResult(A_MAIN, Y)).build()),
        Map.of(A, ROOT, A1, A, B, ROOT, B1, B));

    AccountabilityView view =
        AccountabilityView.of(plan, Scorer.of(ScoringProfile.google()), AS_OF, WHOLE_PLAN);

    assertEquals(List.of(ROOT, A, A1, B, B1), view.units().stream().map(UnitView::unit).toList());
    // a: of root's key results root-main/k and root-down/k, nothing from a or a1 points at them.
    assertEquals(coverage(ROOT, 0, 2, kr(ROOT_MAIN, K), kr(ROOT_DOWN, K)),
        unit(view, A).parentCoverage());
    // a1: of a's key results a-main/x, a-main/y and a-same/k only x, from a1-up: 1 of 3. The
    // links to y come from root (above a), from a itself and from b (beside a), none from a1.
    assertEquals(coverage(A, 1, 3, kr(A_MAIN, Y), kr(A_SAME, K)),
        unit(view, A1).parentCoverage());
    // b: b1-up, from b1 below b, points at root-main/k: 1 of 2.
    assertEquals(coverage(ROOT, 1, 2, kr(ROOT_DOWN, K)), unit(view, B).parentCoverage());
    // b1: nothing points at b-across/k: 0 of 1.
    assertEquals(coverage(B, 0, 1, kr(B_ACROSS, K)), unit(view, B1).parentCoverage());
  }

  @Test
  void topUnitsFollowTheirIdsNotThePlanOrder() {
    // The units come in the plan in id order; the view must keep that order, not reverse it.
    OrgUnitId alpha = OrgUnitId.of("alpha");
    OrgUnitId beta = OrgUnitId.of("beta");
    OrgUnitId gamma = OrgUnitId.of("gamma");
    Plan plan = Plan.of(List.of(
        objective(ObjectiveId.of("o1"), alpha).addKeyResults(keyResult(K, OWNER, "1"))
            .build(),
        objective(ObjectiveId.of("o2"), beta).addKeyResults(keyResult(K, OWNER, "1"))
            .build(),
        objective(ObjectiveId.of("o3"), gamma).addKeyResults(keyResult(K, OWNER, "1"))
            .build()), Map.of());
    AccountabilityView view =
        AccountabilityView.of(plan, Scorer.of(ScoringProfile.google()), AS_OF, WHOLE_PLAN);
    assertEquals(List.of(alpha, beta, gamma), view.units().stream().map(UnitView::unit).toList());
  }

  @Test
  void subUnitsFollowTheirIdsNotThePlanOrder() {
    // The plan meets root's sub-units as alpha, zeta, mid; the view lists them by id: alpha,
    // mid, zeta (taken as met, or reversed, they would read otherwise).
    OrgUnitId alpha = OrgUnitId.of("alpha");
    OrgUnitId zeta = OrgUnitId.of("zeta");
    OrgUnitId mid = OrgUnitId.of("mid");
    Map<OrgUnitId, OrgUnitId> parents = new java.util.LinkedHashMap<>();
    parents.put(alpha, ROOT);
    parents.put(zeta, ROOT);
    parents.put(mid, ROOT);
    Plan plan = Plan.of(List.of(
        objective(ObjectiveId.of("o1"), alpha).addKeyResults(keyResult(K, OWNER, "1")).build(),
        objective(ObjectiveId.of("o2"), zeta).addKeyResults(keyResult(K, OWNER, "1")).build(),
        objective(ObjectiveId.of("o3"), mid).addKeyResults(keyResult(K, OWNER, "1")).build()),
        parents);
    AccountabilityView view =
        AccountabilityView.of(plan, Scorer.of(ScoringProfile.google()), AS_OF, WHOLE_PLAN);
    assertEquals(List.of(ROOT, alpha, mid, zeta),
        view.units().stream().map(UnitView::unit).toList());
  }

  private static Objective.Builder objective(ObjectiveId id, OrgUnitId unit) {
    Objective.Builder builder = Objective.builder().id(id).title("Objective " + id)
        .level(Level.TEAM).owner(OWNER).period(Q1).commitment(Commitment.COMMITTED);
    return unit == null ? builder : builder.orgUnit(unit);
  }

  private static Optional<AccountabilityCoverage> coverage(OrgUnitId parent, int covered,
      int total, org.okrkit.core.AlignmentTarget... unsupported) {
    return Optional.of(AccountabilityCoverage.of(parent, CoverageShare.of(covered, total),
        ImmutableList.copyOf(unsupported)));
  }
}
