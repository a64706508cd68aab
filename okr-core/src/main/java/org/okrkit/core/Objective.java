package org.okrkit.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * An objective: a qualitative statement of what to achieve in a period, with one accountable
 * owner and its key results. This is the aggregate of the OKR model.
 *
 * <p><b>Lifecycle.</b> An objective starts as a {@link Status#DRAFT draft}, becomes {@link
 * Status#ACTIVE active} once it has at least one key result, and ends {@link Status#CLOSED closed}
 * with a closing note; a draft or active objective may be {@link Status#CANCELLED cancelled} with a
 * reason. Each transition is a dated {@link LifecycleEvent}; dates never go backwards.
 *
 * <p><b>Check-ins and adjustments</b> are accepted only while the objective is active, inside the
 * window its {@link #lifecycle() lifecycle} gives: from the later of its activation and its
 * period's start; check-ins up to {@value Period#CLOSING_GRACE_DAYS} days after the period ends
 * ({@link Period#lastCheckInDate()}), so the closing check-in can be recorded before the objective
 * is closed; adjustments inside the period.
 *
 * <p><b>History.</b> Nothing is overwritten: {@link #asOf(LocalDate)} replays the objective as it
 * was at the end of any date.
 *
 * <p><b>Commands</b> such as {@link #activate(LocalDate)} or {@link #checkIn(KeyResultId,
 * CheckIn)} return a new objective; the one they were called on is unaffected, also when they
 * throw. A command checks only the new fact against what it touches (the one key result, the
 * lifecycle window, the transition), so it costs what it adds, not the whole history. Building an
 * objective with {@link #builder()} checks every rule over the whole history, so an objective
 * restored from storage is as valid as one built by commands. The builder is for writing new
 * drafts and for restoring stored objectives; changes to a live objective go through the commands,
 * which enforce the lifecycle.
 *
 * <p>Alignment links name their parents by id. Whether those parents exist and fit is a question
 * about the whole plan, for okrkit's alignment module. Immutable and thread-safe.
 *
 * <pre>{@code
 * KeyResultId nps = KeyResultId.of("nps");
 * Objective draft = Objective.builder()
 *     .id(ObjectiveId.of("retention-2026-q1")).title("Customers stay because they love it")
 *     .level(Level.TEAM).owner(PersonId.of("ada")).period(Period.calendarQuarter(2026, 1))
 *     .commitment(Commitment.ASPIRATIONAL)
 *     .addKeyResults(KeyResult.builder().id(nps).title("Raise NPS from 30 to 50")
 *         .owner(PersonId.of("ada")).measure(Metric.of(30, 50, "points")).build())
 *     .addAlignments(Alignment.toObjective(ObjectiveId.of("love-2026")))
 *     .build();
 * Objective closed = draft.activate(LocalDate.of(2026, 1, 5))
 *     .checkIn(nps, CheckIn.of(LocalDate.of(2026, 2, 1), 38))
 *     .adjustTarget(nps, LocalDate.of(2026, 2, 15), 45, "Survey scale changed")
 *     .close(LocalDate.of(2026, 3, 31), "NPS up, short of 45");
 * Objective inFebruary = closed.asOf(LocalDate.of(2026, 2, 10));
 * // inFebruary is active, its NPS target still 50; draft is still a draft
 * }</pre>
 */
// Copy methods are generated for the commands alone: the generated class is package-private, so
// users never see them, and a command replaces one key result without a builder's full copy.
@Value.Immutable(copy = true)
@OkrStyle
public abstract class Objective {

  /** See {@link #keyResultIndex()}; not part of the value. */
  private transient ImmutableMap<KeyResultId, Integer> keyResultIndex;

  Objective() {}

  /**
   * Returns a builder. Id, title, level, owner, period and commitment are required; a new
   * objective is a draft.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the objective's id.
   *
   * @return the id, not null
   */
  public abstract ObjectiveId id();

  /**
   * Returns the title, for example "Make onboarding delightful".
   *
   * @return the title, not null
   */
  public abstract String title();

  /**
   * Returns the longer description, if any.
   *
   * @return the description, not null
   */
  public abstract Optional<String> description();

  /**
   * Returns the organisational level the objective is set at.
   *
   * @return the level, not null
   */
  public abstract Level level();

  /**
   * Returns the department or team that holds the objective, if any.
   *
   * @return the organisational unit, not null
   */
  public abstract Optional<OrgUnitId> orgUnit();

  /**
   * Returns the one accountable owner.
   *
   * @return the owner, not null
   */
  public abstract PersonId owner();

  /**
   * Returns the people who work toward the objective without owning it.
   *
   * @return the contributors, in the order given, not null
   */
  public abstract ImmutableSet<PersonId> contributors();

  /**
   * Returns the coach who guides the process, if any; a coach owns nothing.
   *
   * @return the coach, not null
   */
  public abstract Optional<PersonId> coach();

  /**
   * Returns the period the objective is set for.
   *
   * @return the period, not null
   */
  public abstract Period period();

  /**
   * Returns whether the objective is committed or aspirational.
   *
   * @return the commitment, not null
   */
  public abstract Commitment commitment();

  /**
   * Returns the key results in their given order; ids are unique.
   *
   * @return the key results, not null
   */
  public abstract ImmutableList<KeyResult> keyResults();

  /**
   * Returns the links up to the parents this objective supports; parents are unique.
   *
   * @return the alignment links, not null
   */
  public abstract ImmutableList<Alignment> alignments();

  /**
   * Returns the objectives this one depends on laterally. Dependencies are not alignment: they
   * carry no weight and take no part in roll-up.
   *
   * @return the ids of the objectives depended on, not null
   */
  public abstract ImmutableSet<ObjectiveId> dependsOn();

  /**
   * Returns the lifecycle transitions in date order, as stored; empty for a draft. {@link
   * #lifecycle()} reads them: status, dates and the window of the history.
   *
   * @return the lifecycle events, not null
   */
  public abstract ImmutableList<LifecycleEvent> lifecycleEvents();

  /**
   * Returns the lifecycle: the events with the status, activation and end dates they give, and the
   * window of dates check-ins and adjustments may carry.
   *
   * @return the lifecycle, not null
   */
  @Value.Lazy
  public Lifecycle lifecycle() {
    return Lifecycle.of(period(), lifecycleEvents());
  }

  /** Checks every rule over the whole objective: the restore path, where every fact is new. */
  private Objective checkAll() {
    Require.text("title", title());
    description().ifPresent(text -> Require.text("description", text));
    Require.uniqueKeys("keyResults", keyResults(), KeyResult::id);
    Require.notOwner("contributors", contributors(), owner());
    coach().ifPresent(coach -> Require.notOwner("coach", ImmutableSet.of(coach), owner()));
    Require.uniqueKeys("alignments", alignments(), Alignment::target);
    Lifecycle lifecycle = lifecycle();
    if (lifecycle.activatedOn().isPresent() && keyResults().isEmpty()) {
      throw new OkrException("keyResults", "[]",
          "objective " + id() + " was activated, so it needs at least one key result");
    }
    // Key results keep their history in date order, so the window is the first and last date's.
    for (KeyResult keyResult : keyResults()) {
      List<CheckIn> checkIns = keyResult.checkIns();
      if (!checkIns.isEmpty()) {
        requireCheckInDate(keyResult.id(), checkIns.get(0).date());
        requireCheckInDate(keyResult.id(), checkIns.get(checkIns.size() - 1).date());
      }
      List<Adjustment> adjustments = keyResult.adjustments();
      if (!adjustments.isEmpty()) {
        requireAdjustmentDate(keyResult.id(), adjustments.get(0).date());
        requireAdjustmentDate(keyResult.id(), adjustments.get(adjustments.size() - 1).date());
      }
    }
    return this;
  }

  private void requireCheckInDate(KeyResultId keyResultId, LocalDate date) {
    if (!lifecycle().allowsCheckInOn(date)) {
      throw outsideWindow("checkIn.date", date, "a check-in of " + keyResultId,
          lifecycle().lastCheckInDate());
    }
  }

  private void requireAdjustmentDate(KeyResultId keyResultId, LocalDate date) {
    if (!lifecycle().allowsAdjustmentOn(date)) {
      throw outsideWindow("adjustment.date", date, "an adjustment of " + keyResultId,
          lifecycle().lastAdjustmentDate());
    }
  }

  private OkrException outsideWindow(String field, LocalDate date, String what,
      Optional<LocalDate> last) {
    Optional<LocalDate> first = lifecycle().firstHistoryDate();
    // Both ends of a window come from the activation: there are both or neither.
    if (first.isEmpty()) {
      return new OkrException(field, date.toString(),
          what + " needs objective " + id() + " to have been activated");
    }
    return new OkrException(field, date.toString(),
        what + " must be dated from " + first.get() + " to " + last.get()
            + " (while objective " + id() + " is active in " + period() + ")");
  }

  /**
   * Returns the current lifecycle state: the state entered by the latest event, or draft.
   *
   * @return the status, not null
   */
  public Status status() {
    return lifecycle().status();
  }

  /**
   * Returns the date the objective became active, if it did.
   *
   * @return the activation date, not null
   */
  public Optional<LocalDate> activatedOn() {
    return lifecycle().activatedOn();
  }

  /**
   * Returns the date the objective was closed or cancelled, if it was.
   *
   * @return the end date, not null
   */
  public Optional<LocalDate> endedOn() {
    return lifecycle().endedOn();
  }

  /**
   * Returns the date of the latest fact in the objective's history: its latest lifecycle event,
   * check-in or adjustment. Commands that end the objective may not be dated before it.
   *
   * @return the latest history date, empty for a draft with no events, not null
   */
  public Optional<LocalDate> latestActivity() {
    LocalDate latest = lifecycleEvents().isEmpty()
        ? null : lifecycleEvents().get(lifecycleEvents().size() - 1).date();
    for (KeyResult keyResult : keyResults()) {
      LocalDate keyResultLatest = keyResult.latestActivity().orElse(null);
      if (keyResultLatest != null && (latest == null || keyResultLatest.isAfter(latest))) {
        latest = keyResultLatest;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Returns the key result with an id.
   *
   * @param keyResultId  the key result's id, not null
   * @return the key result, not null
   * @throws UnknownKeyResultException if the objective has no key result with that id
   */
  public KeyResult keyResult(KeyResultId keyResultId) {
    return keyResults().get(indexOf(keyResultId));
  }

  /**
   * Returns the key result with an id, if there is one.
   *
   * @param keyResultId  the key result's id, not null
   * @return the key result, not null
   */
  public Optional<KeyResult> findKeyResult(KeyResultId keyResultId) {
    Objects.requireNonNull(keyResultId, "keyResultId");
    Integer index = keyResultIndex().get(keyResultId);
    return index == null ? Optional.empty() : Optional.of(keyResults().get(index));
  }

  private int indexOf(KeyResultId keyResultId) {
    Objects.requireNonNull(keyResultId, "keyResultId");
    Integer index = keyResultIndex().get(keyResultId);
    if (index == null) {
      throw new UnknownKeyResultException(id(), keyResultId);
    }
    return index;
  }

  /**
   * The position of each key result by id, built once and handed on by the commands that keep the
   * key results' ids and order, so a command finds its key result in constant time. Racy but
   * benign, like {@code String.hashCode}: the map is immutable, and a thread that sees no map
   * builds an equal one.
   */
  private ImmutableMap<KeyResultId, Integer> keyResultIndex() {
    ImmutableMap<KeyResultId, Integer> index = keyResultIndex;
    if (index == null) {
      ImmutableMap.Builder<KeyResultId, Integer> byId =
          ImmutableMap.builderWithExpectedSize(keyResults().size());
      for (int i = 0; i < keyResults().size(); i++) {
        byId.put(keyResults().get(i).id(), i);
      }
      index = byId.buildKeepingLast();
      keyResultIndex = index;
    }
    return index;
  }

  /**
   * Adds a key result to a draft.
   *
   * @param keyResult  the key result, not null, with an id new to this objective
   * @return the objective with the key result added last, not null
   * @throws OkrStateException if the objective is not a draft
   * @throws OkrException if the id is already taken
   */
  public Objective addKeyResult(KeyResult keyResult) {
    Objects.requireNonNull(keyResult, "keyResult");
    requireStatus("add a key result", Status.DRAFT);
    return new Builder().from(this).addKeyResult(keyResult).build();
  }

  /**
   * Removes a key result from a draft.
   *
   * @param keyResultId  the id of the key result to remove, not null
   * @return the objective without that key result, not null
   * @throws OkrStateException if the objective is not a draft
   * @throws UnknownKeyResultException if there is no such key result
   */
  public Objective removeKeyResult(KeyResultId keyResultId) {
    Objects.requireNonNull(keyResultId, "keyResultId");
    requireStatus("remove a key result", Status.DRAFT);
    int index = indexOf(keyResultId);
    ImmutableList.Builder<KeyResult> kept = ImmutableList.builder();
    for (int i = 0; i < keyResults().size(); i++) {
      if (i != index) {
        kept.add(keyResults().get(i));
      }
    }
    return new Builder().from(this).keyResults(kept.build()).build();
  }

  /**
   * Adds an alignment link to a draft.
   *
   * @param alignment  the link, not null, to a parent not yet linked
   * @return the objective with the link added, not null
   * @throws OkrStateException if the objective is not a draft
   * @throws OkrException if the parent is already linked
   */
  public Objective alignTo(Alignment alignment) {
    Objects.requireNonNull(alignment, "alignment");
    requireStatus("add an alignment", Status.DRAFT);
    return new Builder().from(this).addAlignment(alignment).build();
  }

  /**
   * Adds a lateral dependency to a draft.
   *
   * @param objectiveId  the objective this one depends on, not null
   * @return the objective with the dependency added; this instance if already present, not null
   * @throws OkrStateException if the objective is not a draft
   */
  public Objective dependOn(ObjectiveId objectiveId) {
    Objects.requireNonNull(objectiveId, "objectiveId");
    requireStatus("add a dependency", Status.DRAFT);
    if (dependsOn().contains(objectiveId)) {
      return this;
    }
    return new Builder().from(this).addDependsOn(objectiveId).build();
  }

  /**
   * Makes a draft active.
   *
   * @param date  the activation date, not null, not after the period ends
   * @return the active objective, not null
   * @throws OkrStateException if the objective is not a draft or has no key result
   * @throws OkrException if the date is after the period ends
   */
  public Objective activate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    requireStatus("activate", Status.DRAFT);
    if (keyResults().isEmpty()) {
      throw new OkrStateException(status().name(), "activate",
          "objective " + id() + " needs at least one key result first");
    }
    return withEvent(lifecycle().then(LifecycleEvent.activated(date)));
  }

  /**
   * Closes an active objective with a closing note.
   *
   * @param date  the closing date, not null, not before the last transition or check-in
   * @param note  the closing note, for example what was learnt, not blank
   * @return the closed objective, not null
   * @throws OkrStateException if the objective is not active
   * @throws OkrException if the date or note is invalid
   */
  public Objective close(LocalDate date, String note) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(note, "note");
    requireStatus("close", Status.ACTIVE);
    Lifecycle closed = lifecycle().then(LifecycleEvent.closed(date, note));
    requireNotBeforeHistory(date);
    return withEvent(closed);
  }

  /**
   * Cancels a draft or active objective.
   *
   * @param date  the date, not null, not before the last transition or check-in
   * @param reason  why it is cancelled, not blank
   * @return the cancelled objective, not null
   * @throws OkrStateException if the objective is already closed or cancelled
   * @throws OkrException if the date or reason is invalid
   */
  public Objective cancel(LocalDate date, String reason) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
    requireStatus("cancel", Status.DRAFT, Status.ACTIVE);
    Lifecycle cancelled = lifecycle().then(LifecycleEvent.cancelled(date, reason));
    requireNotBeforeHistory(date);
    return withEvent(cancelled);
  }

  private void requireNotBeforeHistory(LocalDate date) {
    Optional<LocalDate> latest = latestActivity();
    if (latest.isPresent() && date.isBefore(latest.get())) {
      throw new OkrException("date", date.toString(),
          "objective " + id() + " has history dated " + latest.get()
              + "; an objective cannot end before its own history");
    }
  }

  /** The objective with a lifecycle already checked by {@link Lifecycle#then(LifecycleEvent)}. */
  private Objective withEvent(Lifecycle checked) {
    return new Builder().from(this).lifecycleEvents(checked.events()).assemble();
  }

  /**
   * Records a check-in of one key result.
   *
   * @param keyResultId  the key result, not null
   * @param checkIn  the check-in, not null, dated while active and in the period (or its grace
   *     window), on a date with no other check-in of that key result, with a value that fits the
   *     measure in force on that date
   * @return the objective with the check-in recorded, not null
   * @throws OkrStateException if the objective is not active
   * @throws OkrException if the key result is unknown or the check-in does not fit
   */
  public Objective checkIn(KeyResultId keyResultId, CheckIn checkIn) {
    Objects.requireNonNull(keyResultId, "keyResultId");
    Objects.requireNonNull(checkIn, "checkIn");
    requireStatus("check in", Status.ACTIVE);
    int index = indexOf(keyResultId);
    requireCheckInDate(keyResultId, checkIn.date());
    return withKeyResult(index, keyResults().get(index).withCheckIn(checkIn));
  }

  /**
   * Adjusts the measure of one key result from a date on; earlier dates keep the earlier measure.
   *
   * @param keyResultId  the key result, not null
   * @param adjustment  the adjustment, not null, dated while active and inside the period, and
   *     fitting every later check-in
   * @return the objective with the adjustment recorded, not null
   * @throws OkrStateException if the objective is not active
   * @throws OkrException if the key result is unknown or the adjustment does not fit
   */
  public Objective adjust(KeyResultId keyResultId, Adjustment adjustment) {
    Objects.requireNonNull(keyResultId, "keyResultId");
    Objects.requireNonNull(adjustment, "adjustment");
    requireStatus("adjust", Status.ACTIVE);
    int index = indexOf(keyResultId);
    requireAdjustmentDate(keyResultId, adjustment.date());
    return withKeyResult(index, keyResults().get(index).withAdjustment(adjustment));
  }

  /**
   * Adjusts the target of a metric, or the level of a threshold, from a date on.
   *
   * @param keyResultId  the key result, not null
   * @param date  the date from which the new target applies, not null
   * @param newTarget  the new target or level, not null
   * @param reason  why it changed, not blank
   * @return the objective with the adjustment recorded, not null
   * @throws OkrStateException if the objective is not active
   * @throws OkrException if the key result is unknown, its measure has no single target, or the
   *     adjustment does not fit
   */
  public Objective adjustTarget(
      KeyResultId keyResultId, LocalDate date, BigDecimal newTarget, String reason) {
    Objects.requireNonNull(keyResultId, "keyResultId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(newTarget, "newTarget");
    Objects.requireNonNull(reason, "reason");
    requireStatus("adjust", Status.ACTIVE);
    Measure current = keyResult(keyResultId).measureAsOf(date);
    Measure adjusted;
    if (current instanceof Metric) {
      Metric metric = (Metric) current;
      adjusted = metric.withTarget(newTarget);
      if (((Metric) adjusted).direction() != metric.direction()) {
        throw new OkrException("newTarget", newTarget.toPlainString(),
            "would turn key result " + keyResultId + " from " + metric.direction() + " to "
                + ((Metric) adjusted).direction() + "; adjust the measure to change direction");
      }
    } else if (current instanceof Threshold) {
      adjusted = ((Threshold) current).withLevel(newTarget);
    } else {
      throw new OkrException("keyResultId", keyResultId.toString(),
          "has measure '" + current + "', which has no single target; adjust the measure instead");
    }
    return adjust(keyResultId, Adjustment.of(date, adjusted, reason));
  }

  /**
   * Adjusts the target of a metric, or the level of a threshold, from a date on, to a number given
   * as a double, taken in its shortest decimal form.
   *
   * @param keyResultId  the key result, not null
   * @param date  the date from which the new target applies, not null
   * @param newTarget  the new target or level, finite
   * @param reason  why it changed, not blank
   * @return the objective with the adjustment recorded, not null
   * @throws OkrStateException if the objective is not active
   * @throws OkrException if the number is NaN or infinite (field {@code newTarget}), the key
   *     result is unknown, its measure has no single target, or the adjustment does not fit
   */
  public Objective adjustTarget(
      KeyResultId keyResultId, LocalDate date, double newTarget, String reason) {
    return adjustTarget(keyResultId, date, Require.finite("newTarget", newTarget), reason);
  }

  private Objective withKeyResult(int index, KeyResult replacement) {
    KeyResult[] keyResults = keyResults().toArray(new KeyResult[0]);
    keyResults[index] = replacement;
    Objective replaced = ((ImmutableObjective) this).withKeyResults(keyResults);
    // the ids and their order are unchanged, so the index carries over
    replaced.keyResultIndex = keyResultIndex;
    return replaced;
  }

  private void requireStatus(String operation, Status... allowed) {
    for (Status status : allowed) {
      if (status() == status) {
        return;
      }
    }
    throw new OkrStateException(status().name(), operation,
        "objective " + id() + " allows it only when "
            + Arrays.stream(allowed).map(Status::name).collect(Collectors.joining(" or ")));
  }

  /**
   * Returns the objective as it was at the end of a date: only the lifecycle events, check-ins and
   * adjustments dated on or before it. Key results, links and texts are not dated and are kept.
   *
   * @param date  the date, not null
   * @return the objective as of that date; this instance if nothing is later, not null
   */
  public Objective asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    ImmutableList<LifecycleEvent> lifecycle = lifecycleEvents().stream()
        .filter(event -> !event.date().isAfter(date))
        .collect(ImmutableList.toImmutableList());
    ImmutableList<KeyResult> keyResults = keyResults().stream()
        .map(keyResult -> keyResult.asOf(date))
        .collect(ImmutableList.toImmutableList());
    boolean unchanged = lifecycle.size() == lifecycleEvents().size();
    for (int i = 0; unchanged && i < keyResults.size(); i++) {
      unchanged = keyResults.get(i) == keyResults().get(i);
    }
    if (unchanged) {
      return this;
    }
    // A prefix of a valid history is valid: no check to repeat.
    return new Builder()
        .from(this)
        .lifecycleEvents(lifecycle)
        .keyResults(keyResults)
        .assemble();
  }

  /**
   * Builds an {@link Objective}; obtain one with {@link Objective#builder()}. {@code from(objective)}
   * copies an objective's attributes, adding its collections to those already set, and
   * {@code build()} checks every rule, throwing {@link IncompleteValueException} when a required
   * attribute is missing and {@link OkrException} when a rule is broken.
   */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}

    /**
     * Builds the objective, checking every rule over its whole history.
     *
     * @return the objective, not null
     * @throws IncompleteValueException if a required attribute is missing
     * @throws OkrException if a rule is broken
     */
    @Override
    public Objective build() {
      return ((Objective) super.build()).checkAll();
    }

    /** Builds without the whole-history check, for commands that checked what they add. */
    Objective assemble() {
      return super.build();
    }
  }
}
