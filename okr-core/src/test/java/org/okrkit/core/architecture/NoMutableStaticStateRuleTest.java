package org.okrkit.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The rule can fail: it finds each kind of mutable static, and passes constants of immutable types. */
class NoMutableStaticStateRuleTest {

  @SuppressWarnings("unused")
  static class NonFinal {
    static int count;
  }

  @SuppressWarnings("unused")
  static class MutableList {
    static final List<String> NAMES = new ArrayList<>();
  }

  @SuppressWarnings("unused")
  static class ImmutableListBehindAnInterface {
    // the declared type decides: a List field can be handed a mutable list later in the code
    static final List<String> NAMES = ImmutableList.of("a");
  }

  @SuppressWarnings("unused")
  static class Array {
    static final int[] TABLE = {1, 2};
  }

  @SuppressWarnings("unused")
  static class Counter {
    static final AtomicInteger NEXT = new AtomicInteger();
  }

  @SuppressWarnings("unused")
  static class Buffer {
    static final StringBuilder TEXT = new StringBuilder();
  }

  @SuppressWarnings("unused")
  enum Fine {
    A, B;
    static final String NAME = "fine";
    static final BigDecimal HALF = new BigDecimal("0.5");
    static final ImmutableList<String> NAMES = ImmutableList.of("a");
    static final ImmutableMap<String, Integer> INDEX = ImmutableMap.of("a", 1);
    static final Fine FIRST = A;
  }

  private static EvaluationResult evaluate(Class<?>... classes) {
    JavaClasses imported = new ClassFileImporter().importClasses(classes);
    return OkrArchitectureRules.noMutableStaticState().evaluate(imported);
  }

  @Test
  void mutableStatics_areEachReported() {
    Class<?>[] offenders = {NonFinal.class, MutableList.class, ImmutableListBehindAnInterface.class,
        Array.class, Counter.class, Buffer.class};
    for (Class<?> offender : offenders) {
      EvaluationResult result = evaluate(offender);
      assertTrue(result.hasViolation(), offender.getSimpleName());
      assertEquals(1, result.getFailureReport().getDetails().size(),
          result.getFailureReport().toString());
    }
    String details = evaluate(Counter.class).getFailureReport().getDetails().get(0);
    assertTrue(details.contains("Counter.NEXT is static and of the mutable type "
        + "java.util.concurrent.atomic.AtomicInteger"), details);
  }

  @Test
  void immutableConstantsAndCompilerTables_pass() {
    // an enum has the synthetic array $VALUES, which the compiler alone writes
    EvaluationResult result = evaluate(Fine.class);
    assertFalse(result.hasViolation(), result.getFailureReport().toString());
  }
}
