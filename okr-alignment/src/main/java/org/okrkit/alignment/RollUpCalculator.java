package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.okrkit.core.Status;
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

  /**
   * What one objective gives its parents: its progress, its values for summed key results, and
   * whether it counts at all (a cancelled objective gives its parents nothing).
   */
  record Outcome(@Nullable BigDecimal progress, @Nullable ContributionValue value,
      boolean counts) {}

  /** One link's contribution to its slot, for a child's outcome, into a parent's version. */
  ContributionSums.Contribution contribution(int link, Outcome outcome, Objective parent) {
    if (!outcome.counts()) {
      return new ContributionSums.Contribution(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
    BigDecimal weight = index.link(link).weight();
    BigDecimal progress = outcome.progress();
    BigDecimal value = BigDecimal.ZERO;
    int parentKeyResult = index.linkParentKeyResult(link);
    if (outcome.value() != null && parentKeyResult != AlignmentIndex.MISSING) {
      Measure measure = parent.keyResults()
          .get(parentKeyResult - index.keyResultStart(index.linkParent(link))).measureAsOf(asOf);
      if (measure instanceof Metric metric) {
        value = outcome.value().total(metric.unit(), metric.direction()).orElse(BigDecimal.ZERO);
      }
    }
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
      // a slot's sums exist once a link adds to them, so they always count at least one link
      if (sums == null) {
        continue;
      }
      if (policy.isSummingKeyResults()) {
        Optional<Fraction> sum = summedScore(objective, keyResults.get(i), sums.value());
        if (sum.isPresent()) {
          values[i] = sum.get();
          // canonical, so a sum kept up to date by differences equals the same sum added anew
          summed[i] = Decimals.canonical(sums.value());
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
    return new Outcome(rounded, needsValue(o) ? valueOf(own, summed) : null,
        objective.status() != Status.CANCELLED);
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
    if (own == null) {
      return skipMissing ? Fraction.of(children)
          : ContributionMath.blend(Fraction.ZERO, children, share);
    }
    return ContributionMath.blend(own, children, share);
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

  /**
   * The sums of an objective's metric key results' values by unit and direction: a summed key
   * result gives its sum, a scored one its latest value, one not scored yet its start; each is
   * clamped at its start in its direction, so a value that moves toward its target never lowers
   * what it adds.
   */
  private static ContributionValue valueOf(ObjectiveScore own, BigDecimal[] summed) {
    Map<String, BigDecimal> totals = new HashMap<>();
    for (int i = 0; i < summed.length; i++) {
      KeyResultScore score = own.keyResults().get(i);
      if (!(score.measure() instanceof Metric metric)) {
        continue;
      }
      BigDecimal value = metric.start();
      if (summed[i] != null) {
        value = summed[i];
      } else if (score.assessment().isPresent()
          && score.assessment().get().input() instanceof NumericValue numeric) {
        value = numeric.value();
      }
      value = metric.direction() == Direction.INCREASE ? value.max(metric.start())
          : value.min(metric.start());
      totals.merge(ContributionValue.key(metric.unit(), metric.direction()), value,
          BigDecimal::add);
    }
    ImmutableSortedMap.Builder<String, BigDecimal> canonical = ImmutableSortedMap.naturalOrder();
    totals.forEach((key, total) -> canonical.put(key, Decimals.canonical(total)));
    return new ContributionValue(canonical.build());
  }

  /**
   * Checks that a child can feed a summed key result: it has metric key results in the summed key
   * result's unit and direction.
   *
   * @throws OkrException naming the summed key result, its unit and direction, and the child
   */
  void checkSummable(int link, Objective parent, @Nullable ContributionValue value) {
    int parentKeyResult = index.linkParentKeyResult(link);
    KeyResult keyResult = parent.keyResults().get(parentKeyResult - index.keyResultStart(
        index.linkParent(link)));
    Metric metric = requireMetric(parent, keyResult);
    if (value == null || value.total(metric.unit(), metric.direction()).isEmpty()) {
      String child = index.objectiveId(index.linkChild(link)).toString();
      throw new OkrException("unit", "\"" + metric.unit() + "\"",
          "objective " + child + " is aligned to " + parent.id() + "/" + keyResult.id()
              + ", which sums its children's key results in \"" + metric.unit() + "\" going "
              + metric.direction() + ", but it has none in that unit and direction (it has "
              + (value == null ? "{}" : value) + "): mixed units cannot be summed; align it to"
              + " the objective instead, or use a policy that does not sum");
    }
  }
}
