package org.okrkit.core.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A persistent array in chunks of {@value #CHUNK} slots: versions share every chunk they did not
 * change, so a new version with a few slots changed, or one slot appended, copies the top array
 * ({@code size / }{@value #CHUNK} references) and the chunks it touches, whatever the size. At
 * 1,000,000 slots that is about 1,000 references and one chunk instead of a million references.
 *
 * <p>Null slots are allowed (a slot not computed yet). Versions are immutable and thread-safe
 * once built; an {@link Editor} is confined to one thread.
 *
 * @param <T> the element type
 */
public final class ChunkedArray<T> {

  /** log2 of {@link #CHUNK}. */
  static final int SHIFT = 10;
  /** Slots per chunk. */
  public static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;
  private static final ChunkedArray<Object> EMPTY = new ChunkedArray<>(new Object[0][], 0);

  /** Every chunk but the last is full; the last holds {@code size - (chunks - 1) × CHUNK}. */
  private final @Nullable Object[][] chunks;
  private final int size;

  private ChunkedArray(@Nullable Object[][] chunks, int size) {
    this.chunks = chunks;
    this.size = size;
  }

  /**
   * Returns the empty array.
   *
   * @param <T> the element type
   * @return the empty array, not null
   */
  @SuppressWarnings("unchecked")
  public static <T> ChunkedArray<T> of() {
    return (ChunkedArray<T>) EMPTY;
  }

  /**
   * Copies the elements of a list into chunks, in one pass.
   *
   * @param values  the elements in order, not null; null elements are kept as null slots
   * @param <T> the element type
   * @return the array, not null
   */
  public static <T> ChunkedArray<T> copyOf(List<? extends @Nullable T> values) {
    int size = values.size();
    if (size == 0) {
      return of();
    }
    Object[][] chunks = new Object[chunksFor(size)][];
    for (int c = 0; c < chunks.length; c++) {
      int from = c << SHIFT;
      Object[] chunk = new Object[Math.min(CHUNK, size - from)];
      for (int i = 0; i < chunk.length; i++) {
        chunk[i] = values.get(from + i);
      }
      chunks[c] = chunk;
    }
    return new ChunkedArray<>(chunks, size);
  }

  /**
   * Copies a plain array into chunks, in one pass.
   *
   * @param values  the elements in order, not null; null elements are kept as null slots
   * @param <T> the element type
   * @return the array, not null
   */
  public static <T> ChunkedArray<T> copyOf(@Nullable T[] values) {
    return copyOf(Arrays.asList(values));
  }

  private static int chunksFor(int size) {
    return (size + MASK) >>> SHIFT;
  }

  /**
   * Returns the number of slots.
   *
   * @return the size, zero or more
   */
  public int size() {
    return size;
  }

  /**
   * Returns a slot.
   *
   * @param index  the slot, from 0 to {@code size() - 1}
   * @return its element, null if the slot is null
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  @SuppressWarnings("unchecked")
  public @Nullable T get(int index) {
    Objects.checkIndex(index, size);
    return (T) chunks[index >>> SHIFT][index & MASK];
  }

  /**
   * Returns a version with one slot changed; this version is unaffected.
   *
   * @param index  the slot, from 0 to {@code size() - 1}
   * @param value  its new element, may be null
   * @return the new version, not null
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public ChunkedArray<T> with(int index, @Nullable T value) {
    get(index);
    Editor<T> editor = edit();
    editor.set(index, value);
    return editor.done();
  }

  /**
   * Returns a version with one more slot at the end; this version is unaffected.
   *
   * @param value  the new last element, may be null
   * @return the new version, one slot longer, not null
   */
  public ChunkedArray<T> append(@Nullable T value) {
    int last = size >>> SHIFT;
    Object[][] grown = Arrays.copyOf(chunks, chunksFor(size + 1));
    Object[] chunk = last < chunks.length ? chunks[last] : new Object[0];
    chunk = Arrays.copyOf(chunk, chunk.length + 1);
    chunk[chunk.length - 1] = value;
    grown[last] = chunk;
    return new ChunkedArray<>(grown, size + 1);
  }

  /**
   * Copies the slots into a new plain array, in order.
   *
   * @return the elements, not null
   */
  public Object[] toArray() {
    Object[] all = new Object[size];
    int at = 0;
    for (Object[] chunk : chunks) {
      for (Object element : chunk) {
        all[at++] = element;
      }
    }
    return all;
  }

  /**
   * Starts a new version that changes several slots, copying each chunk at its first change only.
   *
   * @return an editor on this version, not null
   */
  public Editor<T> edit() {
    return new Editor<>(this);
  }

  /**
   * Changes slots of a new version; this version is unaffected. Confined to one thread.
   *
   * @param <T> the element type
   */
  public static final class Editor<T> {
    private final ChunkedArray<T> base;
    private @Nullable Object[][] chunks;
    private boolean @Nullable [] copied;

    private Editor(ChunkedArray<T> base) {
      this.base = base;
      this.chunks = base.chunks;
    }

    /**
     * Returns a slot of the version being edited.
     *
     * @param index  the slot, from 0 to {@code size() - 1}
     * @return its element, null if the slot is null
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    @SuppressWarnings("unchecked")
    public @Nullable T get(int index) {
      base.get(index);
      return (T) chunks[index >>> SHIFT][index & MASK];
    }

    /**
     * Changes a slot of the version being edited.
     *
     * @param index  the slot, from 0 to {@code size() - 1}
     * @param value  its new element, may be null
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public void set(int index, @Nullable T value) {
      base.get(index);
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

    /**
     * Returns the edited version; the editor must not be used afterwards.
     *
     * @return the new version, or the one edited if nothing was set, not null
     */
    public ChunkedArray<T> done() {
      return copied == null ? base : new ChunkedArray<>(chunks, base.size);
    }
  }
}
