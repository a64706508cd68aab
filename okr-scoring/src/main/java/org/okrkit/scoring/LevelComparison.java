package org.okrkit.scoring;

/** Whether a value exactly on a threshold's level meets it. */
public enum LevelComparison {
  /** The level itself meets the threshold, as the threshold declares ("at or above"). */
  INCLUSIVE,
  /**
   * Only values strictly beyond the level meet it ("stay above" read strictly, as Quantive does);
   * a value equal to the level does not.
   */
  STRICT
}
