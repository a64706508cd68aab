package org.okrkit.scoring;

/** Whether progress keeps pace with the expected progress; see {@link PaceRule}. */
public enum PaceStatus {
  /** Progress is at, above, or within the at-risk tolerance of the expected progress. */
  ON_TRACK,
  /** Progress is behind by more than the at-risk tolerance, or the latest confidence is low. */
  AT_RISK,
  /** Progress is behind by more than the off-track tolerance. */
  OFF_TRACK,
  /**
   * There is no value to compare yet (a key result with no check-in or KPI reading), whatever the
   * profile's {@link MissingValues}; or an objective with nothing scored.
   */
  NOT_SCORED;

  /**
   * Tells whether the status calls for attention: at risk or off track.
   *
   * @return true for {@link #AT_RISK} and {@link #OFF_TRACK}
   */
  public boolean isBehind() {
    return this == AT_RISK || this == OFF_TRACK;
  }

  /**
   * Returns the worse of two statuses: off track is worse than at risk, which is worse than on
   * track; not scored gives way to any other status.
   *
   * @param other  the other status, not null
   * @return the worse status, not null
   */
  public PaceStatus worse(PaceStatus other) {
    java.util.Objects.requireNonNull(other, "other");
    if (this == NOT_SCORED) {
      return other;
    }
    if (other == NOT_SCORED) {
      return this;
    }
    return other.ordinal() > ordinal() ? other : this;
  }
}
