package org.okrkit.testkit;

import java.util.Objects;
import org.okrkit.core.Level;
import org.okrkit.core.OkrException;

/**
 * The shape of a generated plan: how many objectives, how many levels deep, how many children
 * an objective has at most, which share of objectives have several parents, which share depend
 * laterally on another objective, and how often that is the latest one, which makes chains long.
 *
 * <p>Obtain one with {@link #of(int)} and adjust it with the {@code with...} methods, for example
 * {@code PlanSpec.of(500).withDepth(3).withMultiParentShare(0.5)}. Immutable and thread-safe.
 */
public final class PlanSpec {

  /** Most objectives a plan may be generated with. */
  public static final int MAX_OBJECTIVES = 1_000_000;

  /** Most children one objective may be given. */
  public static final int MAX_FAN_OUT = 1_000;

  private static final int DEFAULT_FAN_OUT = 4;
  private static final double DEFAULT_MULTI_PARENT_SHARE = 0.2;
  private static final double DEFAULT_DEPENDENCY_SHARE = 0.2;
  private static final double DEFAULT_LATEST_PEER_SHARE = 0.5;

  private final int objectives;
  private final int depth;
  private final int fanOut;
  private final double multiParentShare;
  private final double dependencyShare;
  private final double latestPeerShare;

  private PlanSpec(int objectives, int depth, int fanOut, double multiParentShare,
      double dependencyShare, double latestPeerShare) {
    if (objectives < 1 || objectives > MAX_OBJECTIVES) {
      throw new OkrException("objectives", Integer.toString(objectives),
          "must be from 1 to " + MAX_OBJECTIVES);
    }
    if (depth < 1 || depth > Level.values().length) {
      throw new OkrException("depth", Integer.toString(depth),
          "must be from 1 (company only) to " + Level.values().length + " (down to individuals)");
    }
    if (fanOut < 1 || fanOut > MAX_FAN_OUT) {
      throw new OkrException("fanOut", Integer.toString(fanOut),
          "must be from 1 to " + MAX_FAN_OUT);
    }
    requireShare("multiParentShare", multiParentShare);
    requireShare("dependencyShare", dependencyShare);
    requireShare("latestPeerShare", latestPeerShare);
    this.objectives = objectives;
    this.depth = depth;
    this.fanOut = fanOut;
    this.multiParentShare = multiParentShare;
    this.dependencyShare = dependencyShare;
    this.latestPeerShare = latestPeerShare;
  }

