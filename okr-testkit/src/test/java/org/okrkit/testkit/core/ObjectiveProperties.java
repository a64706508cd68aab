package org.okrkit.testkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.okrkit.core.Adjustment;
import org.okrkit.core.Alignment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Checklist;
import org.okrkit.core.ChecklistItem;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Measure;
import org.okrkit.core.MeasureKind;
import org.okrkit.core.Metric;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.OkrStateException;
import org.okrkit.core.PersonId;
import org.okrkit.core.Status;
import org.okrkit.testkit.OkrArbitraries;

/**
 * Laws of okr-core's objective aggregate: read-back, all-or-nothing commands, and replay.
 *
 * <p>These are okr-core's own properties, kept in okr-testkit's tests rather than in okr-core:
 * they run on the testkit's generators, and okr-core cannot depend on okr-testkit, since the
 * testkit depends on okr-core. Run them with {@code mvn verify -pl okr-testkit -am}.
 */
class ObjectiveProperties {

  enum Kind { ACTIVATE, CLOSE, CANCEL, ADJUST, ADJUST_TARGET, CHECK_IN, ADD_KEY_RESULT,
    REMOVE_KEY_RESULT, ALIGN, DEPEND }

  /**
   * A command, resolved against the objective it is applied to. Its date is counted from the
   * period's start, or (when {@code fromEnd}) from its end, so the end and the grace window are
   * reached for long periods too.
   */
  record Command(Kind kind, int keyResultIndex, int dayOffset, boolean fromEnd, BigDecimal number,
      int pick, boolean fitting) {

    LocalDate date(Objective objective) {
      if (isUndated()) {
        return LocalDate.MIN;
      }
      return fromEnd
          ? objective.period().end().plusDays(dayOffset / 4 - 10)
          : objective.period().start().plusDays(dayOffset);
    }

    boolean isUndated() {
      return kind.compareTo(Kind.ADD_KEY_RESULT) >= 0;
    }

    /** The key result the command addresses; a template not in the objective when it has none. */
    KeyResult keyResult(Objective objective) {
      return objective.keyResults().isEmpty()
          ? KeyResult.builder().id(KeyResultId.of("absent")).title("Absent").owner(
              PersonId.of("someone")).measure(Milestone.of()).build()
          : objective.keyResults().get(keyResultIndex % objective.keyResults().size());
    }

    Objective apply(Objective objective) {
      LocalDate date = date(objective);
      KeyResult keyResult = keyResult(objective);
      switch (kind) {
        case ACTIVATE:
          return objective.activate(date);
        case CLOSE:
          return objective.close(date, "closing note");
        case CANCEL:
          return objective.cancel(date, "reason");
        case ADJUST:
          return objective.adjust(keyResult.id(), Adjustment.of(date,
              Metric.of(number, number.add(BigDecimal.TEN), "units"), "re-plan"));
        case ADJUST_TARGET:
          return objective.adjustTarget(keyResult.id(), date, number, "new target");
        case CHECK_IN:
          return objective.checkIn(keyResult.id(), checkIn(objective));
        case ADD_KEY_RESULT:
          return objective.addKeyResult(KeyResult.builder().from(keyResult)
              .id(KeyResultId.of("added-" + pick)).build());
        case REMOVE_KEY_RESULT:
          return objective.removeKeyResult(keyResult.id());
        case ALIGN:
          return objective.alignTo(Alignment.toObjective(ObjectiveId.of("parent-" + pick)));
        default:
          return objective.dependOn(ObjectiveId.of("peer-" + pick));
      }
    }

    CheckIn checkIn(Objective objective) {
      LocalDate date = date(objective);
      KeyResult keyResult = keyResult(objective);
      return CheckIn.of(date, valueFor(keyResult.measureAsOf(date), number, pick, fitting));
    }
  }

