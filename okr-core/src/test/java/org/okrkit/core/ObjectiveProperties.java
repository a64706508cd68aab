package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Laws of the objective aggregate: read-back, all-or-nothing commands, and replay. */
class ObjectiveProperties {

  /** A dated command, resolved against the objective it is applied to. */
  record Command(int kind, int keyResultIndex, int dayOffset, BigDecimal number, int pick,
      boolean fitting) {

    LocalDate date(Objective objective) {
      return objective.period().start().plusDays(dayOffset);
    }

    Objective apply(Objective objective) {
      LocalDate date = date(objective);
      KeyResult keyResult =
          objective.keyResults().get(keyResultIndex % objective.keyResults().size());
      switch (kind) {
        case 0:
          return objective.activate(date);
        case 1:
          return objective.close(date, "closing note");
        case 2:
          return objective.cancel(date, "reason");
        case 3:
          return objective.adjust(keyResult.id(), Adjustment.of(date,
              Metric.of(number, number.add(BigDecimal.TEN), "units"), "re-plan"));
        case 4:
          return objective.adjustTarget(keyResult.id(), date, number, "new target");
        default:
          Measure measure = keyResult.measureAsOf(date);
          return objective.checkIn(keyResult.id(),
              CheckIn.of(date, CoreArbitraries.valueFor(measure, number, pick, fitting)));
      }
    }
  }

  @Provide
  Arbitrary<Objective> drafts() {
    return CoreArbitraries.drafts();
  }

  @Provide
  Arbitrary<List<Command>> commands() {
    Arbitrary<Command> command = Combinators.combine(
            Arbitraries.frequency(
                Tuple.of(3, 0), Tuple.of(1, 1),
                Tuple.of(1, 2), Tuple.of(1, 3),
                Tuple.of(2, 4), Tuple.of(10, 5)),
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(-10, 130),
            CoreArbitraries.decimals(),
            Arbitraries.integers().between(0, 15),
            Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false)))
        .as(Command::new);
    // Most histories start with an early activation, so later commands meet an active objective.
    Arbitrary<List<Command>> activatedEarly = Combinators
        .combine(Arbitraries.integers().between(-5, 20), command.list().ofMaxSize(25))
        .as((day, rest) -> {
          List<Command> history = new ArrayList<>();
          history.add(new Command(0, 0, day, BigDecimal.ONE, 0, true));
          history.addAll(rest);
          return history;
        });
    return Arbitraries.frequencyOf(
        Tuple.of(4, activatedEarly), Tuple.of(1, command.list().ofMaxSize(25)));
  }

  @Property(tries = 300)
  void builtObjectiveReadsBack(@ForAll("drafts") Objective draft) {
    Objective rebuilt = Objective.builder()
        .id(draft.id())
        .title(draft.title())
        .level(draft.level())
        .owner(draft.owner())
        .period(draft.period())
        .commitment(draft.commitment())
        .keyResults(draft.keyResults())
        .build();
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
      try {
        current = command.apply(before);
      } catch (OkrException | OkrStateException rejected) {
        assertEquals(snapshot, before, "a rejected command must change nothing");
        assertEquals(snapshot.hashCode(), before.hashCode());
        continue;
      }
      assertEquals(current, Objective.builder().from(current).build(),
          "a command's result must pass every rule when rebuilt");
      assertTrue(isLegalTransition(before.status(), current.status()),
          before.status() + " -> " + current.status());
    }
  }

  private static boolean isLegalTransition(Status from, Status to) {
    return from == to
        || (from == Status.DRAFT && (to == Status.ACTIVE || to == Status.CANCELLED))
        || (from == Status.ACTIVE && to.isFinal());
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void replayAsOfAnyDateEqualsTheStateBuiltUpToThatDate(
      @ForAll("drafts") Objective draft, @ForAll("commands") List<Command> commands,
      @ForAll("offsets") List<Integer> queryOffsets) {
    List<Command> inDateOrder = new ArrayList<>(commands);
    inDateOrder.sort(Comparator.comparingInt(Command::dayOffset));
    List<LocalDate> appliedOn = new ArrayList<>();
    List<Objective> states = new ArrayList<>();
    Objective current = draft;
    for (Command command : inDateOrder) {
      try {
        current = command.apply(current);
      } catch (OkrException | OkrStateException rejected) {
        continue;
      }
      appliedOn.add(command.date(draft));
      states.add(current);
    }
    Objective last = current;
    for (int offset : queryOffsets) {
      LocalDate date = draft.period().start().plusDays(offset);
      Objective expected = draft;
      for (int i = 0; i < states.size(); i++) {
        if (!appliedOn.get(i).isAfter(date)) {
          expected = states.get(i);
        }
      }
      assertEquals(expected, last.asOf(date), "as of " + date);
    }
  }

  @Provide
  Arbitrary<List<Integer>> offsets() {
    return Arbitraries.integers().between(-30, 420).list().ofMinSize(1).ofMaxSize(6);
  }
}
