package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.okrkit.core.CheckInValue;
import org.okrkit.core.Checklist;
import org.okrkit.core.ChecklistItem;
import org.okrkit.core.ChecklistValue;
import org.okrkit.core.internal.Decimals;

/**
 * A checklist: the weight of the done items over the weight of all items. A forecast fits the done
 * share, rounded to 34 significant digits, and its target is 1: every item done.
 */
record ChecklistRule(Checklist checklist) implements MeasureRule {

  @Override
  public ScoringRule rule(ScoringProfile profile) {
    return ScoringRule.CHECKLIST;
  }

  @Override
  public Optional<Fraction> progress(ValueHistory values, ScoringProfile profile, Steps steps) {
    ChecklistValue done = (ChecklistValue) values.valueAt(values.latestIndex());
    BigDecimal doneWeight = doneWeight(done);
    BigDecimal totalWeight = totalWeight();
    Fraction share = Fraction.of(doneWeight, totalWeight);
    steps.step("done weight", doneWeight).step("total weight", totalWeight).step("share", share);
    return Optional.of(share);
  }

  private BigDecimal totalWeight() {
    BigDecimal total = BigDecimal.ZERO;
    for (ChecklistItem item : checklist.items()) {
      total = total.add(item.weight());
    }
    return total;
  }

  /** The weight of the done items that belong to the checklist. */
  private BigDecimal doneWeight(ChecklistValue done) {
    BigDecimal weight = BigDecimal.ZERO;
    for (ChecklistItem item : checklist.items()) {
      if (done.itemsDone().contains(item.name())) {
        weight = weight.add(item.weight());
      }
    }
    return weight;
  }

  /**
   * The done share. Every value a checklist is judged on is a checklist value: only values since
   * the measure last changed its kind count (see {@link ValueHistory}).
   */
  @Override
  public Optional<BigDecimal> position(CheckInValue value) {
    return Optional.of(Decimals.canonical(doneWeight((ChecklistValue) value)
        .divide(totalWeight(), LeastSquares.VALUE_CONTEXT)));
  }

  @Override
  public Optional<BigDecimal> target() {
    return Optional.of(BigDecimal.ONE);
  }

  @Override
  public int towardTarget() {
    return 1;
  }

  @Override
  public boolean reaches(Fraction position, ScoringProfile profile) {
    return position.compareTo(BigDecimal.ONE) >= 0;
  }

  @Override
  public Fraction projectedProgress(Fraction position, ScoringProfile profile) {
    return position;
  }
}
