package org.okrkit.scoring;

/** The colour band a grade falls in under a profile's {@link GradeBands}. */
public enum GradeColour {
  /** Below the yellow band: Google's 0.0 to 0.3. */
  RED,
  /** From the yellow band's lower end up to the green one: Google's 0.4 to 0.6. */
  YELLOW,
  /** From the green band's lower end on, overachievement included: Google's 0.7 to 1.0. */
  GREEN
}
