package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Strings;
import com.google.common.testing.EqualsTester;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdentifiersTest {

  static Stream<Arguments> factories() {
    return Stream.of(
        Arguments.of("objectiveId", (Function<String, Object>) ObjectiveId::of),
        Arguments.of("keyResultId", (Function<String, Object>) KeyResultId::of),
        Arguments.of("kpiId", (Function<String, Object>) KpiId::of),
        Arguments.of("personId", (Function<String, Object>) PersonId::of),
        Arguments.of("orgUnitId", (Function<String, Object>) OrgUnitId::of));
  }

  @ParameterizedTest
  @MethodSource("factories")
  void of_acceptsReadableIds(String field, Function<String, Object> factory) {
    assertEquals("sales-2026/q1 #3", factory.apply("sales-2026/q1 #3").toString());
    assertEquals("x", factory.apply("x").toString());
    String longest = Strings.repeat("a", 128);
    assertEquals(longest, factory.apply(longest).toString());
    assertEquals("目标-1", factory.apply("目标-1").toString());
  }

  @ParameterizedTest
  @MethodSource("factories")
  void of_rejectsEmptyAndBlank(String field, Function<String, Object> factory) {
    for (String bad : new String[] {"", " ", "\t\n"}) {
      OkrException e = assertThrows(OkrException.class, () -> factory.apply(bad));
      assertEquals(field, e.field());
      assertTrue(e.getMessage().contains("blank"), e.getMessage());
    }
  }

  @ParameterizedTest
  @MethodSource("factories")
  void of_rejectsTooLong(String field, Function<String, Object> factory) {
    OkrException e =
        assertThrows(OkrException.class, () -> factory.apply(Strings.repeat("a", 129)));
    assertEquals(field, e.field());
    assertTrue(e.getMessage().contains("129 characters"), e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("factories")
  void of_rejectsControlCharactersAndEdgeSpaces(String field, Function<String, Object> factory) {
    OkrException control = assertThrows(OkrException.class, () -> factory.apply("a\u0000b"));
    assertTrue(control.getMessage().contains("U+0000"), control.getMessage());
    assertThrows(OkrException.class, () -> factory.apply("a\nb"));
    assertThrows(OkrException.class, () -> factory.apply(" a"));
    assertThrows(OkrException.class, () -> factory.apply("a "));
  }

  @ParameterizedTest
  @MethodSource("factories")
  void of_rejectsNullNamingTheField(String field, Function<String, Object> factory) {
    NullPointerException e = assertThrows(NullPointerException.class, () -> factory.apply(null));
    assertEquals("value", e.getMessage());
  }

  @Test
  void equality_isByKindAndText() {
    new EqualsTester()
        .addEqualityGroup(ObjectiveId.of("a"), ObjectiveId.of("a"))
        .addEqualityGroup(ObjectiveId.of("b"))
        .addEqualityGroup(KeyResultId.of("a"), KeyResultId.of("a"))
        .addEqualityGroup(KpiId.of("a"))
        .addEqualityGroup(PersonId.of("a"))
        .addEqualityGroup(OrgUnitId.of("a"))
        .testEquals();
  }

  @Test
  void compareTo_ordersByText() {
    assertTrue(ObjectiveId.of("a").compareTo(ObjectiveId.of("b")) < 0);
    assertTrue(PersonId.of("b").compareTo(PersonId.of("a")) > 0);
    assertEquals(0, KpiId.of("a").compareTo(KpiId.of("a")));
  }
}
