package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.okrkit.core.Alignment;
import org.okrkit.core.KeyResult;
import org.okrkit.core.KeyResultId;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.OkrException;
import org.okrkit.core.Plan;
import org.okrkit.core.Status;

/**
 * The cascade of a {@link Plan} as dense {@code int} indexes, built once, on which validation,
 * roll-up and queries run without touching a map or a boxed number.
 *
 * <p><b>Nodes.</b> Objective {@code o} is the plan's {@code o}-th objective, from 0 to {@link
 * #objectiveCount()}; key results are numbered objective by objective in their order, so the key
 * results of {@code o} are {@code keyResultStart(o)} to {@code keyResultEnd(o) - 1} (containment)
 * and {@link #keyResultObjective(int)} goes back.
 *
 * <p><b>Edges</b>, each kind in its own flat arrays (compressed sparse rows):
 *
 * <ul>
 *   <li><em>Alignment links</em>, numbered child by child in the order of each objective's {@link
 *       Objective#alignments()}: link {@code l} leads from {@link #linkChild(int)} to {@link
 *       #linkParent(int)}, an objective, and, for a link to a key result, {@link
 *       #linkParentKeyResult(int)}. A link whose parent objective is not in the plan has parent
 *       {@link #MISSING}; a link to a key result its parent does not have has parent key result
 *       {@link #MISSING}.
 *   <li><em>Incoming links</em> of a parent objective, {@code incomingStart(p)} to {@code
 *       incomingEnd(p) - 1}, each giving a link number, in link order.
 *   <li><em>Lateral dependencies</em>, numbered objective by objective: {@link
 *       #dependencyTarget(int)}, or {@link #MISSING}.
 * </ul>
 *
 * <p>Building costs one pass over the plan (linear in objectives, key results and links) and
 * 26 bytes per objective, 4 per key result, 16 per link and 4 per dependency: 52.5 bytes per
 * objective, 17.5 per node (objective or key result), for 1,000,000 generated objectives with two
 * key results, 1.1 links and 0.2 dependencies each on average; about 11 per node with five key
 * results each.
 * Everything is computed iteratively. Immutable and thread-safe.
 *
 * <p>Build it once per plan and hand it to validation, roll-up and queries alike; a rule of your
 * own walks it by number:
 *
 * <pre>{@code
 * AlignmentIndex index = AlignmentIndex.of(plan);
 * ValidationReport report = AlignmentValidator.standard().validate(index);
 * Cascade cascade = Cascade.of(index);
 * int team = index.objectiveNumber(ObjectiveId.of("retention-2026-q1")); // MISSING if absent
 * for (int link = index.linkStart(team); link < index.linkEnd(team); link++) {
 *   int parent = index.linkParent(link);            // MISSING when the link dangles
 *   int keyResult = index.linkParentKeyResult(link); // MISSING for a link to a whole objective
 * }
 * }</pre>
 */
public final class AlignmentIndex {

  /** The number given for a parent, key result or dependency that is not in the plan. */
  public static final int MISSING = -1;

  private static final ImmutableList<Level> LEVELS = ImmutableList.copyOf(Level.values());
  private static final ImmutableList<Status> STATUSES = ImmutableList.copyOf(Status.values());
  /**
   * Stored for a link to a key result its parent does not have, so {@link #isDangling(int)} reads
   * one slot; {@link #linkParentKeyResult(int)} shows it as {@link #MISSING}.
   */
  private static final int DANGLING_KEY_RESULT = -2;
  /** Above this many key results a parent's key result is found through its id index. */
  private static final int SCAN_LIMIT = 8;

  private final Plan plan;
  private final byte[] levels;
  private final byte[] statuses;
  private final int[] periodStarts;
  private final int[] periodEnds;
  private final int[] keyResultStarts;
  private final int[] keyResultObjectives;
  private final int[] linkStarts;
  private final int[] linkChildren;
  private final int[] linkParents;
  private final int[] linkParentKeyResults;
  private final int[] incomingStarts;
  private final int[] incomingLinks;
  private final int[] dependencyStarts;
  private final int[] dependencyTargets;

