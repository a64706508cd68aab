package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Direction;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Measure;
import org.okrkit.core.Metric;
import org.okrkit.core.NumericValue;
import org.okrkit.core.Objective;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.OkrException;
import org.okrkit.core.Period;
import org.okrkit.scoring.Fraction;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.MissingValues;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Score;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;

/**
 * Rolls up one objective from its own score and the sums its children left in its slots; the
 * formulas are stated on {@link RollUp}. Shared by the full roll-up and the incremental update, so
 * both compute every objective the same way.
 */
final class RollUpCalculator {

  final AlignmentIndex index;
  final Scorer scorer;
  final LocalDate asOf;
  final RollUpPolicy planPolicy;
  /** Overrides by objective number; few, so a map. */
  final Map<Integer, RollUpPolicy> overrides;
  private final ScoringProfile profile;
  private final boolean skipMissing;

  RollUpCalculator(AlignmentIndex index, Scorer scorer, LocalDate asOf, RollUpPolicy planPolicy,
      Map<Integer, RollUpPolicy> overrides) {
    this.index = index;
    this.scorer = scorer;
    this.asOf = asOf;
    this.planPolicy = planPolicy;
    this.overrides = overrides;
    this.profile = scorer.profile();
    this.skipMissing = profile.missingValues() == MissingValues.SKIP;
  }

  RollUpPolicy policyOf(int objective) {
    RollUpPolicy policy = overrides.get(objective);
    return policy == null ? planPolicy : policy;
  }

  /** What one objective gives its parents: its progress, and its value for summed key results. */
  record Outcome(@Nullable BigDecimal progress, @Nullable ContributionValue value) {}

  /** One link's contribution to its slot, for a child's outcome. */
  ContributionSums.Contribution contribution(int link, Outcome outcome) {
    BigDecimal weight = index.link(link).weight();
    BigDecimal progress = outcome.progress();
    BigDecimal value = outcome.value() == null ? BigDecimal.ZERO : outcome.value().total();
    if (progress == null) {
      return new ContributionSums.Contribution(BigDecimal.ZERO,
          skipMissing ? BigDecimal.ZERO : weight, value);
    }
    return new ContributionSums.Contribution(weight.multiply(progress), weight, value);
  }

  /** Collects the explanation while an objective is rolled up; absent when nobody asked. */
  static final class Record {
    final Map<String, String> inputs = new LinkedHashMap<>();
    final Map<String, String> intermediates = new LinkedHashMap<>();
    final ImmutableList.Builder<RolledUpKeyResult> keyResults = ImmutableList.builder();
    @Nullable ObjectiveScore own;
  }

