package org.okrkit.testkit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.okrkit.core.Alignment;
import org.okrkit.core.Band;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Checklist;
import org.okrkit.core.ChecklistItem;
import org.okrkit.core.Commitment;
import org.okrkit.core.Confidence;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Measure;
import org.okrkit.core.Metric;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.Period;
import org.okrkit.core.PersonId;
import org.okrkit.core.Plan;
import org.okrkit.core.Status;
import org.okrkit.core.Threshold;

/**
 * Generates one valid plan from a spec and a seed, in time linear in the number of objectives.
 *
 * <p>The shape is laid out first on int arrays, breadth first: objectives are numbered in the
 * order they are created, and every objective's parents and dependencies have smaller numbers.
 * That order is the plan's order, so every prefix of a generated plan is itself valid, which is
 * what shrinking relies on. Weights are assigned once all links are known, so the weights into
 * any one parent never sum to more than 1.
 */
final class PlanGenerator {

  static final int MAX_KEY_RESULTS = 3;

  private static final ImmutableList<Level> LEVELS = ImmutableList.copyOf(Level.values());
  private static final ImmutableList<String> VERBS = ImmutableList.of("Grow", "Delight",
      "Simplify", "Launch", "Reduce", "Win", "Secure", "Scale");
  private static final ImmutableList<String> NOUNS = ImmutableList.of("revenue", "onboarding",
      "the platform", "churn", "our customers", "the new market", "reliability", "hiring");
  private static final ImmutableList<String> UNITS =
      ImmutableList.of("%", "leads", "EUR", "ms", "users");

  private final PlanSpec spec;
  private final SplittableRandom random;
  private final Period year;
  private final ImmutableList<Period> quarters;

  private final int[] level;
  private final int[] unit;
  private final int[] periodIndex;
  private final int[] keyResultCount;
  private final Status[] status;
  private final List<int[]> links;
  private final int[] dependency;

  private final List<OrgUnitId> units = new ArrayList<>();
  private final Map<OrgUnitId, OrgUnitId> parentUnits = new LinkedHashMap<>();
  private final Map<Long, Integer> unitByKey = new HashMap<>();
  /** The objectives created so far, by unit, level and period (0 the year, 1 to 4 a quarter). */
  private final Map<Long, List<Integer>> objectivesByUnitLevelAndPeriod = new HashMap<>();
  private final List<List<Integer>> objectivesByLevel = new ArrayList<>();

  PlanGenerator(PlanSpec spec, long seed) {
    this.spec = spec;
    this.random = new SplittableRandom(seed);
    Month firstMonth = random.nextBoolean() ? Month.JANUARY : Month.of(1 + random.nextInt(12));
    this.year = Period.fiscalYear(2020 + random.nextInt(11), firstMonth);
    this.quarters = year.quarters();
    int n = spec.objectives();
    level = new int[n];
    unit = new int[n];
    periodIndex = new int[n];
    keyResultCount = new int[n];
    status = new Status[n];
    links = new ArrayList<>(n);
    dependency = new int[n];
    for (int i = 0; i < LEVELS.size(); i++) {
      objectivesByLevel.add(new ArrayList<>());
    }
  }

  Plan generate() {
    layOut();
    BigDecimal[][] weights = assignWeights();
    ImmutableList.Builder<Objective> objectives =
        ImmutableList.builderWithExpectedSize(spec.objectives());
    for (int i = 0; i < spec.objectives(); i++) {
      objectives.add(build(i, weights[i]));
    }
    return Plan.of(objectives.build(), parentUnits);
  }

  // ---- shape ----

  private void layOut() {
    int n = spec.objectives();
    int created = 0;
    int next = 0;
    int roots = 1 + random.nextInt(3);
    while (created < n) {
      if (next == created || roots > 0) {
        create(created++, -1);
        roots--;
        continue;
      }
      int parent = next++;
      if (level[parent] + 1 >= spec.depth()) {
        continue;
      }
      int children = 1 + random.nextInt(spec.fanOut());
      for (int c = 0; c < children && created < n; c++) {
        create(created++, parent);
      }
    }
  }

