package org.okrkit.testkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Adjustment;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResult;
import org.okrkit.core.LifecycleEvent;
import org.okrkit.core.Metric;
import org.okrkit.core.Objective;
import org.okrkit.core.OkrException;
import org.okrkit.core.OkrStateException;
import org.okrkit.core.Status;
import org.okrkit.testkit.core.ObjectiveProperties.Command;

/**
 * Commands check only the new fact, the builder checks the whole history: the two must agree.
 * A history built command by command equals the same history restored by the builder from its
 * parts, and a command accepts a fact exactly when the builder accepts the history with that fact
 * added.
 */
class CommandRestoreProperties {

  private final ObjectiveProperties commandSource = new ObjectiveProperties();

  @Provide
  Arbitrary<Objective> drafts() {
    return commandSource.drafts();
  }

  @Provide
  Arbitrary<List<Command>> commands() {
    return commandSource.commands();
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void commandsAndBuilderAgreeOnEveryFact(
      @ForAll("drafts") Objective draft, @ForAll("commands") List<Command> commands) {
    Objective current = draft;
    for (Command command : commands) {
      Objective before = current;
      Optional<Objective> byCommand = attempt(() -> command.apply(before));
      Optional<Optional<Objective>> byBuilder = restoredWithFact(before, command);
      if (byBuilder.isPresent()) {
        assertEquals(byBuilder.get().isPresent(), byCommand.isPresent(),
            command + " on " + before.status() + ": command and builder disagree on acceptance");
        byBuilder.get().ifPresent(restored -> assertEquals(restored, byCommand.get(),
            command + ": the builder restores a different objective"));
      }
      if (byCommand.isPresent()) {
        current = byCommand.get();
        assertEquals(current, restore(current), "restored from its parts");
        assertEquals(current, Objective.builder().from(current).build(), "restored with from()");
      }
    }
  }

  /**
   * The objective the builder restores with the command's dated fact added, empty when the
   * builder rejects it; empty outside when the command adds no dated fact or has a rule only a
   * command has (facts go to active objectives only; an adjustment must change the measure;
   * adjustTarget's own rules).
   */
  private static Optional<Optional<Objective>> restoredWithFact(Objective before, Command command) {
    LocalDate date = command.date(before);
    KeyResult keyResult = command.keyResult(before);
    // Only an active objective takes new facts; the builder restores them in closed ones too.
    boolean known = before.keyResults().contains(keyResult) && before.status() == Status.ACTIVE;
    switch (command.kind()) {
      case ACTIVATE:
        return Optional.of(withEvent(before, () -> LifecycleEvent.activated(date)));
      case CLOSE:
        return Optional.of(withEvent(before, () -> LifecycleEvent.closed(date, "closing note")));
      case CANCEL:
        return Optional.of(withEvent(before, () -> LifecycleEvent.cancelled(date, "reason")));
      case CHECK_IN:
        if (!known) {
          return Optional.empty();
        }
        CheckIn checkIn = command.checkIn(before);
        return Optional.of(withKeyResult(before, keyResult,
            parts -> parts.addCheckIn(checkIn)));
      case ADJUST:
        Adjustment adjustment = Adjustment.of(date,
            Metric.of(command.number(), command.number().add(BigDecimal.TEN), "units"), "re-plan");
        if (!known || keyResult.measureAsOf(date).equals(adjustment.measure())) {
          return Optional.empty();
        }
        return Optional.of(withKeyResult(before, keyResult,
            parts -> parts.addAdjustment(adjustment)));
      default:
        return Optional.empty();
    }
  }

  private static Optional<Objective> withEvent(
      Objective before, Supplier<LifecycleEvent> event) {
    return attempt(() -> parts(before).addLifecycleEvent(event.get()).build());
  }

  private static Optional<Objective> withKeyResult(
      Objective before, KeyResult changed, UnaryOperator<KeyResult.Builder> addFact) {
    return attempt(() -> {
      List<KeyResult> keyResults = new ArrayList<>();
      for (KeyResult keyResult : before.keyResults()) {
        KeyResult.Builder parts = keyResultParts(keyResult);
        keyResults.add(
            keyResult.id().equals(changed.id()) ? addFact.apply(parts).build() : parts.build());
      }
      return parts(before).keyResults(keyResults).build();
    });
  }

  /** The objective restored from its parts, every key result too, as storage would. */
  private static Objective restore(Objective objective) {
    List<KeyResult> keyResults = new ArrayList<>();
    for (KeyResult keyResult : objective.keyResults()) {
      keyResults.add(keyResultParts(keyResult).build());
    }
    return parts(objective).keyResults(keyResults).build();
  }

  private static Objective.Builder parts(Objective objective) {
    Objective.Builder builder = Objective.builder()
        .id(objective.id())
        .title(objective.title())
        .level(objective.level())
        .owner(objective.owner())
        .period(objective.period())
        .commitment(objective.commitment())
        .keyResults(objective.keyResults())
        .contributors(objective.contributors())
        .alignments(objective.alignments())
        .dependsOn(objective.dependsOn())
        .lifecycleEvents(objective.lifecycleEvents());
    objective.description().ifPresent(builder::description);
    objective.orgUnit().ifPresent(builder::orgUnit);
    objective.coach().ifPresent(builder::coach);
    return builder;
  }

  private static KeyResult.Builder keyResultParts(KeyResult keyResult) {
    // Fed in reverse date order: the builder sorts, so storage order does not matter.
    List<CheckIn> checkIns = new ArrayList<>(keyResult.checkIns());
    Collections.reverse(checkIns);
    return KeyResult.builder()
        .id(keyResult.id())
        .title(keyResult.title())
        .owner(keyResult.owner())
        .contributors(keyResult.contributors())
        .weight(keyResult.weight())
        .measure(keyResult.measure())
        .kpi(keyResult.kpi())
        .checkIns(checkIns)
        .adjustments(keyResult.adjustments());
  }

  private interface Attempt {
    Objective run();
  }

  private static Optional<Objective> attempt(Attempt attempt) {
    try {
      return Optional.of(attempt.run());
    } catch (OkrException | OkrStateException rejected) {
      return Optional.empty();
    }
  }
}
