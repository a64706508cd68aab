package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.alignment.ValidationFixtures.ids;
import static org.okrkit.alignment.ValidationFixtures.objective;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;

/**
 * What a validator tells its user: a rule may report only its own violations (id and severity
 * both), an unknown rule id is answered with the ids there are, and toString lists the rules.
 */
class ValidatorRuleContractTest {

  private static final Plan PLAN = Plan.of(List.of(objective("a", Level.COMPANY).build()));

  /** A warning rule that reports a violation of orphan, also a warning, under its own name. */
  private static class Lookalike implements AlignmentRule {
    @Override
    public String id() {
      return "lookalike";
    }

    @Override
    public Severity severity() {
      return Severity.WARNING;
    }

    @Override
    public void check(AlignmentIndex index, Consumer<Violation> report) {
      report.accept(Violation.of(AlignmentRules.orphan(), ids("a"), "a is lost"));
    }
  }

  @Test
  void aViolationOfAnotherRuleId_isRejected_evenOfTheSameSeverity() {
    AlignmentValidator validator = AlignmentValidator.of(List.of(new Lookalike()));

    OkrException wrong = assertThrows(OkrException.class, () -> validator.validate(PLAN));

    assertEquals("violation", wrong.field());
    assertEquals("orphan WARNING", wrong.rejectedValue());
    assertEquals("rule lookalike may report only violations of its own id and severity WARNING",
        wrong.rule());
  }

  @Test
  void aViolationOfTheSameRuleId_isRejected_whenOfAnotherSeverity() {
    // A rule of the user's that takes the id orphan but makes it an info: the built-in orphan's
    // violations are warnings, so they are not its own.
    AlignmentRule quietOrphan = new Lookalike() {
      @Override
      public String id() {
        return "orphan";
      }

      @Override
      public Severity severity() {
        return Severity.INFO;
      }
    };
    AlignmentValidator validator = AlignmentValidator.of(List.of(quietOrphan));

    OkrException wrong = assertThrows(OkrException.class, () -> validator.validate(PLAN));

    assertEquals("violation", wrong.field());
    assertEquals("orphan WARNING", wrong.rejectedValue());
    assertEquals("rule orphan may report only violations of its own id and severity INFO",
        wrong.rule());
  }

  @Test
  void withoutAnUnknownId_namesTheIdsThereAre() {
    AlignmentValidator validator = AlignmentValidator.of(List.of(AlignmentRules.orphan(),
        AlignmentRules.onlyMilestones()));

    OkrException unknown = assertThrows(OkrException.class, () -> validator.without("orphans"));

    assertEquals("ruleId", unknown.field());
    assertEquals("\"orphans\"", unknown.rejectedValue());
    assertEquals("must be the id of one of the rules [orphan, only-milestones]", unknown.rule());
  }

  @Test
  void toString_listsTheRules_withTheirThresholds() {
    AlignmentValidator validator = AlignmentValidator.of(List.of(AlignmentRules.orphan(),
        AlignmentRules.keyResultCount(1, 4)));

    assertEquals("AlignmentValidator[orphan, key-result-count(1..4)]", validator.toString());
  }
}
