/**
 * A user's module: okr-json brings okr-review, okr-alignment, okr-scoring, okr-core and Jackson
 * transitively.
 */
module org.example.okrconsumer {
  requires org.okrkit.json;

  exports org.example.okrconsumer;
}
