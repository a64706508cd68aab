package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The components of one small graph worked out by hand: 0 and 1 point at each other (1 also at
 * nowhere), 2 at itself, 3 at 0, 4 at nothing. So {0, 1} and {2} lie on cycles; {3} and {4}
 * do not.
 */
class StrongComponentsTest {

  private static final int[] STARTS = {0, 1, 3, 4, 5, 5};
  private static final int[] TARGETS = {1, 0, -1, 2, 0};

  private final StrongComponents components = StrongComponents.of(STARTS, TARGETS);

  private Set<Integer> members(int component) {
    Set<Integer> members = new HashSet<>();
    for (int position = components.start(component); position < components.end(component);
        position++) {
      members.add(components.member(position));
    }
    return members;
  }

  @Test
  void fourComponents_eachListingItsOwnMembers() {
    assertEquals(4, components.count());
    assertEquals(components.component(0), components.component(1));
    Set<Integer> distinct = new HashSet<>();
    for (int node : new int[] {0, 2, 3, 4}) {
      distinct.add(components.component(node));
    }
    assertEquals(Set.of(0, 1, 2, 3), distinct);
    assertEquals(Set.of(0, 1), members(components.component(0)));
    assertEquals(Set.of(2), members(components.component(2)));
    assertEquals(Set.of(3), members(components.component(3)));
    assertEquals(Set.of(4), members(components.component(4)));
    assertEquals(2, components.size(components.component(1)));
    assertEquals(1, components.size(components.component(4)));
    // Sizes 2 + 1 + 1 + 1 fill the five positions.
    assertEquals(0, components.start(0));
    assertEquals(5, components.end(components.count() - 1));
  }

  @Test
  void cyclic_whenTwoOrMoreMembers_orOneWithAnEdgeToItself() {
    assertTrue(components.isCyclic(components.component(0)));
    assertTrue(components.isCyclic(components.component(2)));
    assertFalse(components.isCyclic(components.component(3)));
    assertFalse(components.isCyclic(components.component(4)));
    assertTrue(components.onCycle(1, 0));
    assertTrue(components.onCycle(2, 2));
    assertFalse(components.onCycle(3, 0));
    assertFalse(components.onCycle(4, 4));
    assertNotEquals(components.component(3), components.component(0));
  }
}