  private AlignmentIndex(Plan plan) {
    this.plan = plan;
    List<Objective> objectives = plan.objectives();
    int n = objectives.size();
    levels = new byte[n];
    statuses = new byte[n];
    periodStarts = new int[n];
    periodEnds = new int[n];
    keyResultStarts = new int[n + 1];
    linkStarts = new int[n + 1];
    dependencyStarts = new int[n + 1];
    for (int o = 0; o < n; o++) {
      Objective objective = objectives.get(o);
      levels[o] = (byte) objective.level().ordinal();
      statuses[o] = (byte) objective.status().ordinal();
      periodStarts[o] = (int) objective.period().start().toEpochDay();
      periodEnds[o] = (int) objective.period().end().toEpochDay();
      keyResultStarts[o + 1] = Math.addExact(keyResultStarts[o], objective.keyResults().size());
      linkStarts[o + 1] = Math.addExact(linkStarts[o], objective.alignments().size());
      dependencyStarts[o + 1] = Math.addExact(dependencyStarts[o], objective.dependsOn().size());
    }
    keyResultObjectives = new int[keyResultStarts[n]];
    linkChildren = new int[linkStarts[n]];
    linkParents = new int[linkStarts[n]];
    linkParentKeyResults = new int[linkStarts[n]];
    dependencyTargets = new int[dependencyStarts[n]];
    incomingStarts = new int[n + 1];
    Map<Integer, Map<KeyResultId, Integer>> large = new HashMap<>();
    for (int o = 0; o < n; o++) {
      Objective objective = objectives.get(o);
      Arrays.fill(keyResultObjectives, keyResultStarts[o], keyResultStarts[o + 1], o);
      int link = linkStarts[o];
      for (Alignment alignment : objective.alignments()) {
        int parent = find(alignment.parentObjective());
        linkChildren[link] = o;
        linkParents[link] = parent;
        if (parent == MISSING || alignment.parentKeyResult().isEmpty()) {
          linkParentKeyResults[link] = MISSING;
        } else {
          int keyResult = keyResultOf(parent, alignment.parentKeyResult().get(), large);
          linkParentKeyResults[link] = keyResult == MISSING ? DANGLING_KEY_RESULT : keyResult;
        }
        if (parent != MISSING) {
          incomingStarts[parent + 1]++;
        }
        link++;
      }
      int dependency = dependencyStarts[o];
      for (ObjectiveId target : objective.dependsOn()) {
        dependencyTargets[dependency++] = find(target);
      }
    }
    for (int o = 0; o < n; o++) {
      incomingStarts[o + 1] += incomingStarts[o];
    }
    incomingLinks = new int[incomingStarts[n]];
    int[] filled = Arrays.copyOf(incomingStarts, n);
    for (int link = 0; link < linkParents.length; link++) {
      if (linkParents[link] != MISSING) {
        incomingLinks[filled[linkParents[link]]++] = link;
      }
    }
  }

  /**
   * Builds the index of a plan.
   *
   * @param plan  the plan, not null
   * @return the index, not null
   */
  public static AlignmentIndex of(Plan plan) {
    return new AlignmentIndex(Objects.requireNonNull(plan, "plan"));
  }

  private int find(ObjectiveId id) {
    return plan.contains(id) ? plan.indexOf(id) : MISSING;
  }

  /** Finds a key result of a parent: by scanning a few, through an id map built once for many. */
  private int keyResultOf(
      int objective, KeyResultId id, Map<Integer, Map<KeyResultId, Integer>> large) {
    List<KeyResult> keyResults = plan.objectives().get(objective).keyResults();
    if (keyResults.size() > SCAN_LIMIT) {
      Integer found = large.computeIfAbsent(objective, o -> {
        Map<KeyResultId, Integer> byId = new HashMap<>();
        for (int i = 0; i < keyResults.size(); i++) {
          byId.put(keyResults.get(i).id(), keyResultStarts[o] + i);
        }
        return byId;
      }).get(id);
      return found == null ? MISSING : found;
    }
    for (int i = 0; i < keyResults.size(); i++) {
      if (keyResults.get(i).id().equals(id)) {
        return keyResultStarts[objective] + i;
      }
    }
    return MISSING;
  }

  /**
   * Returns the plan indexed.
   *
   * @return the plan, not null
   */
  public Plan plan() {
    return plan;
  }

  /**
   * Returns the number of objectives.
   *
   * @return the count, not negative
   */
  public int objectiveCount() {
    return levels.length;
  }

  /**
   * Returns the number of key results of all objectives.
   *
   * @return the count, not negative
   */
  public int keyResultCount() {
    return keyResultObjectives.length;
  }

  /**
   * Returns the number of alignment links, dangling ones included.
   *
   * @return the count, not negative
   */
  public int linkCount() {
    return linkParents.length;
  }

  /**
   * Returns the number of lateral dependencies, dangling ones included.
   *
   * @return the count, not negative
   */
  public int dependencyCount() {
    return dependencyTargets.length;
  }

