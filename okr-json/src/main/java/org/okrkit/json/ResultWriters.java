package org.okrkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The writers of the results of okr-scoring, okr-alignment and okr-review: the Jackson module
 * registers each for its type.
 */
final class ResultWriters {

  private ResultWriters() {}

  /** The enums of the result modules, written as lower-case names. */
  static final ImmutableList<Class<? extends Enum<?>>> ENUMS =
      ImmutableList.<Class<? extends Enum<?>>>builder()
          .addAll(ScoringWriters.ENUMS)
          .addAll(AlignmentWriters.ENUMS)
          .addAll(ReviewWriters.ENUMS)
          .build();

  static ImmutableMap<Class<?>, PlanWriter.ValueWriter<?>> all() {
    return ImmutableMap.<Class<?>, PlanWriter.ValueWriter<?>>builder()
        .putAll(ScoringWriters.WRITERS)
        .putAll(AlignmentWriters.WRITERS)
        .putAll(ReviewWriters.WRITERS)
        .build();
  }
}
