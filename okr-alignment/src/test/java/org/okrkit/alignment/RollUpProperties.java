package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Direction;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Metric;
import org.okrkit.core.NumericValue;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Plan;
import org.okrkit.core.Status;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.MissingValues;
import org.okrkit.scoring.ObjectiveAggregation;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Score;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;
import org.okrkit.testkit.Plans;

class RollUpProperties {

  @Provide
  Arbitrary<Plan> plans() {
    return Plans.plans();
  }

  @Provide
  Arbitrary<RollUpPolicy> policies() {
    return Arbitraries.of(RollUpPolicy.ownOnly(), RollUpPolicy.childrenOnly(),
        RollUpPolicy.blended(new BigDecimal("0.3")), RollUpPolicy.blended(new BigDecimal("0.5")));
  }

  @Provide
  Arbitrary<ScoringProfile> profiles() {
    return Arbitraries.of(ScoringProfile.google(), ScoringProfile.quantive(),
        ScoringProfile.vivaGoals(), ScoringProfile.builder().name("skip-weakest")
            .missingValues(MissingValues.SKIP).aggregation(ObjectiveAggregation.WEAKEST).build());
  }

  /** A date inside the plan: the end of its first objective's period, where check-ins lie. */
  private static LocalDate asOf(Plan plan) {
    return plan.objectives().get(0).period().end();
  }

  private static RolledUpPlan rollUp(Plan plan, ScoringProfile profile, RollUpPolicy policy) {
    return RollUp.of(AlignmentIndex.of(plan), Scorer.of(profile).withKpisOf(plan), asOf(plan),
        policy);
  }

  @Property
  void neverDoubleCounts_agreesWithAStraightforwardComputation(@ForAll("plans") Plan plan,
      @ForAll("policies") RollUpPolicy policy) {
    // Google's weighted mean, unscored key results as 0: the reference below states exactly that.
    Scorer scorer = Scorer.of(ScoringProfile.google()).withKpisOf(plan);
    RolledUpPlan rolled = RollUp.of(AlignmentIndex.of(plan), scorer, asOf(plan), policy);
    Map<ObjectiveId, BigDecimal> expected = reference(plan, scorer, asOf(plan), policy);
    for (Objective objective : plan.objectives()) {
      assertEquals(Optional.ofNullable(expected.get(objective.id())),
          rolled.progress(objective.id()), objective.id().toString());
    }
  }

  @Property
  void independentOfThePlansOrder(@ForAll("plans") Plan plan,
      @ForAll("policies") RollUpPolicy policy, @ForAll("profiles") ScoringProfile profile,
      @ForAll long seed) {
    List<Objective> shuffled = new ArrayList<>(plan.objectives());
    Collections.shuffle(shuffled, new Random(seed));
    Plan reordered = plan.withObjectives(shuffled);
    RolledUpPlan rolled = rollUp(plan, profile, policy);
    RolledUpPlan other = RollUp.of(AlignmentIndex.of(reordered),
        Scorer.of(profile).withKpisOf(plan), asOf(plan), policy);
    for (Objective objective : plan.objectives()) {
      assertEquals(rolled.progress(objective.id()), other.progress(objective.id()));
      assertEquals(rolled.objective(objective.id()), other.objective(objective.id()));
    }
  }

  @Property
  void monotone_moreProgressBelowNeverLowersAnythingAbove(@ForAll("plans") Plan plan,
      @ForAll("policies") RollUpPolicy policy, @ForAll("profiles") ScoringProfile profile,
      @ForAll long seed) {
    Optional<Objective> raised = raiseOneKeyResult(plan, asOf(plan), new Random(seed));
    Assume.that(raised.isPresent());
    RolledUpPlan before = rollUp(plan, profile, policy);
    RolledUpPlan after = rollUp(plan.with(raised.get()), profile, policy);
    for (Objective objective : plan.objectives()) {
      Optional<BigDecimal> was = before.progress(objective.id());
      Optional<BigDecimal> now = after.progress(objective.id());
      assertEquals(was.isPresent(), now.isPresent());
      was.ifPresent(value -> assertTrue(now.get().compareTo(value) >= 0,
          objective.id() + " fell from " + value + " to " + now.get()));
    }
  }

