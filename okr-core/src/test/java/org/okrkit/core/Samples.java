package org.okrkit.core;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A small, hand-checked objective used by the example tests. */
final class Samples {

  static final Period Q1_2026 = Period.calendarQuarter(2026, 1);
  static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);
  static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
  static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
  static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);
  static final PersonId ADA = PersonId.of("ada");
  static final PersonId GRACE = PersonId.of("grace");
  static final KeyResultId CHURN = KeyResultId.of("churn");
  static final KeyResultId NPS = KeyResultId.of("nps");
  static final KeyResultId LAUNCH = KeyResultId.of("launch");

  private Samples() {}

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  static KeyResult churn() {
    return KeyResult.builder()
        .id(CHURN)
        .title("Reduce monthly churn from 8 % to 5 %")
        .owner(ADA)
        .measure(Metric.of(dec("8"), dec("5"), "%"))
        .build();
  }

  static KeyResult nps() {
    return KeyResult.builder()
        .id(NPS)
        .title("Raise NPS from 30 to 50")
        .owner(GRACE)
        .weight(dec("2"))
        .measure(Metric.of(dec("30"), dec("50"), "points"))
        .build();
  }

  static KeyResult launch() {
    return KeyResult.builder()
        .id(LAUNCH)
        .title("Launch the self-service onboarding")
        .owner(ADA)
        .measure(Milestone.of())
        .build();
  }

  static Objective draft() {
    return Objective.builder()
        .id(ObjectiveId.of("retention-q1"))
        .title("Customers stay because they love the product")
        .level(Level.TEAM)
        .owner(ADA)
        .period(Q1_2026)
        .commitment(Commitment.ASPIRATIONAL)
        .addKeyResults(churn(), nps(), launch())
        .build();
  }

  static Objective active() {
    return draft().activate(JAN_5);
  }
}