  private static void requireShare(String field, double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new OkrException(field, Double.toString(share), "must be a share from 0 to 1");
    }
  }

  /**
   * Obtains the spec of a plan with a number of objectives, four levels deep, up to 4 children
   * per objective, a fifth of the objectives with several parents and a fifth with a lateral
   * dependency, half of those on the latest earlier objective of their level.
   *
   * @param objectives  the number of objectives, from 1 to {@value #MAX_OBJECTIVES}
   * @return the spec, not null
   * @throws OkrException if the number is out of range
   */
  public static PlanSpec of(int objectives) {
    return new PlanSpec(objectives, Level.values().length, DEFAULT_FAN_OUT,
        DEFAULT_MULTI_PARENT_SHARE, DEFAULT_DEPENDENCY_SHARE, DEFAULT_LATEST_PEER_SHARE);
  }

  /**
   * Returns the number of objectives the plan has.
   *
   * @return the number of objectives, at least 1
   */
  public int objectives() {
    return objectives;
  }

  /**
   * Returns the number of levels used, from the company down: 1 is company objectives only, 4
   * reaches individuals.
   *
   * @return the depth, from 1 to 4
   */
  public int depth() {
    return depth;
  }

  /**
   * Returns the most children an objective is given as their first parent, an upper bound: each
   * objective is given from 1 to this many children, drawn at random, and the names of
   * departments and of the teams of a department are drawn from this many, so a company has at
   * most this many departments and a department at most this many teams. An upper bound rather
   * than an exact count, so that one spec yields cascades of uneven shape.
   *
   * @return the fan-out, at least 1
   */
  public int fanOut() {
    return fanOut;
  }

  /**
   * Returns the share of non-company objectives that are given more than one parent, among those
   * that have a fitting second parent: an objective created before them, other than their first
   * parent, of the same unit and level as that parent, whose period holds theirs. Each such
   * objective is given one or two more parents with this probability, so the share achieved
   * over many objectives is close to it, and exact for 0 and 1.
   *
   * @return the share, from 0 to 1
   */
  public double multiParentShare() {
    return multiParentShare;
  }

  /**
   * Returns the share of objectives that depend laterally on an earlier objective of their level.
   *
   * @return the share, from 0 to 1
   */
  public double dependencyShare() {
    return dependencyShare;
  }

  /**
   * Returns the share of lateral dependencies that go to the latest earlier objective of the
   * level; the others go to an earlier objective of the level drawn at random. The higher the
   * share, the longer the chains of dependencies: with this share and the {@link
   * #dependencyShare() dependency share} both 1, every objective but the first of its level
   * depends on the one before it, so one chain runs through the whole level.
   *
   * @return the share, from 0 to 1
   */
  public double latestPeerShare() {
    return latestPeerShare;
  }

  /**
   * Returns a spec like this one with another number of objectives.
   *
   * @param newObjectives  the number of objectives, from 1 to {@value #MAX_OBJECTIVES}
   * @return the spec; this instance if unchanged, not null
   * @throws OkrException if the number is out of range
   */
  public PlanSpec withObjectives(int newObjectives) {
    return newObjectives == objectives ? this
        : new PlanSpec(newObjectives, depth, fanOut, multiParentShare, dependencyShare,
            latestPeerShare);
  }

  /**
   * Returns a spec like this one with another depth.
   *
   * @param newDepth  the number of levels, from 1 to 4
   * @return the spec; this instance if unchanged, not null
   * @throws OkrException if the depth is out of range
   */
  public PlanSpec withDepth(int newDepth) {
    return newDepth == depth ? this
        : new PlanSpec(objectives, newDepth, fanOut, multiParentShare, dependencyShare,
            latestPeerShare);
  }

  /**
   * Returns a spec like this one with another fan-out.
   *
   * @param newFanOut  the most children per objective, from 1 to {@value #MAX_FAN_OUT}
   * @return the spec; this instance if unchanged, not null
   * @throws OkrException if the fan-out is out of range
   */
  public PlanSpec withFanOut(int newFanOut) {
    return newFanOut == fanOut ? this
        : new PlanSpec(objectives, depth, newFanOut, multiParentShare, dependencyShare,
            latestPeerShare);
  }

  /**
   * Returns a spec like this one with another share of objectives with several parents.
   *
   * @param newShare  the share, from 0 to 1
   * @return the spec; this instance if unchanged, not null
   * @throws OkrException if the share is not from 0 to 1
   */
  public PlanSpec withMultiParentShare(double newShare) {
    return Double.compare(newShare, multiParentShare) == 0 ? this
        : new PlanSpec(objectives, depth, fanOut, newShare, dependencyShare, latestPeerShare);
  }

  /**
   * Returns a spec like this one with another share of objectives with a lateral dependency.
   *
   * @param newShare  the share, from 0 to 1
   * @return the spec; this instance if unchanged, not null
   * @throws OkrException if the share is not from 0 to 1
   */
  public PlanSpec withDependencyShare(double newShare) {
    return Double.compare(newShare, dependencyShare) == 0 ? this
        : new PlanSpec(objectives, depth, fanOut, multiParentShare, newShare, latestPeerShare);
  }

  /**
   * Returns a spec like this one with another share of dependencies on the latest earlier
   * objective of the level.
   *
   * @param newShare  the share, from 0 to 1; 1 makes chains as long as the levels
   * @return the spec; this instance if unchanged, not null
   * @throws OkrException if the share is not from 0 to 1
   */
  public PlanSpec withLatestPeerShare(double newShare) {
    return Double.compare(newShare, latestPeerShare) == 0 ? this
        : new PlanSpec(objectives, depth, fanOut, multiParentShare, dependencyShare, newShare);
  }

  /** Tells whether another object is a spec with the same values. */
  @Override
  public boolean equals(Object other) {
    return other instanceof PlanSpec spec
        && objectives == spec.objectives
        && depth == spec.depth
        && fanOut == spec.fanOut
        && Double.compare(multiParentShare, spec.multiParentShare) == 0
        && Double.compare(dependencyShare, spec.dependencyShare) == 0
        && Double.compare(latestPeerShare, spec.latestPeerShare) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        objectives, depth, fanOut, multiParentShare, dependencyShare, latestPeerShare);
  }

  /**
   * Returns the values, for example {@code PlanSpec[objectives=500, depth=4, fanOut=4,
   * multiParentShare=0.2, dependencyShare=0.2, latestPeerShare=0.5]}.
   */
  @Override
  public String toString() {
    return "PlanSpec[objectives=" + objectives + ", depth=" + depth + ", fanOut=" + fanOut
        + ", multiParentShare=" + multiParentShare + ", dependencyShare=" + dependencyShare
        + ", latestPeerShare=" + latestPeerShare + "]";
  }
}