  /**
   * A value that fits the measure, or (when {@code fitting} is false) one that does not. It is
   * chosen when the command is applied, since only then is the measure in force known.
   */
  static CheckInValue valueFor(Measure measure, BigDecimal number, int pick, boolean fitting) {
    if (!fitting) {
      return measure.kind() == MeasureKind.MILESTONE ? CheckInValue.of(number) : CheckInValue.done();
    }
    switch (measure.kind()) {
      case MILESTONE:
        return pick % 2 == 0 ? CheckInValue.done() : CheckInValue.notDone();
      case CHECKLIST:
        List<String> done = new ArrayList<>();
        List<ChecklistItem> items = ((Checklist) measure).items();
        for (int i = 0; i < items.size(); i++) {
          if ((pick >> i & 1) == 1) {
            done.add(items.get(i).name());
          }
        }
        return CheckInValue.itemsDone(done);
      default:
        return CheckInValue.of(number);
    }
  }

  @Provide
  Arbitrary<Objective> drafts() {
    // With a key result, so that most command histories can activate the draft.
    return OkrArbitraries.objectives(Status.DRAFT).filter(draft -> !draft.keyResults().isEmpty());
  }

  @Provide
  Arbitrary<List<Command>> commands() {
    Arbitrary<Command> command = Combinators.combine(
            Arbitraries.frequency(
                Tuple.of(3, Kind.ACTIVATE), Tuple.of(1, Kind.CLOSE), Tuple.of(1, Kind.CANCEL),
                Tuple.of(1, Kind.ADJUST), Tuple.of(2, Kind.ADJUST_TARGET),
                Tuple.of(10, Kind.CHECK_IN), Tuple.of(1, Kind.ADD_KEY_RESULT),
                Tuple.of(1, Kind.REMOVE_KEY_RESULT), Tuple.of(1, Kind.ALIGN),
                Tuple.of(1, Kind.DEPEND)),
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(-10, 130),
            Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)),
            OkrArbitraries.decimals(),
            Arbitraries.integers().between(0, 15),
            Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false)))
        .as(Command::new);
    // Most histories start with an early activation, so later commands meet an active objective.
    Arbitrary<List<Command>> activatedEarly = Combinators
        .combine(Arbitraries.integers().between(-5, 20), command.list().ofMaxSize(25))
        .as((day, rest) -> {
          List<Command> history = new ArrayList<>();
          history.add(new Command(Kind.ACTIVATE, 0, day, false, BigDecimal.ONE, 0, true));
          history.addAll(rest);
          return history;
        });
    return Arbitraries.frequencyOf(
        Tuple.of(4, activatedEarly), Tuple.of(1, command.list().ofMaxSize(25)));
  }

  @Property(tries = 300)
  void builtObjectiveReadsBack(@ForAll("drafts") Objective draft) {
    Objective.Builder builder = Objective.builder()
        .id(draft.id())
        .title(draft.title())
        .level(draft.level())
        .owner(draft.owner())
        .period(draft.period())
        .commitment(draft.commitment())
        .keyResults(draft.keyResults())
        .contributors(draft.contributors())
        .alignments(draft.alignments())
        .dependsOn(draft.dependsOn());
    draft.description().ifPresent(builder::description);
    draft.orgUnit().ifPresent(builder::orgUnit);
    draft.coach().ifPresent(builder::coach);
    Objective rebuilt = builder.build();
    assertEquals(draft, rebuilt);
    assertEquals(Status.DRAFT, rebuilt.status());
    for (KeyResult keyResult : draft.keyResults()) {
      assertEquals(keyResult, rebuilt.keyResult(keyResult.id()));
      assertEquals(keyResult.measure(), rebuilt.keyResult(keyResult.id()).currentMeasure());
    }
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void everyCommandYieldsALegalStateOrChangesNothing(
      @ForAll("drafts") Objective draft, @ForAll("commands") List<Command> commands) {
    Objective current = draft;
    for (Command command : commands) {
      Objective before = current;
      Objective snapshot = Objective.builder().from(before).build();
      boolean accepted;
      try {
        current = command.apply(before);
        accepted = true;
      } catch (OkrException | OkrStateException rejected) {
        accepted = false;
      }
      // Holds by immutability today; it guards the law should a mutable attribute slip in.
      assertEquals(snapshot, before, "a command must not change the value it was called on");
      assertEquals(snapshot.hashCode(), before.hashCode());
      assertOracle(before, command, accepted, accepted ? current : before);
      if (accepted) {
        assertTrue(isLegalTransition(before.status(), current.status()),
            before.status() + " -> " + current.status());
      }
    }
  }

  /** Checks acceptance against rules restated independently of the aggregate's code. */
  private static void assertOracle(
      Objective before, Command command, boolean accepted, Objective after) {
    Status status = before.status();
    String what = command + " on " + status;
    switch (command.kind()) {
      case ACTIVATE:
        assertEquals(status == Status.DRAFT && !before.keyResults().isEmpty()
            && !command.date(before).isAfter(before.period().end()), accepted, what);
        break;
      case CHECK_IN:
        assertEquals(checkInIsLegal(before, command), accepted, what);
        if (accepted) {
          KeyResult changed = command.keyResult(after);
          assertTrue(changed.checkIns().contains(command.checkIn(before)), what);
          assertEquals(before.lifecycle(), after.lifecycle(), what);
        }
        break;
      case CLOSE:
      case CANCEL:
      case ADJUST:
      case ADJUST_TARGET:
        if (accepted) {
          assertTrue(command.kind() == Kind.CANCEL
              ? status == Status.DRAFT || status == Status.ACTIVE
              : status == Status.ACTIVE, what);
        }
        break;
      default:
        if (accepted) {
          assertEquals(Status.DRAFT, status, what);
        }
    }
    if (status.isFinal()) {
      assertEquals(false, accepted, "a closed or cancelled objective accepts nothing: " + what);
    }
  }

  private static boolean checkInIsLegal(Objective before, Command command) {
    if (before.status() != Status.ACTIVE) {
      return false;
    }
    LocalDate date = command.date(before);
    LocalDate activated = before.activatedOn().orElseThrow();
    LocalDate first = activated.isAfter(before.period().start())
        ? activated : before.period().start();
    LocalDate last = before.period().lastCheckInDate();
    KeyResult keyResult = command.keyResult(before);
    boolean freeDate = keyResult.checkIns().stream().noneMatch(c -> c.date().equals(date));
    return before.keyResults().contains(keyResult)
        && !date.isBefore(first) && !date.isAfter(last) && freeDate
        && keyResult.measureAsOf(date).accepts(command.checkIn(before).value());
  }

  private static boolean isLegalTransition(Status from, Status to) {
    return from == to
        || (from == Status.DRAFT && (to == Status.ACTIVE || to == Status.CANCELLED))
        || (from == Status.ACTIVE && to.isFinal());
  }

  /**
   * Commands are applied in the order generated, so check-ins and adjustments are often
   * back-dated; the state "built up to" a date is what the accepted commands dated on or before it
   * give, applied in the same order. Draft edits are undated and always count.
   */
  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void replayAsOfAnyDateEqualsTheStateBuiltUpToThatDate(
      @ForAll("drafts") Objective draft, @ForAll("commands") List<Command> commands,
      @ForAll("offsets") List<Integer> queryOffsets) {
    List<Command> accepted = new ArrayList<>();
    Objective current = draft;
    for (Command command : commands) {
      try {
        current = command.apply(current);
        accepted.add(command);
      } catch (OkrException | OkrStateException rejected) {
        // Only accepted commands are history.
      }
    }
    for (int offset : queryOffsets) {
      LocalDate date = draft.period().start().plusDays(offset);
      Objective expected = draft;
      for (Command command : accepted) {
        if (!command.date(draft).isAfter(date)) {
          expected = command.apply(expected);
        }
      }
      assertEquals(expected, current.asOf(date), "as of " + date);
    }
  }

  @Provide
  Arbitrary<List<Integer>> offsets() {
    return Arbitraries.integers().between(-30, 420).list().ofMinSize(1).ofMaxSize(6);
  }
}
