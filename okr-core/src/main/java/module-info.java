/**
 * The OKR aggregate: objectives, key results and their measures, check-ins, adjustments and
 * lifecycle, periods, levels and KPIs. Pure values, no I/O.
 */
@org.jspecify.annotations.NullMarked
module org.okrkit.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports org.okrkit.core;
  exports org.okrkit.core.internal to
      org.okrkit.scoring,
      org.okrkit.alignment,
      org.okrkit.review,
      org.okrkit.json,
      org.okrkit.testkit;
}
