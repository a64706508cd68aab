package org.okrkit.core;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.okrkit.core.internal.Decimals;
import org.okrkit.core.internal.PersistentList;
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
 * <p>Build one with {@link #builder()}, which checks the whole history, so a key result restored
 * from storage is as valid as one built by commands. Add check-ins and adjustments through the
 * objective, which enforces the lifecycle and checks only the new fact:
 * {@link Objective#checkIn(KeyResultId, CheckIn)}. A key result built check-in by check-in shares
 * its history with its predecessors, so recording a check-in costs amortised constant time.
 *
 * <pre>{@code
 * KeyResult nps = KeyResult.builder()
 *     .id(KeyResultId.of("nps"))
 *     .title("Raise NPS from 30 to 50")
 *     .owner(PersonId.of("ada"))
 *     .weight(new BigDecimal("2"))          // counts twice in its objective's mean
 *     .measure(Metric.of(new BigDecimal("30"), new BigDecimal("50"), "points"))
 *     .build();
 * KeyResult leads = KeyResult.builder()
 *     .id(KeyResultId.of("leads")).title("Win 150 qualified leads").owner(PersonId.of("dana"))
 *     .measure(Metric.of(0, 150, "leads"))
 *     .kpi(KpiLink.of(KpiId.of("leads"), KpiAggregation.SUM))  // values from the KPI's readings
 *     .build();
 * // after objective.checkIn(nps.id(), ...) and objective.adjustTarget(nps.id(), ...):
 * // keyResult.measureAsOf(date) is the measure in force on that date
 * }</pre>
 */
public final class KeyResult {

  private static final Comparator<CheckIn> BY_CHECK_IN_DATE = Comparator.comparing(CheckIn::date);
  private static final Comparator<Adjustment> BY_ADJUSTMENT_DATE =
      Comparator.comparing(Adjustment::date);

  private final KeyResultId id;
  private final String title;
  private final PersonId owner;
  private final ImmutableSet<PersonId> contributors;
  private final BigDecimal weight;
  private final Measure measure;
  private final Optional<KpiLink> kpi;
  private final PersistentList<CheckIn> checkIns;
  private final PersistentList<Adjustment> adjustments;

  private KeyResult(KeyResult base, PersistentList<CheckIn> checkIns,
      PersistentList<Adjustment> adjustments) {
    this(base.id, base.title, base.owner, base.contributors, base.weight, base.measure, base.kpi,
        checkIns, adjustments);
  }

  private KeyResult(KeyResultId id, String title, PersonId owner,
      ImmutableSet<PersonId> contributors, BigDecimal weight, Measure measure,
      Optional<KpiLink> kpi, PersistentList<CheckIn> checkIns,
      PersistentList<Adjustment> adjustments) {
    this.id = id;
    this.title = title;
    this.owner = owner;
    this.contributors = contributors;
    this.weight = weight;
    this.measure = measure;
    this.kpi = kpi;
    this.checkIns = checkIns;
    this.adjustments = adjustments;
  }

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
  public KeyResultId id() {
    return id;
  }

  /**
   * Returns the title, for example "Reduce monthly churn from 8 % to 5 %".
   *
   * @return the title, not null
   */
  public String title() {
    return title;
  }

  /**
   * Returns the one accountable owner.
   *
   * @return the owner, not null
   */
  public PersonId owner() {
    return owner;
  }

  /**
   * Returns the people who work toward the key result without owning it.
   *
   * @return the contributors, in the order given, not null
   */
  public ImmutableSet<PersonId> contributors() {
    return contributors;
  }

  /**
   * Returns the weight of this key result in its objective, positive; 1 unless set.
   *
   * @return the weight, in canonical form, not null
   */
  public BigDecimal weight() {
    return weight;
  }

  /**
   * Returns the measure the key result was set with, before any adjustment. See {@link
   * #currentMeasure()} and {@link #measureAsOf(LocalDate)}.
   *
   * @return the original measure, not null
   */
  public Measure measure() {
    return measure;
  }

  /**
   * Returns the KPI this key result is drawn from and how its readings are aggregated, if any. A
   * key result drawn from a KPI takes its values from the KPI's readings, not from check-ins:
   * its check-ins still record the owner's confidence and notes, which pace reads, but their
   * values are not scored. Every measure such a key result has is numeric.
   *
   * @return the KPI link, not null
   */
  public Optional<KpiLink> kpi() {
    return kpi;
  }

  /**
   * Returns the check-ins in date order, at most one per date.
   *
   * @return an unmodifiable, random-access list of the check-ins, not null
   */
  public List<CheckIn> checkIns() {
    return checkIns;
  }

  /**
   * Returns the adjustments in date order, at most one per date.
   *
   * @return an unmodifiable, random-access list of the adjustments, not null
   */
  public List<Adjustment> adjustments() {
    return adjustments;
  }

  /**
   * Returns the measure after all adjustments.
   *
   * @return the measure now in force, not null
   */
  public Measure currentMeasure() {
    return adjustments.isEmpty() ? measure : adjustments.get(adjustments.size() - 1).measure();
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
    int count = countOnOrBefore(adjustments, Adjustment::date, date);
    return count == 0 ? measure : adjustments.get(count - 1).measure();
  }

  /**
   * Returns the latest check-in, if any.
   *
   * @return the latest check-in, not null
   */
  public Optional<CheckIn> latestCheckIn() {
    return checkIns.isEmpty() ? Optional.empty() : Optional.of(checkIns.get(checkIns.size() - 1));
  }

  /**
   * Returns the date of the latest fact in this key result's history: its latest check-in or
   * adjustment, whichever is later.
   *
   * @return the latest history date, empty if there is no history, not null
   */
  public Optional<LocalDate> latestActivity() {
    LocalDate checkedIn = checkIns.isEmpty() ? null : checkIns.get(checkIns.size() - 1).date();
    LocalDate adjusted =
        adjustments.isEmpty() ? null : adjustments.get(adjustments.size() - 1).date();
    if (checkedIn == null || adjusted == null) {
      return Optional.ofNullable(checkedIn == null ? adjusted : checkedIn);
    }
    return Optional.of(checkedIn.isAfter(adjusted) ? checkedIn : adjusted);
  }

  /**
   * Returns the check-in that gives the value at the end of a date: the latest on or before it.
   *
   * @param date  the date, not null
   * @return the check-in in force, empty if there was none yet, not null
   */
  public Optional<CheckIn> checkInAsOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int count = countOnOrBefore(checkIns, CheckIn::date, date);
    return count == 0 ? Optional.empty() : Optional.of(checkIns.get(count - 1));
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
    int keptCheckIns = countOnOrBefore(checkIns, CheckIn::date, date);
    int keptAdjustments = countOnOrBefore(adjustments, Adjustment::date, date);
    if (keptCheckIns == checkIns.size() && keptAdjustments == adjustments.size()) {
      return this;
    }
    return new KeyResult(this, checkIns.prefix(keptCheckIns), adjustments.prefix(keptAdjustments));
  }

  /** How many elements of a date-ordered list are dated on or before a date: a binary search. */
  private static <T> int countOnOrBefore(List<T> sorted, Function<T, LocalDate> dateOf,
      LocalDate date) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (dateOf.apply(sorted.get(middle)).isAfter(date)) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  /**
   * Records a check-in, checking only the new fact: its date is free and its value fits the
   * measure in force on that date. The lifecycle window is the objective's to check.
   */
  KeyResult withCheckIn(CheckIn checkIn) {
    int index = countOnOrBefore(checkIns, CheckIn::date, checkIn.date());
    if (index > 0 && checkIns.get(index - 1).date().equals(checkIn.date())) {
      throw sameDateCheckIn(checkIn.date());
    }
    requireFits(measureAsOf(checkIn.date()), checkIn);
    return new KeyResult(this, checkIns.insert(index, checkIn), adjustments);
  }

  /**
   * Records an adjustment, checking only the new fact: its date is free and its measure fits the
   * check-ins it governs, those from its date up to the next adjustment.
   */
  KeyResult withAdjustment(Adjustment adjustment) {
    LocalDate date = adjustment.date();
    int index = countOnOrBefore(adjustments, Adjustment::date, date);
    if (index > 0 && adjustments.get(index - 1).date().equals(date)) {
      throw sameDateAdjustment(date);
    }
    requireChange(index > 0 ? adjustments.get(index - 1).measure() : measure, adjustment);
    if (index < adjustments.size()) {
      requireChange(adjustment.measure(), adjustments.get(index));
    }
    requireKpiCanFeed(adjustment.measure());
    Optional<LocalDate> nextAdjustment = index < adjustments.size()
        ? Optional.of(adjustments.get(index).date()) : Optional.empty();
    int first = countOnOrBefore(checkIns, CheckIn::date, date.minusDays(1));
    for (int i = first; i < checkIns.size(); i++) {
      CheckIn governed = checkIns.get(i);
      if (nextAdjustment.isPresent() && !governed.date().isBefore(nextAdjustment.get())) {
        break;
      }
      requireFits(adjustment.measure(), governed);
    }
    return new KeyResult(this, checkIns, adjustments.insert(index, adjustment));
  }

  /** An adjustment must change the measure in force before it: no adjustment is a no-op. */
  private void requireChange(Measure before, Adjustment adjustment) {
    if (before.equals(adjustment.measure())) {
      throw new OkrException("adjustment.measure", adjustment.measure().toString(),
          "is already in force for key result " + id + " on " + adjustment.date()
              + "; an adjustment must change something");
    }
  }

  /** A KPI gives numbers in a unit, so a key result drawn from one is measured by numbers. */
  private void requireKpiCanFeed(Measure measure) {
    if (kpi.isPresent() && !measure.kind().isNumeric()) {
      throw new OkrException("measure", measure.toString(),
          "key result " + id + " is drawn from KPI " + kpi.get().kpiId()
              + ", so its measures must be numeric (metric, threshold or band)");
    }
  }

  private void requireFits(Measure inForce, CheckIn checkIn) {
    if (!inForce.accepts(checkIn.value())) {
      throw new OkrException("checkIn.value", checkIn.value().toString(),
          "does not fit the measure '" + inForce + "' of key result " + id
              + " on " + checkIn.date());
    }
  }

  private OkrException sameDateCheckIn(LocalDate date) {
    return new OkrException("checkIns", date.toString(),
        "key result " + id + " already has a check-in on that date; one check-in per date");
  }

  private OkrException sameDateAdjustment(LocalDate date) {
    return new OkrException("adjustments", date.toString(),
        "key result " + id + " already has an adjustment on that date");
  }

  /** Checks the whole history: the restore path, where every fact is new. */
  private KeyResult checkAll() {
    Require.text("title", title);
    Require.positive("weight", weight);
    Require.notOwner("contributors", contributors, owner);
    requireKpiCanFeed(measure);
    for (int i = 0; i < adjustments.size(); i++) {
      if (i > 0 && adjustments.get(i).date().equals(adjustments.get(i - 1).date())) {
        throw sameDateAdjustment(adjustments.get(i).date());
      }
      requireChange(i > 0 ? adjustments.get(i - 1).measure() : measure, adjustments.get(i));
      requireKpiCanFeed(adjustments.get(i).measure());
    }
    // One walk over both date-ordered lists keeps the measure in force without a search per date.
    Measure inForce = measure;
    int nextAdjustment = 0;
    for (int i = 0; i < checkIns.size(); i++) {
      CheckIn checkIn = checkIns.get(i);
      if (i > 0 && checkIn.date().equals(checkIns.get(i - 1).date())) {
        throw sameDateCheckIn(checkIn.date());
      }
      while (nextAdjustment < adjustments.size()
          && !adjustments.get(nextAdjustment).date().isAfter(checkIn.date())) {
        inForce = adjustments.get(nextAdjustment).measure();
        nextAdjustment++;
      }
      requireFits(inForce, checkIn);
    }
    return this;
  }

  /**
   * Tells whether another object is a key result with the same attributes and history.
   *
   * @param other  the object to compare, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof KeyResult that
        && id.equals(that.id)
        && title.equals(that.title)
        && owner.equals(that.owner)
        && contributors.equals(that.contributors)
        && weight.equals(that.weight)
        && measure.equals(that.measure)
        && kpi.equals(that.kpi)
        && checkIns.equals(that.checkIns)
        && adjustments.equals(that.adjustments);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(id, title, owner, contributors, weight, measure, kpi, checkIns,
        adjustments);
  }

  /** Returns the attributes and history as text, for debugging. */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("KeyResult")
        .omitNullValues()
        .add("id", id)
        .add("title", title)
        .add("owner", owner)
        .add("contributors", contributors)
        .add("weight", weight)
        .add("measure", measure)
        .add("kpi", kpi.orElse(null))
        .add("checkIns", checkIns)
        .add("adjustments", adjustments)
        .toString();
  }

  /**
   * Builds a {@link KeyResult}; obtain one with {@link KeyResult#builder()}. {@code
   * from(keyResult)} copies a key result's attributes, adding its contributors, check-ins and
   * adjustments to those already set; {@code build()} sorts check-ins and adjustments by date and
   * checks every rule, throwing {@link IncompleteValueException} when a required attribute is
   * missing and {@link OkrException} when a rule is broken. Not thread-safe.
   */
  public static final class Builder {
    private KeyResultId id;
    private String title;
    private PersonId owner;
    private Set<PersonId> contributors = new LinkedHashSet<>();
    private BigDecimal weight = BigDecimal.ONE;
    private Measure measure;
    private Optional<KpiLink> kpi = Optional.empty();
    private List<CheckIn> checkIns = new ArrayList<>();
    private List<Adjustment> adjustments = new ArrayList<>();

    Builder() {}

    /**
     * Copies a key result's attributes into this builder, replacing single values and adding its
     * contributors, check-ins and adjustments to those already set; an absent KPI link does not
     * replace one already set.
     *
     * @param instance  the key result to copy, not null
     * @return this builder, not null
     */
    public Builder from(KeyResult instance) {
      Objects.requireNonNull(instance, "instance");
      id(instance.id);
      title(instance.title);
      owner(instance.owner);
      addAllContributors(instance.contributors);
      weight(instance.weight);
      measure(instance.measure);
      instance.kpi.ifPresent(this::kpi);
      addAllCheckIns(instance.checkIns);
      addAllAdjustments(instance.adjustments);
      return this;
    }

    /**
     * Sets the id.
     *
     * @param id  the id, not null
     * @return this builder, not null
     */
    public Builder id(KeyResultId id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title  the title, not blank
     * @return this builder, not null
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the owner.
     *
     * @param owner  the owner, not null
     * @return this builder, not null
     */
    public Builder owner(PersonId owner) {
      this.owner = Objects.requireNonNull(owner, "owner");
      return this;
    }

    /**
     * Adds a contributor.
     *
     * @param element  the contributor, not null, not the owner
     * @return this builder, not null
     */
    public Builder addContributor(PersonId element) {
      contributors.add(Objects.requireNonNull(element, "contributors element"));
      return this;
    }

    /**
     * Adds contributors.
     *
     * @param elements  the contributors, not null, none null
     * @return this builder, not null
     */
    public Builder addContributors(PersonId... elements) {
      Objects.requireNonNull(elements, "contributors");
      for (PersonId element : elements) {
        addContributor(element);
      }
      return this;
    }

    /**
     * Replaces the contributors.
     *
     * @param elements  the contributors, not null, none null
     * @return this builder, not null
     */
    public Builder contributors(Iterable<? extends PersonId> elements) {
      Objects.requireNonNull(elements, "contributors");
      contributors = new LinkedHashSet<>();
      return addAllContributors(elements);
    }

    /**
     * Adds contributors.
     *
     * @param elements  the contributors, not null, none null
     * @return this builder, not null
     */
    public Builder addAllContributors(Iterable<? extends PersonId> elements) {
      Objects.requireNonNull(elements, "contributors");
      for (PersonId element : elements) {
        addContributor(element);
      }
      return this;
    }

    /**
     * Sets the weight in the objective; 1 unless set.
     *
     * @param weight  the weight, positive, at most 64 integer and 32 fraction digits
     * @return this builder, not null
     */
    public Builder weight(BigDecimal weight) {
      this.weight = Objects.requireNonNull(weight, "weight");
      return this;
    }

    /**
     * Sets the weight in the objective from a double, taken in its shortest decimal form.
     *
     * @param weight  the weight, positive and finite
     * @return this builder, not null
     * @throws OkrException if the weight is NaN or infinite
     */
    public Builder weight(double weight) {
      return weight(Require.finite("weight", weight));
    }

    /**
     * Sets the measure the key result is set with.
     *
     * @param measure  the measure, not null
     * @return this builder, not null
     */
    public Builder measure(Measure measure) {
      this.measure = Objects.requireNonNull(measure, "measure");
      return this;
    }

    /**
     * Sets the KPI the key result is drawn from.
     *
     * @param kpi  the KPI link, not null
     * @return this builder, not null
     */
    public Builder kpi(KpiLink kpi) {
      this.kpi = Optional.of(Objects.requireNonNull(kpi, "kpi"));
      return this;
    }

    /**
     * Sets or clears the KPI the key result is drawn from.
     *
     * @param kpi  the KPI link or empty, not null
     * @return this builder, not null
     */
    public Builder kpi(Optional<? extends KpiLink> kpi) {
      this.kpi = Objects.requireNonNull(kpi, "kpi").map(Function.identity());
      return this;
    }

    /**
     * Adds a check-in; the builder sorts check-ins by date.
     *
     * @param element  the check-in, not null
     * @return this builder, not null
     */
    public Builder addCheckIn(CheckIn element) {
      checkIns.add(Objects.requireNonNull(element, "checkIns element"));
      return this;
    }

    /**
     * Adds check-ins.
     *
     * @param elements  the check-ins, not null, none null
     * @return this builder, not null
     */
    public Builder addCheckIns(CheckIn... elements) {
      return addAllCheckIns(List.of(Objects.requireNonNull(elements, "checkIns")));
    }

    /**
     * Replaces the check-ins.
     *
     * @param elements  the check-ins, not null, none null
     * @return this builder, not null
     */
    public Builder checkIns(Iterable<? extends CheckIn> elements) {
      Objects.requireNonNull(elements, "checkIns");
      checkIns = new ArrayList<>();
      return addAllCheckIns(elements);
    }

    /**
     * Adds check-ins.
     *
     * @param elements  the check-ins, not null, none null
     * @return this builder, not null
     */
    public Builder addAllCheckIns(Iterable<? extends CheckIn> elements) {
      Objects.requireNonNull(elements, "checkIns");
      for (CheckIn element : elements) {
        addCheckIn(element);
      }
      return this;
    }

    /**
     * Adds an adjustment; the builder sorts adjustments by date.
     *
     * @param element  the adjustment, not null
     * @return this builder, not null
     */
    public Builder addAdjustment(Adjustment element) {
      adjustments.add(Objects.requireNonNull(element, "adjustments element"));
      return this;
    }

    /**
     * Adds adjustments.
     *
     * @param elements  the adjustments, not null, none null
     * @return this builder, not null
     */
    public Builder addAdjustments(Adjustment... elements) {
      return addAllAdjustments(List.of(Objects.requireNonNull(elements, "adjustments")));
    }

    /**
     * Replaces the adjustments.
     *
     * @param elements  the adjustments, not null, none null
     * @return this builder, not null
     */
    public Builder adjustments(Iterable<? extends Adjustment> elements) {
      Objects.requireNonNull(elements, "adjustments");
      adjustments = new ArrayList<>();
      return addAllAdjustments(elements);
    }

    /**
     * Adds adjustments.
     *
     * @param elements  the adjustments, not null, none null
     * @return this builder, not null
     */
    public Builder addAllAdjustments(Iterable<? extends Adjustment> elements) {
      Objects.requireNonNull(elements, "adjustments");
      for (Adjustment element : elements) {
        addAdjustment(element);
      }
      return this;
    }

    /**
     * Builds the key result, checking every rule over its whole history.
     *
     * @return the key result, not null
     * @throws IncompleteValueException if id, title, owner or measure is missing
     * @throws OkrException if a rule is broken
     */
    public KeyResult build() {
      List<String> missing = new ArrayList<>();
      if (id == null) {
        missing.add("id");
      }
      if (title == null) {
        missing.add("title");
      }
      if (owner == null) {
        missing.add("owner");
      }
      if (measure == null) {
        missing.add("measure");
      }
      if (!missing.isEmpty()) {
        throw new IncompleteValueException(
            "Cannot build KeyResult, some of required attributes are not set " + missing);
      }
      List<CheckIn> sortedCheckIns = new ArrayList<>(checkIns);
      sortedCheckIns.sort(BY_CHECK_IN_DATE);
      List<Adjustment> sortedAdjustments = new ArrayList<>(adjustments);
      sortedAdjustments.sort(BY_ADJUSTMENT_DATE);
      return new KeyResult(id, title, owner, ImmutableSet.copyOf(contributors),
          Decimals.canonical("weight", weight), measure, kpi,
          PersistentList.copyOf(sortedCheckIns), PersistentList.copyOf(sortedAdjustments))
          .checkAll();
    }
  }
}
