package org.okrkit.benchmarks;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;
import org.okrkit.core.Status;
import org.okrkit.testkit.PlanSpec;
import org.okrkit.testkit.Plans;

/**
 * One benchmark workload: a plan of a given number of objectives, the same every run.
 *
 * <p>The cascade comes from the testkit ({@link Plans#generate(PlanSpec, long)}, seed {@value
 * #SEED}): four levels, annual and quarterly periods, 10 % of objectives with more than one parent,
 * a fifth with a lateral dependency, every lifecycle state. The testkit gives an objective one to
 * three key results of mixed kinds with up to two check-ins each; the issue asks for five key
 * results with realistic histories, so each objective's key results are replaced here, from a
 * second fixed seed, by {@value #KEY_RESULTS} metric key results ({@code kr-1} to {@code kr-5}, so
 * links to a parent's key result still resolve), a quarter of them with weight 2, each with
 * {@value #CHECK_INS} check-ins spread over the window in which the objective could be checked in
 * (none for a draft). Values move from the start towards the target and sometimes beyond or back,
 * so scores below 0 and above 1 are both clamped.
 *
 * <p>The last day of each active objective's period is left free of check-ins, so the check-in
 * benchmark records one there; see {@link #checkInTarget()}.
 */
public final class Workload {

  /** The testkit seed of every workload. */
  public static final long SEED = 20_261_202L;
  /** Key results per objective. */
  public static final int KEY_RESULTS = 5;
  /** Check-ins per key result of an objective that has been active. */
  public static final int CHECK_INS = 3;
  /** The share of objectives with more than one parent. */
  public static final double MULTI_PARENT_SHARE = 0.1;

  private static final String[] UNITS = {"%", "leads", "EUR", "ms", "users"};
  private static final String[] TITLES = {"Win the first customers", "Cut response times",
      "Grow weekly active users", "Raise retention", "Lower the cost of sales"};

  private final Plan plan;
  private final LocalDate asOf;
  private final int checkInTarget;

  /** A workload of a plan made by hand, for tests. */
  Workload(Plan plan, LocalDate asOf, int checkInTarget) {
    this.plan = plan;
    this.asOf = asOf;
    this.checkInTarget = checkInTarget;
  }

  /**
   * Generates the workload of a size.
   *
   * @param objectives  the number of objectives, from 1 to {@link PlanSpec#MAX_OBJECTIVES}
   * @return the workload, not null
   * @throws OkrException if the number is out of range
   */
  public static Workload generate(int objectives) {
    PlanSpec spec = PlanSpec.of(objectives).withMultiParentShare(MULTI_PARENT_SHARE);
    Plan shape = Plans.generate(spec, SEED);
    SplittableRandom random = new SplittableRandom(SEED ^ objectives);
    Values values = new Values();
    ImmutableList.Builder<Objective> reshaped = ImmutableList.builderWithExpectedSize(objectives);
    LocalDate asOf = shape.objectives().get(0).period().end();
    int deepest = -1;
    int target = -1;
    int index = 0;
    for (Objective objective : shape.objectives()) {
      Objective withKeyResults = withKeyResults(objective, random, values);
      reshaped.add(withKeyResults);
      if (withKeyResults.period().end().isAfter(asOf)) {
        asOf = withKeyResults.period().end();
      }
      // The deepest active objective latest in the plan: a leaf whose check-in re-rolls a chain
      // of ancestors up to the company, in plans of every size.
      if (withKeyResults.status() == Status.ACTIVE
          && withKeyResults.level().ordinal() >= deepest) {
        deepest = withKeyResults.level().ordinal();
        target = index;
      }
      index++;
    }
    if (target < 0) {
      throw new OkrException("objectives", Integer.toString(objectives),
          "gives no active objective to check in; use a larger plan");
    }
    return new Workload(Plan.of(reshaped.build(), shape.parentUnits()), asOf, target);
  }

  /**
   * Equal immutable values shared across the plan (dates, numbers, titles), as a store loading a
   * plan would share them; otherwise the 1,000,000-objective workload needs a third more heap,
   * none of it okrkit's.
   */
  private static final class Values {
    private final Map<Long, LocalDate> dates = new HashMap<>();
    private final Map<Long, BigDecimal> tenths = new HashMap<>();

