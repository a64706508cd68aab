package org.okrkit.review;

import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.OkrException;

/**
 * Counts that add up over a unit and the units below it: objectives, key results, key results at
 * risk and key results overdue for a check-in. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class AccountabilityTotals {

  private static final AccountabilityTotals ZERO = ImmutableAccountabilityTotals.of(0, 0, 0, 0);

  AccountabilityTotals() {}

  /**
   * Returns the totals of nothing.
   *
   * @return all counts 0, not null
   */
  public static AccountabilityTotals zero() {
    return ZERO;
  }

  /**
   * Obtains totals from their counts.
   *
   * @param objectives  the objectives, not negative
   * @param keyResults  their key results, not negative
   * @param atRisk  the key results at risk, from 0 to keyResults
   * @param overdue  the key results overdue for a check-in, from 0 to keyResults
   * @return the totals, not null
   * @throws OkrException if a count is negative, or more key results are at risk or overdue than
   *     there are
   */
  public static AccountabilityTotals of(int objectives, int keyResults, int atRisk, int overdue) {
    requireCount("objectives", objectives, Integer.MAX_VALUE);
    requireCount("keyResults", keyResults, Integer.MAX_VALUE);
    requireCount("atRisk", atRisk, keyResults);
    requireCount("overdue", overdue, keyResults);
    return ImmutableAccountabilityTotals.of(objectives, keyResults, atRisk, overdue);
  }

  private static void requireCount(String field, int count, int max) {
    if (count < 0 || count > max) {
      throw new OkrException(field, Integer.toString(count),
          "must be from 0 to " + max + (max == Integer.MAX_VALUE ? "" : ", the key results"));
    }
  }

  /**
   * Returns the number of objectives.
   *
   * @return the count, not negative
   */
  @Value.Parameter
  public abstract int objectives();

  /**
   * Returns the number of key results of those objectives.
   *
   * @return the count, not negative
   */
  @Value.Parameter
  public abstract int keyResults();

  /**
   * Returns the number of key results at risk.
   *
   * @return the count, not negative
   */
  @Value.Parameter
  public abstract int atRisk();

  /**
   * Returns the number of key results overdue for a check-in.
   *
   * @return the count, not negative
   */
  @Value.Parameter
  public abstract int overdue();

  /**
   * Returns the sums of these totals and others.
   *
   * @param other  the other totals, not null
   * @return the sums, not null
   * @throws OkrException if a sum exceeds the range of an int
   */
  public AccountabilityTotals plus(AccountabilityTotals other) {
    java.util.Objects.requireNonNull(other, "other");
    return of(sum("objectives", objectives(), other.objectives()),
        sum("keyResults", keyResults(), other.keyResults()),
        sum("atRisk", atRisk(), other.atRisk()), sum("overdue", overdue(), other.overdue()));
  }

  private static int sum(String field, int a, int b) {
    long sum = (long) a + b;
    if (sum > Integer.MAX_VALUE) {
      throw new OkrException(field, Long.toString(sum), "must be at most " + Integer.MAX_VALUE);
    }
    return (int) sum;
  }

  /**
   * Returns the counts, for example {@code 3 objectives, 7 key results, 2 at risk, 1 overdue}.
   */
  @Override
  public String toString() {
    return objectives() + " objectives, " + keyResults() + " key results, " + atRisk()
        + " at risk, " + overdue() + " overdue";
  }
}
