package org.okrkit.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * A dated progress update of a key result: the value reached, and optionally the owner's
 * confidence and a note. Immutable and thread-safe.
 *
 * <p>Add one to an objective with {@link Objective#checkIn(KeyResultId, CheckIn)}.
 */
@Value.Immutable(copy = false)
@OkrStyle
public abstract class CheckIn {

  CheckIn() {}

  /**
   * Obtains a check-in with a value and nothing else.
   *
   * @param date  the date of the check-in, not null
   * @param value  the value reported, not null
   * @return the check-in, not null
   */
  public static CheckIn of(LocalDate date, CheckInValue value) {
    return builder().date(date).value(value).build();
  }

  /**
   * Obtains a check-in of a number.
   *
   * @param date  the date of the check-in, not null
   * @param value  the number reported, not null
   * @return the check-in, not null
   * @throws OkrException if a number has more than 64 integer or 32 fraction digits
   */
  public static CheckIn of(LocalDate date, BigDecimal value) {
    return of(date, CheckInValue.of(value));
  }

  /**
   * Obtains a check-in of a number given as a double, taken in its shortest decimal form.
   *
   * @param date  the date of the check-in, not null
   * @param value  the number reported, finite
   * @return the check-in, not null
   * @throws OkrException if the number is NaN or infinite (field {@code value})
   */
  public static CheckIn of(LocalDate date, double value) {
    return of(date, CheckInValue.of(value));
  }

  /**
   * Returns a builder for a check-in with confidence or a note.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the date of the check-in.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the value reported.
   *
   * @return the value, not null
   */
  public abstract CheckInValue value();

  /**
   * Returns the owner's confidence, if given.
   *
   * @return the confidence, not null
   */
  public abstract Optional<Confidence> confidence();

  /**
   * Returns the note, if given.
   *
   * @return the note, not null
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    note().ifPresent(text -> Require.text("note", text));
  }

  /** Builds a {@link CheckIn}; obtain one with {@link CheckIn#builder()}. */
  public static final class Builder extends ImmutableCheckIn.Builder {
    Builder() {}
  }
}
