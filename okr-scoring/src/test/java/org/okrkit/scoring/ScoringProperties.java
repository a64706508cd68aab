package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Direction;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Metric;
import org.okrkit.core.NumericValue;
import org.okrkit.core.Objective;
import org.okrkit.core.Period;

/** The laws of DOMAIN.md section 3 that scoring must obey, for every profile. */
class ScoringProperties {

  /** An objective, a date to score it as of, and a profile. */
  static final class Case {
    final Objective objective;
    final LocalDate asOf;
    final ScoringProfile profile;

    Case(Objective objective, LocalDate asOf, ScoringProfile profile) {
      this.objective = objective;
      this.asOf = asOf;
      this.profile = profile;
    }

    ObjectiveScore score() {
      return Scorer.of(profile).score(objective, asOf);
    }

    @Override
    public String toString() {
      return profile + " as of " + asOf + ": " + objective;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return ScoringArbitraries.objectives().flatMap(objective -> Combinators.combine(
            ScoringArbitraries.datesAround(objective.period()), ScoringArbitraries.anyProfile())
        .as((asOf, profile) -> new Case(objective, asOf, profile)));
  }

  private static void assertInRange(Score score, ScoringProfile profile) {
    assertTrue(score.value().signum() >= 0, () -> "negative score " + score);
    assertEquals(profile.cap(), score.cap());
    profile.cap().limit().ifPresent(limit -> assertTrue(score.value().compareTo(limit) <= 0,
        () -> "score " + score + " above " + profile.cap()));
    assertTrue(score.value().scale() <= profile.scale(), () -> "score " + score + " not rounded");
    assertEquals(profile.gradeBands().colourOf(score.grade()), score.colour());
    assertTrue(score.grade().scale() <= 1, () -> "grade " + score.grade() + " not in tenths");
  }

  @Property(tries = 300)
  void everyScore_liesInItsDeclaredRange(@ForAll("cases") Case scoring) {
    ObjectiveScore score = scoring.score();
    score.score().ifPresent(value -> assertInRange(value, scoring.profile));
    for (KeyResultScore keyResult : score.keyResults()) {
      keyResult.score().ifPresent(value -> assertInRange(value, scoring.profile));
      if (keyResult.rule() == ScoringRule.NOT_SCORED) {
        assertFalse(keyResult.isScored());
      }
    }
    assertEquals(score.isScored(), score.judgement() != Judgement.NOT_SCORED);
  }

  /** Reflecting start, target and value about any centre gives the same score. */
  @Property(tries = 500)
  void decreasingMetrics_mirrorIncreasingOnes(
      @ForAll("metrics") Metric metric,
      @ForAll("decimals") BigDecimal value,
      @ForAll("decimals") BigDecimal centre,
      @ForAll("anyProfile") ScoringProfile profile) {
    BigDecimal twice = centre.add(centre);
    Metric mirrored = Metric.of(twice.subtract(metric.start()), twice.subtract(metric.target()),
        metric.unit());
    assertTrue(mirrored.direction() != metric.direction());
    Period period = Fixtures.Q1;
    KeyResult original = Fixtures.keyResult("kr", metric,
        CheckIn.of(Fixtures.date(2, 1), value));
    KeyResult reflected = Fixtures.keyResult("kr", mirrored,
        CheckIn.of(Fixtures.date(2, 1), twice.subtract(value)));
    Scorer scorer = Scorer.of(profile);
    assertEquals(scorer.score(original, period, Fixtures.END).score(),
        scorer.score(reflected, period, Fixtures.END).score());
    assertEquals(scorer.forecast(original, period, Fixtures.END).projectedScore(),
        scorer.forecast(reflected, period, Fixtures.END).projectedScore());
  }

  @Provide
  Arbitrary<Metric> metrics() {
    return ScoringArbitraries.metrics();
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return ScoringArbitraries.decimals();
  }

  @Provide
  Arbitrary<ScoringProfile> anyProfile() {
    return ScoringArbitraries.anyProfile();
  }

