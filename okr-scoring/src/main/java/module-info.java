/**
 * Scoring of key results and objectives: exact, explainable 0–1 grades, pace, forecasts and KPI
 * health. The API is {@code org.okrkit.scoring}, the module's only package.
 */
@org.jspecify.annotations.NullMarked
module org.okrkit.scoring {
  requires transitive org.okrkit.core;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports org.okrkit.scoring;
}
