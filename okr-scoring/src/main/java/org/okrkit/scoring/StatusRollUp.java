package org.okrkit.scoring;

/** How a {@link ScoringProfile} derives an objective's {@link PaceStatus} from its key results. */
public enum StatusRollUp {
  /** The objective's own score is compared with the expected progress, like a key result's. */
  OBJECTIVE_PROGRESS,
  /** The objective takes the worst status of its key results, as Perdoo does. */
  WEAKEST_KEY_RESULT
}
