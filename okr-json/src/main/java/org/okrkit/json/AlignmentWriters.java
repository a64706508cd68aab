package org.okrkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/** Writes the results of okr-alignment. */
final class AlignmentWriters {

  private AlignmentWriters() {}

  /** The enums of okr-alignment, written as lower-case names. */
  static final ImmutableList<Class<? extends Enum<?>>> ENUMS = ImmutableList.of();

  /** Each result type of okr-alignment with its writer. */
  static final ImmutableMap<Class<?>, PlanWriter.ValueWriter<?>> WRITERS = ImmutableMap.of();
}
