package org.okrkit.alignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Objective;
import org.okrkit.core.Status;
import org.okrkit.core.internal.ChunkedArray;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.scoring.Scorer;

/**
 * A plan's progress rolled up its alignment links as of a date: for each objective its own score,
 * its rolled-up progress and an explanation (see {@link RollUp} for the formulas). Obtain one from
 * {@link RollUp#of(AlignmentIndex, Scorer, LocalDate, RollUpPolicy)}.
 *
 * <p><b>Incremental.</b> {@link #withObjective(Objective)} takes a new version of one objective
 * (after a check-in, say), re-scores it and re-rolls only its ancestors, in the same topological
 * order, stopping where nothing changed. Each slot's children's sums are exact, so adding one
 * link's difference gives exactly the sums a full roll-up adds up: the result equals rolling up the
 * changed plan. The new result shares its storage, in chunks of 1,024 objectives or key results,
 * with this one: an update copies the chunks it touches and one array of chunk references, so it
 * costs about the same for 1,000,000 objectives as for 10,000.
 *
 * <p>Progress is stored per objective; {@link #objective(ObjectiveId)} re-scores that objective and
 * renders its explanation when asked for. Immutable and thread-safe.
 */
public final class RolledUpPlan {

  private final RollUpCalculator calculator;
  /** Each objective's position in the roll-up order; shared by every version. */
  private final int[] rank;
  private final ChunkedArray<Objective> objectives;
  private final ChunkedArray<BigDecimal> progress;
  private final ChunkedArray<ContributionValue> values;
  private final ChunkedArray<ContributionSums> wholeSums;
  private final ChunkedArray<ContributionSums> keyResultSums;

  private RolledUpPlan(RollUpCalculator calculator, int[] rank,
      ChunkedArray<Objective> objectives, ChunkedArray<BigDecimal> progress,
      ChunkedArray<ContributionValue> values, ChunkedArray<ContributionSums> wholeSums,
      ChunkedArray<ContributionSums> keyResultSums) {
    this.calculator = calculator;
    this.rank = rank;
    this.objectives = objectives;
    this.progress = progress;
    this.values = values;
    this.wholeSums = wholeSums;
    this.keyResultSums = keyResultSums;
  }

  /** Rolls up every objective in the order given, children before parents. */
  static RolledUpPlan compute(RollUpCalculator calculator, int[] order) {
    AlignmentIndex index = calculator.index;
    int n = index.objectiveCount();
    Objective[] objectives = index.plan().objectives().toArray(new Objective[0]);
    BigDecimal[] progress = new BigDecimal[n];
    ContributionValue[] values = new ContributionValue[n];
    ContributionSums[] whole = new ContributionSums[n];
    ContributionSums[] keyResults = new ContributionSums[index.keyResultCount()];
    int[] rank = new int[n];
    for (int position = 0; position < n; position++) {
      int o = order[position];
      rank[o] = position;
      RollUpCalculator.Outcome outcome =
          calculator.evaluate(o, objectives[o], k -> keyResults[k], whole[o], null);
      progress[o] = outcome.progress();
      values[o] = outcome.value();
      for (int link = index.linkStart(o); link < index.linkEnd(o); link++) {
        int parent = index.linkParent(link);
        int keyResult = index.linkParentKeyResult(link);
        ContributionSums.Contribution contribution =
            calculator.contribution(link, outcome, objectives[parent]);
        if (keyResult == AlignmentIndex.MISSING) {
          whole[parent] = orNone(whole[parent]).plus(contribution);
        } else {
          if (calculator.policyOf(parent).isSummingKeyResults()) {
            calculator.checkSummable(link, objectives[parent], outcome.value());
          }
          keyResults[keyResult] = orNone(keyResults[keyResult]).plus(contribution);
        }
      }
    }
    return new RolledUpPlan(calculator, rank, ChunkedArray.copyOf(objectives),
        ChunkedArray.copyOf(progress), ChunkedArray.copyOf(values),
        ChunkedArray.copyOf(whole), ChunkedArray.copyOf(keyResults));
  }

