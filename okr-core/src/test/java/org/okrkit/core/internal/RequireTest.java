package org.okrkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okrkit.core.OkrException;

/** The checks return what they accepted, so callers (okr-scoring's weights) check and assign at once. */
class RequireTest {

  @Test
  void acceptedValues_areReturnedAsGiven() {
    String id = "sales-emea";
    assertSame(id, Require.identifier("id", id));
    String title = "Grow\tfast\nand well";
    assertSame(title, Require.text("title", title));
    BigDecimal weight = new BigDecimal("0.5");
    assertSame(weight, Require.positive("weight", weight));
  }

  @Test
  void positive_rejectsZeroAndNegativesNamingTheField() {
    OkrException zero = assertThrows(OkrException.class,
        () -> Require.positive("weight", new BigDecimal("0.00")));
    assertEquals("weight", zero.field());
    assertEquals("0.00", zero.rejectedValue());
    assertEquals("-1", assertThrows(OkrException.class,
        () -> Require.positive("weight", new BigDecimal("-1"))).rejectedValue());
  }

  @Test
  void aStringOfUpTo20CharactersIsShownWholeAndALongerOneByItsFirst20AndItsLength() {
    String twenty = "abcdefghijklmnopqrst";
    assertEquals("\"abcdefghijklmnopqrst\"", Require.shown(twenty));
    assertEquals("\"abcdefghijklmnopqrst\"... (21 characters)", Require.shown(twenty + "u"));
    assertEquals("\"\"", Require.shown(""));
  }
}
