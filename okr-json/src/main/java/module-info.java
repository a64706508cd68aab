/**
 * okrkit's interchange format: plans in and out of JSON and YAML, and scores, explanations,
 * validation reports, roll-ups, retrospectives and accountability views out to JSON and YAML,
 * through Jackson 3. No I/O of its own: it reads and writes the strings, streams, readers and
 * writers its caller gives it.
 */
@org.jspecify.annotations.NullMarked
module org.okrkit.json {
  requires transitive org.okrkit.review;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports org.okrkit.json;
}
