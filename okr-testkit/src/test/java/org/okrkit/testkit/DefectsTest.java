package org.okrkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.testkit.TestPlans.COMPANY;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Alignment;
import org.okrkit.core.Level;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;

class DefectsTest {

  private static final ObjectiveId GROW = ObjectiveId.of("grow");
  private static final ObjectiveId SELL = ObjectiveId.of("sell-more");
  private static final ObjectiveId EMEA = ObjectiveId.of("win-emea");

  private final Plan plan = TestPlans.companySalesTeam();

  @Test
  void alignmentCycle_ofThree_closesTheOnlyChainFromTopToBottom() {
    InjectedDefect cycle = Defects.alignmentCycle(plan, 3, 42).orElseThrow();

    assertEquals(DefectKind.ALIGNMENT_CYCLE, cycle.kind());
    assertEquals(List.of(GROW, EMEA, SELL), cycle.ids());
    List<Alignment> links = cycle.plan().objective(GROW).alignments();
    assertEquals(1, links.size());
    assertEquals(EMEA, links.get(0).parentObjective());
    // Nothing aligns to win-emea yet, so the closing link may take the whole weight.
    assertEquals(0, BigDecimal.ONE.compareTo(links.get(0).weight()));
    assertTrue(cycle.description().startsWith(
        "alignment cycle of length 3: grow -> win-emea -> sell-more -> grow"),
        cycle.description());
  }

  @Test
  void alignmentCycle_longerThanAnyChain_isEmpty() {
    assertTrue(Defects.alignmentCycle(plan, 4, 42).isEmpty());
  }

  @Test
  void alignmentCycle_lengthOutOfRange_isRejected() {
    assertEquals("length",
        assertThrows(OkrException.class, () -> Defects.alignmentCycle(plan, 0, 1)).field());
    assertEquals("5",
        assertThrows(OkrException.class, () -> Defects.alignmentCycle(plan, 5, 1))
            .rejectedValue());
  }

  @Test
  void orphan_dropsEveryLinkOfOneObjectiveBelowTheCompany() {
    for (long seed = 0; seed < 20; seed++) {
      InjectedDefect orphan = Defects.inject(plan, DefectKind.ORPHAN, seed).orElseThrow();
      ObjectiveId id = orphan.ids().get(0);
      assertEquals(1, orphan.ids().size());
      assertTrue(Set.of(SELL, EMEA).contains(id), id::toString);
      assertTrue(orphan.plan().objective(id).alignments().isEmpty());
      assertEquals(plan.without(id), orphan.plan().without(id));
    }
  }

  @Test
  void weightOverflow_withNoSharedParent_addsASecondFullLink() {
    InjectedDefect overflow = Defects.inject(plan, DefectKind.WEIGHT_OVERFLOW, 7).orElseThrow();

    // Only the company objective can take another child: win-emea, at weight 1, next to 0.5.
    assertEquals(List.of(EMEA, GROW, SELL), overflow.ids());
    assertTrue(overflow.plan().objective(EMEA).alignments()
        .contains(Alignment.toObjective(GROW, BigDecimal.ONE)));
    assertEquals("weights into grow now sum to 1.5 (link of win-emea set to 1)",
        overflow.description());
  }

  @Test
  void inject_withNoPlaceForTheDefect_isEmpty() {
    Plan companyOnly = Plan.of(List.of(TestPlans.objective("grow", Level.COMPANY, COMPANY)));
    for (DefectKind kind : List.of(DefectKind.LEVEL_INVERSION, DefectKind.PERIOD_OVERRUN,
        DefectKind.ORPHAN, DefectKind.WEIGHT_OVERFLOW, DefectKind.ACTIVE_UNDER_CANCELLED_PARENT)) {
      assertTrue(Defects.inject(companyOnly, kind, 1).isEmpty(), kind::toString);
    }
    for (DefectKind kind : DefectKind.values()) {
      assertTrue(Defects.inject(Plan.empty(), kind, 1).isEmpty(), kind::toString);
    }
  }

  @Test
  void inject_danglingReferences_nameAnIdThatIsNotInThePlan() {
    Plan companyOnly = Plan.of(List.of(TestPlans.objective("grow", Level.COMPANY, COMPANY)));
    InjectedDefect parent =
        Defects.inject(companyOnly, DefectKind.DANGLING_PARENT, 1).orElseThrow();
    InjectedDefect dependency =
        Defects.inject(companyOnly, DefectKind.DANGLING_DEPENDENCY, 1).orElseThrow();

    assertEquals(List.of(GROW, ObjectiveId.of("missing-parent")), parent.ids());
    assertEquals(List.of(GROW, ObjectiveId.of("missing-dependency")), dependency.ids());
    assertEquals(Set.of(ObjectiveId.of("missing-dependency")),
        dependency.plan().objective(GROW).dependsOn());
  }

  @Test
  void nulls_areRejectedNamingTheParameter() {
    new NullPointerTester()
        .setDefault(Plan.class, plan)
        .testAllPublicStaticMethods(Defects.class);
  }
}
