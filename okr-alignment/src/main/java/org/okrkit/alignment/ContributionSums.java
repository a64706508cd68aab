package org.okrkit.alignment;

import java.math.BigDecimal;

/**
 * What the children aligned to one slot (a key result, or an objective as a whole) add up to,
 * exactly: the sum of {@code weight × progress}, the sum of the weights counted, and the sum of the
 * values summed key results take. Exact sums make the result independent of the order of
 * addition, so adding a change's difference gives the same sums as adding everything again.
 */
record ContributionSums(BigDecimal weighted, BigDecimal weight, BigDecimal value, int links) {

  static final ContributionSums NONE =
      new ContributionSums(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0);

  /** Returns these sums with one more link's contribution. */
  ContributionSums plus(Contribution contribution) {
    return new ContributionSums(weighted.add(contribution.weighted()),
        weight.add(contribution.weight()), value.add(contribution.value()), links + 1);
  }

  /** Returns these sums with one link's old contribution replaced by its new one. */
  ContributionSums replace(Contribution old, Contribution now) {
    return new ContributionSums(
        weighted.add(now.weighted()).subtract(old.weighted()),
        weight.add(now.weight()).subtract(old.weight()),
        value.add(now.value()).subtract(old.value()), links);
  }

  /** One link's contribution: its weight times the child's progress, its weight, its value. */
  record Contribution(BigDecimal weighted, BigDecimal weight, BigDecimal value) {}
}
