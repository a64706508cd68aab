package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.alignment.ValidationFixtures.ids;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;

/** A violation's count of objectives: never below the ids listed, truncated only when above. */
class ViolationCountTest {

  @Test
  void allIdsListed_isNotTruncated() {
    Violation violation = Violation.of(AlignmentRules.orphan(), ids("a", "b"), "a and b");

    assertEquals(2, violation.objectiveCount());
    assertFalse(violation.isTruncated());
  }

  @Test
  void exactlyTheListLimit_isKeptWhole() {
    List<ObjectiveId> hundred = new ArrayList<>();
    for (int k = 0; k < Violation.MAX_LISTED_OBJECTIVES; k++) {
      hundred.add(ObjectiveId.of("o-" + k));
    }

    Violation violation = Violation.of(AlignmentRules.orphan(), hundred, "o-0 and others");

    assertEquals(hundred, violation.objectiveIds());
    assertEquals(Violation.MAX_LISTED_OBJECTIVES, violation.objectiveCount());
    assertFalse(violation.isTruncated());
  }

  @Test
  void aCountBelowTheIdsListed_isRejectedByName() {
    OkrException tooFew = assertThrows(OkrException.class, () -> Violation.of("orphan",
        Severity.WARNING, ids("a", "b"), 1, Optional.empty(), "a and b", Optional.empty()));

    assertEquals("objectiveCount", tooFew.field());
    assertEquals("1", tooFew.rejectedValue());
    assertEquals("must be at least the 2 objective ids listed", tooFew.rule());
  }
}