  private void create(int i, int parent) {
    if (parent < 0) {
      level[i] = 0;
      unit[i] = unitOf(0, 0, "company", -1);
      periodIndex[i] = 0;
      links.add(new int[0]);
    } else {
      level[i] = level[parent] + 1;
      unit[i] = childUnit(parent);
      periodIndex[i] = periodIndex[parent] == 0 && random.nextInt(3) > 0
          ? 1 + random.nextInt(4)
          : periodIndex[parent];
      links.add(chooseParents(i, parent));
    }
    keyResultCount[i] = 1 + random.nextInt(MAX_KEY_RESULTS);
    status[i] = chooseStatus(links.get(i));
    dependency[i] = chooseDependency(i);
    objectivesByUnitLevelAndPeriod
        .computeIfAbsent(bucketKey(unit[i], level[i], periodIndex[i]), k -> new ArrayList<>())
        .add(i);
    objectivesByLevel.get(level[i]).add(i);
  }

  private int childUnit(int parent) {
    switch (LEVELS.get(level[parent] + 1)) {
      case DEPARTMENT:
        int department = random.nextInt(spec.fanOut());
        return unitOf(1, department, "department-" + (department + 1), unit[parent]);
      case TEAM:
        int team = random.nextInt(spec.fanOut());
        return unitOf(2, unit[parent] * (long) PlanSpec.MAX_FAN_OUT + team,
            units.get(unit[parent]) + "-team-" + (team + 1), unit[parent]);
      default:
        // An individual's objectives are held by their team.
        return unit[parent];
    }
  }

  private int unitOf(int depth, long key, String name, int parentUnit) {
    long fullKey = key * LEVELS.size() + depth;
    Integer known = unitByKey.get(fullKey);
    if (known != null) {
      return known;
    }
    OrgUnitId id = OrgUnitId.of(name);
    units.add(id);
    if (parentUnit >= 0) {
      parentUnits.put(id, units.get(parentUnit));
    }
    unitByKey.put(fullKey, units.size() - 1);
    return units.size() - 1;
  }

  private static long bucketKey(int unitIndex, int levelIndex, int period) {
    return ((long) unitIndex * LEVELS.size() + levelIndex) * 5 + period;
  }

  /**
   * Returns pairs (parent, key result index or -1) flattened; the first parent is the given one.
   *
   * <p>Further parents fit: they are peers of the primary parent (same unit and level), created
   * earlier, and their period holds the child's, which means the year or the child's own
   * quarter. Those are exactly two of the lists kept by unit, level and period, so the child
   * takes consecutive fitting peers from a random place in them, skipping the primary parent.
   * Every child that has a fitting peer is thus given one with the spec's share exactly.
   */
  private int[] chooseParents(int child, int primary) {
    List<Integer> chosen = new ArrayList<>(3);
    chosen.add(primary);
    if (random.nextDouble() < spec.multiParentShare()) {
      List<Integer> annual = bucket(unit[primary], level[primary], 0);
      List<Integer> quarterly = periodIndex[child] == 0
          ? List.of() : bucket(unit[primary], level[primary], periodIndex[child]);
      int fitting = annual.size() + quarterly.size();
      int wanted = 1 + random.nextInt(2);
      int offset = random.nextInt(fitting);
      for (int k = 0; k < fitting && chosen.size() <= wanted; k++) {
        int position = (offset + k) % fitting;
        int candidate = position < annual.size()
            ? annual.get(position) : quarterly.get(position - annual.size());
        if (candidate != primary) {
          chosen.add(candidate);
        }
      }
    }
    int[] result = new int[chosen.size() * 2];
    for (int k = 0; k < chosen.size(); k++) {
      int parent = chosen.get(k);
      result[2 * k] = parent;
      result[2 * k + 1] = random.nextBoolean() ? -1 : random.nextInt(keyResultCount[parent]);
    }
    return result;
  }

  private List<Integer> bucket(int unitIndex, int levelIndex, int period) {
    return objectivesByUnitLevelAndPeriod.getOrDefault(
        bucketKey(unitIndex, levelIndex, period), List.of());
  }

  private Status chooseStatus(int[] parents) {
    int roll = random.nextInt(20);
    Status chosen = roll < 5 ? Status.DRAFT
        : roll < 14 ? Status.ACTIVE
        : roll < 18 ? Status.CLOSED
        : Status.CANCELLED;
    if (chosen == Status.ACTIVE) {
      for (int k = 0; k < parents.length; k += 2) {
        if (status[parents[k]] == Status.CANCELLED) {
          // A cancelled parent takes its active children with it.
          return Status.CANCELLED;
        }
      }
    }
    return chosen;
  }

