package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.alignment.ValidationFixtures.cascadeRuleOf;
import static org.okrkit.alignment.ValidationFixtures.ids;
import static org.okrkit.alignment.ValidationFixtures.objective;
import static org.okrkit.alignment.ValidationFixtures.to;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;

class AlignmentValidatorTest {

  /** company; lost (DEPARTMENT, no link): one orphan warning; team -> ghost: one error. */
  private static final Plan PLAN = Plan.of(List.of(
      objective("company", Level.COMPANY).build(),
      objective("lost", Level.DEPARTMENT).build(),
      objective("team", Level.TEAM).addAlignment(to("ghost", "1")).build()));

  /** A rule of a user's own: every objective needs a description. */
  private static class NeedsDescription implements AlignmentRule {
    @Override
    public String id() {
      return "needs-description";
    }

    @Override
    public Severity severity() {
      return Severity.INFO;
    }

    @Override
    public void check(AlignmentIndex index, Consumer<Violation> report) {
      for (int o = 0; o < index.objectiveCount(); o++) {
        Objective objective = index.objective(o);
        if (objective.description().isEmpty()) {
          report.accept(Violation.of(this, List.of(objective.id()),
              objective.id() + " has no description: say why it matters."));
        }
      }
    }
  }

  @Test
  void eachCascadeRule_isCheckedByExactlyOneBuiltInRule() {
    Map<CascadeRule, String> checkedBy = new EnumMap<>(CascadeRule.class);
    Set<String> ruleIds = new HashSet<>();
    for (AlignmentRule rule : AlignmentRules.standard()) {
      assertTrue(ruleIds.add(rule.id()), rule.id());
      Optional<CascadeRule> cascadeRule = cascadeRuleOf(rule);
      cascadeRule.ifPresent(checked -> assertEquals(null, checkedBy.put(checked, rule.id()),
          checked + " is checked twice"));
    }
    assertEquals(Map.of(
        CascadeRule.ALIGNMENT_CYCLE, "alignment-cycle",
        CascadeRule.DANGLING_PARENT, "dangling-parent",
        CascadeRule.LEVEL_INVERSION, "level-inversion",
        CascadeRule.PERIOD_OVERRUN, "period-overrun",
        CascadeRule.ORPHAN, "orphan",
        CascadeRule.WEIGHT_OVERFLOW, "weight-overflow",
        CascadeRule.ACTIVE_UNDER_CANCELLED_PARENT, "active-under-cancelled-parent",
        CascadeRule.DEPENDENCY_CYCLE, "dependency-cycle",
        CascadeRule.DANGLING_DEPENDENCY, "dangling-dependency"), checkedBy);
    assertEquals(16, ruleIds.size());
    assertEquals(AlignmentRules.standard().size(), AlignmentValidator.standard().rules().size());
  }

  @Test
  void standard_reportsInSeverityThenPlanOrder() {
    ValidationReport report = AlignmentValidator.standard().validate(PLAN);

    // Errors first: team's dangling link. Then warnings: lost is an orphan. Every objective has
    // two metric key results and an owner of its own, so no quality rule fires.
    assertEquals(List.of("dangling-parent", "orphan"),
        report.violations().stream().map(Violation::ruleId).toList());
    assertFalse(report.isValid());
    assertEquals(1, report.errors().size());
    assertEquals(1, report.warnings().size());
    assertEquals(List.of(), report.infos());
    assertEquals(ids("lost"), report.violations("orphan").get(0).objectiveIds());
    assertTrue(report.toString().startsWith("1 error, 1 warning, 0 infos\nERROR dangling-parent"),
        report.toString());
  }

  @Test
  void aCustomRule_isAdded_andABuiltInOneSwitchedOff() {
    AlignmentValidator validator = AlignmentValidator.standard()
        .without("dangling-parent")
        .with(new NeedsDescription());

    ValidationReport report = validator.validate(PLAN);

    assertTrue(report.isValid());
    assertEquals(List.of("orphan", "needs-description", "needs-description",
        "needs-description"), report.violations().stream().map(Violation::ruleId).toList());
    // Infos in plan order: company, lost, team.
    assertEquals(ids("company", "lost", "team"), report.infos().stream()
        .map(v -> v.objectiveIds().get(0)).toList());
    assertEquals("needs-description",
        validator.rules().get(validator.rules().size() - 1).id());
  }

