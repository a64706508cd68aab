package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.alignment.CascadeTestPlans.id;
import static org.okrkit.alignment.CascadeTestPlans.kr;
import static org.okrkit.alignment.CascadeTestPlans.unit;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;
import org.okrkit.core.UnknownKeyResultException;
import org.okrkit.scoring.Fraction;

/** The queries on the worked example of {@link CascadeTestPlans#example()}, worked by hand. */
class CascadeTest {

  private final Cascade cascade = Cascade.of(CascadeTestPlans.example());

  private static List<ObjectiveId> ids(String... ids) {
    return List.of(ids).stream().map(ObjectiveId::of).collect(Collectors.toList());
  }

  @Test
  void ancestors_nearestFirst_tiesInPlanOrder() {
    // ben -> growth (1); growth -> product/p1 and sales (2): growth lists product first, but
    // sales [1] comes before product [2] in the plan; both -> c (3), reached once.
    assertEquals(ids("growth", "sales", "product", "c"), cascade.ancestors(id("ben")));
    assertEquals(ids("sales", "c"), cascade.ancestors(id("emea")));
    assertEquals(List.of(), cascade.ancestors(id("c")));
  }

  @Test
  void ancestors_doNotFollowDanglingLinks() {
    assertEquals(List.of(), cascade.ancestors(id("stray")));
  }

  @Test
  void descendants_ofAnObjective_throughItAndItsKeyResults() {
    // c <- sales (via c1), product (1); sales <- emea (via s1), growth; product <- growth (via
    // p1), platform (2: emea [3], growth [4], platform [5]); growth <- ben (via g2) (3).
    // stray aligns to a missing objective and to a key result product does not have, so it is
    // below nothing.
    assertEquals(ids("sales", "product", "emea", "growth", "platform", "ben"),
        cascade.descendants(id("c")));
    assertEquals(ids("emea", "growth", "ben"), cascade.descendants(id("sales")));
    assertEquals(List.of(), cascade.descendants(id("ben")));
  }

  @Test
  void descendants_ofAKeyResult_firstStepThroughItOnly() {
    // c1 <- sales; below sales everything: emea, growth (2), ben (3). product aligns to c as a
    // whole, not to c1.
    assertEquals(ids("sales", "emea", "growth", "ben"), cascade.descendants(id("c"), kr("c1")));
    assertEquals(List.of(), cascade.descendants(id("c"), kr("c2")));
    // p1 <- growth <- ben; platform aligns to product as a whole.
    assertEquals(ids("growth", "ben"), cascade.descendants(id("product"), kr("p1")));
  }

  @Test
  void pathToTop_namesTheKeyResultsPassed() {
    // ben -> growth/g2; growth's first link is to product/p1, so product is reached first,
    // and c through product's link to c as a whole: 3 links.
    CascadePath path = cascade.pathToTop(id("ben"));
    assertEquals(List.of(AlignmentTarget.of(id("growth"), kr("g2")),
        AlignmentTarget.of(id("product"), kr("p1")), AlignmentTarget.of(id("c"))), path.steps());
    assertEquals(id("ben"), path.from());
    assertEquals(id("c"), path.top());
    assertTrue(path.reachesCompany());
    assertEquals(3, path.length());
    assertEquals("ben -> growth/g2 -> product/p1 -> c (company)", path.toString());
    assertEquals(List.of(AlignmentTarget.of(id("sales"), kr("s1")),
        AlignmentTarget.of(id("c"), kr("c1"))), cascade.pathToTop(id("emea")).steps());
  }

  @Test
  void pathToTop_ofTheCompany_isEmpty() {
    CascadePath path = cascade.pathToTop(id("c"));
    assertEquals(List.of(), path.steps());
    assertEquals(id("c"), path.top());
    assertTrue(path.reachesCompany());
  }

  @Test
  void pathToTop_ofAnOrphan_endsAtItself() {
    CascadePath path = cascade.pathToTop(id("stray"));
    assertEquals(List.of(), path.steps());
    assertEquals(id("stray"), path.top());
    assertFalse(path.reachesCompany());
  }

  @Test
  void pathToTop_withoutCompany_endsAtTheNearestRoot() {
    // team-2 -> team-1 -> team-0, no company: ends at team-0, which aligns to nothing.
    Cascade chain = Cascade.of(CascadeTestPlans.chain(3, false));
    CascadePath path = chain.pathToTop(id("o-2"));
    assertEquals(List.of(AlignmentTarget.of(id("o-1")), AlignmentTarget.of(id("o-0"))),
        path.steps());
    assertEquals(id("o-0"), path.top());
    assertFalse(path.reachesCompany());
  }

  @Test
  void aCycle_isWalkedRoundOnce() {
    // o-0 -> o-2 -> o-1 -> o-0: each is above and below the other two, never itself.
    Cascade cycle = Cascade.of(CascadeTestPlans.chain(3, true));
    assertEquals(ids("o-2", "o-1"), cycle.ancestors(id("o-0")));
    assertEquals(ids("o-1", "o-2"), cycle.descendants(id("o-0")));
    CascadePath path = cycle.pathToTop(id("o-0"));
    assertEquals(List.of(), path.steps());
    assertEquals(id("o-0"), path.top());
    assertFalse(path.reachesCompany());
  }

