package org.okrkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Measure;
import org.okrkit.core.Milestone;
import org.okrkit.core.Period;

class OkrArbitrariesTest {

  @Test
  void nulls_areRejectedNamingTheParameter() {
    new NullPointerTester()
        .setDefault(Period.class, Period.calendarYear(2026))
        .setDefault(Measure.class, Milestone.of())
        .testAllPublicStaticMethods(OkrArbitraries.class);
  }

  @Test
  void checkIns_inAOneDayPeriod_areAtMostOneOnThatDay() {
    LocalDate day = LocalDate.of(2026, 2, 28);
    Period oneDay = Period.of(day, day);
    OkrArbitraries.checkIns(oneDay, Milestone.of()).sampleStream().limit(50).forEach(checkIns -> {
      assertTrue(checkIns.size() <= 1, () -> checkIns.toString());
      checkIns.forEach(checkIn -> assertEquals(day, checkIn.date()));
    });
  }
}
