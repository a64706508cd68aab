package org.okrkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/** Writes the results of okr-review. */
final class ReviewWriters {

  private ReviewWriters() {}

  /** The enums of okr-review, written as lower-case names. */
  static final ImmutableList<Class<? extends Enum<?>>> ENUMS = ImmutableList.of();

  /** Each result type of okr-review with its writer. */
  static final ImmutableMap<Class<?>, PlanWriter.ValueWriter<?>> WRITERS = ImmutableMap.of();
}
