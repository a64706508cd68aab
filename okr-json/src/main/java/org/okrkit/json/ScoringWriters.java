package org.okrkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/** Writes the results of okr-scoring. */
final class ScoringWriters {

  private ScoringWriters() {}

  /** The enums of okr-scoring, written as lower-case names. */
  static final ImmutableList<Class<? extends Enum<?>>> ENUMS = ImmutableList.of();

  /** Each result type of okr-scoring with its writer. */
  static final ImmutableMap<Class<?>, PlanWriter.ValueWriter<?>> WRITERS = ImmutableMap.of();
}
