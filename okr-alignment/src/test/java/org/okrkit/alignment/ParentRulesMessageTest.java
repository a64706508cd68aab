package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.alignment.ValidationFixtures.check;
import static org.okrkit.alignment.ValidationFixtures.ids;
import static org.okrkit.alignment.ValidationFixtures.objective;
import static org.okrkit.alignment.ValidationFixtures.to;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;

/**
 * The messages of the rules on a child's links to its parents: every parent named once, joined
 * by commas; and the wording of the active-under-parent rules, singular or plural.
 */
class ParentRulesMessageTest {

  private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

  @Test
  void periodOverrun_namesEachParentAndItsPeriod() {
    Plan plan = Plan.of(List.of(
        objective("q1", Level.COMPANY).period(Period.calendarQuarter(2026, 1)).build(),
        objective("q2", Level.COMPANY).period(Period.calendarQuarter(2026, 2)).build(),
        objective("child", Level.DEPARTMENT).addAlignment(to("q1", "0.5"))
            .addAlignment(to("q2", "0.5")).build()));

    List<Violation> found = check(AlignmentRules.periodOverrun(), plan);

    assertEquals(1, found.size());
    assertEquals(ids("child", "q1", "q2"), found.get(0).objectiveIds());
    assertEquals("child runs YEAR[2026-01-01..2026-12-31], beyond the period of q1 "
        + "(QUARTER[2026-01-01..2026-03-31]), q2 (QUARTER[2026-04-01..2026-06-30]): shorten it to "
        + "lie within its parents' periods, or align it to a parent whose period holds it.",
        found.get(0).message());
  }

  @Test
  void activeUnderCancelledParent_oneChild_isSingular() {
    Plan plan = Plan.of(List.of(
        objective("p", Level.COMPANY).build().cancel(JAN_5, "Dropped"),
        objective("a", Level.DEPARTMENT).addAlignment(to("p", "1")).build().activate(JAN_5)));

    List<Violation> found = check(AlignmentRules.activeUnderCancelledParent(), plan);

    assertEquals(1, found.size());
    assertEquals("Active a aligns to cancelled p, whose work has stopped: cancel them, or align "
        + "them to a parent that goes on.", found.get(0).message());
  }

  @Test
  void activeUnderClosedParent_twoChildren_arePlural() {
    Plan plan = Plan.of(List.of(
        objective("p", Level.COMPANY).build().activate(JAN_5)
            .close(LocalDate.of(2026, 3, 1), "Done early"),
        objective("a", Level.DEPARTMENT).addAlignment(to("p", "0.5")).build().activate(JAN_5),
        objective("b", Level.DEPARTMENT).addAlignment(to("p", "0.5")).build().activate(JAN_5)));

    List<Violation> found = check(AlignmentRules.activeUnderClosedParent(), plan);

    assertEquals(1, found.size());
    assertEquals(ids("a", "b", "p"), found.get(0).objectiveIds());
    assertEquals("Active a and b align to closed p, whose work has stopped: close them too, or "
        + "align them to a parent that is still open.", found.get(0).message());
  }
}
