package org.okrkit.scoring;

/**
 * The unit of a {@linkplain BandScoring#linearFalloff(java.math.BigDecimal, FalloffUnit)
 * band fall-off width} under {@link BandMode#LINEAR_FALLOFF}.
 */
public enum FalloffUnit {
  /**
   * The width is a multiple of each band's own width {@code upper - lower}: with 1, a value one
   * band-width outside the band scores 0. Suits profiles shared by key results of different units.
   */
  BAND_WIDTHS,
  /**
   * The width is an amount in the band's own unit, whatever the band's width: with 5, a value 5
   * units outside the band scores 0. Suits profiles used for key results of one unit (for example
   * a temperature band where 2 degrees too warm is as bad as it gets).
   */
  MEASURE_UNITS
}
