package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Month;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws for hostile input: any number, any text, any fiscal year. */
class HostileInputProperties {

  private static final BigDecimal INTEGER_LIMIT = BigDecimal.TEN.pow(64);

  @Provide
  Arbitrary<BigInteger> unscaled() {
    return Arbitraries.bigIntegers()
        .between(BigInteger.TWO.pow(400).negate(), BigInteger.TWO.pow(400))
        .edgeCases(config -> config.add(BigInteger.TEN.pow(64), BigInteger.TEN.pow(96)));
  }

  /**
   * Any decimal is either accepted as exactly the same number, in canonical form, or rejected with
   * the library's exception naming the field; it is accepted exactly when it has at most 64 digits
   * before and 32 after the decimal point (the oracle: |v| < 10^64 and v x 10^32 is an integer).
   */
  @Property(tries = 500)
  void anyDecimal_isAcceptedExactlyOrRejectedByName(
      @ForAll("unscaled") BigInteger unscaled, @ForAll @IntRange(min = -200, max = 200) int scale) {
    BigDecimal value = new BigDecimal(unscaled, scale);
    boolean inRange = value.abs().compareTo(INTEGER_LIMIT) < 0
        && value.movePointRight(32).stripTrailingZeros().scale() <= 0;
    if (inRange) {
      BigDecimal accepted = ((NumericValue) CheckInValue.of(value)).value();
      assertEquals(0, accepted.compareTo(value));
      assertTrue(accepted.scale() >= 0 && accepted.scale() <= 32, accepted.toString());
      assertTrue(accepted.scale() == 0 || accepted.unscaledValue().mod(BigInteger.TEN).signum() != 0,
          accepted.toString());
    } else {
      OkrException e = assertThrows(OkrException.class, () -> CheckInValue.of(value));
      assertEquals("value", e.field());
      assertTrue(e.getMessage().length() < 300, e.getMessage());
    }
  }

  /** Scales anywhere in the int range never let a JDK exception escape. */
  @Property(tries = 300)
  void extremeScales_neverEscapeAsJdkExceptions(
      @ForAll("unscaled") BigInteger unscaled, @ForAll int scale) {
    BigDecimal value = new BigDecimal(unscaled, scale);
    try {
      BigDecimal accepted = ((NumericValue) CheckInValue.of(value)).value();
      assertEquals(0, accepted.compareTo(value));
    } catch (OkrException e) {
      assertEquals("value", e.field());
    }
  }

  /** Any double either converts exactly as written or is rejected naming the field. */
  @Property(tries = 500)
  void anyDouble_isAcceptedAsWrittenOrRejectedByName(@ForAll double value) {
    try {
      BigDecimal accepted = ((NumericValue) CheckInValue.of(value)).value();
      assertEquals(0, accepted.compareTo(BigDecimal.valueOf(value)));
    } catch (OkrException e) {
      assertEquals("value", e.field());
      assertTrue(Double.isNaN(value) || Double.isInfinite(value)
          || Math.abs(value) >= 1e64 || BigDecimal.valueOf(value).stripTrailingZeros().scale() > 32,
          Double.toString(value));
    }
  }

  /** Any string is an id or rejected by name; accepted ids have no edge white space. */
  @Property(tries = 1000)
  void anyString_isAnIdOrRejectedByName(@ForAll("hostileStrings") String text) {
    try {
      String id = ObjectiveId.of(text).value();
      assertEquals(text, id);
      int first = id.codePointAt(0);
      int last = id.codePointBefore(id.length());
      assertTrue(!Character.isWhitespace(first) && !Character.isSpaceChar(first)
          && !Character.isWhitespace(last) && !Character.isSpaceChar(last), id);
      assertTrue(id.length() <= 128);
    } catch (OkrException e) {
      assertEquals("objectiveId", e.field());
      assertTrue(e.getMessage().length() < 400, e.getMessage());
      // a message never carries half a surrogate pair or a control character
      String message = e.getMessage();
      for (int i = 0; i < message.length(); i++) {
        char c = message.charAt(i);
        assertTrue(!Character.isISOControl(c), message);
        if (Character.isHighSurrogate(c)) {
          assertTrue(i + 1 < message.length() && Character.isLowSurrogate(message.charAt(++i)),
              message);
        } else {
          assertTrue(!Character.isLowSurrogate(c), message);
        }
      }
    }
  }

  @Provide
  Arbitrary<String> hostileStrings() {
    Arbitrary<Character> hostile = Arbitraries.of('a', 'Z', '7', '-', ' ', '\u00A0', '\u2007',
        '\u202F', '\u3000', '\t', '\n', '\u0000', '\u007F', '\u0085', '\uD83D', '\uDE00', '\uFEFF',
        '\u200B');
    return Arbitraries.oneOf(
        hostile.list().ofMaxSize(12).map(HostileInputProperties::join),
        hostile.list().ofMinSize(120).ofMaxSize(140).map(HostileInputProperties::join));
  }

  private static String join(java.util.List<Character> chars) {
    StringBuilder text = new StringBuilder(chars.size());
    chars.forEach(text::append);
    return text.toString();
  }

  /** A fiscal year starting in any month is 365 or 366 days and splits into four quarters. */
  @Property(tries = 300)
  void fiscalYears_startingInAnyMonth_areExactlyCoveredByTheirQuarters(
      @ForAll @IntRange(min = 1, max = 9998) int year, @ForAll Month firstMonth) {
    Period fiscal = Period.fiscalYear(year, firstMonth);
    assertEquals(LocalDate.of(year, firstMonth, 1), fiscal.start());
    assertEquals(fiscal.start().plusYears(1).minusDays(1), fiscal.end());
    assertTrue(fiscal.lengthInDays() == 365 || fiscal.lengthInDays() == 366);
    LocalDate next = fiscal.start();
    long days = 0;
    for (int quarter = 1; quarter <= 4; quarter++) {
      Period q = Period.fiscalQuarter(year, firstMonth, quarter);
      assertEquals(next, q.start());
      assertTrue(fiscal.contains(q.start()) && fiscal.contains(q.end()));
      next = q.end().plusDays(1);
      days += q.lengthInDays();
    }
    assertEquals(fiscal.end().plusDays(1), next);
    assertEquals(fiscal.lengthInDays(), days);
  }
}
