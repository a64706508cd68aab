package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.immutables.value.Value;
import org.okrkit.core.AlignmentTarget;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.internal.OkrStyle;

/**
 * One way up the cascade from an objective, "why this matters": the targets its alignment links
 * lead through, one per link, from the objective's own link to the top, each naming the parent
 * objective or the parent key result the link points at. See {@link
 * Cascade#pathToTop(ObjectiveId)} for which way is chosen. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@OkrStyle
public abstract class CascadePath {

  CascadePath() {}

  static CascadePath of(
      ObjectiveId from, List<AlignmentTarget> steps, ObjectiveId top, boolean reachesCompany) {
    // The cast picks the generated factory, not this one, which a List argument would match.
    return ImmutableCascadePath.of(from, (Iterable<AlignmentTarget>) steps, top, reachesCompany);
  }

  /**
   * Returns the objective the path starts from.
   *
   * @return its id, not null
   */
  @Value.Parameter
  public abstract ObjectiveId from();

  /**
   * Returns the targets the path leads through, in order upward: the first is the target of a
   * link of {@link #from()}, the last names {@link #top()}. Empty when the path goes nowhere.
   *
   * @return the targets, not null
   */
  @Value.Parameter
  public abstract ImmutableList<AlignmentTarget> steps();

  /**
   * Returns the objective the path ends at: a company objective when {@link #reachesCompany()},
   * otherwise the objective where the way up stops.
   *
   * @return its id, not null
   */
  @Value.Parameter
  public abstract ObjectiveId top();

  /**
   * Tells whether the path ends at a company-level objective, which includes a path from a
   * company objective to itself.
   *
   * @return true if {@link #top()} is at company level
   */
  @Value.Parameter
  public abstract boolean reachesCompany();

  /**
   * Returns the number of links the path follows.
   *
   * @return the length, not negative
   */
  public int length() {
    return steps().size();
  }

  /**
   * Returns the path as text, for example {@code team-1 -> dept-1/kr-2 -> company-1 (company)},
   * or {@code team-9 -> dept-4 (stops: no company objective above)}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(from());
    steps().forEach(step -> text.append(" -> ").append(step));
    return text.append(reachesCompany() ? " (company)" : " (stops: no company objective above)")
        .toString();
  }
}
