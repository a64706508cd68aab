package org.okrkit.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.internal.ChunkedArray;
import org.okrkit.core.internal.Require;

/**
 * A plan: the objectives of an organisation for a time, the KPIs their key results may be drawn
 * from, and the tree of the organisational units that hold them. Objectives and KPIs are kept in
 * the order given, and their ids are unique; each can be looked up by id in constant time.
 *
 * <p>The {@link #parentUnits() unit tree} maps each organisational unit to the unit it belongs
 * to, for example a team to its department. It has no loop: every unit leads up to a top unit.
 *
 * <p><b>What a plan does not check.</b> A plan holds whatever objectives it is given, so plans
 * with defects are plans too. It does not check that they form a valid cascade (see {@link
 * CascadeRule}): alignment links and dependencies may name objectives that are not in the plan,
 * levels and periods may not nest, weights into one target may exceed 1, links may form cycles.
 * Nor does it check that a key result's {@link KeyResult#kpi() KPI} is among its KPIs, or that
 * objectives name units of its unit tree. Validating a cascade is the job of okrkit's alignment
 * module, which reads its plans from here.
 *
 * <p>Building a plan takes time linear in its objectives, KPIs and units. {@link
 * #with(Objective)} replacing an objective costs what it changes, whatever the plan's size: the
 * objectives are kept in chunks of 1,024 that versions share, so it copies one chunk and about
 * {@code size / 1,024} references (a few µs at 1,000,000 objectives), and the id index is
 * shared. Adding an objective with a new id, {@link #without(ObjectiveId)} and {@link
 * #withObjectives(Iterable)} rebuild the id index, in linear time. {@link #objectives()} builds its
 * list on the first call on each version, in linear time, and returns the same list afterwards.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Plan plan = Plan.of(List.of(company, department, team), List.of(leadsKpi),
 *     Map.of(OrgUnitId.of("sales-team"), OrgUnitId.of("sales")));
 * Objective found = plan.objective(team.id());           // constant time
 * Optional<OrgUnitId> above = plan.findParentUnit(OrgUnitId.of("sales-team")); // sales
 * Plan updated = plan.with(found.activate(LocalDate.of(2026, 1, 5)));
 * // updated holds the active version in the same place; plan still holds the draft
 * }</pre>
 */
public final class Plan {

  private static final int OUTLINED_ENTRIES = 50;
  private static final Plan EMPTY =
      new Plan(ImmutableList.of(), new HashMap<>(), ImmutableList.of(), new HashMap<>(),
          ImmutableMap.of());

  /** The objectives in order, in chunks that versions made by {@link #with} share. */
  private final ChunkedArray<Objective> objectives;
  /**
   * {@link #objectives} as a list, built on the first call of {@link #objectives()}; racing
   * threads may each build an equal list, and the volatile write publishes a complete one.
   */
  private volatile @Nullable ImmutableList<Objective> objectiveList;
  /** Position of each objective in {@link #objectives}; never changed after construction. */
  private final Map<ObjectiveId, Integer> objectiveIndex;
  private final ImmutableList<Kpi> kpis;
  /** Each KPI by its id; never changed after construction. */
  private final Map<KpiId, Kpi> kpiById;
  private final ImmutableMap<OrgUnitId, OrgUnitId> parentUnits;

  private Plan(ImmutableList<Objective> objectives, Map<ObjectiveId, Integer> objectiveIndex,
      ImmutableList<Kpi> kpis, Map<KpiId, Kpi> kpiById,
      ImmutableMap<OrgUnitId, OrgUnitId> parentUnits) {
    this(ChunkedArray.copyOf(objectives), objectiveIndex, kpis, kpiById, parentUnits);
    this.objectiveList = objectives;
  }

  private Plan(ChunkedArray<Objective> objectives, Map<ObjectiveId, Integer> objectiveIndex,
      ImmutableList<Kpi> kpis, Map<KpiId, Kpi> kpiById,
      ImmutableMap<OrgUnitId, OrgUnitId> parentUnits) {
    this.objectives = objectives;
    this.objectiveIndex = objectiveIndex;
    this.kpis = kpis;
    this.kpiById = kpiById;
    this.parentUnits = parentUnits;
  }

  /**
   * Returns the plan without objectives, KPIs or units.
   *
   * @return the empty plan, not null
   */
  public static Plan empty() {
    return EMPTY;
  }

  /**
   * Obtains a plan of objectives, with no KPIs and no unit tree.
   *
   * @param objectives  the objectives in order, not null, with unique ids
   * @return the plan, not null
   * @throws OkrException if two objectives have the same id
   */
  public static Plan of(Iterable<Objective> objectives) {
    return of(objectives, ImmutableList.of(), ImmutableMap.of());
  }

