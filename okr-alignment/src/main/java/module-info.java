/** The alignment (cascade) graph of a plan: its validation and roll-up. */
@org.jspecify.annotations.NullMarked
module org.okrkit.alignment {
  requires transitive org.okrkit.scoring;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports org.okrkit.alignment;
}
