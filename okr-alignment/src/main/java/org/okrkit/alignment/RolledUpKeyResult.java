package org.okrkit.alignment;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.scoring.Score;

/**
 * One key result of a rolled-up objective: its own score, the children aligned to it, and the
 * value it took in the objective's roll-up (its own score, the children's mean or a blend, or the
 * score of its children's summed values). Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class RolledUpKeyResult {

  RolledUpKeyResult() {}

  static RolledUpKeyResult create(KeyResultId keyResultId, Optional<Score> ownScore, int children,
      Optional<BigDecimal> summedValue, Optional<BigDecimal> progress, Optional<Score> score) {
    return ImmutableRolledUpKeyResult.of(keyResultId, ownScore, children, summedValue, progress,
        score);
  }

  /**
   * Returns the key result's id.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract KeyResultId keyResultId();

  /**
   * Returns the key result's own score from okr-scoring.
   *
   * @return the score, empty when not scored, not null
   */
  @Value.Parameter
  public abstract Optional<Score> ownScore();

  /**
   * Returns how many alignment links lead to this key result.
   *
   * @return the count, not negative
   */
  @Value.Parameter
  public abstract int children();

  /**
   * Returns the sum of the children's values, when the key result is summed.
   *
   * @return the sum, empty unless summed, not null
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> summedValue();

  /**
   * Returns the value the key result took in the roll-up, rounded half-even to 32 decimal places.
   *
   * @return the value, empty when neither it nor its children give one, not null
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> progress();

  /**
   * Returns {@link #progress()} scored under the scorer's profile.
   *
   * @return the score, empty when there is no progress, not null
   */
  @Value.Parameter
  public abstract Optional<Score> score();

  /** Returns the id and the rolled-up score, for example {@code kr-1: 1.3333 (grade 1.3, GREEN)}. */
  @Override
  public String toString() {
    return keyResultId() + ": " + score().map(Score::toString).orElse("not scored");
  }
}
