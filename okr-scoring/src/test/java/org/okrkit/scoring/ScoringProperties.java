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
import java.util.Set;
import java.util.TreeSet;
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
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.okrkit.core.Band;
import org.okrkit.core.Checklist;
import org.okrkit.core.ChecklistValue;
import org.okrkit.core.Measure;
import org.okrkit.core.Milestone;
import org.okrkit.core.Threshold;
import org.okrkit.testkit.OkrArbitraries;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Direction;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Metric;
import org.okrkit.core.Kpi;
import org.okrkit.core.NumericValue;
import org.okrkit.core.Objective;
import org.okrkit.core.Period;

/**
 * The laws that scoring must obey, for every profile (docs/scoring.md, "Laws the property tests
 * guarantee").
 */
class ScoringProperties {

  /** An objective with its KPIs, a date to score it as of, and a profile. */
  static final class Case {
    final Objective objective;
    final List<Kpi> kpis;
    final LocalDate asOf;
    final ScoringProfile profile;

    Case(Objective objective, List<Kpi> kpis, LocalDate asOf, ScoringProfile profile) {
      this.objective = objective;
      this.kpis = kpis;
      this.asOf = asOf;
      this.profile = profile;
    }

    Case with(Objective other) {
      return new Case(other, kpis, asOf, profile);
    }

    Scorer scorer() {
      return Scorer.of(profile).withKpis(kpis);
    }

    ObjectiveScore score() {
      return scorer().score(objective, asOf);
    }

    @Override
    public String toString() {
      return profile + " as of " + asOf + ": " + objective + " with " + kpis;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return ScoringArbitraries.scorables().flatMap(scorable -> Combinators.combine(
            ScoringArbitraries.datesAround(scorable.objective.period()),
            ScoringArbitraries.anyProfile())
        .as((asOf, profile) -> new Case(scorable.objective, scorable.kpis, asOf, profile)));
  }

