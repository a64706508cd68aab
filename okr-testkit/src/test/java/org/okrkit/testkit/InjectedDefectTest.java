package org.okrkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;

class InjectedDefectTest {

  private static final ObjectiveId GROW = ObjectiveId.of("grow");
  private static final ObjectiveId SELL = ObjectiveId.of("sell-more");

  @Test
  void of_keepsWhatItIsGiven() {
    Plan plan = TestPlans.companySalesTeam();
    InjectedDefect defect =
        InjectedDefect.of(plan, DefectKind.ORPHAN, List.of(SELL), "sell-more lost its link");
    assertEquals(plan, defect.plan());
    assertEquals(DefectKind.ORPHAN, defect.kind());
    assertEquals(List.of(SELL), defect.ids());
    assertEquals("sell-more lost its link", defect.description());
    assertEquals("ORPHAN: sell-more lost its link in " + plan, defect.toString());
  }

  @Test
  void of_noIdsOrBlankDescription_isRejected() {
    Plan plan = Plan.empty();
    assertEquals("ids", assertThrows(OkrException.class,
        () -> InjectedDefect.of(plan, DefectKind.ORPHAN, List.of(), "x")).field());
    assertEquals("description", assertThrows(OkrException.class,
        () -> InjectedDefect.of(plan, DefectKind.ORPHAN, List.of(GROW), " ")).field());
  }

  @Test
  void equality_coversEveryPart() {
    Plan plan = TestPlans.companySalesTeam();
    new EqualsTester()
        .addEqualityGroup(InjectedDefect.of(plan, DefectKind.ORPHAN, List.of(SELL), "text"),
            InjectedDefect.of(TestPlans.companySalesTeam(), DefectKind.ORPHAN, List.of(SELL),
                "text"))
        .addEqualityGroup(InjectedDefect.of(Plan.empty(), DefectKind.ORPHAN, List.of(SELL), "text"))
        .addEqualityGroup(InjectedDefect.of(plan, DefectKind.LEVEL_INVERSION, List.of(SELL), "text"))
        .addEqualityGroup(InjectedDefect.of(plan, DefectKind.ORPHAN, List.of(SELL, GROW), "text"))
        .addEqualityGroup(InjectedDefect.of(plan, DefectKind.ORPHAN, List.of(SELL), "other"))
        .testEquals();
  }

  @Test
  void nulls_areRejectedNamingTheParameter() {
    new NullPointerTester()
        .setDefault(Plan.class, Plan.empty())
        .testAllPublicStaticMethods(InjectedDefect.class);
  }
}