  /**
   * Moving the latest value of a metric key result further in its direction never lowers the key
   * result's score nor its objective's.
   */
  @Property(tries = 300)
  void moreProgress_neverLowersAScore(
      @ForAll("cases") Case scoring,
      @ForAll @IntRange(min = 0, max = 4) int which,
      @ForAll("positiveSteps") BigDecimal step) {
    Objective objective = scoring.objective;
    int index = which % objective.keyResults().size();
    KeyResult keyResult = objective.keyResults().get(index);
    if (!(keyResult.measure() instanceof Metric) || keyResult.checkIns().isEmpty()) {
      return;
    }
    Metric metric = (Metric) keyResult.measure();
    List<CheckIn> checkIns = new ArrayList<>(keyResult.checkIns());
    int last = checkIns.size() - 1;
    CheckIn latest = checkIns.get(last);
    BigDecimal value = ((NumericValue) latest.value()).value();
    BigDecimal further = metric.direction() == Direction.INCREASE
        ? value.add(step) : value.subtract(step);
    checkIns.set(last, CheckIn.of(latest.date(), CheckInValue.of(further)));
    KeyResult improved = KeyResult.builder().from(keyResult).checkIns(checkIns).build();
    List<KeyResult> keyResults = new ArrayList<>(objective.keyResults());
    keyResults.set(index, improved);
    Objective better = Objective.builder().from(objective).keyResults(keyResults).build();

    ObjectiveScore before = scoring.score();
    ObjectiveScore after = new Case(better, scoring.asOf, scoring.profile).score();
    assertNotLower(before.keyResults().get(index).score(), after.keyResults().get(index).score());
    assertNotLower(before.score(), after.score());
  }

  private static void assertNotLower(Optional<Score> before, Optional<Score> after) {
    assertEquals(before.isPresent(), after.isPresent());
    if (before.isPresent()) {
      assertTrue(after.get().value().compareTo(before.get().value()) >= 0,
          () -> "score fell from " + before.get() + " to " + after.get());
      assertTrue(after.get().grade().compareTo(before.get().grade()) >= 0);
    }
  }

