package org.okrkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersistentListTest {

  @Test
  void olderVersionsNeverSeeLaterAppends() {
    PersistentList<String> one = PersistentList.<String>of().append("a");
    PersistentList<String> two = one.append("b");
    PersistentList<String> branch = one.append("c");
    assertEquals(List.of("a"), one);
    assertEquals(List.of("a", "b"), two);
    assertEquals(List.of("a", "c"), branch);
    assertEquals(List.of("a", "b", "d"), two.append("d"));
    assertEquals(List.of("a", "c", "e"), branch.append("e"));
  }

  @Test
  void growsPastItsCapacityAndKeepsEveryElement() {
    PersistentList<Integer> list = PersistentList.of();
    for (int i = 0; i < 100; i++) {
      list = list.append(i);
    }
    assertEquals(100, list.size());
    for (int i = 0; i < 100; i++) {
      assertEquals(i, list.get(i));
    }
  }

  @Test
  void insertPrefixAndEqualityByElements() {
    PersistentList<String> list = PersistentList.copyOf(List.of("a", "c"));
    assertEquals(List.of("a", "b", "c"), list.insert(1, "b"));
    assertEquals(List.of("a", "c"), list);
    assertEquals(List.of("a"), list.prefix(1));
    assertEquals(List.of("a", "x"), list.prefix(1).append("x"));
    assertEquals(List.of("a", "c"), list);
    assertEquals(List.of("a", "c").hashCode(), list.hashCode());
    assertThrows(UnsupportedOperationException.class, () -> list.add("d"));
    assertThrows(IndexOutOfBoundsException.class, () -> list.get(2));
    assertThrows(NullPointerException.class, () -> list.append(null));
  }

  @Test
  void copyOfAPersistentList_isThatList_andPrefixOfTheWholeListIsTheList() {
    PersistentList<String> list = PersistentList.copyOf(List.of("a", "b"));
    assertSame(list, PersistentList.copyOf(list));
    assertSame(list, list.prefix(2));
    assertEquals(List.of(), PersistentList.copyOf(List.of()));
    assertEquals(List.of(), list.prefix(0));
  }

  @Test
  void appendingToAPrefix_neverOverwritesTheLongerListBuiltByAppends() {
    // Each append either writes the next free slot of the shared array or copies; a prefix must
    // see its next slot as taken whenever a longer version already holds an element there.
    PersistentList<String> built = PersistentList.of();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      built = built.append("e" + i);
      expected.add("e" + i);
    }
    for (int length = 1; length < 20; length++) {
      PersistentList<String> branch = built.prefix(length).append("x");
      assertEquals("x", branch.get(length));
      assertEquals(expected, built, "after branching at " + length);
    }
  }

  @Test
  void appendingToAPrefix_neverOverwritesTheListAnInsertMade() {
    // inserting z at 0 copies [a, b, c] into a new array: [z, a, b, c]
    PersistentList<String> inserted = PersistentList.copyOf(List.of("a", "b", "c")).insert(0, "z");
    assertEquals(List.of("z", "a", "b", "c"), inserted);
    for (int length = 1; length < 4; length++) {
      assertEquals("x", inserted.prefix(length).append("x").get(length));
      assertEquals(List.of("z", "a", "b", "c"), inserted, "after branching at " + length);
    }
    assertEquals(List.of("z", "a", "b", "c", "d"), inserted.insert(4, "d"));
  }
}
