package org.okrkit.core;

/**
 * The organisational level an objective is set at, from the company down to one person.
 *
 * <p>Levels are ordered from the top: {@code COMPANY} comes first. A lower level's objectives align
 * to a higher level's.
 */
public enum Level {
  /** Company-wide objectives, set by the executives. */
  COMPANY,
  /** A department or business unit, cascading the company's objectives. */
  DEPARTMENT,
  /** A team inside a department. */
  TEAM,
  /** One person's objectives. */
  INDIVIDUAL;

  /**
   * Tells whether this level is strictly above another, for example company above team.
   *
   * @param other  the level to compare with, not null
   * @return true if this level is higher than the other
   */
  public boolean isAbove(Level other) {
    return compareTo(other) < 0;
  }
}
