package org.okrkit.testkit.internal;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.okrkit.core.Plan;
import org.okrkit.testkit.InjectedDefect;
import org.okrkit.testkit.Plans;

/**
 * Registers the testkit's default arbitraries with jqwik, so that {@code @ForAll Plan} gives
 * {@link Plans#plans()} and {@code @ForAll InjectedDefect} gives {@link Plans#withAnyDefect()}
 * without a {@code @Provide} method. jqwik finds it through {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider} on the class path and through the
 * module's {@code provides} clause on the module path. Public only because the service loader
 * needs it to be; the package is not exported.
 */
public final class TestkitArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; called by the service loader. */
  public TestkitArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(Plan.class) || targetType.isOfType(InjectedDefect.class);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return targetType.isOfType(Plan.class) ? Set.of(Plans.plans()) : Set.of(Plans.withAnyDefect());
  }
}
