package org.okrkit.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.okrkit.core.OkrException;

/** The counts AccountabilityTotals accepts, and how it names what it rejects. */
class AccountabilityTotalsRulesTest {

  @Test
  void aNegativeCountOfKeyResultsIsRejectedByName() {
    OkrException e =
        assertThrows(OkrException.class, () -> AccountabilityTotals.of(0, -1, 0, 0));
    assertEquals("keyResults", e.field());
    assertEquals("-1", e.rejectedValue());
    assertEquals("must be from 0 to 2147483647", e.rule());
  }

  @Test
  void moreKeyResultsAtRiskOrOverdueThanThereAreAreRejectedByName() {
    // 2 overdue of 1 key result
    OkrException overdue =
        assertThrows(OkrException.class, () -> AccountabilityTotals.of(1, 1, 0, 2));
    assertEquals("overdue", overdue.field());
    assertEquals("2", overdue.rejectedValue());
    assertEquals("must be from 0 to 1, the key results", overdue.rule());
    OkrException atRisk =
        assertThrows(OkrException.class, () -> AccountabilityTotals.of(1, 3, 4, 0));
    assertEquals("atRisk", atRisk.field());
    assertEquals("4", atRisk.rejectedValue());
    assertEquals("must be from 0 to 3, the key results", atRisk.rule());
    OkrException negative =
        assertThrows(OkrException.class, () -> AccountabilityTotals.of(1, 3, 0, -1));
    assertEquals("overdue", negative.field());
    assertEquals("-1", negative.rejectedValue());
    // all key results at risk and overdue at once is fine: 3 of 3 each
    assertEquals(3, AccountabilityTotals.of(1, 3, 3, 3).overdue());
  }

  @Test
  void aSumUpToTheLargestIntIsFineAndOneBeyondIsRejectedWithTheSum() {
    int max = Integer.MAX_VALUE;
    // (2^31 - 2) + 1 = 2^31 - 1 = 2147483647, exactly the largest int
    assertEquals(max, AccountabilityTotals.of(max - 1, 0, 0, 0)
        .plus(AccountabilityTotals.of(1, 0, 0, 0)).objectives());
    // (2^31 - 1) + 1 = 2^31 = 2147483648, one beyond: the sum itself is the rejected value
    OkrException e = assertThrows(OkrException.class,
        () -> AccountabilityTotals.of(0, max, 0, 0).plus(AccountabilityTotals.of(0, 1, 0, 0)));
    assertEquals("keyResults", e.field());
    assertEquals("2147483648", e.rejectedValue());
    assertEquals("must be at most 2147483647", e.rule());
  }
}
