package org.okrkit.scoring;

/** How a {@link ScoringProfile} scores a value outside a band key result's range. */
public enum BandMode {
  /** 1 inside the band (both ends included), 0 outside. */
  ZERO_OUTSIDE,
  /**
   * 1 inside the band; outside, {@code 1 - distance / width}, not below 0, where distance is how far
   * the value lies from the nearer end and width is the profile's {@linkplain
   * BandScoring#falloffWidth() fall-off width}: by default times the band's own width
   * {@code upper - lower}, or an amount in the band's unit ({@link FalloffUnit}).
   */
  LINEAR_FALLOFF
}