  @Provide
  Arbitrary<BigDecimal> positiveSteps() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("500"))
        .ofScale(2);
  }

  /** The order of key results, and the order check-ins are given in, change nothing. */
  @Property(tries = 200)
  void order_ofKeyResultsAndCheckIns_changesNothing(
      @ForAll("cases") Case scoring, @ForAll java.util.Random random) {
    Objective objective = scoring.objective;
    List<KeyResult> shuffled = new ArrayList<>();
    for (KeyResult keyResult : objective.keyResults()) {
      List<CheckIn> checkIns = new ArrayList<>(keyResult.checkIns());
      Collections.shuffle(checkIns, random);
      shuffled.add(KeyResult.builder().from(keyResult).checkIns(checkIns).build());
    }
    Collections.shuffle(shuffled, random);
    Objective reordered = Objective.builder().from(objective).keyResults(shuffled).build();
    ObjectiveScore original = scoring.score();
    ObjectiveScore other = new Case(reordered, scoring.asOf, scoring.profile).score();
    assertEquals(original.score(), other.score());
    assertEquals(original.judgement(), other.judgement());
    assertEquals(original.isTooSafe(), other.isTooSafe());
    for (KeyResultScore keyResult : original.keyResults()) {
      KeyResultScore same = other.keyResults().stream()
          .filter(candidate -> candidate.keyResultId().equals(keyResult.keyResultId()))
          .findFirst().orElseThrow();
      assertEquals(keyResult, same);
      assertEquals(keyResult.explanation().toString(), same.explanation().toString());
    }
  }

  /** Multiplying every weight by the same factor changes nothing: weights are normalised. */
  @Property(tries = 300)
  void scalingAllWeights_changesNothing(
      @ForAll("cases") Case scoring, @ForAll("factors") BigDecimal factor) {
    Objective objective = scoring.objective;
    List<KeyResult> scaled = new ArrayList<>();
    for (KeyResult keyResult : objective.keyResults()) {
      scaled.add(KeyResult.builder().from(keyResult)
          .weight(keyResult.weight().multiply(factor)).build());
    }
    Objective scaledObjective = Objective.builder().from(objective).keyResults(scaled).build();
    ObjectiveScore original = scoring.score();
    ObjectiveScore other = new Case(scaledObjective, scoring.asOf, scoring.profile).score();
    assertEquals(original.score(), other.score());
    assertEquals(original.judgement(), other.judgement());
  }

  @Provide
  Arbitrary<BigDecimal> factors() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 1000).map(BigDecimal::valueOf),
        Arbitraries.integers().between(1, 999).map(thousandths -> BigDecimal.valueOf(thousandths, 3)));
  }

  /** The score an objective had on a date is the score of its history replayed to that date. */
  @Property(tries = 200)
  void asOf_equalsScoringTheReplayedObjective(@ForAll("cases") Case scoring) {
    ObjectiveScore direct = scoring.score();
    ObjectiveScore replayed =
        new Case(scoring.objective.asOf(scoring.asOf), scoring.asOf, scoring.profile).score();
    assertEquals(direct, replayed);
    assertEquals(direct.explanation().toString(), replayed.explanation().toString());
  }

  /** Scoring the same inputs in any order and on any thread gives identical results and texts. */
  @Property(tries = 15)
  void scoring_isDeterministicAcrossThreads(@ForAll("batches") List<Case> batch) throws Exception {
    List<String> expected = render(batch);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int run = 0; run < 4; run++) {
        boolean backwards = run % 2 == 1;
        Callable<List<String>> task = () -> {
          List<Case> order = new ArrayList<>(batch);
          if (backwards) {
            Collections.reverse(order);
          }
          List<String> texts = render(order);
          if (backwards) {
            Collections.reverse(texts);
          }
          return texts;
        };
        runs.add(pool.submit(task));
      }
      for (Future<List<String>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> render(List<Case> batch) {
    List<String> texts = new ArrayList<>();
    for (Case scoring : batch) {
      ObjectiveScore score = scoring.score();
      texts.add(score + "\n" + score.explanation());
    }
    return texts;
  }

  @Provide
  Arbitrary<List<Case>> batches() {
    return cases().list().ofMinSize(1).ofMaxSize(6);
  }

  /** Points on an exact line are projected exactly, with the line's own slope. */
  @Property(tries = 200)
  void forecast_ofPointsOnALine_isExact(
      @ForAll("decimals") BigDecimal intercept,
      @ForAll("slopes") BigDecimal slope,
      @ForAll("dayOffsets") List<Integer> days) {
    Period period = Fixtures.Q1;
    List<CheckIn> checkIns = new ArrayList<>();
    for (int day : days) {
      checkIns.add(CheckIn.of(period.start().plusDays(day),
          intercept.add(slope.multiply(BigDecimal.valueOf(day)))));
    }
    KeyResult keyResult = KeyResult.builder().from(
            Fixtures.keyResult("kr", Metric.of(new BigDecimal("-5000"), new BigDecimal("5000"), "u")))
        .checkIns(checkIns).build();
    Forecast forecast = Scorer.of(ScoringProfile.google()).forecast(keyResult, period, Fixtures.END);
    assertTrue(forecast.isDefined());
    assertEquals(0, slope.compareTo(forecast.slopePerDay().orElseThrow()));
    BigDecimal expected = intercept.add(slope.multiply(BigDecimal.valueOf(89)));
    assertEquals(0, expected.compareTo(forecast.projectedValue().orElseThrow()),
        () -> expected + " != " + forecast.projectedValue());
  }

  @Provide
  Arbitrary<BigDecimal> slopes() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-20"), new BigDecimal("20")).ofScale(2);
  }

  @Provide
  Arbitrary<List<Integer>> dayOffsets() {
    return Arbitraries.integers().between(0, 89).set().ofMinSize(2).ofMaxSize(8)
        .map(ImmutableList::copyOf);
  }

  /** More progress never makes pace worse. */
  @Property(tries = 300)
  void pace_isMonotoneInProgress(
      @ForAll("shares") BigDecimal expected,
      @ForAll("shares") BigDecimal actual,
      @ForAll("shares") BigDecimal more) {
    PaceRule rule = PaceRule.standard();
    PaceStatus lower = rule.statusOf(expected, actual);
    PaceStatus higher = rule.statusOf(expected, actual.add(more));
    assertEquals(lower, lower.worse(higher));
  }

  @Provide
  Arbitrary<BigDecimal> shares() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4);
  }
}
