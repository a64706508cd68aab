package org.okrkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;

class InjectedDefectTest {

  private static final ObjectiveId GROW = ObjectiveId.of("grow");
  private static final ObjectiveId SELL = ObjectiveId.of("sell-more");

  private final Plan original = TestPlans.companySalesTeam();
  private final Plan plan = original.with(
      Objective.builder().from(original.objective(SELL)).alignments(List.of()).build());

  @Test
  void of_keepsWhatItIsGiven() {
    InjectedDefect defect = InjectedDefect.of(
        original, plan, CascadeRule.ORPHAN, List.of(SELL), "sell-more lost its link");
    assertEquals(original, defect.original());
    assertEquals(plan, defect.plan());
    assertEquals(CascadeRule.ORPHAN, defect.kind());
    assertEquals(List.of(SELL), defect.ids());
    assertEquals(SELL, defect.faulty());
    assertEquals(List.of(), defect.others());
    assertEquals("sell-more lost its link", defect.description());
    assertEquals("ORPHAN: sell-more lost its link in " + plan, defect.toString());
  }

  @Test
  void faultyAndOthers_splitTheIds() {
    InjectedDefect defect = InjectedDefect.of(original, plan, CascadeRule.DANGLING_PARENT,
        List.of(SELL, ObjectiveId.of("gone"), GROW), "text");
    assertEquals(SELL, defect.faulty());
    assertEquals(List.of(ObjectiveId.of("gone"), GROW), defect.others());
  }

  @Test
  void of_noIdsFaultyOutsideThePlanOrBlankDescription_isRejected() {
    assertEquals("ids", assertThrows(OkrException.class,
        () -> InjectedDefect.of(original, plan, CascadeRule.ORPHAN, List.of(), "x")).field());
    OkrException outside = assertThrows(OkrException.class, () -> InjectedDefect.of(
        original, plan, CascadeRule.DANGLING_DEPENDENCY, List.of(ObjectiveId.of("gone")), "x"));
    assertEquals("ids", outside.field());
    assertEquals("[gone]", outside.rejectedValue());
    assertEquals("description", assertThrows(OkrException.class,
        () -> InjectedDefect.of(original, plan, CascadeRule.ORPHAN, List.of(GROW), " ")).field());
  }

  @Test
  void equality_coversEveryPart() {
    new EqualsTester()
        .addEqualityGroup(
            InjectedDefect.of(original, plan, CascadeRule.ORPHAN, List.of(SELL), "text"),
            InjectedDefect.of(TestPlans.companySalesTeam(), plan, CascadeRule.ORPHAN,
                List.of(SELL), "text"))
        .addEqualityGroup(InjectedDefect.of(plan, plan, CascadeRule.ORPHAN, List.of(SELL), "text"))
        .addEqualityGroup(
            InjectedDefect.of(original, original, CascadeRule.ORPHAN, List.of(SELL), "text"))
        .addEqualityGroup(
            InjectedDefect.of(original, plan, CascadeRule.LEVEL_INVERSION, List.of(SELL), "text"))
        .addEqualityGroup(
            InjectedDefect.of(original, plan, CascadeRule.ORPHAN, List.of(SELL, GROW), "text"))
        .addEqualityGroup(
            InjectedDefect.of(original, plan, CascadeRule.ORPHAN, List.of(SELL), "other"))
        .testEquals();
  }

  @Test
  void nulls_areRejectedNamingTheParameter() {
    new NullPointerTester()
        .setDefault(Plan.class, plan)
        .setDefault(Iterable.class, List.of(SELL))
        .testAllPublicStaticMethods(InjectedDefect.class);
  }
}