  private int chooseDependency(int i) {
    List<Integer> peers = objectivesByLevel.get(level[i]);
    if (peers.isEmpty() || random.nextDouble() >= spec.dependencyShare()) {
      return -1;
    }
    // The latest peer continues the chain that peer ends; the spec says how often, and so how
    // long chains grow.
    return random.nextDouble() < spec.latestPeerShare()
        ? peers.get(peers.size() - 1)
        : peers.get(random.nextInt(peers.size()));
  }

  private BigDecimal[][] assignWeights() {
    int n = spec.objectives();
    int slots = MAX_KEY_RESULTS + 1;
    int[] incoming = new int[n * slots];
    for (int i = 0; i < n; i++) {
      int[] parents = links.get(i);
      for (int k = 0; k < parents.length; k += 2) {
        incoming[parents[k] * slots + parents[k + 1] + 1]++;
      }
    }
    BigDecimal[][] weights = new BigDecimal[n][];
    for (int i = 0; i < n; i++) {
      int[] parents = links.get(i);
      weights[i] = new BigDecimal[parents.length / 2];
      for (int k = 0; k < parents.length; k += 2) {
        int siblings = incoming[parents[k] * slots + parents[k + 1] + 1];
        weights[i][k / 2] = weight(siblings);
      }
    }
    return weights;
  }

  /** A weight of at most 1/siblings, so the weights into one parent never exceed 1 in sum. */
  private BigDecimal weight(int siblings) {
    int scale = 2 + Integer.toString(siblings).length();
    BigDecimal share = BigDecimal.ONE.divide(BigDecimal.valueOf(siblings), scale, RoundingMode.DOWN);
    if (random.nextInt(4) == 0) {
      BigDecimal half = share.divide(BigDecimal.valueOf(2), scale + 1, RoundingMode.DOWN);
      return half.signum() > 0 ? half : share;
    }
    return share;
  }

  // ---- objectives ----

  private Objective build(int i, BigDecimal[] weights) {
    Level objectiveLevel = LEVELS.get(level[i]);
    Period period = periodIndex[i] == 0 ? year : quarters.get(periodIndex[i] - 1);
    Objective.Builder objective = Objective.builder()
        .id(idOf(i))
        .title(VERBS.get(random.nextInt(VERBS.size())) + " "
            + NOUNS.get(random.nextInt(NOUNS.size())))
        .level(objectiveLevel)
        .orgUnit(units.get(unit[i]))
        .owner(PersonId.of("person-" + (i + 1)))
        .period(period)
        .commitment(random.nextInt(3) == 0 ? Commitment.COMMITTED : Commitment.ASPIRATIONAL);
    int[] parents = links.get(i);
    for (int k = 0; k < parents.length; k += 2) {
      ObjectiveId parent = idOf(parents[k]);
      objective.addAlignment(parents[k + 1] < 0
          ? Alignment.toObjective(parent, weights[k / 2])
          : Alignment.toKeyResult(parent, keyResultId(parents[k + 1]), weights[k / 2]));
    }
    if (dependency[i] >= 0) {
      objective.addDependsOn(idOf(dependency[i]));
    }
    History history = history(period, status[i]);
    for (int k = 0; k < keyResultCount[i]; k++) {
      objective.addKeyResult(keyResult(k, i, history));
    }
    return objective.lifecycleEvents(history.events).build();
  }

  ObjectiveId idOf(int i) {
    return ObjectiveId.of(
        LEVELS.get(level[i]).name().toLowerCase(java.util.Locale.ROOT) + "-" + (i + 1));
  }

  static KeyResultId keyResultId(int index) {
    return KeyResultId.of("kr-" + (index + 1));
  }

  /** The lifecycle of one objective and the window its check-ins may be dated in. */
  private static final class History {
    final List<LifecycleEvent> events = new ArrayList<>(2);
    LocalDate firstCheckIn;
    LocalDate lastCheckIn;
  }