  /**
   * Obtains a plan of objectives and the tree of the units that hold them, with no KPIs.
   *
   * @param objectives  the objectives in order, not null, with unique ids
   * @param parentUnits  for each unit that belongs to another, that other unit; not null
   * @return the plan, not null
   * @throws OkrException if two objectives have the same id, or the units form a loop (a unit
   *     that belongs to itself, directly or through other units)
   */
  public static Plan of(Iterable<Objective> objectives, Map<OrgUnitId, OrgUnitId> parentUnits) {
    return of(objectives, ImmutableList.of(), parentUnits);
  }

  /**
   * Obtains a plan of objectives, the KPIs their key results may be drawn from, and the tree of
   * the units that hold them.
   *
   * @param objectives  the objectives in order, not null, with unique ids
   * @param kpis  the KPIs in order, not null, with unique ids
   * @param parentUnits  for each unit that belongs to another, that other unit; not null
   * @return the plan, not null
   * @throws OkrException if two objectives or two KPIs have the same id, or the units form a
   *     loop (a unit that belongs to itself, directly or through other units)
   */
  public static Plan of(Iterable<Objective> objectives, Iterable<Kpi> kpis,
      Map<OrgUnitId, OrgUnitId> parentUnits) {
    Require.noNulls("objectives", objectives);
    Require.noNulls("kpis", kpis);
    Objects.requireNonNull(parentUnits, "parentUnits");
    ImmutableList<Objective> objectiveList = ImmutableList.copyOf(objectives);
    ImmutableList<Kpi> kpiList = ImmutableList.copyOf(kpis);
    ImmutableMap<OrgUnitId, OrgUnitId> units = ImmutableMap.copyOf(parentUnits);
    Map<ObjectiveId, Integer> objectiveIndex = indexObjectives(objectiveList);
    Map<KpiId, Kpi> kpiById = indexKpis(kpiList);
    requireNoLoop(units);
    return new Plan(objectiveList, objectiveIndex, kpiList, kpiById, units);
  }

  /**
   * Walks up from every unit once, iteratively: a walk that meets a unit of its own path has
   * found a loop, one that meets a unit finished by an earlier walk has not. Linear in the units.
   */
  private static void requireNoLoop(ImmutableMap<OrgUnitId, OrgUnitId> parentUnits) {
    Set<OrgUnitId> finished = new HashSet<>();
    for (OrgUnitId start : parentUnits.keySet()) {
      Map<OrgUnitId, Integer> path = new LinkedHashMap<>();
      OrgUnitId unit = start;
      while (unit != null && !finished.contains(unit)) {
        if (path.putIfAbsent(unit, path.size()) != null) {
          List<OrgUnitId> walked = new ArrayList<>(path.keySet());
          List<OrgUnitId> loop = new ArrayList<>(walked.subList(path.get(unit), walked.size()));
          loop.add(unit);
          throw new OkrException("parentUnits",
              loop.stream().map(OrgUnitId::toString).collect(Collectors.joining(" -> ")),
              "the units form a loop; every unit must lead up to a top unit");
        }
        unit = parentUnits.get(unit);
      }
      finished.addAll(path.keySet());
    }
  }

  private static Map<ObjectiveId, Integer> indexObjectives(List<Objective> objectives) {
    Map<ObjectiveId, Integer> index = new HashMap<>(capacityFor(objectives.size()));
    for (int i = 0; i < objectives.size(); i++) {
      ObjectiveId id = objectives.get(i).id();
      if (index.put(id, i) != null) {
        throw new OkrException("objectives", id.toString(),
            "appears more than once; objective ids in a plan must be unique");
      }
    }
    return index;
  }

  private static Map<KpiId, Kpi> indexKpis(List<Kpi> kpis) {
    Map<KpiId, Kpi> index = new HashMap<>(capacityFor(kpis.size()));
    for (Kpi kpi : kpis) {
      if (index.put(kpi.id(), kpi) != null) {
        throw new OkrException("kpis", kpi.id().toString(),
            "appears more than once; KPI ids in a plan must be unique");
      }
    }
    return index;
  }

  /** A hash map capacity that holds this many entries without growing. */
  private static int capacityFor(int entries) {
    return (int) Math.min(Integer.MAX_VALUE, entries * 4L / 3 + 1);
  }

