package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Commitment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;
import org.okrkit.testkit.PlanSpec;
import org.okrkit.testkit.Plans;

/**
 * Plans, indexes, scorers and objectives are shared between threads: scoring, validating and
 * rolling up the same instances from 8 threads at once gives exactly what one thread gives, and
 * commands on one shared objective version from 8 threads each see only their own change. Each
 * repetition uses a new plan; the threads start together at a barrier to overlap as much as they
 * can.
 */
@Tag("concurrency") // the mutation gate leaves it out: a mutant changes every thread alike
class SharedPlanConcurrencyTest {

  private static final int THREADS = 8;
  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopPool() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }

  /** Everything the three operations report about the plan, as comparable text and values. */
  private static List<Object> everything(Plan plan, AlignmentIndex index, Scorer scorer,
      LocalDate asOf) {
    List<Object> results = new ArrayList<>();
    results.add(AlignmentValidator.standard().validate(index));
    for (Objective objective : plan.objectives()) {
      ObjectiveScore score = scorer.score(objective, asOf);
      results.add(score.score() + " " + score.judgement() + "\n" + score.explanation());
    }
    RolledUpPlan rolled = RollUp.of(index, scorer, asOf, RollUpPolicy.blended(new BigDecimal("0.5")));
    for (Objective objective : plan.objectives()) {
      results.add(rolled.objective(objective.id()));
    }
    return results;
  }

  private static <T> List<T> onEveryThread(Callable<T> task) throws Exception {
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<T>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(pool.submit(() -> {
        start.await();
        return task.call();
      }));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(5, TimeUnit.MINUTES));
    }
    return results;
  }

  @RepeatedTest(5)
  void scoringValidationAndRollUp_fromEightThreads_equalOneThread(
      org.junit.jupiter.api.RepetitionInfo repetition) throws Exception {
    Plan plan = Plans.generate(PlanSpec.of(150).withDepth(4).withMultiParentShare(0.3)
        .withDependencyShare(0.2), repetition.getCurrentRepetition());
    Scorer scorer = Scorer.of(ScoringProfile.google()).withKpisOf(plan);
    Period period = plan.objectives().get(0).period();
    LocalDate asOf = period.start().plusDays(period.lengthInDays() / 2);
    // the index is built on the threads too, from the shared plan, and also shared ready-made
    List<Object> expected = everything(plan, AlignmentIndex.of(plan), scorer, asOf);
    AlignmentIndex shared = AlignmentIndex.of(plan);

    List<List<Object>> own = onEveryThread(
        () -> everything(plan, AlignmentIndex.of(plan), scorer, asOf));
    List<List<Object>> sharedIndex = onEveryThread(() -> everything(plan, shared, scorer, asOf));

    for (int t = 0; t < THREADS; t++) {
      assertEquals(expected, own.get(t), "thread " + t + " with its own index");
      assertEquals(expected, sharedIndex.get(t), "thread " + t + " with the shared index");
    }
  }

  @RepeatedTest(5)
  void checkInsOnOneSharedVersion_fromEightThreads_eachKeepOnlyTheirOwn() throws Exception {
    KeyResultId churn = KeyResultId.of("churn");
    Period q1 = Period.calendarQuarter(2026, 1);
    KeyResult.Builder keyResult = KeyResult.builder().id(churn).title("Churn")
        .owner(PersonId.of("ada")).measure(Metric.of(new BigDecimal("8"), new BigDecimal("5"), "%"));
    for (int day = 1; day <= 20; day++) {
      keyResult.addCheckIn(CheckIn.of(LocalDate.of(2026, 1, day), new BigDecimal("8")));
    }
    Objective shared = Objective.builder().id(ObjectiveId.of("retain")).title("Retain")
        .level(Level.TEAM).owner(PersonId.of("ada")).period(q1).commitment(Commitment.COMMITTED)
        .addKeyResults(keyResult.build()).addLifecycleEvent(LifecycleEvent.activated(q1.start()))
        .build();
    Scorer scorer = Scorer.of(ScoringProfile.google());
    LocalDate day = LocalDate.of(2026, 2, 1);

    // Thread t checks in 8 - t/4 on Feb 1 (t = 0..7: 8, 7.75, ..., 6.25) on the same version, so
    // all race for the same free slot of the shared history; each must see 21 check-ins ending in
    // its own, and score (8 - value) / (8 - 5) = (t/4) / 3 = t / 12.
    List<Integer> threadNumbers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      threadNumbers.add(t);
    }
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    List<String> seen = onEveryThread(() -> {
      int t = threadNumbers.get(next.getAndIncrement());
      BigDecimal value = new BigDecimal("8").subtract(new BigDecimal(t).divide(new BigDecimal(4)));
      Objective mine = shared.checkIn(churn, CheckIn.of(day, value));
      KeyResult mineKr = mine.keyResults().get(0);
      return t + ":" + mineKr.checkIns().size() + ":"
          + mineKr.checkIns().get(mineKr.checkIns().size() - 1).value() + ":"
          + scorer.score(mine, day).score().orElseThrow().exact();
    });
    List<String> expected = new ArrayList<>();
    for (String result : seen) {
      int t = Integer.parseInt(result.substring(0, result.indexOf(':')));
      BigDecimal value = new BigDecimal("8").subtract(new BigDecimal(t).divide(new BigDecimal(4)));
      Objective alone = shared.checkIn(churn, CheckIn.of(day, value));
      expected.add(t + ":21:" + alone.keyResults().get(0).checkIns().get(20).value() + ":"
          + scorer.score(alone, day).score().orElseThrow().exact());
    }
    assertEquals(expected, seen);
    // the shared version itself is unchanged
    assertEquals(20, shared.keyResults().get(0).checkIns().size());
  }
}
