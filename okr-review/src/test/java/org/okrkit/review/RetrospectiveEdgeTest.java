package org.okrkit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Alignment;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/** Retrospectives and accountability views of plans that are not tidy. */
class RetrospectiveEdgeTest {

  private static final Scorer GOOGLE = Scorer.of(ScoringProfile.google());
  private static final Period Q1 = Period.calendarQuarter(2026, 1);
  private static final LocalDate END = LocalDate.of(2026, 3, 31);

  private static KeyResult keyResult(String id, String owner) {
    return KeyResult.builder().id(KeyResultId.of(id)).title("kr " + id)
        .owner(PersonId.of(owner)).measure(Metric.of(BigDecimal.ZERO, BigDecimal.TEN, "u")).build();
  }

  private static Objective.Builder objective(String id, Level level, Period period,
      String owner) {
    return Objective.builder().id(ObjectiveId.of(id)).title("objective " + id).level(level)
        .owner(PersonId.of(owner)).period(period).commitment(Commitment.ASPIRATIONAL)
        .addKeyResults(keyResult(id + "-kr", owner))
        .addLifecycleEvent(LifecycleEvent.activated(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void aCancelledObjective_supportsNothing() {
    Objective year = objective("y", Level.COMPANY, Period.calendarYear(2026), "ada").build();
    Objective cancelled = objective("q", Level.TEAM, Q1, "ada")
        .addAlignments(Alignment.toKeyResult(ObjectiveId.of("y"), KeyResultId.of("y-kr")))
        .build().cancel(LocalDate.of(2026, 1, 5), "dropped");
    Retrospective retrospective =
        Retrospective.of(Plan.of(List.of(year, cancelled)), Q1, GOOGLE, END);
    assertEquals(List.of(AlignmentTarget.of(ObjectiveId.of("y"), KeyResultId.of("y-kr"))),
        retrospective.unsupportedKeyResults());
    assertEquals(0, retrospective.support().periodObjectives());
  }

  @Test
  void aDanglingLink_isReported_andTheYearShowsNoRolledUpProgress() {
    Objective year = objective("y", Level.COMPANY, Period.calendarYear(2026), "ada").build();
    Objective lost = objective("q", Level.TEAM, Q1, "ada")
        .addAlignments(Alignment.toObjective(ObjectiveId.of("gone"))).build();
    Retrospective retrospective = Retrospective.of(Plan.of(List.of(year, lost)), Q1, GOOGLE, END);
    assertEquals(Optional.empty(), retrospective.yearObjectives().get(0).progress());
    assertTrue(retrospective.yearObjectives().get(0).ownScore().isPresent());
    assertTrue(retrospective.setting().findings().stream()
        .anyMatch(violation -> violation.ruleId().equals("dangling-parent")));
  }

  @Test
  void aUnitListsOnlyOverloadsThatCountItsOwnObjectives() {
    // yann owns b1 and b2 in unit b (2 objectives, limit 1) and only a key result in unit a
    Objective a1 = objective("a1", Level.TEAM, Q1, "xavier").orgUnit(OrgUnitId.of("a"))
        .keyResults(List.of(keyResult("a1-kr", "yann"))).build();
    Objective b1 = objective("b1", Level.TEAM, Q1, "yann").orgUnit(OrgUnitId.of("b")).build();
    Objective b2 = objective("b2", Level.TEAM, Q1, "yann").orgUnit(OrgUnitId.of("b")).build();
    AccountabilityView view = AccountabilityView.of(Plan.of(List.of(a1, b1, b2), Map.of()),
        GOOGLE, LocalDate.of(2026, 2, 1),
        AccountabilityPolicy.defaults().withMaxObjectivesPerOwner(1));
    assertEquals(List.of(), view.unit(OrgUnitId.of("a")).orElseThrow().overloads());
    assertEquals(1, view.unit(OrgUnitId.of("b")).orElseThrow().overloads().size());
    assertEquals(PersonId.of("yann"),
        view.unit(OrgUnitId.of("b")).orElseThrow().overloads().get(0).owner());
  }
}
