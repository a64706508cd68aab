package org.okrkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
