package org.okrkit.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * A dated transition of an objective into a new {@link Status}, with the closing note or the
 * reason for cancelling. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class LifecycleEvent {

  LifecycleEvent() {}

  /**
   * Obtains the event of an objective becoming active.
   *
   * @param date  the date, not null
   * @return the event, not null
   */
  public static LifecycleEvent activated(LocalDate date) {
    return ImmutableLifecycleEvent.of(date, Status.ACTIVE, Optional.empty());
  }

  /**
   * Obtains the event of an objective being closed.
   *
   * @param date  the date, not null
   * @param note  the closing note, not blank
   * @return the event, not null
   * @throws OkrException if the note is blank
   */
  public static LifecycleEvent closed(LocalDate date, String note) {
    return ImmutableLifecycleEvent.of(
        date, Status.CLOSED, Optional.of(Objects.requireNonNull(note, "note")));
  }

  /**
   * Obtains the event of an objective being cancelled.
   *
   * @param date  the date, not null
   * @param reason  why it was cancelled, not blank
   * @return the event, not null
   * @throws OkrException if the reason is blank
   */
  public static LifecycleEvent cancelled(LocalDate date, String reason) {
    return ImmutableLifecycleEvent.of(
        date, Status.CANCELLED, Optional.of(Objects.requireNonNull(reason, "reason")));
  }

  /**
   * Returns the date of the transition.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the status entered.
   *
   * @return the status, never {@link Status#DRAFT}, not null
   */
  @Value.Parameter
  public abstract Status status();

  /**
   * Returns the closing note or the reason for cancelling; empty for activation.
   *
   * @return the note, not null
   */
  @Value.Parameter
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    if (status() == Status.DRAFT) {
      throw new OkrException("status", "DRAFT", "no transition leads into draft");
    }
    if (status() == Status.ACTIVE && note().isPresent()) {
      throw new OkrException("note", note().get(), "activation takes no note");
    }
    if (status().isFinal()) {
      Require.text(status() == Status.CLOSED ? "note" : "reason",
          note().orElseThrow(() -> new OkrException(
              "note", "empty", status() + " needs a closing note or reason")));
    }
  }

  /** Returns the event as text, for example {@code 2026-03-31 CLOSED: shipped 3 of 4}. */
  @Override
  public String toString() {
    return date() + " " + status() + note().map(text -> ": " + text).orElse("");
  }
}
