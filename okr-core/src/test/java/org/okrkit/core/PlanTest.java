package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.core.Samples.ADA;
import static org.okrkit.core.Samples.dec;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PlanTest {

  static final OrgUnitId COMPANY = OrgUnitId.of("company");
  static final OrgUnitId SALES = OrgUnitId.of("sales");
  static final OrgUnitId SALES_EMEA = OrgUnitId.of("sales-emea");
  static final KpiId LEADS = KpiId.of("leads");
  static final KpiId CHURN_RATE = KpiId.of("churn-rate");

  private final Plan plan = companySalesTeam();

  static Objective objective(String id, Level level, OrgUnitId unit, Alignment... links) {
    return Objective.builder()
        .id(ObjectiveId.of(id))
        .title("Objective " + id)
        .level(level)
        .orgUnit(unit)
        .owner(ADA)
        .period(Period.calendarYear(2026))
        .commitment(Commitment.ASPIRATIONAL)
        .addKeyResult(KeyResult.builder()
            .id(KeyResultId.of("kr-1"))
            .title("Key result of " + id)
            .owner(ADA)
            .measure(Milestone.of())
            .build())
        .alignments(List.of(links))
        .build();
  }

  static Kpi kpi(KpiId id) {
    return Kpi.builder().id(id).name("KPI " + id).unit("units").owner(ADA)
        .healthTarget(HealthTarget.stayAtOrAbove(dec("10"))).build();
  }

  private static Alignment to(String parent, String weight) {
    return Alignment.toObjective(ObjectiveId.of(parent), new BigDecimal(weight));
  }

  /** A company objective, a sales objective under it and an EMEA team objective under that. */
  static Plan companySalesTeam() {
    return Plan.of(List.of(
            objective("grow", Level.COMPANY, COMPANY),
            objective("sell-more", Level.DEPARTMENT, SALES, to("grow", "0.5")),
            objective("win-emea", Level.TEAM, SALES_EMEA, to("sell-more", "1"))),
        List.of(kpi(LEADS), kpi(CHURN_RATE)),
        Map.of(SALES, COMPANY, SALES_EMEA, SALES));
  }

  @Test
  void objectives_areFoundByIdInTheirOrder() {
    assertEquals(3, plan.size());
    assertEquals(List.of("grow", "sell-more", "win-emea"),
        plan.objectives().stream().map(o -> o.id().value()).toList());
    assertEquals(1, plan.indexOf(ObjectiveId.of("sell-more")));
    assertEquals(Level.TEAM, plan.objective(ObjectiveId.of("win-emea")).level());
    assertEquals(Level.DEPARTMENT,
        plan.findObjective(ObjectiveId.of("sell-more")).orElseThrow().level());
    assertTrue(plan.contains(ObjectiveId.of("grow")));
    assertFalse(plan.contains(ObjectiveId.of("shrink")));
    assertEquals(Optional.empty(), plan.findObjective(ObjectiveId.of("shrink")));
  }

  @Test
  void objective_unknownId_isRejectedNamingIt() {
    OkrException thrown =
        assertThrows(OkrException.class, () -> plan.objective(ObjectiveId.of("shrink")));
    assertEquals("objectiveId was shrink: is not an objective of this plan", thrown.getMessage());
    assertEquals("objectiveId", thrown.field());
    assertEquals("shrink", thrown.rejectedValue());
    assertEquals("shrink", assertThrows(OkrException.class,
        () -> plan.indexOf(ObjectiveId.of("shrink"))).rejectedValue());
  }

  @Test
  void kpis_areFoundByIdInTheirOrder() {
    assertEquals(List.of(LEADS, CHURN_RATE), plan.kpis().stream().map(Kpi::id).toList());
    assertEquals(kpi(CHURN_RATE), plan.kpi(CHURN_RATE));
    assertEquals(Optional.of(kpi(LEADS)), plan.findKpi(LEADS));
    assertEquals(Optional.empty(), plan.findKpi(KpiId.of("nps")));
    OkrException thrown = assertThrows(OkrException.class, () -> plan.kpi(KpiId.of("nps")));
    assertEquals("kpiId", thrown.field());
    assertEquals("nps", thrown.rejectedValue());
  }

  @Test
  void of_duplicateObjectiveIds_isRejectedNamingTheId() {
    Objective grow = objective("grow", Level.COMPANY, COMPANY);
    Objective hire = objective("hire", Level.COMPANY, COMPANY);
    OkrException thrown =
        assertThrows(OkrException.class, () -> Plan.of(List.of(grow, hire, grow)));
    assertEquals("objectives", thrown.field());
    assertEquals("grow", thrown.rejectedValue());
  }

  @Test
  void of_duplicateKpiIds_isRejectedNamingTheId() {
    OkrException thrown = assertThrows(OkrException.class,
        () -> Plan.of(List.of(), List.of(kpi(LEADS), kpi(CHURN_RATE), kpi(LEADS)), Map.of()));
    assertEquals("kpis", thrown.field());
    assertEquals("leads", thrown.rejectedValue());
    assertEquals("kpis", assertThrows(OkrException.class,
        () -> plan.withKpis(List.of(kpi(CHURN_RATE), kpi(CHURN_RATE)))).field());
  }

  @Test
  void withObjectives_duplicateIds_isRejected() {
    Objective grow = objective("grow", Level.COMPANY, COMPANY);
    assertEquals("objectives", assertThrows(OkrException.class,
        () -> plan.withObjectives(List.of(grow, grow))).field());
  }

  @Test
  void of_unitThatIsItsOwnParent_isRejected() {
    OkrException thrown =
        assertThrows(OkrException.class, () -> Plan.of(List.of(), Map.of(SALES, SALES)));
    assertEquals("parentUnits", thrown.field());
    assertEquals("sales -> sales", thrown.rejectedValue());
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
  @Tag("scale") // seconds per run: the mutation gate leaves it out, every build still runs it
  void of_longUnitChain_isAccepted() {
    // Walking up a million-deep unit tree must not recurse.
    Map<OrgUnitId, OrgUnitId> units = new LinkedHashMap<>();
    for (int i = 0; i < 1_000_000; i++) {
      units.put(OrgUnitId.of("unit-" + i), OrgUnitId.of("unit-" + (i + 1)));
    }
    assertEquals(1_000_000, Plan.of(List.of(), units).parentUnits().size());
  }

  @Test
  void parentUnits_walkTheUnitTree() {
    assertEquals(Optional.of(SALES), plan.findParentUnit(SALES_EMEA));
    assertEquals(COMPANY, plan.parentUnit(SALES));
    assertEquals(Optional.empty(), plan.findParentUnit(COMPANY));
    assertEquals(Optional.empty(), plan.findParentUnit(OrgUnitId.of("unknown")));
    OkrException top = assertThrows(OkrException.class, () -> plan.parentUnit(COMPANY));
    assertEquals("unit", top.field());
    assertEquals("company", top.rejectedValue());
  }

  @Test
  void with_replacesInPlaceOrAppends() {
    Objective renamed = Objective.builder().from(plan.objectives().get(1)).title("Sell").build();
    Plan replaced = plan.with(renamed);
    assertEquals(renamed, replaced.objectives().get(1));
    assertEquals(renamed, replaced.objective(renamed.id()));
    assertEquals(3, replaced.size());
    assertEquals(plan.kpis(), replaced.kpis());
    assertEquals(plan.parentUnits(), replaced.parentUnits());
    assertSame(plan, plan.with(plan.objectives().get(1)));

    Objective extra = objective("hire", Level.COMPANY, COMPANY);
    Plan appended = plan.with(extra);
    assertEquals(4, appended.size());
    assertEquals(3, appended.indexOf(extra.id()));
    assertEquals(3, plan.size(), "the original plan is unaffected");
    assertFalse(plan.contains(extra.id()), "the original plan's index is unaffected");
  }

  @Test
  void with_acrossChunks_equalsThePlanBuiltAnew() {
    // 2,500 objectives span three chunks of 1,024; replace at both sides of each boundary,
    // then add one, and compare with a plan built from the same list in one go.
    List<Objective> expected = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      expected.add(objective("o" + i, Level.COMPANY, COMPANY));
    }
    Plan big = Plan.of(expected);
    ImmutableList<Objective> before = big.objectives();
    Plan changed = big;
    for (int i : new int[] {0, 1_023, 1_024, 2_047, 2_048, 2_499}) {
      Objective renamed = Objective.builder().from(expected.get(i)).title("Renamed " + i).build();
      expected.set(i, renamed);
      changed = changed.with(renamed);
      assertEquals(renamed, changed.objective(renamed.id()));
      assertEquals(Optional.of(renamed), changed.findObjective(renamed.id()));
    }
    Objective extra = objective("extra", Level.COMPANY, COMPANY);
    expected.add(extra);
    changed = changed.with(extra);

    assertEquals(Plan.of(expected), changed);
    assertEquals(Plan.of(expected).hashCode(), changed.hashCode());
    assertEquals(expected, changed.objectives());
    assertSame(changed.objectives(), changed.objectives(), "built once, then the same list");
    assertEquals(extra, changed.objective(extra.id()));
    assertSame(before, big.objectives(), "the original plan is unaffected");
    assertEquals("Objective o1023", big.objective(ObjectiveId.of("o1023")).title());
  }

  @Test
  void objectives_afterWith_areTheSameListOnEveryThread() throws Exception {
    Objective renamed = Objective.builder().from(plan.objectives().get(2)).title("EMEA").build();
    Plan replaced = plan.with(renamed);
    List<ImmutableList<Objective>> seen = Collections.synchronizedList(new ArrayList<>());
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> seen.add(replaced.objectives()));
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    for (ImmutableList<Objective> list : seen) {
      assertEquals(List.of(plan.objectives().get(0), plan.objectives().get(1), renamed), list);
    }
  }

  @Test
  void without_removesOnlyThatObjectiveAndKeepsLinksToIt() {
    Plan smaller = plan.without(ObjectiveId.of("sell-more"));
    assertEquals(2, smaller.size());
    assertEquals(1, smaller.indexOf(ObjectiveId.of("win-emea")));
    assertFalse(smaller.contains(ObjectiveId.of("sell-more")));
    assertEquals(List.of(to("sell-more", "1")),
        smaller.objective(ObjectiveId.of("win-emea")).alignments());
    assertEquals(plan.kpis(), smaller.kpis());
    assertSame(plan, plan.without(ObjectiveId.of("shrink")));
  }

  @Test
  void withObjectivesAndWithKpis_keepTheRest() {
    Plan companyOnly = plan.withObjectives(plan.objectives().subList(0, 1));
    assertEquals(1, companyOnly.size());
    assertEquals(plan.kpis(), companyOnly.kpis());
    assertEquals(plan.parentUnits(), companyOnly.parentUnits());

    Plan oneKpi = plan.withKpis(List.of(kpi(CHURN_RATE)));
    assertEquals(plan.objectives(), oneKpi.objectives());
    assertEquals(Optional.empty(), oneKpi.findKpi(LEADS));
    assertEquals(plan.parentUnits(), oneKpi.parentUnits());
  }

  @Test
  void toString_outlinesTheCascadeAndNamesTheKpis() {
    String text = plan.toString();
    assertTrue(text.startsWith("Plan[3: grow COMPANY DRAFT YEAR[2026-01-01..2026-12-31]"), text);
    assertTrue(text.contains("win-emea TEAM DRAFT YEAR[2026-01-01..2026-12-31] -> sell-more ×1"),
        text);
    assertTrue(text.endsWith("; KPIs: leads, churn-rate]"), text);
    assertEquals("Plan[0]", Plan.empty().toString());
  }

  @Test
  void toString_namesDependencies() {
    Objective dependent = objective("hire", Level.COMPANY, COMPANY)
        .dependOn(ObjectiveId.of("grow"));
    assertEquals("Plan[1: hire COMPANY DRAFT YEAR[2026-01-01..2026-12-31] depends on [grow]]",
        Plan.of(List.of(dependent)).toString());
  }

  @Test
  void toString_outlinesFiftyObjectivesAndFiftyKpisThenElides() {
    List<Objective> objectives = new ArrayList<>();
    List<Kpi> kpis = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      objectives.add(objective("o" + i, Level.COMPANY, COMPANY));
      kpis.add(kpi(KpiId.of("k" + i)));
    }
    String outline = " COMPANY DRAFT YEAR[2026-01-01..2026-12-31]";
    String fifty = Plan.of(objectives.subList(0, 50), kpis.subList(0, 50), Map.of()).toString();
    assertTrue(fifty.startsWith("Plan[50: o0" + outline + ", o1" + outline), fifty);
    assertTrue(fifty.contains(", o49" + outline + "; KPIs: k0, k1, "), fifty);
    assertTrue(fifty.endsWith(", k49]"), fifty);
    String fiftyOne = Plan.of(objectives, kpis, Map.of()).toString();
    assertTrue(fiftyOne.startsWith("Plan[51: o0" + outline), fiftyOne);
    // the 51st objective and KPI are left out, each list ending in an ellipsis instead
    assertTrue(fiftyOne.contains(", o49" + outline + ", ...; KPIs: k0, "), fiftyOne);
    assertTrue(fiftyOne.endsWith(", k49, ...]"), fiftyOne);
    assertFalse(fiftyOne.contains("o50"), fiftyOne);
    assertFalse(fiftyOne.contains("k50"), fiftyOne);
  }
}