  private static void assertInRange(Score score, ScoringProfile profile) {
    assertTrue(score.value().signum() >= 0, () -> "negative score " + score);
    assertEquals(profile.cap(), score.cap());
    profile.cap().limit().ifPresent(limit -> assertTrue(score.value().compareTo(limit) <= 0,
        () -> "score " + score + " above " + profile.cap()));
    assertTrue(score.value().scale() <= profile.rounding().scale(), () -> "score " + score + " not rounded");
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

  /**
   * A committed objective is achieved exactly when every key result reached its target, and a key
   * result reached it exactly when its exact progress is 1 or more, whatever the rounding or cap.
   */
  @Property(tries = 300)
  void committedAchievement_isEveryTargetReached(@ForAll("cases") Case scoring) {
    ObjectiveScore score = scoring.score();
    boolean every = !score.keyResults().isEmpty();
    for (KeyResultScore keyResult : score.keyResults()) {
      every &= keyResult.isTargetReached();
      if (keyResult.isTargetReached()) {
        assertTrue(keyResult.score().orElseThrow().isComplete()
            || !keyResult.score().orElseThrow().cap().isCapped());
      }
    }
    if (score.commitment() == org.okrkit.core.Commitment.COMMITTED && score.isScored()) {
      assertEquals(every, score.judgement() == Judgement.ACHIEVED, score::toString);
    }
  }

  /**
   * Reflecting start, target and values about any centre gives the same score, and the same
   * forecast: at least two check-ins, so the forecast is defined and the law is not vacuous.
   */
  @Property(tries = 300)
  void decreasingMetrics_mirrorIncreasingOnes(
      @ForAll("metrics") Metric metric,
      @ForAll("pointsInQ1") List<CheckIn> checkIns,
      @ForAll("decimals") BigDecimal centre,
      @ForAll("anyProfile") ScoringProfile profile) {
    BigDecimal twice = centre.add(centre);
    Metric mirrored = Metric.of(twice.subtract(metric.start()), twice.subtract(metric.target()),
        metric.unit());
    assertTrue(mirrored.direction() != metric.direction());
    List<CheckIn> reflectedCheckIns = new ArrayList<>();
    for (CheckIn checkIn : checkIns) {
      reflectedCheckIns.add(CheckIn.of(checkIn.date(),
          twice.subtract(((NumericValue) checkIn.value()).value())));
    }
    Period period = Fixtures.Q1;
    KeyResult original = KeyResult.builder().from(Fixtures.keyResult("kr", metric))
        .checkIns(checkIns).build();
    KeyResult reflected = KeyResult.builder().from(Fixtures.keyResult("kr", mirrored))
        .checkIns(reflectedCheckIns).build();
    Scorer scorer = Scorer.of(profile);
    KeyResultScore originalScore = scorer.score(original, period, Fixtures.END);
    KeyResultScore reflectedScore = scorer.score(reflected, period, Fixtures.END);
    assertEquals(originalScore.score(), reflectedScore.score());
    assertEquals(originalScore.isTargetReached(), reflectedScore.isTargetReached());
    Forecast originalForecast = scorer.forecast(original, period, Fixtures.END);
    Forecast reflectedForecast = scorer.forecast(reflected, period, Fixtures.END);
    assertTrue(originalForecast.isDefined());
    Projection originalProjection = originalForecast.projection().orElseThrow();
    Projection reflectedProjection = reflectedForecast.projection().orElseThrow();
    assertEquals(originalProjection.projectedScore(), reflectedProjection.projectedScore());
    assertEquals(originalProjection.reachesTarget(), reflectedProjection.reachesTarget());
    assertEquals(originalProjection.reachedOn(), reflectedProjection.reachedOn());
    assertEquals(originalProjection.targetDate(), reflectedProjection.targetDate());
  }

  @Provide
  Arbitrary<List<CheckIn>> pointsInQ1() {
    return dayOffsets().flatMap(days -> decimals().list().ofSize(days.size()).map(values -> {
      List<CheckIn> checkIns = new ArrayList<>();
      for (int i = 0; i < days.size(); i++) {
        checkIns.add(CheckIn.of(Fixtures.Q1.start().plusDays(days.get(i)), values.get(i)));
      }
      return checkIns;
    }));
  }

  @Provide
  Arbitrary<Metric> metrics() {
    return OkrArbitraries.metrics();
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return OkrArbitraries.decimals();
  }

  /** Pace, forecasts and explanations of every key result never fail on generated input. */
  @Property(tries = 150)
  void paceAndForecast_areDefinedForEveryKeyResult(@ForAll("cases") Case scoring) {
    Scorer scorer = scoring.scorer();
    ObjectivePace pace = scorer.pace(scoring.objective, scoring.asOf);
    for (int i = 0; i < scoring.objective.keyResults().size(); i++) {
      KeyResult keyResult = scoring.objective.keyResults().get(i);
      Pace keyResultPace = pace.keyResults().get(i);
      assertEquals(keyResultPace.score().isScored(),
          keyResultPace.progressStatus() != PaceStatus.NOT_SCORED);
      Forecast forecast = scorer.forecast(keyResult, scoring.objective.period(), scoring.asOf);
      forecast.projection().ifPresent(projection -> {
        assertFalse(projection.reachedOn().isPresent() && projection.targetDate().isPresent());
        projection.reachedOn().ifPresent(date -> assertFalse(date.isAfter(scoring.asOf)));
        projection.targetDate().ifPresent(date -> assertTrue(
            date.isAfter(scoring.objective.period().start()), forecast::toString));
      });
      assertEquals(forecast.isDefined(), forecast.undefinedReason().isEmpty());
      assertFalse(forecast.explanation().toString().isEmpty());
    }
  }

  @Provide
  Arbitrary<ScoringProfile> anyProfile() {
    return ScoringArbitraries.anyProfile();
  }

  /**
   * More progress never lowers a score: the value in force on the date scored (the latest check-in
   * from the period's start up to the date) moved toward the target of the measure in force on
   * that date (a metric further in its direction, a threshold's value toward meeting it, a band's
   * value toward the band, a milestone done, one more checklist item done) never lowers the key
   * result's score nor its objective's. Key results drawn from a KPI take no check-in values and
   * are left out. The coverage check makes sure the law was exercised (about 30 % of the
   * generated cases have a value in force on the date), not skipped.
   */
  @Property(tries = 400)
  void moreProgress_neverLowersAScore(
      @ForAll("cases") Case scoring,
      @ForAll @IntRange(min = 0, max = 3) int which,
      @ForAll("positiveSteps") BigDecimal step) {
    Objective objective = scoring.objective;
    // the first key result, from a random one on, whose value in force can be improved
    int size = objective.keyResults().size();
    int index = which % size;
    Optional<KeyResult> improved = Optional.empty();
    for (int tried = 0; tried < size && improved.isEmpty(); tried++) {
      index = (which + tried) % size;
      KeyResult keyResult = objective.keyResults().get(index);
      improved = keyResult.kpi().isPresent()
          ? Optional.empty() : improve(keyResult, objective.period(), scoring.asOf, step);
    }
    Statistics.label("improved").collect(improved.isPresent());
    Statistics.label("improved").coverage(
        coverage -> coverage.check(true).percentage(share -> share >= 20));
    if (improved.isEmpty()) {
      return;
    }
    List<KeyResult> keyResults = new ArrayList<>(objective.keyResults());
    keyResults.set(index, improved.get());
    Objective better = Objective.builder().from(objective).keyResults(keyResults).build();

    ObjectiveScore before = scoring.score();
    ObjectiveScore after = scoring.with(better).score();
    assertNotLower(before.keyResults().get(index).score(), after.keyResults().get(index).score());
    assertNotLower(before.score(), after.score());
    assertTrue(!before.keyResults().get(index).isTargetReached()
        || after.keyResults().get(index).isTargetReached());
  }

  /** The key result with its value in force on the date moved toward the target; empty if none. */
  private static Optional<KeyResult> improve(
      KeyResult keyResult, Period period, LocalDate asOf, BigDecimal step) {
    List<CheckIn> checkIns = new ArrayList<>(keyResult.checkIns());
    int inForce = -1;
    for (int i = 0; i < checkIns.size(); i++) {
      LocalDate date = checkIns.get(i).date();
      if (!date.isBefore(period.start()) && !date.isAfter(asOf)) {
        inForce = i;
      }
    }
    if (inForce < 0) {
      return Optional.empty();
    }
    CheckIn checkIn = checkIns.get(inForce);
    Measure measure = keyResult.measureAsOf(asOf);
    CheckInValue value = checkIn.value();
    CheckInValue better;
    if (measure instanceof Metric) {
      BigDecimal number = ((NumericValue) value).value();
      better = CheckInValue.of(((Metric) measure).direction() == Direction.INCREASE
          ? number.add(step) : number.subtract(step));
    } else if (measure instanceof Threshold) {
      BigDecimal number = ((NumericValue) value).value();
      better = CheckInValue.of(((Threshold) measure).comparison()
          == Threshold.Comparison.AT_OR_ABOVE ? number.add(step) : number.subtract(step));
    } else if (measure instanceof Band) {
      Band band = (Band) measure;
      BigDecimal number = ((NumericValue) value).value();
      if (number.compareTo(band.lower()) < 0) {
        better = CheckInValue.of(number.add(step.min(band.lower().subtract(number))));
      } else if (number.compareTo(band.upper()) > 0) {
        better = CheckInValue.of(number.subtract(step.min(number.subtract(band.upper()))));
      } else {
        return Optional.empty();
      }
    } else if (measure instanceof Milestone) {
      better = CheckInValue.done();
    } else {
      Set<String> done = new TreeSet<>(((ChecklistValue) value).itemsDone());
      Optional<String> next = ((Checklist) measure).itemNames().stream()
          .filter(name -> !done.contains(name)).findFirst();
      if (next.isEmpty()) {
        return Optional.empty();
      }
      done.add(next.get());
      better = CheckInValue.itemsDone(done);
    }
    checkIns.set(inForce, CheckIn.builder().from(checkIn).value(better).build());
    return Optional.of(KeyResult.builder().from(keyResult).checkIns(checkIns).build());
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
    ObjectiveScore other = scoring.with(reordered).score();
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
    ObjectiveScore other = scoring.with(scaledObjective).score();
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
    ObjectiveScore replayed = scoring.with(scoring.objective.asOf(scoring.asOf)).score();
    assertEquals(direct, replayed);
    assertEquals(direct.explanation().toString(), replayed.explanation().toString());
  }

  /** Scoring the same inputs in any order and on any thread gives identical results and texts. */
  @Property(tries = 15)
  @Tag("concurrency") // the mutation gate leaves it out: a mutant changes every thread alike
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
    Projection projection = forecast.projection().orElseThrow();
    assertEquals(0, slope.compareTo(projection.slopePerDay()));
    BigDecimal expected = intercept.add(slope.multiply(BigDecimal.valueOf(89)));
    assertEquals(0, expected.compareTo(projection.projectedValue()),
        () -> expected + " != " + projection.projectedValue());
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

  /** More progress never makes pace worse, under either reading of the shortfall. */
  @Property(tries = 300)
  void pace_isMonotoneInProgress(
      @ForAll("shares") BigDecimal expected,
      @ForAll("shares") BigDecimal actual,
      @ForAll("shares") BigDecimal more,
      @ForAll Shortfall shortfall) {
    PaceRule rule = PaceRule.of(new BigDecimal("0.25"), new BigDecimal("0.5"), shortfall);
    PaceStatus lower = rule.statusOf(expected, actual);
    PaceStatus higher = rule.statusOf(expected, actual.add(more));
    assertEquals(lower, lower.worse(higher));
  }

  @Provide
  Arbitrary<BigDecimal> shares() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4);
  }
}
