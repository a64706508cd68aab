package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.ObjectiveId;

/** The text of a coverage: its shares, then at most 10 unsupported key results. */
class CoverageTextTest {

  /** A coverage whose company objective c has {@code unsupported} key results k1, k2, ... */
  private static Coverage coverage(int unsupported) {
    List<AlignmentTarget> targets = new ArrayList<>();
    for (int k = 1; k <= unsupported; k++) {
      targets.add(AlignmentTarget.of(ObjectiveId.of("c"), KeyResultId.of("k" + k)));
    }
    Map<Level, CoverageShare> byLevel = new EnumMap<>(Level.class);
    byLevel.put(Level.COMPANY, CoverageShare.of(12 - unsupported, 12));
    byLevel.put(Level.TEAM, CoverageShare.of(0, 0));
    return Coverage.of(CoverageShare.of(1, 2), byLevel, targets, Map.of());
  }

  @Test
  void noneUnsupported() {
    // 12 - 0 = 12 of 12 supported.
    assertEquals("Coverage[objectives aligned 1 of 2; key results supported COMPANY 12 of 12, "
        + "TEAM 0 of 0; unsupported none]", coverage(0).toString());
  }

  @Test
  void tenUnsupported_areAllShown() {
    // 12 - 10 = 2 of 12 supported.
    assertEquals("Coverage[objectives aligned 1 of 2; key results supported COMPANY 2 of 12, "
        + "TEAM 0 of 0; unsupported c/k1, c/k2, c/k3, c/k4, c/k5, c/k6, c/k7, c/k8, c/k9, "
        + "c/k10]", coverage(10).toString());
  }

  @Test
  void elevenUnsupported_theFirstTenAreShown() {
    // 12 - 11 = 1 of 12 supported; c/k11 is left out for "...".
    assertEquals("Coverage[objectives aligned 1 of 2; key results supported COMPANY 1 of 12, "
        + "TEAM 0 of 0; unsupported c/k1, c/k2, c/k3, c/k4, c/k5, c/k6, c/k7, c/k8, c/k9, "
        + "c/k10, ...]", coverage(11).toString());
  }
}