  private History history(Period period, Status target) {
    History history = new History();
    if (target == Status.DRAFT) {
      return history;
    }
    if (target == Status.CANCELLED && random.nextBoolean()) {
      history.events.add(LifecycleEvent.cancelled(
          period.start().plusDays(random.nextInt(30)), "Priorities changed"));
      return history;
    }
    long length = period.lengthInDays();
    LocalDate activation = period.start().plusDays(random.nextInt(-7, (int) Math.min(21, length)));
    history.events.add(LifecycleEvent.activated(activation));
    LocalDate first = activation.isAfter(period.start()) ? activation : period.start();
    LocalDate last = period.lastCheckInDate();
    if (target == Status.CLOSED || target == Status.CANCELLED) {
      LocalDate ended = target == Status.CLOSED
          ? period.end().plusDays(random.nextInt(Period.CLOSING_GRACE_DAYS + 1))
          : first.plusDays(random.nextInt((int) length));
      if (ended.isBefore(activation)) {
        ended = activation;
      }
      history.events.add(target == Status.CLOSED
          ? LifecycleEvent.closed(ended, "Reviewed at the end of the period")
          : LifecycleEvent.cancelled(ended, "Priorities changed"));
      if (ended.isBefore(last)) {
        last = ended;
      }
    }
    if (!last.isBefore(first)) {
      history.firstCheckIn = first;
      history.lastCheckIn = last;
    }
    return history;
  }

  private KeyResult keyResult(int index, int objective, History history) {
    Measure measure = measure();
    KeyResult.Builder keyResult = KeyResult.builder()
        .id(keyResultId(index))
        .title("Key result " + (index + 1) + " of " + idOf(objective))
        .owner(PersonId.of("person-" + (objective + 1)))
        .measure(measure);
    if (random.nextInt(4) == 0) {
      keyResult.weight(BigDecimal.valueOf(2));
    }
    if (history.firstCheckIn != null) {
      long window = history.lastCheckIn.toEpochDay() - history.firstCheckIn.toEpochDay() + 1;
      int count = random.nextInt(3);
      long previous = -1;
      for (int c = 0; c < count; c++) {
        // Increasing offsets in the window, so dates are distinct and in order.
        long remaining = window - previous - 1;
        if (remaining <= 0) {
          break;
        }
        long offset = previous + 1 + random.nextLong(Math.min(remaining, 45));
        keyResult.addCheckIn(checkIn(history.firstCheckIn.plusDays(offset), measure));
        previous = offset;
      }
    }
    return keyResult.build();
  }

  private Measure measure() {
    String unitName = UNITS.get(random.nextInt(UNITS.size()));
    switch (random.nextInt(5)) {
      case 0:
        int start = random.nextInt(100);
        int target = start + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(100));
        return Metric.of(BigDecimal.valueOf(start), BigDecimal.valueOf(target), unitName);
      case 1:
        return Threshold.of(random.nextBoolean()
            ? Threshold.Comparison.AT_OR_ABOVE : Threshold.Comparison.AT_OR_BELOW,
            BigDecimal.valueOf(random.nextInt(1000), 1), unitName);
      case 2:
        int lower = random.nextInt(100);
        return Band.of(BigDecimal.valueOf(lower), BigDecimal.valueOf(lower + 1 + random.nextInt(50)),
            unitName);
      case 3:
        return Milestone.of();
      default:
        List<ChecklistItem> items = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int k = 0; k < count; k++) {
          items.add(ChecklistItem.of("step-" + (k + 1), BigDecimal.valueOf(1 + random.nextInt(3))));
        }
        return Checklist.of(items);
    }
  }

  private CheckIn checkIn(LocalDate date, Measure measure) {
    CheckInValue value;
    if (measure instanceof Milestone) {
      value = random.nextBoolean() ? CheckInValue.done() : CheckInValue.notDone();
    } else if (measure instanceof Checklist checklist) {
      List<String> done = new ArrayList<>();
      for (String name : checklist.itemNames()) {
        if (random.nextBoolean()) {
          done.add(name);
        }
      }
      value = CheckInValue.itemsDone(done);
    } else {
      value = CheckInValue.of(BigDecimal.valueOf(random.nextInt(2000) - 500, 1));
    }
    CheckIn.Builder checkIn = CheckIn.builder().date(date).value(value);
    if (random.nextBoolean()) {
      checkIn.confidence(Confidence.of(BigDecimal.valueOf(random.nextInt(11), 1)));
    }
    return checkIn.build();
  }
}
