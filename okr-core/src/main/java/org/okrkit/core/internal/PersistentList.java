package org.okrkit.core.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An unmodifiable list whose versions share one backing array, so that appending to the latest
 * version costs amortised O(1) instead of a copy of the whole list.
 *
 * <p>Each version sees only the first {@code size} slots of its backing array. Appending to a
 * version writes the next slot in place only if no other version has claimed it yet; the claim is
 * an atomic compare-and-set, so concurrent appends to the same version are safe: one wins, the
 * others copy. Slots a version does not own are never read by it, so older versions never see later
 * elements. Inserting anywhere else than at the end copies the list. Elements are never null.
 * Equality and hash code are those of {@link List}: by elements, in order.
 *
 * @param <T> the element type
 */
public final class PersistentList<T> extends AbstractList<T> implements RandomAccess {

  private static final int FIRST_CAPACITY = 8;

  /** The shared array and how many of its slots some version already owns. */
  private static final class Backing {
    final Object[] slots;
    final AtomicInteger claimed;

    Backing(Object[] slots, int claimed) {
      this.slots = slots;
      this.claimed = new AtomicInteger(claimed);
    }
  }

  private final Backing backing;
  private final int size;

  private PersistentList(Backing backing, int size) {
    this.backing = backing;
    this.size = size;
  }

  /**
   * Returns the empty list.
   *
   * @param <T> the element type
   * @return the empty list, not null
   */
  public static <T> PersistentList<T> of() {
    // A fresh list each time, not a shared constant: its backing holds a claim counter, and
    // okrkit keeps no mutable object in a static field (the architecture test checks this).
    return new PersistentList<>(new Backing(new Object[0], 0), 0);
  }

  /**
   * Returns a list of the given elements, in their order.
   *
   * @param elements  the elements, not null, none null
   * @param <T> the element type
   * @return the list, not null; the given list itself if it is a persistent list, as those are
   *     unmodifiable already
   */
  public static <T> PersistentList<T> copyOf(Collection<? extends T> elements) {
    if (elements instanceof PersistentList) {
      @SuppressWarnings("unchecked")
      PersistentList<T> same = (PersistentList<T>) elements;
      return same;
    }
    Object[] slots = elements.toArray();
    for (Object element : slots) {
      Objects.requireNonNull(element, "element");
    }
    return new PersistentList<>(new Backing(slots, slots.length), slots.length);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    Objects.checkIndex(index, size);
    return (T) backing.slots[index];
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Returns this list with an element added at the end: in place when this is the latest version
   * of its backing array, otherwise by copying.
   *
   * @param element  the element, not null
   * @return the longer list, not null
   */
  public PersistentList<T> append(T element) {
    Objects.requireNonNull(element, "element");
    Backing shared = backing;
    if (size < shared.slots.length && shared.claimed.compareAndSet(size, size + 1)) {
      shared.slots[size] = element;
      return new PersistentList<>(shared, size + 1);
    }
    Object[] slots = copyOfFirst(shared.slots, size);
    slots[size] = element;
    return new PersistentList<>(new Backing(slots, size + 1), size + 1);
  }

  /**
   * Returns this list with an element inserted at an index; at the end this is {@link
   * #append(Object)}, elsewhere it copies the list.
   *
   * @param index  where the element goes, from 0 to {@link #size()}
   * @param element  the element, not null
   * @return the longer list, not null
   */
  public PersistentList<T> insert(int index, T element) {
    Objects.checkIndex(index, size + 1);
    if (index == size) {
      return append(element);
    }
    Objects.requireNonNull(element, "element");
    Object[] slots = copyOfFirst(backing.slots, index);
    slots[index] = element;
    for (int i = index; i < size; i++) {
      slots[i + 1] = backing.slots[i];
    }
    return new PersistentList<>(new Backing(slots, size + 1), size + 1);
  }

  /**
   * Copies the first slots of an array into a new one with room for this list and one more
   * element doubled, leaving out slots other versions own.
   */
  private Object[] copyOfFirst(Object[] slots, int length) {
    int capacity = Math.max(FIRST_CAPACITY, size * 2);
    Object[] copy = Arrays.copyOf(slots, capacity);
    Arrays.fill(copy, length, Math.min(capacity, slots.length), null);
    return copy;
  }

  /**
   * Returns the first elements of this list, sharing its backing array.
   *
   * @param length  how many elements to keep, from 0 to {@link #size()}
   * @return the prefix; this list if it is the whole list, not null
   */
  public PersistentList<T> prefix(int length) {
    Objects.checkIndex(length, size + 1);
    if (length == size) {
      return this;
    }
    return length == 0 ? of() : new PersistentList<>(backing, length);
  }
}
