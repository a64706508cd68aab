/**
 * jqwik generators for okrkit: identifiers, periods, measures, check-in histories, key results,
 * objectives in every lifecycle state, KPIs, and whole plans that form a valid cascade or carry
 * exactly one injected defect. Meant for the test scope of the code that uses it.
 */
@org.jspecify.annotations.NullMarked
module org.okrkit.testkit {
  requires transitive org.okrkit.core;
  requires transitive net.jqwik.api;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports org.okrkit.testkit;

  // @ForAll Plan and @ForAll InjectedDefect work without @Provide.
  provides net.jqwik.api.providers.ArbitraryProvider
      with org.okrkit.testkit.internal.TestkitArbitraryProvider;
}
