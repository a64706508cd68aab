package org.okrkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ChunkedArrayTest {

  private static final int CHUNK = ChunkedArray.CHUNK;

  private static List<Integer> upTo(int size) {
    List<Integer> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(i);
    }
    return values;
  }

  private static List<Object> contents(ChunkedArray<?> array) {
    return Arrays.asList(array.toArray());
  }

  @Test
  void copyOf_keepsEveryElementAcrossChunkBoundaries() {
    // sizes around one and two chunks: the last chunk is full, short by one, or holds one slot
    for (int size : new int[] {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 1}) {
      ChunkedArray<Integer> array = ChunkedArray.copyOf(upTo(size));
      assertEquals(size, array.size());
      assertEquals(upTo(size), contents(array));
      for (int i = 0; i < size; i++) {
        assertEquals(i, array.get(i));
      }
    }
  }

  @Test
  void with_changesOneSlotOfANewVersionOnly() {
    ChunkedArray<Integer> base = ChunkedArray.copyOf(upTo(2 * CHUNK + 3));
    ChunkedArray<Integer> changed = base.with(CHUNK, -1).with(CHUNK - 1, -2).with(2 * CHUNK + 2, null);
    List<Integer> expected = upTo(2 * CHUNK + 3);
    expected.set(CHUNK, -1);
    expected.set(CHUNK - 1, -2);
    expected.set(2 * CHUNK + 2, null);
    assertEquals(expected, contents(changed));
    assertNull(changed.get(2 * CHUNK + 2));
    assertEquals(upTo(2 * CHUNK + 3), contents(base));
  }

  @Test
  void append_fillsTheLastChunkThenStartsAnother() {
    ChunkedArray<Integer> array = ChunkedArray.of();
    List<ChunkedArray<Integer>> versions = new ArrayList<>();
    for (int i = 0; i < CHUNK + 2; i++) {
      versions.add(array);
      array = array.append(i);
    }
    assertEquals(upTo(CHUNK + 2), contents(array));
    // every earlier version still holds exactly its prefix
    for (int size = 0; size < versions.size(); size += 97) {
      assertEquals(upTo(size), contents(versions.get(size)));
    }
    assertEquals(upTo(CHUNK), contents(versions.get(CHUNK)));
    ChunkedArray<Integer> branch = versions.get(CHUNK).append(-1);
    assertEquals(-1, branch.get(CHUNK));
    assertEquals(CHUNK, array.get(CHUNK));
  }

  @Test
  void editor_copiesEachChunkOnceAndLeavesTheBaseAlone() {
    ChunkedArray<String> base = ChunkedArray.copyOf(new String[] {"a", "b", "c"});
    ChunkedArray.Editor<String> editor = base.edit();
    assertSame(base, base.edit().done());
    editor.set(0, "x");
    editor.set(2, "z");
    assertEquals("x", editor.get(0));
    assertEquals("b", editor.get(1));
    ChunkedArray<String> done = editor.done();
    assertArrayEquals(new Object[] {"x", "b", "z"}, done.toArray());
    assertArrayEquals(new Object[] {"a", "b", "c"}, base.toArray());
  }

  @Test
  void outOfRange_isAnIndexError() {
    ChunkedArray<Integer> array = ChunkedArray.copyOf(upTo(CHUNK));
    assertThrows(IndexOutOfBoundsException.class, () -> array.get(CHUNK));
    assertThrows(IndexOutOfBoundsException.class, () -> array.get(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> array.with(CHUNK, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> array.edit().set(-1, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> array.edit().get(CHUNK));
    assertThrows(IndexOutOfBoundsException.class, () -> ChunkedArray.of().get(0));
  }

  /** Any mix of changes and appends reads back like the same edits of an ArrayList. */
  @Property(tries = 50)
  void editsAgreeWithAPlainList(@ForAll @IntRange(min = 0, max = 3000) int size,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<Integer> expected = upTo(size);
    ChunkedArray<Integer> array = ChunkedArray.copyOf(expected);
    ChunkedArray<Integer> original = array;
    for (int step = 0; step < 200; step++) {
      if (expected.isEmpty() || random.nextInt(3) == 0) {
        expected.add(-step);
        array = array.append(-step);
      } else {
        int at = random.nextInt(expected.size());
        expected.set(at, -step);
        array = array.with(at, -step);
      }
    }
    assertEquals(expected, contents(array));
    assertEquals(upTo(size), contents(original));
  }
}
