package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Objective;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Forecast;
import org.okrkit.scoring.Fraction;
import org.okrkit.scoring.ObjectivePace;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;
import org.okrkit.testkit.Plans;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Laws of the scoring writers over generated plans: the same result, and a result computed again
 * from the same plan, give the same bytes; and what is written reads back, with a plain mapper
 * that knows nothing of okrkit, as a tree holding the result's own values.
 */
class ScoringWritingProperties {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  @Provide
  Arbitrary<Plan> plans() {
    return Plans.plans();
  }

  @Provide
  Arbitrary<ScoringProfile> profiles() {
    return Arbitraries.of(ScoringProfile.google(), ScoringProfile.vivaGoals(),
        ScoringProfile.quantive(), ScoringProfile.perdoo(), ScoringProfile.okrTracker());
  }

  @Property(tries = 40)
  void objectiveScoresAreWrittenDeterministicallyWithTheirValues(@ForAll("plans") Plan plan,
      @ForAll("profiles") ScoringProfile profile, @ForAll @IntRange(max = 400) int daysIn) {
    Scorer scorer = Scorer.of(profile).withKpisOf(plan);
    for (Objective objective : plan.objectives()) {
      LocalDate asOf = objective.period().start().plusDays(daysIn);
      ObjectiveScore score = scorer.score(objective, asOf);

      String json = writtenTwiceTheSame(score);
      assertEquals(json, OkrJson.json().write(scorer.score(objective, asOf)), "scored again");

      JsonNode tree = PLAIN.readTree(json);
      assertEquals(objective.id().value(), tree.get("objectiveId").stringValue());
      assertEquals(asOf.toString(), tree.get("asOf").stringValue());
      assertEquals(profile.name(), tree.get("profile").stringValue());
      assertEquals(score.isScored(), tree.get("scored").booleanValue());
      assertEquals(score.isScored(), tree.has("score"));
      score.score().ifPresent(value -> {
        assertEquals(value.value().toPlainString(), tree.get("score").get("value").stringValue());
        assertEquals(value.exact(), fraction(tree.get("score").get("exact")));
      });
      assertEquals(objective.keyResults().size(), tree.path("keyResults").size());
      assertEquals(score.explanation().subject(),
          tree.get("explanation").get("subject").stringValue());
      assertEquals(score.explanation().parts().size(),
          tree.get("explanation").path("parts").size());
      for (int i = 0; i < score.keyResults().size(); i++) {
        JsonNode keyResult = tree.get("keyResults").get(i);
        assertEquals(score.keyResults().get(i).keyResultId().value(),
            keyResult.get("keyResultId").stringValue());
        assertEquals(score.keyResults().get(i).isScored(), keyResult.has("assessment"));
        // the objective's explanation holds the key result's: it is not written twice
        assertFalse(keyResult.has("explanation"));
      }
    }
  }

  @Property(tries = 40)
  void pacesAndForecastsAreWrittenDeterministicallyWithTheirValues(@ForAll("plans") Plan plan,
      @ForAll("profiles") ScoringProfile profile, @ForAll @IntRange(max = 400) int daysIn) {
    Scorer scorer = Scorer.of(profile).withKpisOf(plan);
    for (Objective objective : plan.objectives()) {
      LocalDate asOf = objective.period().start().plusDays(daysIn);
      ObjectivePace pace = scorer.pace(objective, asOf);

      JsonNode paceTree = PLAIN.readTree(writtenTwiceTheSame(pace));
      assertEquals(pace.status().name().toLowerCase(Locale.ROOT),
          paceTree.get("status").stringValue());
      assertEquals(pace.expected().toPlainString(), paceTree.get("expected").stringValue());
      assertEquals(objective.keyResults().size(), paceTree.path("keyResults").size());

      for (KeyResult keyResult : objective.keyResults()) {
        Forecast forecast = scorer.forecast(objective, keyResult.id(), asOf);
        JsonNode tree = PLAIN.readTree(writtenTwiceTheSame(forecast));
        assertEquals(keyResult.id().value(), tree.get("keyResultId").stringValue());
        assertEquals(forecast.points(), tree.get("points").intValue());
        assertEquals(forecast.isDefined(), tree.get("defined").booleanValue());
        assertEquals(forecast.isDefined(), tree.has("projection"));
        assertEquals(!forecast.isDefined(), tree.has("undefinedReason"));
        forecast.projection().ifPresent(line -> assertEquals(
            line.projectedValue().toPlainString(),
            tree.get("projection").get("projectedValue").stringValue()));
      }
    }
  }

  private static String writtenTwiceTheSame(Object result) {
    String first = OkrJson.json().write(result);
    assertEquals(first, OkrJson.json().write(result), "written twice");
    return first;
  }

  private static Fraction fraction(JsonNode node) {
    return Fraction.of(new BigInteger(node.get("numerator").stringValue()),
        new BigInteger(node.get("denominator").stringValue()));
  }
}
