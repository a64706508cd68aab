package org.okrkit.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The architecture rules every okrkit module obeys, as plain factories so each module's
 * architecture test combines them with its own dependency rule. Shared through okr-core's test jar.
 */
public final class OkrArchitectureRules {

  private static final String[] OKR_MODULE_PACKAGES = {
    "org.okrkit.core..", "org.okrkit.scoring..", "org.okrkit.alignment..", "org.okrkit.review..",
    "org.okrkit.testkit..", "org.okrkit.json.."
  };

  private OkrArchitectureRules() {}

  /** okrkit is pure: no files, network or databases; the embedding application does I/O. */
  public static ArchRule noInputOutput() {
    return noClasses()
        .should().dependOnClassesThat()
        .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.sql..")
        .because("okrkit is a pure library: take values in and hand values back, let the caller do I/O")
        .allowEmptyShould(true);
  }

  /**
   * okr-json's variant of {@link #noInputOutput()}: it reads and writes the streams, readers and
   * writers its caller gives it (and its own schema resource), so it may use {@code InputStream},
   * {@code OutputStream}, {@code Reader} and {@code Writer}, but it opens nothing itself: no files,
   * paths, URLs, sockets or databases. Jackson's methods that open a file or a URL take a {@code
   * File}, a {@code Path} or a {@code URL}, so having none of those types rules them out too.
   */
  public static ArchRule noInputOutputBeyondTheCallersStreams() {
    return noClasses()
        .should().dependOnClassesThat(DescribedPredicate.describe(
            "open files, paths, URLs, sockets or databases",
            (JavaClass type) -> type.getPackageName().equals("java.io")
                    && (type.getSimpleName().startsWith("File")
                        || type.getSimpleName().startsWith("RandomAccessFile"))
                || type.getPackageName().startsWith("java.nio.file")
                || type.getPackageName().startsWith("java.nio.channels")
                || type.getPackageName().startsWith("java.net")
                || type.getPackageName().startsWith("java.sql")))
        .because("okrkit is a pure library: okr-json reads and writes what the caller hands it, "
            + "and the caller opens files and connections")
        .allowEmptyShould(true);
  }

  /**
   * Generated code references no annotation a module cannot read (javax.annotation, Error Prone,
   * FindBugs): the build checks the generated classes, not only that they compile.
   */
  public static ArchRule noForeignAnnotations() {
    return noClasses()
        .should().dependOnClassesThat()
        .resideInAnyPackage("javax.annotation..", "com.google.errorprone..", "edu.umd.cs..",
            "org.checkerframework..")
        .because("okrkit modules do not read these packages; keep them out of the Immutables style's "
            + "allowedClasspathAnnotations")
        .allowEmptyShould(true);
  }

  /** Dates are passed in, never read from a clock, so every result is reproducible. */
  public static ArchRule noClockOrSystemAccess() {
    DescribedPredicate<JavaCall<?>> readsTheClock = DescribedPredicate.describe(
        "reads the current time",
        call -> call.getName().equals("now")
            && call.getTargetOwner().getPackageName().equals("java.time"));
    return noClasses()
        .should().dependOnClassesThat().belongToAnyOf(System.class, java.time.Clock.class,
            java.util.Date.class, java.util.Calendar.class, java.util.TimeZone.class)
        .orShould().callMethodWhere(readsTheClock)
        .because("pass dates in as parameters; a result that depends on when it ran cannot be reproduced")
        .allowEmptyShould(true);
  }

  /** Errors are the library's own exceptions; nothing prints. */
  public static ArchRule codingRules() {
    return CompositeArchRule.of(GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .allowEmptyShould(true))
        .and(GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.allowEmptyShould(true))
        .and(GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.allowEmptyShould(true));
  }

  /**
   * A caller's mistake is reported with okrkit's own exceptions, which name the field, value and
   * rule; a bare JDK exception tells the caller much less. Generated builders are exempt.
   */
  public static ArchRule throwsOnlyOkrkitExceptions() {
    DescribedPredicate<JavaConstructorCall> bareJdkException = DescribedPredicate.describe(
        "a bare JDK argument or state exception",
        call -> Stream.of(IllegalArgumentException.class, IllegalStateException.class,
                UnsupportedOperationException.class, ArithmeticException.class,
                IndexOutOfBoundsException.class, java.util.NoSuchElementException.class)
            .anyMatch(type -> call.getTargetOwner().isEquivalentTo(type))
            && !isSuperConstructorCall(call));
    return noClasses()
        .that().haveNameNotMatching(".*\\.Immutable[^.]*")
        .should().callConstructorWhere(bareJdkException)
        .because("throw OkrException or OkrStateException, whose messages name the field, the value "
            + "and the rule")
        .allowEmptyShould(true);
  }

  private static boolean isSuperConstructorCall(JavaConstructorCall call) {
    return call.getOrigin().isConstructor()
        && call.getOriginOwner().getRawSuperclass()
            .map(superclass -> superclass.equals(call.getTargetOwner()))
            .orElse(false);
  }