    LocalDate date(LocalDate date) {
      return dates.computeIfAbsent(date.toEpochDay(), day -> date);
    }

    BigDecimal tenths(long count) {
      return tenths.computeIfAbsent(count, c -> BigDecimal.valueOf(c, 1));
    }

    BigDecimal whole(long number) {
      return tenths.computeIfAbsent(number * 10, c -> BigDecimal.valueOf(number));
    }
  }

  private static Objective withKeyResults(Objective objective, SplittableRandom random,
      Values values) {
    LocalDate first = null;
    LocalDate last = null;
    Optional<LocalDate> activated = objective.activatedOn();
    if (activated.isPresent()) {
      first = activated.get().isAfter(objective.period().start())
          ? activated.get() : objective.period().start();
      last = objective.period().end();
      Optional<LocalDate> ended = objective.endedOn();
      if (ended.isPresent() && ended.get().isBefore(last)) {
        last = ended.get();
      }
      if (objective.status() == Status.ACTIVE) {
        last = last.minusDays(1); // the check-in benchmark's day stays free
      }
    }
    List<KeyResult> keyResults = new ArrayList<>(KEY_RESULTS);
    for (int k = 0; k < KEY_RESULTS; k++) {
      keyResults.add(keyResult(k, objective, first, last, random, values));
    }
    return Objective.builder().from(objective).keyResults(keyResults).build();
  }

  private static KeyResult keyResult(int k, Objective objective, LocalDate first, LocalDate last,
      SplittableRandom random, Values values) {
    int start = random.nextInt(100);
    int target = start + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(100));
    KeyResult.Builder keyResult = KeyResult.builder()
        .id(KeyResultId.of("kr-" + (k + 1)))
        .title(TITLES[k])
        .owner(objective.owner())
        .measure(Metric.of(values.whole(start), values.whole(target),
            UNITS[random.nextInt(UNITS.length)]));
    if (random.nextInt(4) == 0) {
      keyResult.weight(BigDecimal.valueOf(2));
    }
    if (first != null && !last.isBefore(first)) {
      long days = last.toEpochDay() - first.toEpochDay() + 1;
      long previous = -1;
      for (int c = 0; c < CHECK_INS; c++) {
        // Evenly spread, a day apart at least; a short window takes fewer check-ins.
        long offset = Math.max(previous + 1, days * (c + 1) / (CHECK_INS + 1));
        if (offset >= days) {
          break;
        }
        // Tenths, from 20 % behind the start to 30 % past the target, drifting forward.
        double share = -0.2 + 1.5 * random.nextDouble() * (c + 1) / CHECK_INS;
        long tenths = Math.round((start + share * (target - start)) * 10);
        keyResult.addCheckIn(
            CheckIn.of(values.date(first.plusDays(offset)), values.tenths(tenths)));
        previous = offset;
      }
    }
    return keyResult.build();
  }

  /**
   * Returns the plan.
   *
   * @return the plan, not null
   */
  public Plan plan() {
    return plan;
  }

  /**
   * Returns the date every benchmark scores as of: the last day of the latest period, on or after
   * every check-in.
   *
   * @return the date, not null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the number of the objective the check-in benchmark checks in: the last active objective
   * of the deepest level in the plan, whose period's last day has no check-in yet.
   *
   * @return the objective's number in the plan, from 0
   */
  public int checkInTarget() {
    return checkInTarget;
  }

  /**
   * Returns the objective of {@link #checkInTarget()} with one more check-in of {@code kr-1}, on
   * the last day of its period.
   *
   * @param value  the value checked in, not null
   * @return the new version of the objective, not null
   */
  public Objective checkedIn(BigDecimal value) {
    Objective objective = plan.objectives().get(checkInTarget);
    return objective.checkIn(KeyResultId.of("kr-1"),
        CheckIn.of(objective.period().end(), value));
  }

  @Override
  public String toString() {
    return "Workload[" + plan.size() + " objectives, as of " + asOf + "]";
  }
}