  @Test
  void coverage_countsAlignedObjectivesAndSupportedKeyResults() {
    Coverage coverage = cascade.coverage();
    // Below the company: sales, product, emea, growth, platform, ben, stray = 7; both of stray's
    // links dangle, so 6 are aligned. 6/7 = 0.857142... -> 0.8571.
    assertEquals(CoverageShare.of(6, 7), coverage.objectives());
    assertEquals(Fraction.of(6, 7), coverage.objectives().fraction().orElseThrow());
    assertEquals(new BigDecimal("0.8571"), coverage.objectives().value().orElseThrow());
    // Links to key results: c1 (sales), s1 (emea), p1 (growth), g2 (ben).
    // COMPANY c1 c2 c3: 1 of 3; DEPARTMENT s1 s2 p1 p2: 2 of 4;
    // TEAM e1 g1 g2 t1 x1: 1 of 5; INDIVIDUAL b1: 0 of 1.
    assertEquals(ImmutableMap.of(Level.COMPANY, CoverageShare.of(1, 3),
        Level.DEPARTMENT, CoverageShare.of(2, 4), Level.TEAM, CoverageShare.of(1, 5),
        Level.INDIVIDUAL, CoverageShare.of(0, 1)), coverage.keyResultsByLevel());
    assertEquals(CoverageShare.of(2, 4), coverage.keyResults(Level.DEPARTMENT));
    assertEquals(List.of(target("c", "c2"), target("c", "c3"), target("sales", "s2"),
        target("product", "p2"), target("emea", "e1"), target("growth", "g1"),
        target("platform", "t1"), target("ben", "b1"), target("stray", "x1")),
        coverage.unsupportedKeyResults());
    // Units in order of their first objective below the company: growth holds growth and ben,
    // platform holds platform and stray (not aligned).
    assertEquals(ImmutableMap.of(unit("sales"), CoverageShare.of(1, 1),
        unit("product"), CoverageShare.of(1, 1), unit("sales-emea"), CoverageShare.of(1, 1),
        unit("growth"), CoverageShare.of(2, 2), unit("platform"), CoverageShare.of(1, 2)),
        coverage.objectivesByUnit());
    assertTrue(coverage.toString().startsWith("Coverage[objectives aligned 6 of 7; key results "
        + "supported COMPANY 1 of 3, DEPARTMENT 2 of 4, TEAM 1 of 5, INDIVIDUAL 0 of 1; "
        + "unsupported c/c2, c/c3,"), coverage.toString());
  }

  @Test
  void coverage_ofAnEmptyPlan_hasNoShares() {
    Coverage coverage = Cascade.of(Plan.empty()).coverage();
    assertEquals(CoverageShare.of(0, 0), coverage.objectives());
    assertTrue(coverage.objectives().value().isEmpty());
    assertTrue(coverage.objectives().isComplete());
    assertEquals(List.of(), coverage.unsupportedKeyResults());
  }

  @Test
  void crossTeamDependencies_betweenUnits_inPlanOrder() {
    // emea [3] -> growth, growth [4] -> platform; ben -> growth is inside the growth unit,
    // stray -> ghost names a missing objective.
    assertEquals(List.of(
        Dependency.of(id("emea"), unit("sales-emea"), id("growth"), unit("growth")),
        Dependency.of(id("growth"), unit("growth"), id("platform"), unit("platform"))),
        cascade.crossTeamDependencies());
    assertEquals("growth: growth depends on platform: platform",
        cascade.crossTeamDependencies().get(1).toString());
  }

  @Test
  void unknownIds_areRejectedByName() {
    OkrException objective = assertThrows(OkrException.class,
        () -> cascade.ancestors(id("ghost")));
    assertEquals("ghost", objective.rejectedValue());
    assertThrows(OkrException.class, () -> cascade.descendants(id("ghost")));
    assertThrows(OkrException.class, () -> cascade.pathToTop(id("ghost")));
    assertThrows(OkrException.class, () -> cascade.descendants(id("ghost"), kr("c1")));
    UnknownKeyResultException keyResult = assertThrows(UnknownKeyResultException.class,
        () -> cascade.descendants(id("c"), kr("s1")));
    assertEquals(id("c"), keyResult.objectiveId());
    assertEquals(KeyResultId.of("s1"), keyResult.keyResultId());
  }

  @Test
  void coverageShare_rejectsImpossibleCounts() {
    assertEquals("covered", assertThrows(OkrException.class, () -> CoverageShare.of(3, 2))
        .field());
    assertEquals("covered", assertThrows(OkrException.class, () -> CoverageShare.of(-1, 2))
        .field());
    assertEquals("total", assertThrows(OkrException.class, () -> CoverageShare.of(0, -1))
        .field());
  }

  @Test
  void nullArguments_areRejectedByName() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ObjectiveId.class, id("c"))
        .setDefault(KeyResultId.class, kr("c1"))
        .setDefault(Plan.class, CascadeTestPlans.example())
        .setDefault(AlignmentIndex.class, AlignmentIndex.of(CascadeTestPlans.example()));
    tester.testAllPublicStaticMethods(Cascade.class);
    tester.testAllPublicInstanceMethods(cascade);
    tester.testAllPublicInstanceMethods(cascade.coverage());
    tester.testAllPublicInstanceMethods(cascade.pathToTop(id("ben")));
  }

  private static AlignmentTarget target(String objective, String keyResult) {
    return AlignmentTarget.of(id(objective), kr(keyResult));
  }
}
