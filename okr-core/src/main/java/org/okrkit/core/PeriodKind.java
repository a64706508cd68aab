package org.okrkit.core;

/** What kind of span a {@link Period} is. */
public enum PeriodKind {
  /** A calendar or fiscal year. */
  YEAR,
  /** A calendar or fiscal quarter. */
  QUARTER,
  /** Any other closed range of dates, such as a six-week cycle. */
  CUSTOM
}
