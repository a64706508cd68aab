package org.okrkit.alignment;

import java.util.Arrays;

/**
 * A fixed-size persistent array in chunks of {@value #CHUNK} slots: versions share every chunk
 * they did not change, so changing a few slots copies the top array (size / {@value #CHUNK}
 * references) and the chunks touched, whatever the size. Null slots are allowed. Versions are
 * immutable once {@linkplain Editor#done() done}; an editor is confined to one thread.
 */
final class ContributionChunks<T> {

  static final int SHIFT = 10;
  static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;

  private final Object[][] chunks;
  private final int size;

  private ContributionChunks(Object[][] chunks, int size) {
    this.chunks = chunks;
    this.size = size;
  }

  /** Copies a plain array into chunks, in one pass. */
  static <T> ContributionChunks<T> copyOf(T[] values) {
    int count = (values.length + MASK) >>> SHIFT;
    Object[][] chunks = new Object[count][];
    for (int c = 0; c < count; c++) {
      chunks[c] = Arrays.copyOfRange(values, c << SHIFT, Math.min(values.length, (c + 1) << SHIFT),
          Object[].class);
    }
    return new ContributionChunks<>(chunks, values.length);
  }

  int size() {
    return size;
  }

  @SuppressWarnings("unchecked")
  T get(int index) {
    assert index >= 0 && index < size : "okrkit bug: slot " + index + " of " + size;
    return (T) chunks[index >>> SHIFT][index & MASK];
  }

  Editor<T> edit() {
    return new Editor<>(this);
  }

  /** Changes slots of a new version, copying each chunk at its first change only. */
  static final class Editor<T> {
    private final ContributionChunks<T> base;
    private Object[][] chunks;
    private boolean[] copied;

    private Editor(ContributionChunks<T> base) {
      this.base = base;
      this.chunks = base.chunks;
    }

    @SuppressWarnings("unchecked")
    T get(int index) {
      return (T) chunks[index >>> SHIFT][index & MASK];
    }

    void set(int index, T value) {
      int chunk = index >>> SHIFT;
      if (copied == null) {
        chunks = chunks.clone();
        copied = new boolean[chunks.length];
      }
      if (!copied[chunk]) {
        chunks[chunk] = chunks[chunk].clone();
        copied[chunk] = true;
      }
      chunks[chunk][index & MASK] = value;
    }

    ContributionChunks<T> done() {
      return copied == null ? base : new ContributionChunks<>(chunks, base.size);
    }
  }
}