  /**
   * Rolls up objective {@code o}, in its version {@code objective}, from the sums in its slots.
   *
   * @throws OkrException if a summed key result is not a metric or its children mix units or
   *     directions
   */
  Outcome evaluate(int o, Objective objective, IntFunction<ContributionSums> keyResultSums,
      @Nullable ContributionSums wholeSums, @Nullable Record record) {
    RollUpPolicy policy = policyOf(o);
    ObjectiveScore own = scorer.score(objective, asOf);
    Fraction ownExact = own.score().map(Score::exact).orElse(null);
    BigDecimal share = policy.childrenShare();
    int start = index.keyResultStart(o);
    List<KeyResult> keyResults = objective.keyResults();
    int count = keyResults.size();
    Fraction[] values = new Fraction[count];
    BigDecimal[] summed = new BigDecimal[count];
    boolean replaced = false;
    if (record != null) {
      record.own = own;
      record.inputs.put("policy", policy.toString());
      record.inputs.put("own score", ownExact == null ? "not scored" : ownExact.toString());
    }
    for (int i = 0; i < count; i++) {
      KeyResultScore keyResultScore = own.keyResults().get(i);
      Fraction ownValue = keyResultScore.score().map(Score::exact).orElse(null);
      values[i] = ownValue;
      ContributionSums sums = policy.isOwnOnly() ? null : keyResultSums.apply(start + i);
      String id = keyResults.get(i).id().toString();
      if (record != null) {
        record.inputs.put("key result " + id, "own " + (ownValue == null ? "not scored" : ownValue)
            + ", weight " + keyResultScore.weight().toPlainString());
      }
      if (sums == null || sums.links() == 0) {
        continue;
      }
      if (policy.isSummingKeyResults()) {
        Optional<Fraction> sum = summedScore(objective, keyResults.get(i), sums.value());
        if (sum.isPresent()) {
          values[i] = sum.get();
          summed[i] = sums.value();
          replaced = true;
          if (record != null) {
            record.intermediates.put(id + " summed value", plain(sums.value()));
            record.intermediates.put(id + " scored against its measure", sum.get().toString());
          }
        }
      } else if (sums.weight().signum() > 0) {
        BigDecimal mean = ContributionMath.mean(sums.weighted(), sums.weight());
        values[i] = blend(ownValue, mean, share);
        replaced = true;
        if (record != null) {
          record.intermediates.put(id + " children's mean", plain(sums.weighted())
              + " / " + plain(sums.weight()) + " = " + mean.toPlainString());
          record.intermediates.put(id + " value", values[i].toString());
        }
      }
    }
    Fraction keyResultPart = replaced ? aggregate(values, own) : ownExact;
    if (record != null && replaced) {
      record.intermediates.put("key results' " + profile.aggregation().name().toLowerCase(
          java.util.Locale.ROOT).replace('_', ' '), keyResultPart == null ? "none counted"
          : keyResultPart.toString());
    }
    Fraction progress = keyResultPart;
    if (!policy.isOwnOnly() && wholeSums != null && wholeSums.weight().signum() > 0) {
      BigDecimal mean = ContributionMath.mean(wholeSums.weighted(), wholeSums.weight());
      progress = blend(keyResultPart, mean, share);
      if (record != null) {
        record.intermediates.put("children of the whole objective, mean",
            plain(wholeSums.weighted()) + " / " + plain(wholeSums.weight())
                + " = " + mean.toPlainString());
      }
    }
    BigDecimal rounded = progress == null ? null : ContributionMath.round(progress);
    if (record != null) {
      for (int i = 0; i < count; i++) {
        BigDecimal value = values[i] == null ? null : ContributionMath.round(values[i]);
        ContributionSums sums = keyResultSums.apply(start + i);
        record.keyResults.add(RolledUpKeyResult.create(keyResults.get(i).id(),
            own.keyResults().get(i).score(), sums == null ? 0 : sums.links(),
            Optional.ofNullable(summed[i]), Optional.ofNullable(value),
            Optional.ofNullable(value).map(profile::score)));
      }
      record.intermediates.put("rolled-up progress",
          progress == null ? "none" : progress + " ≈ " + rounded.toPlainString());
    }
    return new Outcome(rounded, needsValue(o) ? valueOf(o, own, summed) : null);
  }

  /**
   * Shows an exact sum in canonical form: a sum kept up to date by differences may carry trailing
   * zeros that the same sum added up anew does not, and an explanation must not depend on that.
   */
  private static String plain(BigDecimal sum) {
    return Decimals.canonical(sum).toPlainString();
  }

  /** {@code own × (1 − share) + children × share}; a missing own value counts by the profile. */
  private Fraction blend(@Nullable Fraction own, BigDecimal children, BigDecimal share) {
    Fraction fromChildren = Fraction.of(children).multiply(share);
    if (own == null) {
      return skipMissing ? Fraction.of(children) : fromChildren;
    }
    return own.multiply(BigDecimal.ONE.subtract(share)).add(fromChildren);
  }