  /** Immutables' generated classes stay package-private: users see the abstract types only. */
  public static ArchRule generatedValueClassesAreHidden() {
    return classes()
        .that().haveSimpleNameStartingWith("Immutable")
        .should().notBePublic()
        .because("users build values through the abstract type's of(...) and builder() factories")
        .allowEmptyShould(true);
  }

  /**
   * No mutable static state: every static field is final and of a type whose instances cannot
   * change (not an array, a JDK collection or map, an {@code Atomic*}, a {@code StringBuilder}...;
   * Guava's immutable collections are fine). Values are shared between threads and callers, so a
   * static that can change makes results depend on what ran before. Fields the compiler generates
   * (an enum's {@code $VALUES}, switch tables) are exempt: they are written only while the class
   * initialises and never handed out.
   */
  public static ArchRule noMutableStaticState() {
    return fields()
        .that().areStatic()
        .and(DescribedPredicate.describe("are not generated by the compiler",
            (JavaField field) -> !field.getModifiers().contains(JavaModifier.SYNTHETIC)))
        .should().beFinal()
        .andShould(haveAnImmutableType())
        .because("okrkit is shared between threads and callers: keep state in values passed in and "
            + "out, make constants final and of immutable types (ImmutableList, not List or an array)")
        .allowEmptyShould(true);
  }

  private static final Class<?>[] MUTABLE_TYPES = {
    java.util.Collection.class, java.util.Map.class, com.google.common.collect.Multimap.class,
    com.google.common.collect.Table.class, com.google.common.collect.RangeSet.class,
    com.google.common.collect.RangeMap.class, StringBuilder.class, StringBuffer.class,
    java.util.Date.class, java.util.Calendar.class, java.util.BitSet.class, java.util.Random.class,
    java.util.Iterator.class, java.lang.ThreadLocal.class
  };

  private static final Class<?>[] IMMUTABLE_COLLECTIONS = {
    com.google.common.collect.ImmutableCollection.class, com.google.common.collect.ImmutableMap.class,
    com.google.common.collect.ImmutableMultimap.class, com.google.common.collect.ImmutableTable.class,
    com.google.common.collect.ImmutableRangeSet.class, com.google.common.collect.ImmutableRangeMap.class
  };

  private static ArchCondition<JavaField> haveAnImmutableType() {
    return new ArchCondition<>("have an immutable type") {
      @Override
      public void check(JavaField field, ConditionEvents events) {
        JavaClass type = field.getRawType();
        boolean mutable = type.isArray()
            || type.getPackageName().equals("java.util.concurrent.atomic")
            || Arrays.stream(MUTABLE_TYPES).anyMatch(type::isAssignableTo)
                && Arrays.stream(IMMUTABLE_COLLECTIONS).noneMatch(type::isAssignableTo);
        if (mutable) {
          events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is static and of "
              + "the mutable type " + type.getName()));
        }
      }
    };
  }

  /**
   * Module dependencies run one way: classes of {@code module} may use only the okrkit modules
   * listed as allowed (plus itself).
   *
   * @param module  the package of the module, for example {@code "org.okrkit.scoring"}
   * @param allowed  the packages of the okrkit modules it may depend on
   */
  public static ArchRule dependsOnlyOn(String module, String... allowed) {
    String[] forbidden = Arrays.stream(OKR_MODULE_PACKAGES)
        .filter(pkg -> !pkg.equals(module + ".."))
        .filter(pkg -> Stream.of(allowed).noneMatch(ok -> pkg.equals(ok + "..")))
        .toArray(String[]::new);
    return noClasses()
        .that().resideInAPackage(module + "..")
        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
        .because("okrkit modules depend one way: core <- scoring <- alignment <- review <- json;"
            + " testkit <- core; nothing depends on json")
        .allowEmptyShould(true);
  }

  /** All rules for one module, with its allowed okrkit dependencies. */
  public static ArchRule allFor(String module, String... allowed) {
    return CompositeArchRule.of(noInputOutput()).and(allButInputOutputFor(module, allowed));
  }

  /**
   * All rules for okr-json, whose I/O rule is {@link #noInputOutputBeyondTheCallersStreams()}.
   *
   * @param allowed  the packages of the okrkit modules it may depend on
   */
  public static ArchRule allForJson(String... allowed) {
    return CompositeArchRule.of(noInputOutputBeyondTheCallersStreams())
        .and(allButInputOutputFor("org.okrkit.json", allowed));
  }

  private static ArchRule allButInputOutputFor(String module, String... allowed) {
    return CompositeArchRule.of(noClockOrSystemAccess())
        .and(noForeignAnnotations())
        .and(throwsOnlyOkrkitExceptions())
        .and(codingRules())
        .and(generatedValueClassesAreHidden())
        .and(noMutableStaticState())
        .and(dependsOnlyOn(module, allowed));
  }
}
