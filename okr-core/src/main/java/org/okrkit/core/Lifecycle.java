package org.okrkit.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * The lifecycle of an objective set for a period: its dated {@link LifecycleEvent transitions},
 * the {@link Status} they lead to, and the window of dates its history may carry.
 *
 * <p>Events follow the allowed transitions ({@link Status#canBecome(Status)}) in date order. An
 * objective is activated no later than its period's end and closed no earlier than its period's
 * start (one that never got going is cancelled instead). Check-ins and adjustments are dated from
 * the {@link #firstHistoryDate() first history date}, the later of activation and the period's
 * start; check-ins up to the {@link #lastCheckInDate() last check-in date}, the earlier of the end
 * date and {@link Period#lastCheckInDate()}, so the closing check-in fits in the closing grace;
 * adjustments up to the {@link #lastAdjustmentDate() last adjustment date}, the earlier of the end
 * date and the period's end. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Lifecycle {

  Lifecycle() {}

  /**
   * Obtains the lifecycle of an objective from its period and its events, for example to restore
   * a stored objective.
   *
   * @param period  the objective's period, not null
   * @param events  the transitions in date order, not null, none null; empty for a draft
   * @return the lifecycle, not null
   * @throws OkrException if a transition is not allowed, goes back in time, activates after the
   *     period's end or closes before the period's start
   */
  public static Lifecycle of(Period period, Iterable<? extends LifecycleEvent> events) {
    Objects.requireNonNull(period, "period");
    return ImmutableLifecycle.of(period, Require.noNulls("events", events));
  }

  /**
   * Obtains the lifecycle of a draft: no events yet.
   *
   * @param period  the objective's period, not null
   * @return the lifecycle, not null
   */
  public static Lifecycle draft(Period period) {
    return ImmutableLifecycle.of(period, ImmutableList.of());
  }

  /**
   * Returns the period the objective is set for.
   *
   * @return the period, not null
   */
  @Value.Parameter
  public abstract Period period();

  /**
   * Returns the transitions in date order; empty for a draft.
   *
   * @return the events, not null
   */
  @Value.Parameter
  public abstract ImmutableList<LifecycleEvent> events();

  @Value.Check
  void check() {
    Status status = Status.DRAFT;
    LocalDate previous = null;
    for (LifecycleEvent event : events()) {
      requireFollows(status, previous, event);
      status = event.status();
      previous = event.date();
    }
  }

  private void requireFollows(Status status, LocalDate previous, LifecycleEvent event) {
    if (!status.canBecome(event.status())) {
      throw new OkrException("lifecycle", event.toString(),
          "an objective cannot go from " + status + " to " + event.status());
    }
    if (previous != null && event.date().isBefore(previous)) {
      throw new OkrException("lifecycle", event.toString(),
          "is dated before the previous transition on " + previous);
    }
    if (event.status() == Status.CLOSED && event.date().isBefore(period().start())) {
      throw new OkrException("lifecycle", event.toString(),
          "an objective closes on or after its period starts on " + period().start()
              + "; cancel it instead");
    }
    if (event.status() == Status.ACTIVE && event.date().isAfter(period().end())) {
      throw new OkrException("lifecycle", event.toString(),
          "an objective cannot be activated after its period ends on " + period().end());
    }
  }

  /**
   * Returns this lifecycle followed by one more transition. The longer lifecycle is checked on
   * construction like any other; the earlier transitions passed already, so a broken rule is the
   * new transition's.
   *
   * @param event  the transition, not null
   * @return the longer lifecycle, not null
   * @throws OkrException if the transition is not allowed after the latest one
   */
  public Lifecycle then(LifecycleEvent event) {
    Objects.requireNonNull(event, "event");
    return ImmutableLifecycle.of(period(),
        ImmutableList.<LifecycleEvent>builder().addAll(events()).add(event).build());
  }

  private Optional<LifecycleEvent> latestEvent() {
    return events().isEmpty() ? Optional.empty() : Optional.of(events().get(events().size() - 1));
  }

  /**
   * Returns the current state: the state entered by the latest event, or draft.
   *
   * @return the status, not null
   */
  public Status status() {
    return latestEvent().map(LifecycleEvent::status).orElse(Status.DRAFT);
  }

  /**
   * Returns the date the objective became active, if it did.
   *
   * @return the activation date, not null
   */
  public Optional<LocalDate> activatedOn() {
    for (LifecycleEvent event : events()) {
      if (event.status() == Status.ACTIVE) {
        return Optional.of(event.date());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the date the objective was closed or cancelled, if it was.
   *
   * @return the end date, not null
   */
  public Optional<LocalDate> endedOn() {
    return latestEvent().filter(event -> event.status().isFinal()).map(LifecycleEvent::date);
  }

  /**
   * Returns the first date a check-in or adjustment may carry: the later of activation and the
   * period's start; empty if the objective was never activated, so it can have no history.
   *
   * @return the first history date, not null
   */
  public Optional<LocalDate> firstHistoryDate() {
    return activatedOn().map(activated -> latest(activated, period().start()));
  }

  /**
   * Returns the last date a check-in may carry: the earlier of the end date and {@link
   * Period#lastCheckInDate()}; empty if the objective was never activated.
   *
   * @return the last check-in date, not null
   */
  public Optional<LocalDate> lastCheckInDate() {
    return activatedOn().map(activated -> lastBefore(period().lastCheckInDate()));
  }

  /**
   * Returns the last date an adjustment may carry: the earlier of the end date and the period's
   * end; empty if the objective was never activated.
   *
   * @return the last adjustment date, not null
   */
  public Optional<LocalDate> lastAdjustmentDate() {
    return activatedOn().map(activated -> lastBefore(period().end()));
  }

  /**
   * Tells whether a check-in may be dated on a date: from {@link #firstHistoryDate()} to {@link
   * #lastCheckInDate()}.
   *
   * @param date  the date, not null
   * @return true if the date is inside the check-in window
   */
  public boolean allowsCheckInOn(LocalDate date) {
    return inWindow(Objects.requireNonNull(date, "date"), lastCheckInDate());
  }

  /**
   * Tells whether an adjustment may be dated on a date: from {@link #firstHistoryDate()} to {@link
   * #lastAdjustmentDate()}.
   *
   * @param date  the date, not null
   * @return true if the date is inside the adjustment window
   */
  public boolean allowsAdjustmentOn(LocalDate date) {
    return inWindow(Objects.requireNonNull(date, "date"), lastAdjustmentDate());
  }

  private boolean inWindow(LocalDate date, Optional<LocalDate> last) {
    Optional<LocalDate> first = firstHistoryDate();
    return first.isPresent() && last.isPresent()
        && !date.isBefore(first.get()) && !date.isAfter(last.get());
  }

  private LocalDate lastBefore(LocalDate latestInPeriod) {
    return endedOn().filter(end -> end.isBefore(latestInPeriod)).orElse(latestInPeriod);
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** Returns the events as text, for example {@code [2026-01-05 ACTIVE, 2026-03-31 CLOSED: done]}. */
  @Override
  public String toString() {
    return events().toString();
  }
}