  /**
   * Returns the number of an objective.
   *
   * @param id  the objective's id, not null
   * @return its number, or {@link #MISSING} if the plan has no such objective
   */
  public int objectiveNumber(ObjectiveId id) {
    return find(Objects.requireNonNull(id, "id"));
  }

  /**
   * Returns an objective.
   *
   * @param objective  the objective's number
   * @return the objective, not null
   * @throws OkrException if the number is out of range
   */
  public Objective objective(int objective) {
    return plan.objectives().get(checkObjective(objective));
  }

  /**
   * Returns an objective's id.
   *
   * @param objective  the objective's number
   * @return the id, not null
   * @throws OkrException if the number is out of range
   */
  public ObjectiveId objectiveId(int objective) {
    return objective(objective).id();
  }

  /**
   * Returns an objective's level.
   *
   * @param objective  the objective's number
   * @return the level, not null
   * @throws OkrException if the number is out of range
   */
  public Level level(int objective) {
    return LEVELS.get(levels[checkObjective(objective)]);
  }

  /**
   * Returns an objective's status.
   *
   * @param objective  the objective's number
   * @return the status, not null
   * @throws OkrException if the number is out of range
   */
  public Status status(int objective) {
    return STATUSES.get(statuses[checkObjective(objective)]);
  }

  /**
   * Returns the first day of an objective's period, as days since 1970-01-01.
   *
   * @param objective  the objective's number
   * @return the epoch day
   * @throws OkrException if the number is out of range
   */
  public int periodStartDay(int objective) {
    return periodStarts[checkObjective(objective)];
  }

  /**
   * Returns the last day of an objective's period, as days since 1970-01-01.
   *
   * @param objective  the objective's number
   * @return the epoch day
   * @throws OkrException if the number is out of range
   */
  public int periodEndDay(int objective) {
    return periodEnds[checkObjective(objective)];
  }

  /**
   * Returns the number of an objective's first key result.
   *
   * @param objective  the objective's number
   * @return the first key result's number
   * @throws OkrException if the number is out of range
   */
  public int keyResultStart(int objective) {
    return keyResultStarts[checkObjective(objective)];
  }

  /**
   * Returns one more than the number of an objective's last key result.
   *
   * @param objective  the objective's number
   * @return the end of its key results' numbers
   * @throws OkrException if the number is out of range
   */
  public int keyResultEnd(int objective) {
    return keyResultStarts[checkObjective(objective) + 1];
  }

  /**
   * Returns the objective a key result belongs to.
   *
   * @param keyResult  the key result's number
   * @return the objective's number
   * @throws OkrException if the number is out of range
   */
  public int keyResultObjective(int keyResult) {
    return keyResultObjectives[check("keyResult", keyResult, keyResultObjectives.length)];
  }

  /**
   * Returns a key result.
   *
   * @param keyResult  the key result's number
   * @return the key result, not null
   * @throws OkrException if the number is out of range
   */
  public KeyResult keyResult(int keyResult) {
    int objective = keyResultObjective(keyResult);
    return plan.objectives().get(objective).keyResults()
        .get(keyResult - keyResultStarts[objective]);
  }

  /**
   * Returns the number of an objective's first alignment link.
   *
   * @param objective  the child objective's number
   * @return the first link's number
   * @throws OkrException if the number is out of range
   */
  public int linkStart(int objective) {
    return linkStarts[checkObjective(objective)];
  }

  /**
   * Returns one more than the number of an objective's last alignment link.
   *
   * @param objective  the child objective's number
   * @return the end of its links' numbers
   * @throws OkrException if the number is out of range
   */
  public int linkEnd(int objective) {
    return linkStarts[checkObjective(objective) + 1];
  }

  /**
   * Returns the child of an alignment link: the objective that supports its parent.
   *
   * @param link  the link's number
   * @return the child objective's number
   * @throws OkrException if the number is out of range
   */
  public int linkChild(int link) {
    return linkChildren[checkLink(link)];
  }

  /**
   * Returns the parent objective of an alignment link.
   *
   * @param link  the link's number
   * @return the parent objective's number, or {@link #MISSING} if it is not in the plan
   * @throws OkrException if the number is out of range
   */
  public int linkParent(int link) {
    return linkParents[checkLink(link)];
  }

  /**
   * Returns the parent key result of an alignment link to a key result.
   *
   * @param link  the link's number
   * @return the key result's number, or {@link #MISSING} for a link to a whole objective, to a
   *     missing objective, or to a key result the parent does not have (see {@link
   *     #isDangling(int)})
   * @throws OkrException if the number is out of range
   */
  public int linkParentKeyResult(int link) {
    return Math.max(MISSING, linkParentKeyResults[checkLink(link)]);
  }