  @Property
  void incrementalUpdate_equalsAFullRecompute(@ForAll("plans") Plan plan,
      @ForAll("policies") RollUpPolicy policy, @ForAll("profiles") ScoringProfile profile,
      @ForAll long seed) {
    Optional<Objective> raised = raiseOneKeyResult(plan, asOf(plan), new Random(seed));
    Assume.that(raised.isPresent());
    RolledUpPlan rolled = rollUp(plan, profile, policy);
    RolledUpPlan updated = rolled.withObjective(raised.get());
    RolledUpPlan full = rollUp(plan.with(raised.get()), profile, policy);
    RolledUpPlan again = rollUp(plan, profile, policy);
    for (Objective objective : plan.objectives()) {
      assertEquals(full.progress(objective.id()), updated.progress(objective.id()));
      assertEquals(full.objective(objective.id()), updated.objective(objective.id()));
      // the old roll-up is untouched
      assertEquals(again.progress(objective.id()), rolled.progress(objective.id()));
    }
  }

  @Property(tries = 50)
  void incrementalUpdates_inSequence_equalAFullRecompute(@ForAll("plans") Plan plan,
      @ForAll("policies") RollUpPolicy policy, @ForAll("profiles") ScoringProfile profile,
      @ForAll long seed) {
    Random random = new Random(seed);
    RolledUpPlan rolled = rollUp(plan, profile, policy);
    Plan changed = plan;
    for (int step = 0; step < 5; step++) {
      Optional<Objective> raised = raiseOneKeyResult(changed, asOf(plan), random);
      if (raised.isEmpty()) {
        break;
      }
      changed = changed.with(raised.get());
      rolled = rolled.withObjective(raised.get());
    }
    RolledUpPlan full = rollUp(changed, profile, policy);
    for (Objective objective : plan.objectives()) {
      assertEquals(full.progress(objective.id()), rolled.progress(objective.id()));
      assertEquals(changed.objective(objective.id()), rolled.version(objective.id()));
    }
  }

  /**
   * Moves one metric key result's latest check-in (on or before the date) further toward its
   * target by the metric's span, on the same date, so its progress rises and the history stays
   * valid.
   */
  static Optional<Objective> raiseOneKeyResult(Plan plan, LocalDate asOf, Random random) {
    List<Objective> objectives = new ArrayList<>(plan.objectives());
    Collections.shuffle(objectives, random);
    for (Objective objective : objectives) {
      List<KeyResult> keyResults = objective.keyResults();
      for (int i = 0; i < keyResults.size(); i++) {
        KeyResult keyResult = keyResults.get(i);
        if (keyResult.kpi().isPresent() || !keyResult.adjustments().isEmpty()
            || !(keyResult.measure() instanceof Metric metric)) {
          continue;
        }
        Optional<CheckIn> latest = keyResult.checkInAsOf(asOf);
        if (latest.isEmpty() || !(latest.get().value() instanceof NumericValue numeric)) {
          continue;
        }
        BigDecimal span = metric.target().subtract(metric.start()).abs();
        BigDecimal better = metric.direction() == Direction.INCREASE
            ? numeric.value().add(span) : numeric.value().subtract(span);
        List<CheckIn> checkIns = new ArrayList<>(keyResult.checkIns());
        checkIns.set(checkIns.indexOf(latest.get()),
            CheckIn.builder().from(latest.get()).value(
                org.okrkit.core.CheckInValue.of(better)).build());
        KeyResult changed = KeyResult.builder().from(keyResult).checkIns(checkIns).build();
        List<KeyResult> changedKeyResults = new ArrayList<>(keyResults);
        changedKeyResults.set(i, changed);
        return Optional.of(Objective.builder().from(objective).keyResults(changedKeyResults)
            .build());
      }
    }
    return Optional.empty();
  }

  // -------------------------------------------------------------------------------------------
  // The reference: the formulas of RollUp written out naively, on exact rationals of its own, by
  // repeated passes over the plan and a scan of every link for each objective.

