package org.okrkit.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Ordering;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.OkrStyle;
import org.okrkit.core.internal.Require;

/**
 * A measurable outcome that shows progress toward one objective, with one accountable owner.
 *
 * <p>A key result keeps its whole history: the {@link #measure() measure} it was set with, the
 * dated {@link #adjustments() adjustments} made to it and its dated {@link #checkIns() check-ins},
 * at most one per date. Both lists are kept in date order whatever order they were given in, so the
 * same history always gives the same value. Each check-in must fit the measure in force on its
 * date. Immutable and thread-safe.
 *
 * <p>Build one with {@link #builder()}; add check-ins and adjustments through the objective, which
 * enforces the lifecycle: {@link Objective#checkIn(KeyResultId, CheckIn)}.
 */
@Value.Immutable(copy = false)
@OkrStyle
public abstract class KeyResult {

  private static final Comparator<CheckIn> BY_CHECK_IN_DATE = Comparator.comparing(CheckIn::date);
  private static final Comparator<Adjustment> BY_ADJUSTMENT_DATE =
      Comparator.comparing(Adjustment::date);

  KeyResult() {}

  /**
   * Returns a builder; id, title, owner and measure are required, the weight defaults to 1.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the key result's id, unique within its objective.
   *
   * @return the id, not null
   */
  public abstract KeyResultId id();

  /**
   * Returns the title, for example "Reduce monthly churn from 8 % to 5 %".
   *
   * @return the title, not null
   */
  public abstract String title();

  /**
   * Returns the one accountable owner.
   *
   * @return the owner, not null
   */
  public abstract PersonId owner();

  /**
   * Returns the people who work toward the key result without owning it.
   *
   * @return the contributors, in the order given, not null
   */
  public abstract ImmutableSet<PersonId> contributors();

  /**
   * Returns the weight of this key result in its objective, positive; 1 unless set.
   *
   * @return the weight, not null
   */
  @Value.Default
  public BigDecimal weight() {
    return BigDecimal.ONE;
  }

  /**
   * Returns the measure the key result was set with, before any adjustment. See {@link
   * #currentMeasure()} and {@link #measureAsOf(LocalDate)}.
   *
   * @return the original measure, not null
   */
  public abstract Measure measure();

  /**
   * Returns the KPI this key result is drawn from and how its readings are aggregated, if any. A
   * key result drawn from a KPI takes its values from the KPI's readings, not from check-ins.
   *
   * @return the KPI link, not null
   */
  public abstract Optional<KpiLink> kpi();

  /**
   * Returns the check-ins in date order, at most one per date.
   *
   * @return the check-ins, not null
   */
  public abstract ImmutableList<CheckIn> checkIns();

  /**
   * Returns the adjustments in date order, at most one per date.
   *
   * @return the adjustments, not null
   */
  public abstract ImmutableList<Adjustment> adjustments();

  @Value.Check
  KeyResult normalize() {
    Require.text("title", title());
    Decimals.canonical("weight", weight());
    Require.positive("weight", weight());
    Require.notOwner("contributors", contributors(), owner());
    boolean canonical = Decimals.isCanonical(weight())
        && Ordering.from(BY_CHECK_IN_DATE).isOrdered(checkIns())
        && Ordering.from(BY_ADJUSTMENT_DATE).isOrdered(adjustments());
    if (!canonical) {
      return ImmutableKeyResult.builder()
          .from(this)
          .weight(Decimals.canonical("weight", weight()))
          .checkIns(ImmutableList.sortedCopyOf(BY_CHECK_IN_DATE, checkIns()))
          .adjustments(ImmutableList.sortedCopyOf(BY_ADJUSTMENT_DATE, adjustments()))
          .build();
    }
    for (int i = 1; i < adjustments().size(); i++) {
      if (adjustments().get(i).date().equals(adjustments().get(i - 1).date())) {
        throw new OkrException("adjustments", adjustments().get(i).date().toString(),
            "key result " + id() + " already has an adjustment on that date");
      }
    }
    for (int i = 0; i < checkIns().size(); i++) {
      CheckIn checkIn = checkIns().get(i);
      if (i > 0 && checkIn.date().equals(checkIns().get(i - 1).date())) {
        throw new OkrException("checkIns", checkIn.date().toString(),
            "key result " + id() + " already has a check-in on that date; one check-in per date");
      }
      Measure inForce = measureAsOf(checkIn.date());
      if (!inForce.accepts(checkIn.value())) {
        throw new OkrException("checkIn.value", checkIn.value().toString(),
            "does not fit the measure '" + inForce + "' of key result " + id()
                + " on " + checkIn.date());
      }
    }
    return this;
  }

  /**
   * Returns the measure after all adjustments.
   *
   * @return the measure now in force, not null
   */
  public Measure currentMeasure() {
    return adjustments().isEmpty() ? measure() : adjustments().get(adjustments().size() - 1).measure();
  }

  /**
   * Returns the measure in force at the end of a date: the latest adjustment on or before it, or
   * the original measure.
   *
   * @param date  the date, not null
   * @return the measure in force, not null
   */
  public Measure measureAsOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Measure inForce = measure();
    for (Adjustment adjustment : adjustments()) {
      if (adjustment.date().isAfter(date)) {
        break;
      }
      inForce = adjustment.measure();
    }
    return inForce;
  }

  /**
   * Returns the latest check-in, if any.
   *
   * @return the latest check-in, not null
   */
  public Optional<CheckIn> latestCheckIn() {
    return checkIns().isEmpty()
        ? Optional.empty()
        : Optional.of(checkIns().get(checkIns().size() - 1));
  }

  /**
   * Returns the check-in that gives the value at the end of a date: the latest on or before it.
   *
   * @param date  the date, not null
   * @return the check-in in force, empty if there was none yet, not null
   */
  public Optional<CheckIn> checkInAsOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    CheckIn found = null;
    for (CheckIn checkIn : checkIns()) {
      if (checkIn.date().isAfter(date)) {
        break;
      }
      found = checkIn;
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns this key result as it was at the end of a date: only the check-ins and adjustments
   * dated on or before it.
   *
   * @param date  the date, not null
   * @return the key result as of that date; this instance if nothing is later, not null
   */
  public KeyResult asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    ImmutableList<CheckIn> checkIns = checkIns().stream()
        .filter(checkIn -> !checkIn.date().isAfter(date))
        .collect(ImmutableList.toImmutableList());
    ImmutableList<Adjustment> adjustments = adjustments().stream()
        .filter(adjustment -> !adjustment.date().isAfter(date))
        .collect(ImmutableList.toImmutableList());
    if (checkIns.size() == checkIns().size() && adjustments.size() == adjustments().size()) {
      return this;
    }
    return ImmutableKeyResult.builder()
        .from(this)
        .checkIns(checkIns)
        .adjustments(adjustments)
        .build();
  }

  KeyResult withCheckIn(CheckIn checkIn) {
    return ImmutableKeyResult.builder().from(this).addCheckIn(checkIn).build();
  }

  KeyResult withAdjustment(Adjustment adjustment) {
    return ImmutableKeyResult.builder().from(this).addAdjustment(adjustment).build();
  }

  /** Builds a {@link KeyResult}; obtain one with {@link KeyResult#builder()}. */
  public static final class Builder extends ImmutableKeyResult.Builder {
    Builder() {}
  }
}
