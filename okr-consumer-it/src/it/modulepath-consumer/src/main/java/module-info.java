/** A user's module: okr-review brings okr-alignment, okr-scoring and okr-core transitively. */
module org.example.okrconsumer {
  requires org.okrkit.review;

  exports org.example.okrconsumer;
}