  private static ContributionSums orNone(ContributionSums sums) {
    return sums == null ? ContributionSums.NONE : sums;
  }

  /**
   * Returns the index of the plan rolled up; it holds the objectives as they were before any
   * {@link #withObjective(Objective)}.
   *
   * @return the index, not null
   */
  public AlignmentIndex index() {
    return calculator.index;
  }

  /**
   * Returns the scorer of own scores and of rolled-up progress.
   *
   * @return the scorer, not null
   */
  public Scorer scorer() {
    return calculator.scorer;
  }

  /**
   * Returns the date rolled up as of.
   *
   * @return the date, not null
   */
  public LocalDate asOf() {
    return calculator.asOf;
  }

  /**
   * Returns the policy of objectives not overridden.
   *
   * @return the policy, not null
   */
  public RollUpPolicy planPolicy() {
    return calculator.planPolicy;
  }

  /**
   * Returns the policy one objective is rolled up by.
   *
   * @param objectiveId  the objective, not null
   * @return the policy, not null
   * @throws OkrException if the objective is not in the plan
   */
  public RollUpPolicy policyOf(ObjectiveId objectiveId) {
    return calculator.policyOf(numberOf(objectiveId));
  }

  /**
   * Returns the number of objectives.
   *
   * @return the count, not negative
   */
  public int size() {
    return objectives.size();
  }

  /**
   * Returns the version of an objective rolled up: the plan's, or the latest given to {@link
   * #withObjective(Objective)}.
   *
   * @param objectiveId  the objective, not null
   * @return the objective, not null
   * @throws OkrException if the objective is not in the plan
   */
  public Objective version(ObjectiveId objectiveId) {
    return objectives.get(numberOf(objectiveId));
  }

  /**
   * Returns an objective's rolled-up progress, from storage: rounded half-even to 32 decimal
   * places, before the profile's floor, cap and rounding.
   *
   * @param objectiveId  the objective, not null
   * @return the progress, empty when neither the objective nor its children give one, not null
   * @throws OkrException if the objective is not in the plan
   */
  public Optional<BigDecimal> progress(ObjectiveId objectiveId) {
    return Optional.ofNullable(progress.get(numberOf(objectiveId)));
  }

  /**
   * Returns an objective's roll-up in full: own score, progress, score, key results and
   * explanation. Costs one scoring of the objective and a pass over its direct children.
   *
   * @param objectiveId  the objective, not null
   * @return the rolled-up objective, not null
   * @throws OkrException if the objective is not in the plan
   */
  public RolledUpObjective objective(ObjectiveId objectiveId) {
    int o = numberOf(objectiveId);
    AlignmentIndex index = calculator.index;
    Objective objective = objectives.get(o);
    RollUpCalculator.Record record = new RollUpCalculator.Record();
    RollUpPolicy policy = calculator.policyOf(o);
    for (int position = index.incomingStart(o); position < index.incomingEnd(o); position++) {
      int link = index.incomingLink(position);
      int child = index.linkChild(link);
      BigDecimal childProgress = progress.get(child);
      ContributionValue value = values.get(child);
      record.inputs.put("child " + index.objectiveId(child) + " -> " + index.link(link).target(),
          "weight " + index.link(link).weight().toPlainString() + ", progress "
              + (childProgress == null ? "none" : childProgress.toPlainString())
              + (value == null ? "" : ", values " + value)
              + (objectives.get(child).status() == Status.CANCELLED
                  ? ", cancelled: gives its parents nothing" : ""));
    }
    RollUpCalculator.Outcome outcome = calculator.evaluate(o, objective,
        keyResultSums::get, wholeSums.get(o), record);
    Optional<BigDecimal> rolled = Optional.ofNullable(outcome.progress());
    RollUpExplanation explanation = RollUpExplanation.builder()
        .subject("objective " + objectiveId + " as of " + calculator.asOf)
        .policy(policy.toString())
        .formula(formula(policy))
        .putAllInputs(record.inputs)
        .putAllIntermediates(record.intermediates)
        .rounding(RollUp.rounding(calculator.scorer))
        .result(rolled.map(p -> calculator.scorer.profile().score(p).toString())
            .orElse("not scored"))
        .build();
    return RolledUpObjective.create(objectiveId, policy, record.own.score(), rolled,
        rolled.map(calculator.scorer.profile()::score), record.keyResults.build(), explanation);
  }

