/**
 * Exact, explainable scoring of OKRs.
 *
 * <p>A {@link org.okrkit.scoring.Scorer} scores key results and objectives "as of" any date under
 * a {@link org.okrkit.scoring.ScoringProfile} (Google's by default, or Viva Goals', Quantive's,
 * Perdoo's, okr-tracker's, or one built from the same parts), judges their {@link
 * org.okrkit.scoring.Pace pace} and {@link org.okrkit.scoring.Forecast forecasts} where they are
 * heading. Scores are exact decimals rounded once to a declared scale; "not scored" is never 0;
 * every result carries an {@link org.okrkit.scoring.Explanation}. {@link
 * org.okrkit.scoring.KpiHealth} judges a KPI against its own health target, apart from any key
 * result drawn from it.
 */
package org.okrkit.scoring;