  /**
   * Returns the objectives in their order. The first call on a plan made by {@link
   * #with(Objective)} builds the list, in linear time; later calls return the same list.
   *
   * @return the objectives, not null
   */
  public ImmutableList<Objective> objectives() {
    ImmutableList<Objective> list = objectiveList;
    if (list == null) {
      ImmutableList.Builder<Objective> built = ImmutableList.builderWithExpectedSize(size());
      for (int i = 0; i < size(); i++) {
        built.add(objectiveAt(i));
      }
      list = built.build();
      objectiveList = list;
    }
    return list;
  }

  private Objective objectiveAt(int index) {
    return Objects.requireNonNull(objectives.get(index));
  }

  /**
   * Returns the number of objectives.
   *
   * @return the size, zero or more
   */
  public int size() {
    return objectives.size();
  }

  /**
   * Tells whether the plan holds an objective with an id.
   *
   * @param objectiveId  the id, not null
   * @return true if there is such an objective
   */
  public boolean contains(ObjectiveId objectiveId) {
    return objectiveIndex.containsKey(Objects.requireNonNull(objectiveId, "objectiveId"));
  }

  /**
   * Returns the objective with an id, if the plan holds one.
   *
   * @param objectiveId  the id, not null
   * @return the objective, empty if the plan holds none with that id, not null
   */
  public Optional<Objective> findObjective(ObjectiveId objectiveId) {
    Integer index = objectiveIndex.get(Objects.requireNonNull(objectiveId, "objectiveId"));
    return index == null ? Optional.empty() : Optional.of(objectiveAt(index));
  }

  /**
   * Returns the objective with an id.
   *
   * @param objectiveId  the id, not null
   * @return the objective, not null
   * @throws OkrException if the plan holds no objective with that id
   */
  public Objective objective(ObjectiveId objectiveId) {
    return objectiveAt(indexOf(objectiveId));
  }

  /**
   * Returns the position of the objective with an id in {@link #objectives()}.
   *
   * @param objectiveId  the id, not null
   * @return the index, from 0 to {@code size() - 1}
   * @throws OkrException if the plan holds no objective with that id
   */
  public int indexOf(ObjectiveId objectiveId) {
    Integer index = objectiveIndex.get(Objects.requireNonNull(objectiveId, "objectiveId"));
    if (index == null) {
      throw new OkrException("objectiveId", objectiveId.toString(),
          "is not an objective of this plan");
    }
    return index;
  }

  /**
   * Returns the KPIs in their order.
   *
   * @return the KPIs, not null
   */
  public ImmutableList<Kpi> kpis() {
    return kpis;
  }

  /**
   * Returns the KPI with an id, if the plan holds one.
   *
   * @param kpiId  the id, not null
   * @return the KPI, empty if the plan holds none with that id, not null
   */
  public Optional<Kpi> findKpi(KpiId kpiId) {
    return Optional.ofNullable(kpiById.get(Objects.requireNonNull(kpiId, "kpiId")));
  }

  /**
   * Returns the KPI with an id.
   *
   * @param kpiId  the id, not null
   * @return the KPI, not null
   * @throws OkrException if the plan holds no KPI with that id
   */
  public Kpi kpi(KpiId kpiId) {
    Kpi kpi = kpiById.get(Objects.requireNonNull(kpiId, "kpiId"));
    if (kpi == null) {
      throw new OkrException("kpiId", kpiId.toString(), "is not a KPI of this plan");
    }
    return kpi;
  }

  /**
   * Returns the unit tree: for each unit that belongs to another, that other unit.
   *
   * @return the parent of each unit, not null
   */
  public ImmutableMap<OrgUnitId, OrgUnitId> parentUnits() {
    return parentUnits;
  }

  /**
   * Returns the unit a unit belongs to, for example a team's department, if it belongs to one.
   *
   * @param unit  the unit, not null
   * @return the parent unit, empty for a top unit or a unit the unit tree does not know, not null
   */
  public Optional<OrgUnitId> findParentUnit(OrgUnitId unit) {
    return Optional.ofNullable(parentUnits.get(Objects.requireNonNull(unit, "unit")));
  }

  /**
   * Returns the unit a unit belongs to, for example a team's department.
   *
   * @param unit  the unit, not null
   * @return the parent unit, not null
   * @throws OkrException if the unit belongs to no other unit: a top unit, or a unit the unit
   *     tree does not know
   */
  public OrgUnitId parentUnit(OrgUnitId unit) {
    OrgUnitId parent = parentUnits.get(Objects.requireNonNull(unit, "unit"));
    if (parent == null) {
      throw new OkrException("unit", unit.toString(),
          "belongs to no other unit in this plan's unit tree");
    }
    return parent;
  }

