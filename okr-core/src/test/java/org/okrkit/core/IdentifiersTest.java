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
  void of_rejectsNoBreakSpacesAsBlankOrAtTheEdges(String field, Function<String, Object> factory) {
    for (String blank : new String[] {"\u00A0", "\u2007\u202F", "\u00A0 \u3000", "\u2028"}) {
      OkrException e = assertThrows(OkrException.class, () -> factory.apply(blank));
      assertEquals(field, e.field());
      assertEquals("must not be empty or blank", e.rule());
    }
    for (String edge : new String[] {"a\u00A0", "\u2007a", "a\u202F", "\u3000a"}) {
      OkrException e = assertThrows(OkrException.class, () -> factory.apply(edge));
      assertEquals(field, e.field());
      assertEquals('"' + edge + '"', e.rejectedValue());
      assertEquals("must not start or end with white space", e.rule());
    }
    // inside an id a no-break space is an ordinary character
    assertEquals("a\u00A0b", factory.apply("a\u00A0b").toString());
  }

  @ParameterizedTest
  @MethodSource("factories")
  void of_tooLongMessageNeverSplitsASurrogatePair(String field, Function<String, Object> factory) {
    // 19 letters then U+1F600 (a surrogate pair at UTF-16 indexes 19 and 20), 130 units in all
    String id = "a".repeat(19) + "\uD83D\uDE00" + "b".repeat(109);
    OkrException e = assertThrows(OkrException.class, () -> factory.apply(id));
    assertEquals('"' + "a".repeat(19) + '"' + "... (130 characters)", e.rejectedValue());
    assertEquals("must have at most 128 characters", e.rule());
    // a pair at indexes 18 and 19 ends inside the first 20 units, so it is kept whole
    String shifted = "a".repeat(18) + "\uD83D\uDE00" + "b".repeat(110);
    assertEquals('"' + "a".repeat(18) + "\uD83D\uDE00" + '"' + "... (130 characters)",
        assertThrows(OkrException.class, () -> factory.apply(shifted)).rejectedValue());
    // a whole pair inside the first 20 units is kept
    String early = "\uD83D\uDE00" + "c".repeat(130);
    assertEquals("\"\uD83D\uDE00" + "c".repeat(18) + "\"... (132 characters)",
        assertThrows(OkrException.class, () -> factory.apply(early)).rejectedValue());
  }

  @ParameterizedTest
  @MethodSource("factories")
  void of_rejectsUnpairedSurrogates(String field, Function<String, Object> factory) {
    OkrException high = assertThrows(OkrException.class, () -> factory.apply("a\uD83Db"));
    assertEquals(field, high.field());
    assertEquals("\"a?b\"", high.rejectedValue());
    assertEquals("must not contain an unpaired surrogate U+D83D (at index 1)", high.rule());
    OkrException low = assertThrows(OkrException.class, () -> factory.apply("\uDE00a"));
    assertEquals("must not contain an unpaired surrogate U+DE00 (at index 0)", low.rule());
    OkrException last = assertThrows(OkrException.class, () -> factory.apply("ab\uD83D"));
    assertEquals("must not contain an unpaired surrogate U+D83D (at index 2)", last.rule());
    OkrException reversed = assertThrows(OkrException.class, () -> factory.apply("a\uDE00\uD83D"));
    assertEquals("must not contain an unpaired surrogate U+DE00 (at index 1)", reversed.rule());
    // a proper pair is one character (U+1F600), accepted
    assertEquals("smile-\uD83D\uDE00", factory.apply("smile-\uD83D\uDE00").toString());
  }

  @ParameterizedTest
  @MethodSource("factories")
  void of_rejectsAMillionCharactersWithAShortMessage(String field, Function<String, Object> factory) {
    for (String huge : new String[] {"x".repeat(1_000_000), " ".repeat(1_000_000),
        "\u0000".repeat(1_000_000)}) {
      OkrException e = assertThrows(OkrException.class, () -> factory.apply(huge));
      assertEquals(field, e.field());
      assertEquals("must have at most 128 characters", e.rule());
      assertTrue(e.rejectedValue().endsWith("... (1000000 characters)"), e.rejectedValue());
      assertTrue(e.getMessage().length() < 100, e.getMessage());
    }
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