  private static String formula(RollUpPolicy policy) {
    if (policy.isOwnOnly()) {
      return "R = own score";
    }
    String b = policy.childrenShare().toPlainString();
    String keyResult = policy.isSummingKeyResults()
        ? "v_i = score of V_i (sum of the values of the children's metric key results) against"
            + " key result i's measure, for key results with children"
        : "v_i = s_i × (1 − " + b + ") + m_i × " + b + ", m_i = Σ w × R / Σ w over the children"
            + " of key result i, for key results with children";
    return keyResult + "; v_i = s_i otherwise; K = the profile's aggregation of v_i (the own"
        + " score when no v_i comes from children); R = K × (1 − " + b + ") + C × " + b
        + ", C = Σ w × R / Σ w over the children of the whole objective; R = K without them";
  }

  /**
   * Returns the roll-up with a new version of one objective, for example after a check-in: the
   * objective is re-scored and only its ancestors are re-rolled. The result equals {@link
   * RollUp#of(AlignmentIndex, Scorer, LocalDate, RollUpPolicy, java.util.Map) rolling up} the plan
   * with that version. This roll-up is unchanged.
   *
   * @param changed  the new version, with the same id, the same alignment links and the same key
   *     results (by id, in order) as the one it replaces, not null
   * @return the new roll-up, sharing storage with this one, not null
   * @throws OkrException if the objective is not in the plan, its links or key results differ (roll
   *     up the changed plan instead), or summing fails as in {@link RollUp}
   */
  public RolledUpPlan withObjective(Objective changed) {
    Objects.requireNonNull(changed, "changed");
    int o = numberOf(changed.id());
    requireSameShape(objectives.get(o), changed);
    AlignmentIndex index = calculator.index;
    ChunkedArray.Editor<Objective> objectiveEditor = objectives.edit();
    ChunkedArray.Editor<BigDecimal> progressEditor = progress.edit();
    ChunkedArray.Editor<ContributionValue> valueEditor = values.edit();
    ChunkedArray.Editor<ContributionSums> wholeEditor = wholeSums.edit();
    ChunkedArray.Editor<ContributionSums> keyResultEditor = keyResultSums.edit();
    objectiveEditor.set(o, changed);
    if (calculator.policyOf(o).isSummingKeyResults()) {
      // Its measures may have changed, so the values summed into it are checked again.
      for (int position = index.incomingStart(o); position < index.incomingEnd(o); position++) {
        int link = index.incomingLink(position);
        if (index.linkParentKeyResult(link) != AlignmentIndex.MISSING) {
          calculator.checkSummable(link, changed, values.get(index.linkChild(link)));
        }
      }
    }
    RankQueue queue = new RankQueue(rank);
    queue.add(o);
    while (!queue.isEmpty()) {
      int x = queue.poll();
      RollUpCalculator.Outcome outcome = calculator.evaluate(x, objectiveEditor.get(x),
          keyResultEditor::get, wholeEditor.get(x), null);
      RollUpCalculator.Outcome old = new RollUpCalculator.Outcome(progressEditor.get(x),
          valueEditor.get(x), objectives.get(x).status() != Status.CANCELLED);
      if (old.equals(outcome)) {
        continue;
      }
      progressEditor.set(x, outcome.progress());
      valueEditor.set(x, outcome.value());
      for (int link = index.linkStart(x); link < index.linkEnd(x); link++) {
        int parent = index.linkParent(link);
        int keyResult = index.linkParentKeyResult(link);
        ContributionSums.Contribution before =
            calculator.contribution(link, old, objectiveEditor.get(parent));
        ContributionSums.Contribution after =
            calculator.contribution(link, outcome, objectiveEditor.get(parent));
        if (keyResult == AlignmentIndex.MISSING) {
          wholeEditor.set(parent, wholeEditor.get(parent).replace(before, after));
        } else {
          if (calculator.policyOf(parent).isSummingKeyResults()) {
            calculator.checkSummable(link, objectiveEditor.get(parent), outcome.value());
          }
          keyResultEditor.set(keyResult, keyResultEditor.get(keyResult).replace(before, after));
        }
        queue.add(parent);
      }
    }
    return new RolledUpPlan(calculator, rank, objectiveEditor.done(), progressEditor.done(),
        valueEditor.done(), wholeEditor.done(), keyResultEditor.done());
  }

