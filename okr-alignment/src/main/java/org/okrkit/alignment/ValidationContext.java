package org.okrkit.alignment;

import org.okrkit.core.ObjectiveId;

/**
 * What several built-in rules need from one plan, computed once per validation and only when a
 * rule asks: the alignment and dependency graphs as flat arrays (dangling references left out,
 * as {@link org.okrkit.core.CascadeRule} wants), their strongly connected components, and the
 * groups of objectives by owner and period. Confined to the validating thread.
 */
final class ValidationContext {

  private final AlignmentIndex index;
  private int[] alignmentTargets;
  private StrongComponents alignmentComponents;
  private StrongComponents dependencyComponents;
  private OwnerPeriodGroups ownerPeriodGroups;

  ValidationContext(AlignmentIndex index) {
    this.index = index;
  }

  AlignmentIndex index() {
    return index;
  }

  ObjectiveId id(int objective) {
    return index.objectiveId(objective);
  }

  /** Per objective, where its links start in {@link #alignmentTargets()}: link numbers. */
  int[] alignmentStarts() {
    return index.linkStartsView();
  }

  /** Per link, its parent objective, or {@link AlignmentIndex#MISSING} if the link dangles. */
  int[] alignmentTargets() {
    if (alignmentTargets == null) {
      alignmentTargets = new int[index.linkCount()];
      for (int link = 0; link < alignmentTargets.length; link++) {
        alignmentTargets[link] = index.isDangling(link) ? AlignmentIndex.MISSING
            : index.linkParent(link);
      }
    }
    return alignmentTargets;
  }

  /** Per objective, where its dependencies start in {@link #dependencyTargets()}. */
  int[] dependencyStarts() {
    return index.dependencyStartsView();
  }

  /** Per dependency, the objective it points at, or {@link AlignmentIndex#MISSING}. */
  int[] dependencyTargets() {
    return index.dependencyTargetsView();
  }

  StrongComponents alignmentComponents() {
    if (alignmentComponents == null) {
      alignmentComponents = StrongComponents.of(alignmentStarts(), alignmentTargets());
    }
    return alignmentComponents;
  }

  StrongComponents dependencyComponents() {
    if (dependencyComponents == null) {
      dependencyComponents = StrongComponents.of(dependencyStarts(), dependencyTargets());
    }
    return dependencyComponents;
  }

  OwnerPeriodGroups ownerPeriodGroups() {
    if (ownerPeriodGroups == null) {
      ownerPeriodGroups = OwnerPeriodGroups.of(index);
    }
    return ownerPeriodGroups;
  }
}
