/**
 * Period retrospectives and accountability views of a plan, computed as data from okr-scoring's
 * scores and forecasts and okr-alignment's roll-up and coverage.
 */
@org.jspecify.annotations.NullMarked
module org.okrkit.review {
  requires transitive org.okrkit.alignment;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports org.okrkit.review;
}
