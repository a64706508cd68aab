package org.okrkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.testkit.TestPlans.COMPANY;
import static org.okrkit.testkit.TestPlans.SALES;
import static org.okrkit.testkit.TestPlans.SALES_EMEA;
import static org.okrkit.testkit.TestPlans.objective;
import static org.okrkit.testkit.TestPlans.to;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Adjustment;
import org.okrkit.core.Alignment;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Status;

class DefectsTest {

  private static final ObjectiveId GROW = ObjectiveId.of("grow");
  private static final ObjectiveId SELL = ObjectiveId.of("sell-more");
  private static final ObjectiveId EMEA = ObjectiveId.of("win-emea");

  private static final KeyResultId KR = KeyResultId.of("kr-1");
  private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

  private final Plan plan = TestPlans.companySalesTeam();

  @Test
  void alignmentCycle_ofThree_closesTheOnlyChainFromTopToBottom() {
    InjectedDefect cycle = Defects.alignmentCycle(plan, 3, 42).orElseThrow();

    assertEquals(CascadeRule.ALIGNMENT_CYCLE, cycle.kind());
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
  void periodOverrun_hasNoPlaceBeyondTheLastSupportedDay() {
    Period lastYear = Period.calendarYear(9999);
    Plan atTheEdge = Plan.of(List.of(
            Objective.builder().from(objective("grow", Level.COMPANY, COMPANY))
                .period(lastYear).build(),
            Objective.builder().from(objective("sell-more", Level.DEPARTMENT, SALES,
                to("grow", "1"))).period(lastYear.quarters().get(3)).build()),
        java.util.Map.of(SALES, COMPANY));
    for (long seed = 0; seed < 10; seed++) {
      assertTrue(Defects.inject(atTheEdge, CascadeRule.PERIOD_OVERRUN, seed).isEmpty());
    }
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
      InjectedDefect orphan = Defects.inject(plan, CascadeRule.ORPHAN, seed).orElseThrow();
      ObjectiveId id = orphan.ids().get(0);
      assertEquals(1, orphan.ids().size());
      assertTrue(Set.of(SELL, EMEA).contains(id), id::toString);
      assertTrue(orphan.plan().objective(id).alignments().isEmpty());
      assertEquals(plan.without(id), orphan.plan().without(id));
    }
  }

  @Test
  void weightOverflow_withNoSharedParent_addsASecondFullLink() {
    InjectedDefect overflow = Defects.inject(plan, CascadeRule.WEIGHT_OVERFLOW, 7).orElseThrow();

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
    for (CascadeRule kind : List.of(CascadeRule.LEVEL_INVERSION, CascadeRule.PERIOD_OVERRUN,
        CascadeRule.ORPHAN, CascadeRule.WEIGHT_OVERFLOW, CascadeRule.ACTIVE_UNDER_CANCELLED_PARENT)) {
      assertTrue(Defects.inject(companyOnly, kind, 1).isEmpty(), kind::toString);
    }
    for (CascadeRule kind : CascadeRule.values()) {
      assertTrue(Defects.inject(Plan.empty(), kind, 1).isEmpty(), kind::toString);
    }
  }

  @Test
  void inject_danglingReferences_nameAnIdThatIsNotInThePlan() {
    Plan companyOnly = Plan.of(List.of(TestPlans.objective("grow", Level.COMPANY, COMPANY)));
    InjectedDefect parent =
        Defects.inject(companyOnly, CascadeRule.DANGLING_PARENT, 1).orElseThrow();
    InjectedDefect dependency =
        Defects.inject(companyOnly, CascadeRule.DANGLING_DEPENDENCY, 1).orElseThrow();

    assertEquals(List.of(GROW, ObjectiveId.of("missing-parent")), parent.ids());
    assertEquals(List.of(GROW, ObjectiveId.of("missing-dependency")), dependency.ids());
    assertEquals(Set.of(ObjectiveId.of("missing-dependency")),
        dependency.plan().objective(GROW).dependsOn());
  }

  @Test
  void alignmentCycle_wouldPutAnActiveParentUnderItsCancelledChild_isSkipped() {
    // The only chain of two runs from a cancelled team objective up to an active department
    // objective; closing it would align the active one to the cancelled one, a second defect.
    Plan cancelledChild = Plan.of(List.of(
        objective("grow", Level.COMPANY, COMPANY).activate(JAN_5),
        objective("sell-more", Level.DEPARTMENT, SALES, to("grow", "0.5")).activate(JAN_5),
        objective("win-emea", Level.TEAM, SALES_EMEA, to("sell-more", "1"))
            .cancel(JAN_5, "Merged into sales")));

    for (long seed = 0; seed < 20; seed++) {
      assertTrue(Defects.alignmentCycle(cancelledChild, 2, seed)
          .filter(cycle -> cycle.faulty().equals(SELL))
          .isEmpty(), "seed " + seed);
    }
    assertEquals(List.of(GROW, SELL),
        Defects.alignmentCycle(cancelledChild, 2, 1).orElseThrow().ids());
  }

