package org.okrkit.alignment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.okrkit.core.Alignment;
import org.okrkit.core.CascadeRule;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Level;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveId;
import org.okrkit.core.Period;
import org.okrkit.core.Status;

/** The implementations behind {@link AlignmentRules}; see there for what each one reports. */
final class BuiltInRules {

  /** Most ids a message spells out; the violation lists more, and counts all. */
  private static final int NAMED_IN_MESSAGE = 10;

  private BuiltInRules() {}

  /** "a, b and c", or "a, b, ... and 7 more" past {@value #NAMED_IN_MESSAGE} ids. */
  static String names(List<ObjectiveId> ids, int total) {
    int shown = Math.min(ids.size(), NAMED_IN_MESSAGE);
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < shown; k++) {
      if (k > 0) {
        text.append(k == shown - 1 && total == shown ? " and " : ", ");
      }
      text.append(ids.get(k));
    }
    if (total > shown) {
      text.append(" and ").append(total - shown).append(" more");
    }
    return text.toString();
  }

  private static List<ObjectiveId> ids(ValidationContext context, Iterable<Integer> objectives) {
    List<ObjectiveId> ids = new ArrayList<>();
    for (int objective : objectives) {
      ids.add(context.id(objective));
    }
    return ids;
  }

  /** How the two kinds of cycle differ: which graph, which edge closes a loop, the wording. */
  private abstract static class CycleRule extends BuiltInRule {

    CycleRule(String id, Severity severity, CascadeRule rule) {
      super(id, severity, Optional.of(rule));
    }

    abstract StrongComponents components(ValidationContext context);

    abstract int[] starts(ValidationContext context);

    abstract int[] targets(ValidationContext context);

    /** Whether an edge goes against the usual direction, so it is the one that makes a loop. */
    abstract boolean closes(ValidationContext context, int from, int to);

    abstract String message(List<ObjectiveId> ids, int size, ObjectiveId from, ObjectiveId to);

    @Override
    void check(ValidationContext context, Consumer<Violation> report) {
      StrongComponents components = components(context);
      int[] starts = starts(context);
      int[] targets = targets(context);
      int[] frameNode = new int[Violation.MAX_LISTED_OBJECTIVES];
      int[] frameEdge = new int[Violation.MAX_LISTED_OBJECTIVES];
      int[] visitedIn = null;
      for (int c = 0; c < components.count(); c++) {
        if (!components.isCyclic(c)) {
          continue;
        }
        // The faulty member: the one with the first edge, in edge order, that closes a loop. Every
        // cycle has such an edge (see closes()), so one is always found.
        int closing = Integer.MAX_VALUE;
        int faulty = -1;
        for (int position = components.start(c); position < components.end(c); position++) {
          int member = components.member(position);
          for (int edge = starts[member]; edge < starts[member + 1] && edge < closing; edge++) {
            int target = targets[edge];
            if (target >= 0 && components.component(target) == c
                && closes(context, member, target)) {
              closing = edge;
              faulty = member;
            }
          }
        }
        if (visitedIn == null) {
          visitedIn = new int[starts.length - 1];
        }
        // A walk along the component's edges, each member listed when first reached: round the
        // loop for a simple cycle. It stops once the list is full, so a frame per listed member.
        List<ObjectiveId> ids = new ArrayList<>();
        ids.add(context.id(faulty));
        visitedIn[faulty] = c + 1;
        int depth = 0;
        frameNode[0] = faulty;
        frameEdge[0] = starts[faulty];
        while (depth >= 0 && ids.size() < Violation.MAX_LISTED_OBJECTIVES) {
          int node = frameNode[depth];
          int edge = frameEdge[depth];
          if (edge >= starts[node + 1]) {
            depth--;
            continue;
          }
          frameEdge[depth] = edge + 1;
          int next = targets[edge];
          if (next >= 0 && components.component(next) == c && visitedIn[next] != c + 1) {
            visitedIn[next] = c + 1;
            ids.add(context.id(next));
            depth++;
            frameNode[depth] = next;
            frameEdge[depth] = starts[next];
          }
        }
        int size = components.size(c);
        report.accept(violation(ids, size,
            message(ids, size, context.id(faulty), context.id(targets[closing]))));
      }
    }
  }

  static final class AlignmentCycle extends CycleRule {

    AlignmentCycle() {
      super("alignment-cycle", Severity.ERROR, CascadeRule.ALIGNMENT_CYCLE);
    }

    @Override
    StrongComponents components(ValidationContext context) {
      return context.alignmentComponents();
    }

    @Override
    int[] starts(ValidationContext context) {
      return context.alignmentStarts();
    }

    @Override
    int[] targets(ValidationContext context) {
      return context.alignmentTargets();
    }

    /** Levels cannot rise all the way round a loop, so some link of it is not to a higher level. */
    @Override
    boolean closes(ValidationContext context, int from, int to) {
      return !context.index().level(to).isAbove(context.index().level(from));
    }

    @Override
    String message(List<ObjectiveId> ids, int size, ObjectiveId from, ObjectiveId to) {
      if (size == 1) {
        return from + " aligns to itself: remove that link, since an objective cannot support "
            + "itself.";
      }
      return "Objectives " + loop(ids, size, " -> ") + " align to one another in a cycle of "
          + size + ": remove the link from " + from + " to " + to
          + ", which does not lead to a higher level, or another link of the cycle.";
    }
  }

  static final class DependencyCycle extends CycleRule {

    DependencyCycle() {
      super("dependency-cycle", Severity.WARNING, CascadeRule.DEPENDENCY_CYCLE);
    }

    @Override
    StrongComponents components(ValidationContext context) {
      return context.dependencyComponents();
    }

    @Override
    int[] starts(ValidationContext context) {
      return context.dependencyStarts();
    }

    @Override
    int[] targets(ValidationContext context) {
      return context.dependencyTargets();
    }

    /**
     * Positions cannot fall all the way round a loop, so some dependency of it points at an
     * objective at the same or a later position: in a plan that lists what an objective depends
     * on first, the one that closes the loop.
     */
    @Override
    boolean closes(ValidationContext context, int from, int to) {
      return to >= from;
    }

    @Override
    String message(List<ObjectiveId> ids, int size, ObjectiveId from, ObjectiveId to) {
      if (size == 1) {
        return from + " depends on itself: remove that dependency.";
      }
      return "Objectives " + loop(ids, size, " -> ") + " depend on one another in a cycle of "
          + size + ", so none can go first: remove the dependency of " + from + " on " + to
          + ", or another dependency of the cycle.";
    }
  }

  private static String loop(List<ObjectiveId> ids, int size, String arrow) {
    StringBuilder text = new StringBuilder();
    int shown = Math.min(ids.size(), NAMED_IN_MESSAGE);
    for (int k = 0; k < shown; k++) {
      text.append(ids.get(k)).append(arrow);
    }
    if (size > shown) {
      text.append("... (").append(size - shown).append(" more)").append(arrow);
    }
    return text.append(ids.get(0)).toString();
  }

  static final class DanglingParent extends BuiltInRule {

    DanglingParent() {
      super("dangling-parent", Severity.ERROR, Optional.of(CascadeRule.DANGLING_PARENT));
    }

    @Override
    void check(ValidationContext context, Consumer<Violation> report) {
      AlignmentIndex index = context.index();
      for (int link = 0; link < index.linkCount(); link++) {
        if (!index.isDangling(link)) {
          continue;
        }
        ObjectiveId child = context.id(index.linkChild(link));
        Alignment alignment = index.link(link);
        ObjectiveId parent = alignment.parentObjective();
        String message = index.linkParent(link) == AlignmentIndex.MISSING
            ? child + " aligns to " + parent + ", which is not in the plan: remove the link or "
                + "add " + parent + " to the plan."
            : child + " aligns to key result " + alignment.parentKeyResult().orElseThrow()
                + " of " + parent + ", which " + parent + " does not have: align it to one of "
                + parent + "'s key results or to " + parent + " as a whole.";
        report.accept(violation(List.of(child, parent), alignment.parentKeyResult(), message));
      }
    }
  }

  static final class DanglingDependency extends BuiltInRule {

    DanglingDependency() {
      super("dangling-dependency", Severity.ERROR,
          Optional.of(CascadeRule.DANGLING_DEPENDENCY));
    }

    @Override
    void check(ValidationContext context, Consumer<Violation> report) {
      AlignmentIndex index = context.index();
      for (int o = 0; o < index.objectiveCount(); o++) {
        for (int dependency = index.dependencyStart(o); dependency < index.dependencyEnd(o);
            dependency++) {
          if (index.dependencyTarget(dependency) != AlignmentIndex.MISSING) {
            continue;
          }
          ObjectiveId missing = index.objective(o).dependsOn().asList()
              .get(dependency - index.dependencyStart(o));
          ObjectiveId objective = context.id(o);
          report.accept(violation(List.of(objective, missing), Optional.empty(),
              objective + " depends on " + missing + ", which is not in the plan: remove the "
                  + "dependency or add " + missing + " to the plan."));
        }
      }
    }
  }

  /** A rule on each child's links to its parents, one violation per child naming the parents. */
  private abstract static class ParentRule extends BuiltInRule {

    ParentRule(String id, CascadeRule rule) {
      super(id, Severity.ERROR, Optional.of(rule));
    }

    abstract boolean breaks(AlignmentIndex index, int child, int parent);

    abstract String message(AlignmentIndex index, int child, List<Integer> parents,
        List<ObjectiveId> ids);

    @Override
    void check(ValidationContext context, Consumer<Violation> report) {
      AlignmentIndex index = context.index();
      int[] targets = context.alignmentTargets();
      StrongComponents components = context.alignmentComponents();
      for (int child = 0; child < index.objectiveCount(); child++) {
        Set<Integer> parents = null;
        for (int link = index.linkStart(child); link < index.linkEnd(child); link++) {
          int parent = targets[link];
          // A dangling link is only dangling; a cycle breaks level and period by its nature.
          if (parent < 0 || components.onCycle(child, parent)
              || !breaks(index, child, parent)) {
            continue;
          }
          if (parents == null) {
            parents = new LinkedHashSet<>();
          }
          parents.add(parent);
        }
        if (parents != null) {
          List<Integer> listed = new ArrayList<>(parents);
          List<ObjectiveId> ids = new ArrayList<>();
          ids.add(context.id(child));
          ids.addAll(ids(context, listed));
          report.accept(violation(ids, ids.size(), message(index, child, listed, ids)));
        }
      }
    }
  }

  static final class LevelInversion extends ParentRule {

    LevelInversion() {
      super("level-inversion", CascadeRule.LEVEL_INVERSION);
    }

    @Override
    boolean breaks(AlignmentIndex index, int child, int parent) {
      return !index.level(parent).isAbove(index.level(child));
    }

    @Override
    String message(AlignmentIndex index, int child, List<Integer> parents,
        List<ObjectiveId> ids) {
      StringBuilder text = new StringBuilder().append(ids.get(0)).append(" at ")
          .append(index.level(child)).append(" aligns to ");
      for (int k = 0; k < parents.size(); k++) {
        text.append(k == 0 ? "" : ", ").append(ids.get(k + 1)).append(" at ")
            .append(index.level(parents.get(k)));
      }
      return text.append(", not above it: align it to a parent of a higher level, or correct ")
          .append("its level.").toString();
    }
  }

  static final class PeriodOverrun extends ParentRule {

    PeriodOverrun() {
      super("period-overrun", CascadeRule.PERIOD_OVERRUN);
    }

    @Override
    boolean breaks(AlignmentIndex index, int child, int parent) {
      return !index.objective(parent).period().contains(index.objective(child).period());
    }

    @Override
    String message(AlignmentIndex index, int child, List<Integer> parents,
        List<ObjectiveId> ids) {
      StringBuilder text = new StringBuilder().append(ids.get(0)).append(" runs ")
          .append(index.objective(child).period()).append(", beyond the period of ");
      for (int k = 0; k < parents.size(); k++) {
        text.append(k == 0 ? "" : ", ").append(ids.get(k + 1)).append(" (")
            .append(index.objective(parents.get(k)).period()).append(')');
      }
      return text.append(": shorten it to lie within its parents' periods, or align it to a ")
          .append("parent whose period holds it.").toString();
    }
  }

  static final class Orphan extends BuiltInRule {

    Orphan() {
      super("orphan", Severity.WARNING, Optional.of(CascadeRule.ORPHAN));
    }

    @Override
    void check(ValidationContext context, Consumer<Violation> report) {
      AlignmentIndex index = context.index();
      for (int o = 0; o < index.objectiveCount(); o++) {
        if (index.level(o) != Level.COMPANY && index.linkStart(o) == index.linkEnd(o)) {
          ObjectiveId id = context.id(o);
          report.accept(violation(List.of(id), Optional.empty(), id + " at " + index.level(o)
              + " aligns to nothing: align it to an objective or key result a level up, so that "
              + "its progress counts towards the company's."));
        }
      }
    }
  }

  /**
   * A child aligned both to an objective and to one of its key results: its progress reaches the
   * parent twice in a roll-up, once through each link.
   */
  static final class AlignedTwice extends BuiltInRule {

    AlignedTwice() {
      super("aligned-twice", Severity.WARNING, Optional.empty());
    }

    @Override
    void check(ValidationContext context, Consumer<Violation> report) {
      AlignmentIndex index = context.index();
      int[] targets = context.alignmentTargets();
      Set<Integer> wholeParents = new HashSet<>();
      for (int o = 0; o < index.objectiveCount(); o++) {
        wholeParents.clear();
        for (int link = index.linkStart(o); link < index.linkEnd(o); link++) {
          if (targets[link] >= 0 && index.linkParentKeyResult(link) == AlignmentIndex.MISSING) {
            wholeParents.add(index.linkParent(link));
          }
        }
        if (wholeParents.isEmpty()) {
          continue;
        }
        Set<Integer> reported = new HashSet<>();
        for (int link = index.linkStart(o); link < index.linkEnd(o); link++) {
          int parent = index.linkParent(link);
          if (targets[link] >= 0 && index.linkParentKeyResult(link) != AlignmentIndex.MISSING
              && wholeParents.contains(parent) && reported.add(parent)) {
            ObjectiveId child = context.id(o);
            ObjectiveId whole = context.id(parent);
            report.accept(violation(List.of(child, whole),
                Optional.of(index.keyResult(index.linkParentKeyResult(link)).id()),
                child + " is aligned both to " + whole + " and to its key result "
                    + index.keyResult(index.linkParentKeyResult(link)).id()
                    + ", so its progress reaches " + whole + " twice in a roll-up: keep the link"
                    + " to the key result it moves, or the one to the whole objective."));
          }
        }
      }
    }
  }

  static final class WeightOverflow extends BuiltInRule {

    WeightOverflow() {
      super("weight-overflow", Severity.ERROR, Optional.of(CascadeRule.WEIGHT_OVERFLOW));
    }

    @Override
    void check(ValidationContext context, Consumer<Violation> report) {
      AlignmentIndex index = context.index();
      int[] targets = context.alignmentTargets();
      // Slot 0 sums the links to the parent objective, slot 1 + k those to its k-th key result.
      BigDecimal[] sums = new BigDecimal[1];
      for (int parent = 0; parent < index.objectiveCount(); parent++) {
        int first = index.keyResultStart(parent);
        int slots = 1 + index.keyResultEnd(parent) - first;
        if (sums.length < slots) {
          sums = new BigDecimal[Math.max(slots, 2 * sums.length)];
        }
        for (int position = index.incomingStart(parent); position < index.incomingEnd(parent);
            position++) {
          int link = index.incomingLink(position);
          if (targets[link] < 0) {
            continue;
          }
          int slot = slot(index, link, first);
          BigDecimal weight = index.link(link).weight();
          sums[slot] = sums[slot] == null ? weight : sums[slot].add(weight);
        }
        int[] bySlot = null;
        int[] slotStarts = null;
        for (int slot = 0; slot < slots; slot++) {
          if (sums[slot] != null && sums[slot].compareTo(BigDecimal.ONE) > 0) {
            if (bySlot == null) {
              // the parent's valid links grouped by slot once, in incoming order, so that every
              // overflowing slot reads only its own links
              slotStarts = new int[slots + 1];
              for (int position = index.incomingStart(parent);
                  position < index.incomingEnd(parent); position++) {
                int link = index.incomingLink(position);
                if (targets[link] >= 0) {
                  slotStarts[slot(index, link, first) + 1]++;
                }
              }
              for (int k = 0; k < slots; k++) {
                slotStarts[k + 1] += slotStarts[k];
              }
              bySlot = new int[slotStarts[slots]];
              int[] filled = Arrays.copyOf(slotStarts, slots);
              for (int position = index.incomingStart(parent);
                  position < index.incomingEnd(parent); position++) {
                int link = index.incomingLink(position);
                if (targets[link] >= 0) {
                  bySlot[filled[slot(index, link, first)]++] = link;
                }
              }
            }
            report.accept(overflow(context, parent, slot, sums[slot], bySlot,
                slotStarts[slot], slotStarts[slot + 1]));
          }
        }
        Arrays.fill(sums, 0, slots, null);
      }
    }

    private static int slot(AlignmentIndex index, int link, int firstKeyResult) {
      int keyResult = index.linkParentKeyResult(link);
      return keyResult == AlignmentIndex.MISSING ? 0 : 1 + keyResult - firstKeyResult;
    }

    /** The heaviest contributor first (the first in the plan among equals), then the parent. */
    private Violation overflow(ValidationContext context, int parent, int slot, BigDecimal sum,
        int[] bySlot, int from, int to) {
      AlignmentIndex index = context.index();
      int first = index.keyResultStart(parent);
      List<Integer> links = new ArrayList<>(to - from);
      int heaviest = -1;
      for (int k = from; k < to; k++) {
        int link = bySlot[k];
        links.add(link);
        if (heaviest < 0
            || index.link(link).weight().compareTo(index.link(heaviest).weight()) > 0) {
          heaviest = link;
        }
      }
      Set<ObjectiveId> ids = new LinkedHashSet<>();
      ids.add(context.id(index.linkChild(heaviest)));
      ids.add(context.id(parent));
      StringBuilder weights = new StringBuilder();
      for (int k = 0; k < links.size(); k++) {
        int link = links.get(k);
        ids.add(context.id(index.linkChild(link)));
        if (k < NAMED_IN_MESSAGE) {
          weights.append(k == 0 ? "" : ", ").append(context.id(index.linkChild(link)))
              .append(' ').append(index.link(link).weight().toPlainString());
        }
      }
      if (links.size() > NAMED_IN_MESSAGE) {
        weights.append(" and ").append(links.size() - NAMED_IN_MESSAGE).append(" more");
      }
      String target = slot == 0 ? context.id(parent).toString()
          : "key result " + index.keyResult(first + slot - 1).id() + " of " + context.id(parent);
      List<ObjectiveId> listed = new ArrayList<>(ids);
      return violation(listed, listed.size(), "The contribution weights into " + target
          + " sum to " + sum.toPlainString() + ", more than 1 (" + weights
          + "): lower them so that they sum to at most 1.");
    }
  }

  /**
   * Active objectives aligned to parents in one status. Linked pairs are grouped into connected
   * groups: one violation lists a group's active children in plan order, then its parents in
   * the order of the children's links. A cancelled parent and all its active children make one
   * group; so do one active child and all its cancelled parents.
   */
  static final class ActiveUnderParent extends BuiltInRule {

    private final Status parentStatus;

    ActiveUnderParent(String id, Status parentStatus, Optional<CascadeRule> rule) {
      super(id, Severity.WARNING, rule);
      this.parentStatus = parentStatus;
    }

    @Override
    void check(ValidationContext context, Consumer<Violation> report) {
      AlignmentIndex index = context.index();
      int[] targets = context.alignmentTargets();
      int[] roots = null;
      List<Integer> broken = new ArrayList<>();
      for (int link = 0; link < targets.length; link++) {
        int parent = targets[link];
        int child = index.linkChild(link);
        if (parent >= 0 && index.status(child) == Status.ACTIVE
            && index.status(parent) == parentStatus) {
          if (roots == null) {
            roots = new int[index.objectiveCount()];
            Arrays.setAll(roots, o -> o);
          }
          broken.add(link);
          int a = find(roots, child);
          int b = find(roots, parent);
          roots[Math.max(a, b)] = Math.min(a, b);
        }
      }
      Map<Integer, Set<Integer>> children = new LinkedHashMap<>();
      Map<Integer, Set<Integer>> parents = new HashMap<>();
      for (int link : broken) {
        int root = find(roots, index.linkChild(link));
        children.computeIfAbsent(root, r -> new LinkedHashSet<>()).add(index.linkChild(link));
        parents.computeIfAbsent(root, r -> new LinkedHashSet<>()).add(targets[link]);
      }
      children.forEach((root, active) -> {
        List<ObjectiveId> childIds = ids(context, active);
        List<ObjectiveId> parentIds = ids(context, parents.get(root));
        List<ObjectiveId> ids = new ArrayList<>(childIds);
        ids.addAll(parentIds);
        String status = parentStatus.name().toLowerCase(Locale.ROOT);
        String advice = parentStatus == Status.CANCELLED
            ? "cancel them, or align them to a parent that goes on."
            : "close them too, or align them to a parent that is still open.";
        report.accept(violation(ids, ids.size(), "Active " + names(childIds, childIds.size())
            + (childIds.size() == 1 ? " aligns" : " align") + " to " + status + " "
            + names(parentIds, parentIds.size()) + ", whose work has stopped: " + advice));
      });
    }

    private static int find(int[] roots, int node) {
      int current = node;
      while (roots[current] != current) {
        roots[current] = roots[roots[current]];
        current = roots[current];
      }
      return current;
    }
  }

  static final class UnsupportedParentKeyResult extends BuiltInRule {

    UnsupportedParentKeyResult() {
      super("unsupported-parent-key-result", Severity.INFO, Optional.empty());
    }

    @Override
    void check(ValidationContext context, Consumer<Violation> report) {
      AlignmentIndex index = context.index();
      int[] targets = context.alignmentTargets();
      java.util.BitSet supported = index.supportedKeyResults();
      for (int parent = 0; parent < index.objectiveCount(); parent++) {
        boolean hasChildren = false;
        for (int position = index.incomingStart(parent);
            position < index.incomingEnd(parent) && !hasChildren; position++) {
          hasChildren = targets[index.incomingLink(position)] >= 0;
        }
        if (!hasChildren) {
          continue;
        }
        for (int keyResult = index.keyResultStart(parent); keyResult < index.keyResultEnd(parent);
            keyResult++) {
          if (!supported.get(keyResult)) {
            ObjectiveId id = context.id(parent);
            KeyResult unsupported = index.keyResult(keyResult);
            report.accept(violation(List.of(id), Optional.of(unsupported.id()), "Key result "
                + unsupported.id() + " of " + id + " has no objective aligned to it, although "
                + id + " has children: align a child to it if it needs support from below."));
          }
        }
      }
    }
  }

  static final class TooManyObjectivesPerOwner extends BuiltInRule {

    private final int max;

    TooManyObjectivesPerOwner(int max) {
      super("too-many-objectives-per-owner", Severity.WARNING, Optional.empty());
      this.max = max;
    }

    @Override
    void check(ValidationContext context, Consumer<Violation> report) {
      OwnerPeriodGroups groups = context.ownerPeriodGroups();
      AlignmentIndex index = context.index();
      for (int group = 0; group < groups.count(); group++) {
        int size = groups.size(group);
        if (size <= max) {
          continue;
        }
        List<ObjectiveId> ids = new ArrayList<>();
        for (int position = groups.start(group);
            position < groups.end(group) && ids.size() < Violation.MAX_LISTED_OBJECTIVES;
            position++) {
          ids.add(context.id(groups.member(position)));
        }
        Objective first = index.objective(groups.member(groups.start(group)));
        report.accept(violation(ids, size, first.owner() + " owns " + size
            + " objectives in " + first.period() + " (" + names(ids, size) + "), more than "
            + max + ": focus on the few that matter most and drop or merge the others."));
      }
    }

    @Override
    public String toString() {
      return id() + "(" + max + ")";
    }
  }

  static final class DuplicateTitles extends BuiltInRule {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    DuplicateTitles() {
      super("duplicate-titles", Severity.WARNING, Optional.empty());
    }

    /** Titles that differ only in case or spacing are the same title to a reader. */
    static String normalized(String title) {
      return SPACES.matcher(title.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    @Override
    void check(ValidationContext context, Consumer<Violation> report) {
      OwnerPeriodGroups groups = context.ownerPeriodGroups();
      AlignmentIndex index = context.index();
      for (int group = 0; group < groups.count(); group++) {
        if (groups.size(group) < 2) {
          continue;
        }
        Map<String, List<Integer>> byTitle = new LinkedHashMap<>();
        for (int position = groups.start(group); position < groups.end(group); position++) {
          int o = groups.member(position);
          byTitle.computeIfAbsent(normalized(index.objective(o).title()), t -> new ArrayList<>())
              .add(o);
        }
        for (List<Integer> same : byTitle.values()) {
          if (same.size() < 2) {
            continue;
          }
          List<ObjectiveId> ids = ids(context, same);
          Objective first = index.objective(same.get(0));
          report.accept(violation(ids, ids.size(), first.owner() + " has " + ids.size()
              + " objectives titled \"" + first.title() + "\" in " + first.period() + ": "
              + names(ids, ids.size()) + "; merge them or give each a title of its own."));
        }
      }
    }
  }

  static final class KeyResultCount extends BuiltInRule {

    private final int min;
    private final int max;

    KeyResultCount(int min, int max) {
      super("key-result-count", Severity.WARNING, Optional.empty());
      this.min = min;
      this.max = max;
    }

    @Override
    void check(ValidationContext context, Consumer<Violation> report) {
      AlignmentIndex index = context.index();
      for (int o = 0; o < index.objectiveCount(); o++) {
        int count = index.keyResultEnd(o) - index.keyResultStart(o);
        if (count >= min && count <= max) {
          continue;
        }
        ObjectiveId id = context.id(o);
        report.accept(violation(List.of(id), Optional.empty(), id + " has " + count
            + (count == 1 ? " key result" : " key results") + (count < min
                ? ", fewer than " + min + ": add measurable key results, " + min + " to " + max
                    + " in all."
                : ", more than " + max + ": keep the " + max + " that matter most.")));
      }
    }

    @Override
    public String toString() {
      return id() + "(" + min + ".." + max + ")";
    }
  }

  static final class OnlyMilestones extends BuiltInRule {

    OnlyMilestones() {
      super("only-milestones", Severity.WARNING, Optional.empty());
    }

    @Override
    void check(ValidationContext context, Consumer<Violation> report) {
      AlignmentIndex index = context.index();
      for (int o = 0; o < index.objectiveCount(); o++) {
        List<KeyResult> keyResults = index.objective(o).keyResults();
        if (keyResults.isEmpty()) {
          continue;
        }
        boolean onlyMilestones = true;
        for (int k = 0; k < keyResults.size() && onlyMilestones; k++) {
          onlyMilestones = keyResults.get(k).measure() instanceof Milestone;
        }
        if (onlyMilestones) {
          ObjectiveId id = context.id(o);
          report.accept(violation(List.of(id), Optional.empty(), "The key results of " + id
              + " are all milestones, tasks rather than outcomes: add at least one key result "
              + "that measures the outcome the tasks are for."));
        }
      }
    }
  }
}