  private record Q(BigInteger n, BigInteger d) {
    static Q of(BigDecimal value) {
      return value.scale() >= 0
          ? new Q(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
          : new Q(value.toBigIntegerExact(), BigInteger.ONE);
    }

    Q plus(Q o) {
      return new Q(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
    }

    Q times(Q o) {
      return new Q(n.multiply(o.n), d.multiply(o.d));
    }

    Q over(Q o) {
      return new Q(n.multiply(o.d), d.multiply(o.n));
    }

    BigDecimal rounded() {
      BigDecimal value = new BigDecimal(n).divide(new BigDecimal(d), 32, RoundingMode.HALF_EVEN);
      return org.okrkit.core.internal.Decimals.canonical(value);
    }
  }

  private static Map<ObjectiveId, BigDecimal> reference(Plan plan, Scorer scorer, LocalDate asOf,
      RollUpPolicy policy) {
    Map<ObjectiveId, Optional<BigDecimal>> done = new HashMap<>();
    Q b = Q.of(policy.childrenShare());
    Q notB = Q.of(BigDecimal.ONE.subtract(policy.childrenShare()));
    while (done.size() < plan.size()) {
      for (Objective objective : plan.objectives()) {
        if (done.containsKey(objective.id())) {
          continue;
        }
        List<Objective> children = new ArrayList<>();
        List<Alignment> links = new ArrayList<>();
        boolean ready = true;
        for (Objective candidate : plan.objectives()) {
          for (Alignment link : candidate.alignments()) {
            // a cancelled child gives its parents nothing (it still has to be rolled up first)
            ready &= candidate.status() != Status.CANCELLED
                || !link.parentObjective().equals(objective.id())
                || done.containsKey(candidate.id());
            if (link.parentObjective().equals(objective.id())
                && candidate.status() != Status.CANCELLED) {
              children.add(candidate);
              links.add(link);
              ready &= done.containsKey(candidate.id());
            }
          }
        }
        if (!ready) {
          continue;
        }
        ObjectiveScore own = scorer.score(objective, asOf);
        if (policy.isOwnOnly()) {
          done.put(objective.id(), own.score().map(s -> Q.of(BigDecimal.ZERO).plus(
              new Q(s.exact().numerator(), s.exact().denominator())).rounded()));
          continue;
        }
        Q weighted = Q.of(BigDecimal.ZERO);
        Q weights = Q.of(BigDecimal.ZERO);
        // before its first history date an objective's own score skips unscored key results
        // (nothing could be checked in yet); a key result fed by children counts them as 0 as usual
        boolean silent = objective.lifecycle().firstHistoryDate()
            .filter(first -> !asOf.isBefore(first)).isEmpty();
        boolean fromChildren = false;
        Q scoredWeighted = Q.of(BigDecimal.ZERO);
        Q scoredWeights = Q.of(BigDecimal.ZERO);
        for (int i = 0; i < objective.keyResults().size(); i++) {
          KeyResultScore keyResult = own.keyResults().get(i);
          Q value = keyResult.score().map(Score::exact)
              .map(f -> new Q(f.numerator(), f.denominator())).orElse(Q.of(BigDecimal.ZERO));
          Q sum = Q.of(BigDecimal.ZERO);
          BigDecimal linkWeights = BigDecimal.ZERO;
          for (int c = 0; c < children.size(); c++) {
            if (links.get(c).parentKeyResult().equals(Optional.of(keyResult.keyResultId()))) {
              BigDecimal progress = done.get(children.get(c).id()).orElse(BigDecimal.ZERO);
              sum = sum.plus(Q.of(links.get(c).weight().multiply(progress)));
              linkWeights = linkWeights.add(links.get(c).weight());
            }
          }
          if (linkWeights.signum() > 0) {
            Q mean = Q.of(sum.over(Q.of(linkWeights)).rounded());
            value = value.times(notB).plus(mean.times(b));
            fromChildren = true;
          }
          weighted = weighted.plus(value.times(Q.of(keyResult.weight())));
          weights = weights.plus(Q.of(keyResult.weight()));
          if (keyResult.score().isPresent()) {
            scoredWeighted = scoredWeighted.plus(value.times(Q.of(keyResult.weight())));
            scoredWeights = scoredWeights.plus(Q.of(keyResult.weight()));
          }
        }
        Q progress = objective.keyResults().isEmpty() ? null
            : !silent || fromChildren ? weighted.over(weights)
            : scoredWeights.n().signum() == 0 ? null : scoredWeighted.over(scoredWeights);
        Q sum = Q.of(BigDecimal.ZERO);
        BigDecimal linkWeights = BigDecimal.ZERO;
        for (int c = 0; c < children.size(); c++) {
          if (links.get(c).parentKeyResult().isEmpty()) {
            BigDecimal childProgress = done.get(children.get(c).id()).orElse(BigDecimal.ZERO);
            sum = sum.plus(Q.of(links.get(c).weight().multiply(childProgress)));
            linkWeights = linkWeights.add(links.get(c).weight());
          }
        }
        if (linkWeights.signum() > 0) {
          Q mean = Q.of(sum.over(Q.of(linkWeights)).rounded());
          progress = progress == null ? mean.times(b) : progress.times(notB).plus(mean.times(b));
        }
        done.put(objective.id(), Optional.ofNullable(progress).map(Q::rounded));
      }
    }
    Map<ObjectiveId, BigDecimal> result = new HashMap<>();
    done.forEach((id, progress) -> progress.ifPresent(p -> result.put(id, p)));
    return result;
  }
}
