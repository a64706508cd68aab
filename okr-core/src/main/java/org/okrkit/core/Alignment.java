package org.okrkit.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * A link from an objective up to what it supports: a parent objective, or one key result of a
 * parent objective, with the share of the parent it contributes ({@link #weight()}, above 0 and at
 * most 1). An objective may have several such parents. Immutable and thread-safe.
 *
 * <p>The link names its {@link #target() target} by id only; whether the parent exists, is of a
 * higher level and covers the child's period is a question about the whole {@link Plan}, whose
 * rules {@link CascadeRule} names, for okrkit's alignment module.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Alignment {

  Alignment() {}

  /**
   * Obtains a link to a parent objective with weight 1.
   *
   * @param parent  the parent objective, not null
   * @return the link, not null
   */
  public static Alignment toObjective(ObjectiveId parent) {
    return toObjective(parent, BigDecimal.ONE);
  }

  /**
   * Obtains a link to a parent objective.
   *
   * @param parent  the parent objective, not null
   * @param weight  the share of the parent this objective contributes, above 0 and at most 1
   * @return the link, not null
   * @throws OkrException if the weight is out of range
   */
  public static Alignment toObjective(ObjectiveId parent, BigDecimal weight) {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(weight, "weight");
    return ImmutableAlignment.of(parent, Optional.empty(), Decimals.canonical("weight", weight));
  }

  /**
   * Obtains a link to a target, a parent objective or one of its key results.
   *
   * @param target  the parent objective or key result, not null
   * @param weight  the share of the target this objective contributes, above 0 and at most 1
   * @return the link, not null
   * @throws OkrException if the weight is out of range
   */
  public static Alignment to(AlignmentTarget target, BigDecimal weight) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(weight, "weight");
    return ImmutableAlignment.of(target.objective(), target.keyResult(),
        Decimals.canonical("weight", weight));
  }

  /**
   * Obtains a link to a parent objective with a weight given as a double, taken in its shortest decimal form.
   *
   * @param parent  the parent objective, not null
   * @param weight  the share of the parent this objective contributes, above 0 and at most 1
   * @return the link, not null
   * @throws OkrException if the weight is NaN, infinite or out of range
   */
  public static Alignment toObjective(ObjectiveId parent, double weight) {
    return toObjective(parent, Require.finite("weight", weight));
  }

  /**
   * Obtains a link to a key result of a parent objective with weight 1.
   *
   * @param parent  the objective the key result belongs to, not null
   * @param keyResult  the parent key result, not null
   * @return the link, not null
   */
  public static Alignment toKeyResult(ObjectiveId parent, KeyResultId keyResult) {
    return toKeyResult(parent, keyResult, BigDecimal.ONE);
  }

  /**
   * Obtains a link to a key result of a parent objective.
   *
   * @param parent  the objective the key result belongs to, not null
   * @param keyResult  the parent key result, not null
   * @param weight  the share of the parent key result this objective contributes, above 0 and at
   *     most 1
   * @return the link, not null
   * @throws OkrException if the weight is out of range
   */
  public static Alignment toKeyResult(
      ObjectiveId parent, KeyResultId keyResult, BigDecimal weight) {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(weight, "weight");
    return ImmutableAlignment.of(parent, Optional.of(keyResult), Decimals.canonical("weight", weight));
  }

  /**
   * Obtains a link to a key result of a parent objective with a weight given as a double, taken in its shortest decimal form.
   *
   * @param parent  the objective the key result belongs to, not null
   * @param keyResult  the parent key result, not null
   * @param weight  the share of the parent key result this objective contributes, above 0 and at most 1
   * @return the link, not null
   * @throws OkrException if the weight is NaN, infinite or out of range
   */
  public static Alignment toKeyResult(ObjectiveId parent, KeyResultId keyResult, double weight) {
    return toKeyResult(parent, keyResult, Require.finite("weight", weight));
  }

  /**
   * Returns the parent objective, or the objective that holds the parent key result.
   *
   * @return the parent objective's id, not null
   */
  @Value.Parameter
  public abstract ObjectiveId parentObjective();

  /**
   * Returns the parent key result, if the link points at one rather than at a whole objective.
   *
   * @return the parent key result's id, not null
   */
  @Value.Parameter
  public abstract Optional<KeyResultId> parentKeyResult();

  /**
   * Returns the share of the parent this objective contributes, above 0 and at most 1.
   *
   * @return the weight, not null
   */
  @Value.Parameter
  public abstract BigDecimal weight();

  @Value.Check
  void check() {
    if (weight().signum() <= 0 || weight().compareTo(BigDecimal.ONE) > 0) {
      throw new OkrException("weight", weight().toPlainString(),
          "a contribution weight must be above 0 and at most 1");
    }
  }

  /**
   * Tells whether the link points at a key result rather than a whole objective.
   *
   * @return true if {@link #parentKeyResult()} is present
   */
  public boolean isToKeyResult() {
    return parentKeyResult().isPresent();
  }

  /**
   * Returns what the link points at: the parent objective, or the parent key result with its
   * objective. Weights into one target are summed, and an objective links to a target at most
   * once.
   *
   * @return the target, not null
   */
  public AlignmentTarget target() {
    return parentKeyResult()
        .map(keyResult -> AlignmentTarget.of(parentObjective(), keyResult))
        .orElseGet(() -> AlignmentTarget.of(parentObjective()));
  }

  /** Returns the link as text, for example {@code -> sales-2026/kr-2 ×0.5}. */
  @Override
  public String toString() {
    return "-> " + target() + " ×" + weight().toPlainString();
  }
}