  /**
   * Returns the alignment link itself, with its target and weight.
   *
   * @param link  the link's number
   * @return the link, not null
   * @throws OkrException if the number is out of range
   */
  public Alignment link(int link) {
    int child = linkChild(link);
    return plan.objectives().get(child).alignments().get(link - linkStarts[child]);
  }

  /**
   * Tells whether a link names a parent objective, or a parent key result, that is not in the
   * plan.
   *
   * @param link  the link's number
   * @return true if the link dangles
   * @throws OkrException if the number is out of range
   */
  public boolean isDangling(int link) {
    return linkParents[checkLink(link)] == MISSING
        || linkParentKeyResults[link] == DANGLING_KEY_RESULT;
  }

  /**
   * Returns where a parent objective's incoming links start in {@link #incomingLink(int)}.
   *
   * @param objective  the parent objective's number
   * @return the start
   * @throws OkrException if the number is out of range
   */
  public int incomingStart(int objective) {
    return incomingStarts[checkObjective(objective)];
  }

  /**
   * Returns where a parent objective's incoming links end in {@link #incomingLink(int)}.
   *
   * @param objective  the parent objective's number
   * @return the end, exclusive
   * @throws OkrException if the number is out of range
   */
  public int incomingEnd(int objective) {
    return incomingStarts[checkObjective(objective) + 1];
  }

  /**
   * Returns an incoming link: the number of a link whose parent is the objective at whose
   * incoming range the position lies.
   *
   * @param position  a position from {@code incomingStart(p)} to {@code incomingEnd(p) - 1}
   * @return the link's number
   * @throws OkrException if the position is out of range
   */
  public int incomingLink(int position) {
    return incomingLinks[check("position", position, incomingLinks.length)];
  }

  /**
   * Returns the number of an objective's first lateral dependency.
   *
   * @param objective  the objective's number
   * @return the first dependency's number
   * @throws OkrException if the number is out of range
   */
  public int dependencyStart(int objective) {
    return dependencyStarts[checkObjective(objective)];
  }

  /**
   * Returns one more than the number of an objective's last lateral dependency.
   *
   * @param objective  the objective's number
   * @return the end of its dependencies' numbers
   * @throws OkrException if the number is out of range
   */
  public int dependencyEnd(int objective) {
    return dependencyStarts[checkObjective(objective) + 1];
  }

  /**
   * Returns the objective a lateral dependency points at.
   *
   * @param dependency  the dependency's number
   * @return the objective's number, or {@link #MISSING} if it is not in the plan
   * @throws OkrException if the number is out of range
   */
  public int dependencyTarget(int dependency) {
    return dependencyTargets[check("dependency", dependency, dependencyTargets.length)];
  }

  /**
   * Returns the key results that at least one alignment link supports, by number, in one pass over
   * the links.
   *
   * @return a new set of key result numbers, not null
   */
  public BitSet supportedKeyResults() {
    BitSet supported = new BitSet(keyResultObjectives.length);
    for (int keyResult : linkParentKeyResults) {
      if (keyResult >= 0) {
        supported.set(keyResult);
      }
    }
    return supported;
  }

  /**
   * The start of each objective's links, and the link count last ({@code n + 1} entries); shared,
   * not copied: callers in this package must not write to it.
   */
  int[] linkStartsView() {
    return linkStarts;
  }

  /** As {@link #linkStartsView()}, for lateral dependencies. */
  int[] dependencyStartsView() {
    return dependencyStarts;
  }

  /** Each dependency's target, {@link #MISSING} when it dangles; shared, not copied. */
  int[] dependencyTargetsView() {
    return dependencyTargets;
  }

  private int checkObjective(int objective) {
    return check("objective", objective, levels.length);
  }

  private int checkLink(int link) {
    return check("link", link, linkParents.length);
  }

  private static int check(String field, int value, int size) {
    if (value < 0 || value >= size) {
      throw new OkrException(field, Integer.toString(value),
          "must be from 0 to " + (size - 1) + " in this index");
    }
    return value;
  }

  /** Returns the counts, for example {@code AlignmentIndex[3 objectives, 9 key results, ...]}. */
  @Override
  public String toString() {
    return "AlignmentIndex[" + objectiveCount() + " objectives, " + keyResultCount()
        + " key results, " + linkCount() + " links, " + dependencyCount() + " dependencies]";
  }
}
