package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.Level;
import org.okrkit.core.OrgUnitId;
import org.okrkit.core.internal.OkrStyle;

/**
 * How much of a plan the cascade covers, from {@link Cascade#coverage()}:
 *
 * <ul>
 *   <li>{@link #objectives()}: of the objectives below the company level, how many are aligned,
 *       that is have at least one alignment link to a parent objective, or a parent's key result,
 *       that is in the plan (links that dangle do not count);
 *   <li>{@link #keyResults(Level)}: of the key results of that level's objectives, how many are
 *       supported, that is at least one alignment link points at them;
 *   <li>{@link #unsupportedKeyResults()}: the key results no link points at, in plan order. Every
 *       key result counts here, those of the lowest level too, which nothing can support; the
 *       validation rule {@code unsupported-parent-key-result} names only the key results of
 *       objectives that have children, the ones a cascade is expected to support;
 *   <li>{@link #objectivesByUnit()}: the first figure for each organisational unit.
 * </ul>
 *
 * <p>Key results of the lowest level a plan uses have nothing below them to support them, so
 * they count as unsupported: read the levels a plan cascades to. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class Coverage {

  /** At most this many unsupported key results are shown by {@link #toString()}. */
  private static final int SHOWN = 10;

  Coverage() {}

  static Coverage of(CoverageShare objectives, Map<Level, CoverageShare> keyResultsByLevel,
      List<AlignmentTarget> unsupportedKeyResults,
      Map<OrgUnitId, CoverageShare> objectivesByUnit) {
    // The cast picks the generated factory, not this one, which a List argument would match.
    return ImmutableCoverage.of(objectives, keyResultsByLevel,
        (Iterable<AlignmentTarget>) unsupportedKeyResults, objectivesByUnit);
  }

  /**
   * Returns how many objectives below the company level are aligned to a parent objective or
   * parent key result in the plan.
   *
   * @return the share, not null
   */
  @Value.Parameter
  public abstract CoverageShare objectives();

  /**
   * Returns, for every level in {@link Level} order, how many of the key results of that level's
   * objectives are supported by at least one child; {@code 0 of 0} for a level with none.
   *
   * @return the share of each level, not null
   */
  @Value.Parameter
  public abstract ImmutableMap<Level, CoverageShare> keyResultsByLevel();

  /**
   * Returns the key results no alignment link points at, each as the target a child would align
   * to, in plan order: objective by objective, and in each objective's order.
   *
   * @return the targets, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AlignmentTarget> unsupportedKeyResults();

  /**
   * Returns, for each organisational unit that holds an objective below the company level, in the
   * order their first such objective appears in the plan, how many of those objectives are
   * aligned. Objectives without a unit are counted only in {@link #objectives()}.
   *
   * @return the share of each unit, not null
   */
  @Value.Parameter
  public abstract ImmutableMap<OrgUnitId, CoverageShare> objectivesByUnit();

  /**
   * Returns how many of one level's key results are supported by at least one child.
   *
   * @param level  the level, not null
   * @return the share, {@code 0 of 0} if the level has no key results, not null
   */
  public CoverageShare keyResults(Level level) {
    return Objects.requireNonNull(keyResultsByLevel().get(Objects.requireNonNull(level, "level")));
  }

  /**
   * Returns the shares and up to 10 unsupported key results, for example {@code Coverage[objectives
   * aligned 5 of 6; key results supported COMPANY 3 of 4, DEPARTMENT 1 of 4, TEAM 0 of 6,
   * INDIVIDUAL 0 of 0; unsupported company/kr-4, ...]}.
   */
  @Override
  public String toString() {
    String levels = keyResultsByLevel().entrySet().stream()
        .map(entry -> entry.getKey() + " " + entry.getValue())
        .collect(Collectors.joining(", "));
    String unsupported = unsupportedKeyResults().stream().limit(SHOWN)
        .map(AlignmentTarget::toString).collect(Collectors.joining(", "));
    return "Coverage[objectives aligned " + objectives() + "; key results supported " + levels
        + "; unsupported " + (unsupportedKeyResults().isEmpty() ? "none" : unsupported)
        + (unsupportedKeyResults().size() > SHOWN ? ", ..." : "") + "]";
  }
}
