package org.okrkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.testkit.TestPlans.COMPANY;
import static org.okrkit.testkit.TestPlans.SALES;
import static org.okrkit.testkit.TestPlans.SALES_EMEA;
import static org.okrkit.testkit.TestPlans.objective;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.OrgUnitId;

class PlanTest {

  private final Plan plan = TestPlans.companySalesTeam();

  @Test
  void lookups_findObjectivesByIdInTheirOrder() {
    assertEquals(3, plan.size());
    assertEquals(List.of("grow", "sell-more", "win-emea"),
        plan.objectives().stream().map(o -> o.id().value()).toList());
    assertEquals(1, plan.indexOf(ObjectiveId.of("sell-more")));
    assertEquals(Level.TEAM, plan.objective(ObjectiveId.of("win-emea")).level());
    assertTrue(plan.contains(ObjectiveId.of("grow")));
    assertFalse(plan.contains(ObjectiveId.of("shrink")));
    assertEquals(Optional.empty(), plan.find(ObjectiveId.of("shrink")));
  }

  @Test
  void objective_unknownId_isRejectedNamingIt() {
    OkrException thrown =
        assertThrows(OkrException.class, () -> plan.objective(ObjectiveId.of("shrink")));
    assertEquals("id was shrink: is not an objective of this plan", thrown.getMessage());
    assertThrows(OkrException.class, () -> plan.indexOf(ObjectiveId.of("shrink")));
  }

  @Test
  void of_duplicateIds_isRejected() {
    Objective grow = objective("grow", Level.COMPANY, COMPANY);
    OkrException thrown = assertThrows(OkrException.class, () -> Plan.of(List.of(grow, grow)));
    assertEquals("objectives", thrown.field());
    assertEquals("grow", thrown.rejectedValue());
  }

  @Test
  void of_unitThatIsItsOwnParent_isRejected() {
    OkrException thrown =
        assertThrows(OkrException.class, () -> Plan.of(List.of(), Map.of(SALES, SALES)));
    assertEquals("parentUnits", thrown.field());
  }

  @Test
  void of_unitsInALoop_isRejectedNamingTheLoop() {
    OkrException twoUnits = assertThrows(OkrException.class,
        () -> Plan.of(List.of(), Map.of(SALES, SALES_EMEA, SALES_EMEA, SALES)));
    assertEquals("parentUnits", twoUnits.field());
    assertTrue(Set.of("sales -> sales-emea -> sales", "sales-emea -> sales -> sales-emea")
        .contains(twoUnits.rejectedValue()), twoUnits::getMessage);

    // A loop above a valid branch is named without the branch that leads into it.
    OrgUnitId a = OrgUnitId.of("a");
    OrgUnitId b = OrgUnitId.of("b");
    OrgUnitId c = OrgUnitId.of("c");
    Map<OrgUnitId, OrgUnitId> units = new LinkedHashMap<>();
    units.put(SALES_EMEA, a);
    units.put(a, b);
    units.put(b, c);
    units.put(c, a);
    assertEquals("a -> b -> c -> a",
        assertThrows(OkrException.class, () -> Plan.of(List.of(), units)).rejectedValue());
  }

  @Test
  void of_longUnitChain_isAccepted() {
    // Walking up a million-deep unit tree must not recurse.
    Map<OrgUnitId, OrgUnitId> units = new LinkedHashMap<>();
    for (int i = 0; i < 1_000_000; i++) {
      units.put(OrgUnitId.of("unit-" + i), OrgUnitId.of("unit-" + (i + 1)));
    }
    assertEquals(1_000_000, Plan.of(List.of(), units).parentUnits().size());
  }

  @Test
  void parentUnit_walksTheUnitTree() {
    assertEquals(Optional.of(SALES), plan.parentUnit(SALES_EMEA));
    assertEquals(Optional.of(COMPANY), plan.parentUnit(SALES));
    assertEquals(Optional.empty(), plan.parentUnit(COMPANY));
    assertEquals(Optional.empty(), plan.parentUnit(OrgUnitId.of("unknown")));
  }

  @Test
  void with_replacesInPlaceOrAppends() {
    Objective renamed = Objective.builder().from(plan.objectives().get(1)).title("Sell").build();
    Plan replaced = plan.with(renamed);
    assertEquals(renamed, replaced.objectives().get(1));
    assertEquals(3, replaced.size());
    assertSame(plan, plan.with(plan.objectives().get(1)));

    Objective extra = objective("hire", Level.COMPANY, COMPANY);
    Plan appended = plan.with(extra);
    assertEquals(4, appended.size());
    assertEquals(3, appended.indexOf(extra.id()));
    assertEquals(3, plan.size(), "the original plan is unaffected");
  }

  @Test
  void without_removesOnlyThatObjective() {
    Plan smaller = plan.without(ObjectiveId.of("sell-more"));
    assertEquals(2, smaller.size());
    assertEquals(1, smaller.indexOf(ObjectiveId.of("win-emea")));
    assertSame(plan, plan.without(ObjectiveId.of("shrink")));
  }

  @Test
  void equality_coversObjectivesTheirOrderAndUnits() {
    List<Objective> objectives = plan.objectives();
    new EqualsTester()
        .addEqualityGroup(plan, TestPlans.companySalesTeam(),
            Plan.of(objectives, plan.parentUnits()))
        .addEqualityGroup(Plan.of(objectives))
        .addEqualityGroup(Plan.of(List.of(objectives.get(1), objectives.get(0), objectives.get(2)),
            plan.parentUnits()))
        .addEqualityGroup(Plan.empty(), Plan.of(List.of()))
        .testEquals();
  }

  @Test
  void toString_outlinesTheCascade() {
    String text = plan.toString();
    assertTrue(text.startsWith("Plan[3: grow COMPANY DRAFT YEAR[2026-01-01..2026-12-31]"), text);
    assertTrue(text.contains("win-emea TEAM DRAFT YEAR[2026-01-01..2026-12-31] -> sell-more ×1"),
        text);
  }

  @Test
  void nulls_areRejectedNamingTheParameter() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Objective.class, objective("x", Level.COMPANY, COMPANY));
    tester.testAllPublicStaticMethods(Plan.class);
    tester.testAllPublicInstanceMethods(plan);
  }
}
