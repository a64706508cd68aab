package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.core.Samples.ADA;
import static org.okrkit.core.Samples.CHURN;
import static org.okrkit.core.Samples.FEB_1;
import static org.okrkit.core.Samples.JAN_5;
import static org.okrkit.core.Samples.MAR_1;
import static org.okrkit.core.Samples.dec;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The key-result builder names every missing attribute and orders history by date. */
class KeyResultBuilderCompletenessTest {

  private static final Metric CHURN_METRIC = Metric.of(dec("8"), dec("5"), "%");

  @Test
  void anEmptyBuilder_namesEveryRequiredAttribute() {
    IncompleteValueException e = assertThrows(IncompleteValueException.class,
        () -> KeyResult.builder().build());
    assertTrue(e.getMessage().contains("[id, title, owner, measure]"), e.getMessage());
  }

  @Test
  void eachMissingAttribute_isNamedAlone() {
    assertMissing("[id]", KeyResult.builder().title("t").owner(ADA).measure(CHURN_METRIC));
    assertMissing("[title]", KeyResult.builder().id(CHURN).owner(ADA).measure(CHURN_METRIC));
    assertMissing("[owner]", KeyResult.builder().id(CHURN).title("t").measure(CHURN_METRIC));
    assertMissing("[measure]", KeyResult.builder().id(CHURN).title("t").owner(ADA));
  }

  private static void assertMissing(String names, KeyResult.Builder builder) {
    IncompleteValueException e = assertThrows(IncompleteValueException.class, builder::build);
    assertTrue(e.getMessage().endsWith(names), e.getMessage());
  }

  @Test
  void historyGivenOutOfOrder_isKeptInDateOrder() {
    CheckIn march = CheckIn.of(MAR_1, dec("6"));
    CheckIn january = CheckIn.of(JAN_5, dec("7.5"));
    Adjustment later = Adjustment.of(MAR_1, Metric.of(dec("8"), dec("4"), "%"), "Stretch");
    Adjustment earlier = Adjustment.of(FEB_1, Metric.of(dec("8"), dec("6"), "%"), "Too hard");
    KeyResult keyResult = KeyResult.builder().id(CHURN).title("t").owner(ADA)
        .measure(CHURN_METRIC)
        .addCheckIns(march, january)
        .addAllAdjustments(List.of(later, earlier))
        .build();
    assertEquals(List.of(january, march), keyResult.checkIns());
    assertEquals(List.of(earlier, later), keyResult.adjustments());
  }
}