  /**
   * The objectives waiting to be re-rolled, lowest rank first, as a binary heap of plain ints. An
   * objective added twice comes out once: equal ranks leave the heap one after the other, so
   * {@link #poll()} skips a repeat of the one it just returned.
   */
  static final class RankQueue {
    private final int[] rank;
    private int[] heap = new int[8];
    private int size;
    private int last = -1;

    RankQueue(int[] rank) {
      this.rank = rank;
    }

    void add(int objective) {
      if (size == heap.length) {
        heap = Arrays.copyOf(heap, 2 * size);
      }
      int at = size++;
      while (at > 0 && rank[heap[(at - 1) >>> 1]] > rank[objective]) {
        heap[at] = heap[(at - 1) >>> 1];
        at = (at - 1) >>> 1;
      }
      heap[at] = objective;
    }

    boolean isEmpty() {
      while (size > 0 && heap[0] == last) {
        removeFirst();
      }
      return size == 0;
    }

    /** Returns the objective of lowest rank not returned yet; call {@link #isEmpty()} first. */
    int poll() {
      last = heap[0];
      removeFirst();
      return last;
    }

    private void removeFirst() {
      int moved = heap[--size];
      int at = 0;
      while (true) {
        int child = 2 * at + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && rank[heap[child + 1]] < rank[heap[child]]) {
          child++;
        }
        if (rank[heap[child]] >= rank[moved]) {
          break;
        }
        heap[at] = heap[child];
        at = child;
      }
      heap[at] = moved;
    }
  }

  private static void requireSameShape(Objective current, Objective changed) {
    if (!current.alignments().equals(changed.alignments())) {
      throw new OkrException("changed", changed.id().toString(),
          "has other alignment links than the objective rolled up; roll up the changed plan"
              + " with RollUp.of instead");
    }
    List<KeyResult> before = current.keyResults();
    List<KeyResult> after = changed.keyResults();
    boolean same = before.size() == after.size();
    for (int i = 0; same && i < before.size(); i++) {
      same = before.get(i).id().equals(after.get(i).id());
    }
    if (!same) {
      throw new OkrException("changed", changed.id().toString(),
          "has other key results than the objective rolled up; roll up the changed plan with"
              + " RollUp.of instead");
    }
  }

  private int numberOf(ObjectiveId objectiveId) {
    int number = calculator.index.objectiveNumber(Objects.requireNonNull(objectiveId,
        "objectiveId"));
    if (number == AlignmentIndex.MISSING) {
      throw new OkrException("objectiveId", objectiveId.toString(), "is not in the rolled-up plan");
    }
    return number;
  }

  /** Returns the size, date and plan policy, for example {@code RolledUpPlan[3 objectives, ...]}. */
  @Override
  public String toString() {
    return "RolledUpPlan[" + size() + " objectives as of " + asOf() + ", " + planPolicy()
        + (calculator.overrides.isEmpty() ? "" : ", " + calculator.overrides.size()
            + " overridden") + "]";
  }
}