  /**
   * Returns a plan with an objective replaced by another with the same id, in the same place, or
   * added last if the plan has no objective with its id. KPIs and units stay. Replacing costs one
   * chunk of 1,024 objectives and about {@code size() / 1,024} references, sharing the rest with
   * this plan; adding copies the id index, in linear time.
   *
   * @param objective  the new or replacing objective, not null
   * @return the changed plan; this plan if the objective is already in it, not null
   */
  public Plan with(Objective objective) {
    Objects.requireNonNull(objective, "objective");
    Integer index = objectiveIndex.get(objective.id());
    if (index == null) {
      Map<ObjectiveId, Integer> grown = new HashMap<>(capacityFor(size() + 1));
      grown.putAll(objectiveIndex);
      grown.put(objective.id(), size());
      return new Plan(objectives.append(objective), grown, kpis, kpiById, parentUnits);
    }
    if (objectiveAt(index).equals(objective)) {
      return this;
    }
    // The ids and their places are unchanged, so the index is shared.
    return new Plan(objectives.with(index, objective), objectiveIndex, kpis, kpiById,
        parentUnits);
  }

  /**
   * Returns a plan without the objective with an id. Links to it from other objectives stay, so
   * removing an objective that others align to leaves dangling references.
   *
   * @param objectiveId  the id of the objective to remove, not null
   * @return the changed plan; this plan if it holds no such objective, not null
   */
  public Plan without(ObjectiveId objectiveId) {
    if (!contains(objectiveId)) {
      return this;
    }
    ImmutableList<Objective> kept = objectives().stream()
        .filter(objective -> !objective.id().equals(objectiveId))
        .collect(ImmutableList.toImmutableList());
    return new Plan(kept, indexObjectives(kept), kpis, kpiById, parentUnits);
  }

  /**
   * Returns a plan with the same KPIs and unit tree and other objectives.
   *
   * @param newObjectives  the objectives in order, not null, with unique ids
   * @return the plan, not null
   * @throws OkrException if two objectives have the same id
   */
  public Plan withObjectives(Iterable<Objective> newObjectives) {
    Objects.requireNonNull(newObjectives, "newObjectives");
    ImmutableList<Objective> list = ImmutableList.copyOf(newObjectives);
    return new Plan(list, indexObjectives(list), kpis, kpiById, parentUnits);
  }

  /**
   * Returns a plan with the same objectives and unit tree and other KPIs.
   *
   * @param newKpis  the KPIs in order, not null, with unique ids
   * @return the plan, not null
   * @throws OkrException if two KPIs have the same id
   */
  public Plan withKpis(Iterable<Kpi> newKpis) {
    Objects.requireNonNull(newKpis, "newKpis");
    ImmutableList<Kpi> list = ImmutableList.copyOf(newKpis);
    Plan plan = new Plan(objectives, objectiveIndex, list, indexKpis(list), parentUnits);
    plan.objectiveList = objectiveList;
    return plan;
  }

  /**
   * Tells whether another object is a plan with equal objectives and KPIs, each in the same
   * order, and the same unit tree.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Plan plan
        && objectives().equals(plan.objectives())
        && kpis.equals(plan.kpis)
        && parentUnits.equals(plan.parentUnits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(objectives(), kpis, parentUnits);
  }

  /**
   * Returns a short outline: the number of objectives and, for up to 50 of them, the id, level,
   * status, period, links up and dependencies, then the ids of up to 50 KPIs, for example {@code
   * Plan[2: company-1 COMPANY ACTIVE YEAR[2026-01-01..2026-12-31], department-2 DEPARTMENT DRAFT
   * QUARTER[...] -> company-1 ×1; KPIs: leads]}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Plan[").append(size());
    String separator = ": ";
    for (int i = 0; i < Math.min(size(), OUTLINED_ENTRIES); i++) {
      Objective objective = objectiveAt(i);
      text.append(separator).append(objective.id()).append(' ').append(objective.level())
          .append(' ').append(objective.status()).append(' ').append(objective.period());
      objective.alignments().forEach(link -> text.append(' ').append(link));
      if (!objective.dependsOn().isEmpty()) {
        text.append(" depends on ").append(objective.dependsOn());
      }
      separator = ", ";
    }
    if (size() > OUTLINED_ENTRIES) {
      text.append(", ...");
    }
    if (!kpis.isEmpty()) {
      text.append("; KPIs: ").append(kpis.stream().limit(OUTLINED_ENTRIES)
          .map(kpi -> kpi.id().toString()).collect(Collectors.joining(", ")));
      if (kpis.size() > OUTLINED_ENTRIES) {
        text.append(", ...");
      }
    }
    return text.append(']').toString();
  }
}
