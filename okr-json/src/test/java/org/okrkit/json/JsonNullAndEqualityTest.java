package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;

/**
 * Every public entry point of okr-json (OkrJson, OkrJsonModule, ReadLimits, OkrJsonException,
 * PlanSchema) rejects null with an exception naming the parameter, and
 * {@link ReadLimits} is a value.
 */
class JsonNullAndEqualityTest {

  private static final List<Class<?>> PUBLIC_TYPES = List.of(
      OkrJson.class, OkrJsonModule.class, ReadLimits.class, OkrJsonException.class,
      PlanSchema.class);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "{}")
        .setDefault(Class.class, Period.class)
        .setDefault(Object.class, Period.calendarQuarter(2026, 1))
        .setDefault(ReadLimits.class, ReadLimits.defaults())
        .setDefault(InputStream.class, InputStream.nullInputStream())
        .setDefault(Reader.class, Reader.nullReader())
        .setDefault(OutputStream.class, new ByteArrayOutputStream())
        .setDefault(Writer.class, new StringWriter());
  }

  @Test
  void staticMethodsAndConstructorsRejectNull() {
    for (Class<?> type : PUBLIC_TYPES) {
      tester().testAllPublicStaticMethods(type);
      tester().testAllPublicConstructors(type);
    }
  }

  /**
   * Only the methods the okr-json classes declare: {@link OkrJsonModule}'s inherited methods are
   * Jackson's, and {@link OkrJsonException}'s are {@link Throwable}'s.
   */
  @Test
  void instanceMethodsRejectNull() {
    List<Object> instances = List.of(OkrJson.json(), OkrJson.yaml(),
        OkrJson.json().toleratingUnknownFields(), new OkrJsonModule(),
        OkrJsonModule.toleratingUnknownFields(), ReadLimits.defaults(), anException());
    for (Object instance : instances) {
      for (Method method : instance.getClass().getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
            && !method.getName().equals("equals")) {
          tester().testMethod(instance, method);
        }
      }
    }
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    OkrJson json = OkrJson.json();
    assertEquals("document", assertThrows(NullPointerException.class,
        () -> json.readPlan((String) null)).getMessage());
    assertEquals("document", assertThrows(NullPointerException.class,
        () -> json.readPlan((InputStream) null)).getMessage());
    assertEquals("document", assertThrows(NullPointerException.class,
        () -> json.readPlan((Reader) null)).getMessage());
    assertEquals("document", assertThrows(NullPointerException.class,
        () -> json.read(null, Plan.class)).getMessage());
    assertEquals("type", assertThrows(NullPointerException.class,
        () -> json.read("{}", null)).getMessage());
    assertEquals("out", assertThrows(NullPointerException.class,
        () -> json.write(Plan.empty(), (OutputStream) null)).getMessage());
    assertEquals("out", assertThrows(NullPointerException.class,
        () -> json.write(Plan.empty(), (Writer) null)).getMessage());
    assertEquals("limits", assertThrows(NullPointerException.class,
        () -> json.withLimits(null)).getMessage());
  }

  /** A null value to write is refused as okrkit refuses a null argument: naming the parameter. */
  @Test
  void aNullValueToWriteIsRefusedNamingIt() {
    OkrJson json = OkrJson.json();
    for (Runnable write : List.<Runnable>of(() -> json.write(null),
        () -> json.write(null, new ByteArrayOutputStream()),
        () -> json.write(null, new StringWriter()))) {
      assertEquals("value", assertThrows(NullPointerException.class, write::run).getMessage());
    }
  }

  @Test
  void readLimitsAreEqualByValue() {
    ReadLimits defaults = ReadLimits.defaults();
    new EqualsTester()
        .addEqualityGroup(defaults, ReadLimits.defaults(), defaults.withMaxDocumentLength(-1),
            defaults.withMaxStringLength(20_000))
        .addEqualityGroup(defaults.withMaxDocumentLength(1_000),
            defaults.withMaxDocumentLength(1_000))
        .addEqualityGroup(defaults.withMaxStringLength(4_000),
            defaults.withMaxStringLength(4_000))
        .addEqualityGroup(defaults.withMaxStringLength(4_000).withMaxDocumentLength(1_000))
        .testEquals();
  }

  private static OkrJsonException anException() {
    return assertThrows(OkrJsonException.class,
        () -> OkrJson.json().readPlan(new StringReader("[]")));
  }
}