  @Test
  void with_replacesTheRuleOfTheSameId_inItsPlace() {
    AlignmentValidator standard = AlignmentValidator.standard();
    int position = standard.rules().indexOf(standard.rules().stream()
        .filter(rule -> rule.id().equals("key-result-count")).findFirst().orElseThrow());

    AlignmentValidator lenient = standard.with(AlignmentRules.keyResultCount(3, 4));

    assertEquals(standard.rules().size(), lenient.rules().size());
    assertEquals("key-result-count(3..4)", lenient.rules().get(position).toString());
    // Every objective of PLAN has 2 key results, fewer than 3 now.
    assertEquals(3, lenient.validate(PLAN).violations("key-result-count").size());
  }

  @Test
  void badRulesAndIds_areRejected() {
    AlignmentValidator standard = AlignmentValidator.standard();
    OkrException unknown = assertThrows(OkrException.class, () -> standard.without("orphans"));
    assertEquals("ruleId", unknown.field());
    AlignmentRule badId = new NeedsDescription() {
      @Override
      public String id() {
        return "Needs Description";
      }
    };
    assertThrows(OkrException.class, () -> standard.with(badId));
    assertThrows(OkrException.class,
        () -> AlignmentValidator.of(List.of(AlignmentRules.orphan(), AlignmentRules.orphan())));
    AlignmentRule impostor = new NeedsDescription() {
      @Override
      public void check(AlignmentIndex index, Consumer<Violation> report) {
        report.accept(Violation.of(AlignmentRules.orphan(), ids("company"), "company is lost"));
      }
    };
    assertThrows(OkrException.class, () -> AlignmentValidator.of(List.of(impostor)).validate(PLAN));
  }

  @Test
  void aBuiltInRule_checksAnIndexOnItsOwnToo() {
    List<Violation> found = new ArrayList<>();
    AlignmentRules.orphan().check(AlignmentIndex.of(PLAN), found::add);

    assertEquals(1, found.size());
    assertEquals(ids("lost"), found.get(0).objectiveIds());
  }

  @Test
  void anEmptyPlan_isValid() {
    ValidationReport report = AlignmentValidator.standard().validate(Plan.empty());
    assertTrue(report.isValid());
    assertEquals("0 errors, 0 warnings, 0 infos", report.toString());
  }

  @Test
  void violation_keepsTheFirstIdsAndCountsAll() {
    List<ObjectiveId> many = new ArrayList<>();
    for (int k = 0; k < Violation.MAX_LISTED_OBJECTIVES + 5; k++) {
      many.add(ObjectiveId.of("o-" + k));
    }
    Violation violation = Violation.of(new NeedsDescription(), many, "o-0 and others");

    assertEquals(many.subList(0, Violation.MAX_LISTED_OBJECTIVES), violation.objectiveIds());
    assertEquals(Violation.MAX_LISTED_OBJECTIVES + 5, violation.objectiveCount());
    assertTrue(violation.isTruncated());
    assertThrows(OkrException.class, () -> Violation.of(new NeedsDescription(), many, " "));
    assertEquals("INFO needs-description: o-0 and others", violation.toString());
  }

  @Test
  void violation_equality() {
    AlignmentRule rule = new NeedsDescription();
    new EqualsTester()
        .addEqualityGroup(Violation.of(rule, ids("a"), "a is wrong"),
            Violation.of(rule, ids("a"), "a is wrong"))
        .addEqualityGroup(Violation.of(rule, ids("b"), "a is wrong"))
        .addEqualityGroup(Violation.of(rule, ids("a"), "a is wrong indeed"))
        .addEqualityGroup(Violation.of(rule, ids("a"), KeyResultId.of("k1"), "a is wrong"))
        .addEqualityGroup(Violation.of(AlignmentRules.orphan(), ids("a"), "a is wrong"))
        .testEquals();
  }

  @Test
  void nullArguments_areRejectedByName() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Plan.class, PLAN)
        .setDefault(AlignmentIndex.class, AlignmentIndex.of(PLAN))
        .setDefault(AlignmentRule.class, new NeedsDescription())
        .setDefault(ObjectiveId.class, ObjectiveId.of("a"))
        .setDefault(KeyResultId.class, KeyResultId.of("k1"))
        .setDefault(String.class, "orphan")
        .setDefault(List.class, ids("a"));
    tester.testAllPublicStaticMethods(AlignmentValidator.class);
    tester.testAllPublicInstanceMethods(AlignmentValidator.standard());
    tester.testAllPublicStaticMethods(AlignmentRules.class);
    tester.testAllPublicStaticMethods(Violation.class);
    tester.testAllPublicInstanceMethods(AlignmentValidator.standard().validate(PLAN));
    for (AlignmentRule rule : AlignmentRules.standard()) {
      tester.testAllPublicInstanceMethods(rule);
    }
  }
}
