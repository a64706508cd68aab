package org.okrkit.core;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Under the mutation gate (see {@code docs/mutation-testing.md}) every jqwik property runs at most
 * {@code okrkit.mutation.tries} tries, from the seed {@code okrkit.mutation.seed} unless it fixes
 * its own. PIT runs every property that covers a mutant once per mutant, so a property's tries are
 * paid hundreds of times, and a fixed seed makes the gate's score repeatable. Registered for every
 * module's tests through {@code META-INF/services} in okr-core's test jar; without the system
 * properties (an ordinary test run) it changes nothing.
 */
public final class MutationRunPropertyLimits implements AroundPropertyHook {

  static final String TRIES = "okrkit.mutation.tries";
  static final String SEED = "okrkit.mutation.seed";

  /** A global hook applies to every property below the engine, not to the engine alone. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context,
      PropertyExecutor property) {
    String tries = System.getProperty(TRIES);
    if (tries != null) {
      int cap = Integer.parseInt(tries);
      PropertyAttributes attributes = context.attributes();
      attributes.setTries(Math.min(cap, attributes.tries().orElse(cap)));
      String seed = System.getProperty(SEED);
      if (seed != null && attributes.seed().filter(s -> !s.isBlank()).isEmpty()) {
        attributes.setSeed(seed);
      }
    }
    return property.execute();
  }
}