  /**
   * The profile's objective aggregation over the key results' values (null: not scored), by
   * okr-scoring's own aggregation, so the roll-up sums an objective exactly as scoring does.
   */
  private @Nullable Fraction aggregate(Fraction[] values, ObjectiveScore own) {
    List<Optional<Fraction>> scores = new ArrayList<>(values.length);
    List<BigDecimal> weights = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      scores.add(Optional.ofNullable(values[i]));
      weights.add(own.keyResults().get(i).weight());
    }
    return profile.aggregate(scores, weights).orElse(null);
  }

  /**
   * Scores a key result on the sum of its children's values, through the scorer: one check-in of
   * the sum on the last date that counts. Empty before the period starts, when nothing is summed.
   */
  private Optional<Fraction> summedScore(Objective objective, KeyResult keyResult,
      BigDecimal sum) {
    Period period = objective.period();
    LocalDate last = asOf.isAfter(period.lastCheckInDate()) ? period.lastCheckInDate() : asOf;
    if (last.isBefore(period.start())) {
      return Optional.empty();
    }
    requireMetric(objective, keyResult);
    KeyResult onSum = KeyResult.builder().from(keyResult).kpi(Optional.empty())
        .checkIns(List.of(CheckIn.of(last, sum))).build();
    return scorer.score(onSum, period, asOf).score().map(Score::exact);
  }

  private Metric requireMetric(Objective objective, KeyResult keyResult) {
    Measure measure = keyResult.measureAsOf(asOf);
    if (!(measure instanceof Metric)) {
      throw new OkrException("keyResult", objective.id() + "/" + keyResult.id(),
          "is summed from its children but its measure is a " + measure.kind()
              + "; only a metric can be summed: override the objective's policy or change the"
              + " measure");
    }
    return (Metric) measure;
  }

  /** Whether some link of {@code o} leads to a key result of a summing parent. */
  private boolean needsValue(int o) {
    for (int link = index.linkStart(o); link < index.linkEnd(o); link++) {
      if (index.linkParentKeyResult(link) != AlignmentIndex.MISSING
          && policyOf(index.linkParent(link)).isSummingKeyResults()) {
        return true;
      }
    }
    return false;
  }

  /** The sum of {@code o}'s metric key results' values: summed ones' sums, others' latest. */
  private ContributionValue valueOf(int o, ObjectiveScore own, BigDecimal[] summed) {
    BigDecimal total = BigDecimal.ZERO;
    org.okrkit.core.KeyResultId first = null;
    String unit = null;
    Direction direction = null;
    for (int i = 0; i < summed.length; i++) {
      KeyResultScore score = own.keyResults().get(i);
      if (!(score.measure() instanceof Metric metric)) {
        continue;
      }
      if (first == null) {
        first = score.keyResultId();
        unit = metric.unit();
        direction = metric.direction();
      } else if (!metric.unit().equals(unit) || metric.direction() != direction) {
        return new ContributionValue(total, first, unit, direction, score.keyResultId(),
            metric.unit(), metric.direction());
      }
      if (summed[i] != null) {
        total = total.add(summed[i]);
      } else if (score.assessment().isPresent()
          && score.assessment().get().input() instanceof NumericValue numeric) {
        total = total.add(numeric.value());
      }
    }
    return new ContributionValue(total, first, unit, direction, null, null, null);
  }

  /**
   * Checks that a child's value fits a summed key result: same unit, same direction.
   *
   * @throws OkrException naming both units, or both directions, and both key results
   */
  void checkSummable(int link, Objective parent, @Nullable ContributionValue value) {
    if (value == null || value.first() == null) {
      return;
    }
    int parentKeyResult = index.linkParentKeyResult(link);
    KeyResult keyResult = parent.keyResults().get(parentKeyResult - index.keyResultStart(
        index.linkParent(link)));
    Metric metric = requireMetric(parent, keyResult);
    String child = index.objectiveId(index.linkChild(link)).toString();
    String parentName = parent.id() + "/" + keyResult.id();
    check(parentName, metric, child + "/" + value.first(), value.unit(), value.direction());
    if (value.other() != null) {
      check(parentName, metric, child + "/" + value.other(), value.otherUnit(),
          value.otherDirection());
    }
  }

  private static void check(String parentName, Metric metric, String childName,
      @Nullable String unit, @Nullable Direction direction) {
    if (!metric.unit().equals(unit)) {
      throw new OkrException("unit", "\"" + unit + "\"",
          "key result " + childName + " is in \"" + unit + "\" but the key result " + parentName
              + " it is summed into is in \"" + metric.unit() + "\": mixed units cannot be"
              + " summed; align it to the objective instead, or use a policy that does not sum");
    }
    if (metric.direction() != direction) {
      throw new OkrException("direction", String.valueOf(direction),
          "key result " + childName + " goes in direction " + direction + " but the key result "
              + parentName + " it is summed into goes in direction " + metric.direction()
              + ": more progress below would lower the sum's progress");
    }
  }
}
