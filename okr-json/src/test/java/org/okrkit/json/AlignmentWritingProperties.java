package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.alignment.AlignmentIndex;
import org.okrkit.alignment.AlignmentValidator;
import org.okrkit.alignment.Cascade;
import org.okrkit.alignment.RollUp;
import org.okrkit.alignment.RollUpPolicy;
import org.okrkit.alignment.ValidationReport;
import org.okrkit.core.Plan;
import org.okrkit.review.AccountabilityPolicy;
import org.okrkit.review.AccountabilityView;
import org.okrkit.review.Retrospective;
import org.okrkit.scoring.ScoringProfile;
import org.okrkit.scoring.Scorer;
import org.okrkit.testkit.InjectedDefect;
import org.okrkit.testkit.Plans;
import tools.jackson.databind.JsonNode;

/**
 * Writing okr-alignment's and okr-review's results is deterministic: results computed from equal
 * plans are written as equal bytes. The second plan is the first read back from its JSON, equal
 * but built anew (its sets and maps filled in another order), so a writer that followed a hash
 * order, or an identity, would show here.
 */
class AlignmentWritingProperties {

  private static final OkrJson JSON = OkrJson.json();
  private static final AlignmentValidator STANDARD = AlignmentValidator.standard();

  @Provide
  Arbitrary<Plan> plans() {
    return Plans.plans();
  }

  @Provide
  Arbitrary<InjectedDefect> defects() {
    return Plans.withAnyDefect();
  }

  /**
   * Also what the report says: the testkit's defect is the one violation of a cascade rule, named
   * by its lower-case rule and counting the objectives the testkit involved.
   */
  // 300 tries, not jqwik's 1,000: each writes and reads a plan and validates it twice (about 50 s
  // for 1,000 on the build machine), and 300 still give each of the nine defect kinds some 30.
  @Property(tries = 300)
  void aValidationReportOfADefectivePlan_isWrittenAsTheSameBytesForAnEqualPlan(
      @ForAll("defects") InjectedDefect defect) {
    Plan plan = defect.plan();
    ValidationReport report = STANDARD.validate(plan);

    String written = JSON.write(report);

    assertEquals(written, JSON.write(STANDARD.validate(copyOf(plan))));
    JsonNode tree = JSON.mapper().readTree(written);
    assertEquals(report.violations().size(), tree.path("violations").size());
    assertEquals(report.errors().size(), tree.get("errors").asInt());
    List<JsonNode> cascadeViolations = new ArrayList<>();
    tree.path("violations").forEach(violation -> {
      if (violation.has("cascadeRule")) {
        cascadeViolations.add(violation);
      }
    });
    assertEquals(1, cascadeViolations.size(), written);
    assertEquals(EnumNames.of(defect.kind()), cascadeViolations.get(0).get("cascadeRule").asString());
    assertEquals(defect.ids().size(), cascadeViolations.get(0).get("objectiveCount").asInt());
  }

  // 200 tries: each computes six results twice (about 100 s for 1,000 on the build machine).
  @Property(tries = 200)
  void theResultsOfAValidPlan_areWrittenAsTheSameBytesForAnEqualPlan(@ForAll("plans") Plan plan) {
    Plan copy = copyOf(plan);
    LocalDate asOf = plan.objectives().get(0).period().end();
    Scorer scorer = Scorer.of(ScoringProfile.google()).withKpisOf(plan);
    RollUpPolicy blended = RollUpPolicy.blended(new java.math.BigDecimal("0.5"));

    assertEquals(JSON.write(STANDARD.validate(plan)), JSON.write(STANDARD.validate(copy)));
    assertEquals(JSON.write(Cascade.of(plan).coverage()), JSON.write(Cascade.of(copy).coverage()));
    assertEquals(JSON.write(Cascade.of(plan).crossTeamDependencies()),
        JSON.write(Cascade.of(copy).crossTeamDependencies()));
    assertEquals(JSON.write(RollUp.of(AlignmentIndex.of(plan), scorer, asOf, blended)),
        JSON.write(RollUp.of(AlignmentIndex.of(copy), scorer, asOf, blended)));
    assertEquals(
        JSON.write(AccountabilityView.of(plan, scorer, asOf, AccountabilityPolicy.defaults())),
        JSON.write(AccountabilityView.of(copy, scorer, asOf, AccountabilityPolicy.defaults())));
    assertEquals(
        JSON.write(Retrospective.of(plan, plan.objectives().get(0).period(), scorer, asOf)),
        JSON.write(Retrospective.of(copy, plan.objectives().get(0).period(), scorer, asOf)));
  }

  private static Plan copyOf(Plan plan) {
    Plan copy = JSON.readPlan(JSON.write(plan));
    assertEquals(plan, copy);
    return copy;
  }
}
