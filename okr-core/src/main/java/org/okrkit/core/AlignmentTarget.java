package org.okrkit.core;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;

/**
 * What an {@link Alignment} link points at: a parent objective, or one key result of a parent
 * objective. Each target is a parent of its own: contribution weights are summed per target, so
 * links to an objective and links to one of its key results are summed apart, and an objective
 * aligns to any one target at most once. Immutable and thread-safe.
 *
 * <p>Two targets are equal when they name the same objective and the same key result, or both no
 * key result. Compare targets, never their text: identifiers may contain {@code /}, so {@code
 * toString()} is for people only.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class AlignmentTarget {

  AlignmentTarget() {}

  /**
   * Obtains the target that is a whole objective.
   *
   * @param objective  the parent objective, not null
   * @return the target, not null
   */
  public static AlignmentTarget of(ObjectiveId objective) {
    Objects.requireNonNull(objective, "objective");
    return ImmutableAlignmentTarget.of(objective, Optional.empty());
  }

  /**
   * Obtains the target that is one key result of a parent objective.
   *
   * @param objective  the objective the key result belongs to, not null
   * @param keyResult  the parent key result, not null
   * @return the target, not null
   */
  public static AlignmentTarget of(ObjectiveId objective, KeyResultId keyResult) {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(keyResult, "keyResult");
    return ImmutableAlignmentTarget.of(objective, Optional.of(keyResult));
  }

  /**
   * Returns the parent objective, or the objective that holds the parent key result.
   *
   * @return the objective's id, not null
   */
  @Value.Parameter
  public abstract ObjectiveId objective();

  /**
   * Returns the parent key result, if the target is one rather than a whole objective.
   *
   * @return the key result's id, not null
   */
  @Value.Parameter
  public abstract Optional<KeyResultId> keyResult();

  /**
   * Tells whether the target is a key result rather than a whole objective.
   *
   * @return true if {@link #keyResult()} is present
   */
  public boolean isKeyResult() {
    return keyResult().isPresent();
  }

  /** Returns the target as text, for example {@code sales-2026} or {@code sales-2026/kr-2}. */
  @Override
  public String toString() {
    return objective() + keyResult().map(kr -> "/" + kr).orElse("");
  }
}