  @Test
  void activeUnderCancelledParent_cancelsAParentWithAdjustmentsAfterItsHistory() {
    // The company objective's latest history is an adjustment, later than its check-in.
    Objective grow = objective("grow", Level.COMPANY, COMPANY)
        .activate(JAN_5)
        .checkIn(KR, CheckIn.builder().date(LocalDate.of(2026, 3, 1))
            .value(CheckInValue.notDone()).build())
        .adjust(KR, Adjustment.of(LocalDate.of(2026, 9, 1),
            Metric.of(BigDecimal.ZERO, BigDecimal.TEN, "deals"), "Counted in deals now"));
    Plan adjusted = Plan.of(List.of(grow,
        objective("sell-more", Level.DEPARTMENT, SALES, to("grow", "0.5")).activate(JAN_5),
        objective("hire", Level.DEPARTMENT, SALES, to("grow", "0.5")).activate(JAN_5),
        objective("win-emea", Level.TEAM, SALES_EMEA, to("sell-more", "1"))));

    for (long seed = 0; seed < 20; seed++) {
      InjectedDefect defect =
          Defects.inject(adjusted, CascadeRule.ACTIVE_UNDER_CANCELLED_PARENT, seed).orElseThrow();
      // The active children that now break the rule first, in plan order; the parent last.
      assertEquals(List.of(SELL, ObjectiveId.of("hire"), GROW), defect.ids());
      assertEquals(SELL, defect.faulty());
      Objective cancelled = defect.plan().objective(GROW);
      assertEquals(Status.CANCELLED, cancelled.status());
      assertFalse(cancelled.endedOn().orElseThrow().isBefore(LocalDate.of(2026, 9, 1)));
      assertEquals(adjusted, defect.original());
    }
  }

  @Test
  void activeUnderCancelledParent_activatingAChild_listsItThenItsCancelledParents() {
    Plan draftChild = Plan.of(List.of(
        objective("grow", Level.COMPANY, COMPANY).cancel(JAN_5, "Strategy changed"),
        objective("sell-more", Level.DEPARTMENT, SALES, to("grow", "0.5"))));

    InjectedDefect defect =
        Defects.inject(draftChild, CascadeRule.ACTIVE_UNDER_CANCELLED_PARENT, 3).orElseThrow();

    assertEquals(List.of(SELL, GROW), defect.ids());
    assertEquals(Status.ACTIVE, defect.plan().objective(SELL).status());
  }

  @Test
  void dependencyCycle_closesAChainFromItsEndBackToItsStart() {
    // a <- b <- c <- d: each depends on the one before it.
    Plan chain = Plan.of(List.of(
        objective("a", Level.COMPANY, COMPANY),
        dependingOn(objective("b", Level.COMPANY, COMPANY), "a"),
        dependingOn(objective("c", Level.COMPANY, COMPANY), "b"),
        dependingOn(objective("d", Level.COMPANY, COMPANY), "c")));

    InjectedDefect cycle = Defects.dependencyCycle(chain, 4, 42).orElseThrow();

    // d depends on c, c on b, b on a, so the closing dependency is a's on d; a comes first.
    assertEquals(CascadeRule.DEPENDENCY_CYCLE, cycle.kind());
    assertEquals(ids("a", "d", "c", "b"), cycle.ids());
    assertEquals(Set.of(ObjectiveId.of("d")), cycle.plan().objective(ObjectiveId.of("a"))
        .dependsOn());
    assertEquals("dependency cycle of length 4: a depends on d depends on c depends on b "
        + "depends on a (new dependency of a on d)", cycle.description());
    assertTrue(Defects.dependencyCycle(chain, 5, 42).isEmpty());
    InjectedDefect self = Defects.dependencyCycle(chain, 1, 3).orElseThrow();
    assertEquals(1, self.ids().size());
    assertTrue(self.plan().objective(self.faulty()).dependsOn().contains(self.faulty()));
  }

  @Test
  void dependencyCycle_withTwoWaysBetweenItsEnds_isNotInjectedThere() {
    // d depends on b and c, both on a: closing a -> d would make a cycle through b and one
    // through c, so no cycle of three objectives fits.
    Plan diamond = Plan.of(List.of(
        objective("a", Level.COMPANY, COMPANY),
        dependingOn(objective("b", Level.COMPANY, COMPANY), "a"),
        dependingOn(objective("c", Level.COMPANY, COMPANY), "a"),
        dependingOn(objective("d", Level.COMPANY, COMPANY), "b", "c")));

    for (long seed = 0; seed < 20; seed++) {
      assertTrue(Defects.dependencyCycle(diamond, 3, seed).isEmpty(), "seed " + seed);
    }
  }

  @Test
  void dependencyCycle_lengthBelowOne_isRejected() {
    OkrException thrown =
        assertThrows(OkrException.class, () -> Defects.dependencyCycle(plan, 0, 1));
    assertEquals("length", thrown.field());
    assertEquals("0", thrown.rejectedValue());
  }

  private static Objective dependingOn(Objective objective, String... targets) {
    Objective result = objective;
    for (String target : targets) {
      result = result.dependOn(ObjectiveId.of(target));
    }
    return result;
  }

  private static List<ObjectiveId> ids(String... ids) {
    return Stream.of(ids).map(ObjectiveId::of).toList();
  }

  @Test
  void nulls_areRejectedNamingTheParameter() {
    new NullPointerTester()
        .setDefault(Plan.class, plan)
        .testAllPublicStaticMethods(Defects.class);
  }
}
