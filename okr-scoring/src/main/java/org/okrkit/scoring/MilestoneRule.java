package org.okrkit.scoring;

import java.util.Optional;
import org.okrkit.core.Milestone;
import org.okrkit.core.MilestoneValue;

/** A milestone: 1 when done, else 0. It is done or not, so it has no trend to forecast. */
record MilestoneRule(Milestone milestone) implements MeasureRule {

  @Override
  public ScoringRule rule(ScoringProfile profile) {
    return ScoringRule.MILESTONE;
  }

  @Override
  public Optional<Fraction> progress(ValueHistory values, ScoringProfile profile, Steps steps) {
    boolean done = ((MilestoneValue) values.valueAt(values.latestIndex())).done();
    return Optional.of(done ? Fraction.ONE : Fraction.ZERO);
  }

  @Override
  public Optional<String> noTrend() {
    return Optional.of("a milestone is done or not; it has no trend to project");
  }

  @Override
  public boolean reaches(Fraction position, ScoringProfile profile) {
    return false;
  }

  @Override
  public Fraction projectedProgress(Fraction position, ScoringProfile profile) {
    assert false : "okrkit bug: a milestone has no position, so it is never projected";
    return Fraction.ZERO;
  }
}
