package org.okrkit.benchmarks;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's bytes in memory, in chunks: the 1,000,000-objective plan document is larger than
 * the 2 GB a Java array can hold, so it cannot be a {@code byte[]}. Fixed-size chunks, unlike a
 * {@code ByteArrayOutputStream}, are never copied as they grow, so writing into them costs what a
 * byte array costs without the doubling. Not thread-safe.
 */
final class ChunkedBytes extends OutputStream {

  /**
   * Just under 4 MB: large enough that the per-chunk overhead is nothing, and with its array header
   * within one G1 region of 4 MB or more, so a chunk takes one region, not two (8 MB chunks each took
   * two 8 MB regions, doubling the heap a document seemed to hold).
   */
  static final int CHUNK = (4 << 20) - 64;

  private final List<byte[]> chunks = new ArrayList<>();
  private byte[] current;
  private int used = CHUNK;
  private long size;

  @Override
  public void write(int b) {
    if (used == CHUNK) {
      nextChunk();
    }
    current[used++] = (byte) b;
    size++;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
    int from = offset;
    int left = length;
    while (left > 0) {
      if (used == CHUNK) {
        nextChunk();
      }
      int n = Math.min(left, CHUNK - used);
      System.arraycopy(bytes, from, current, used, n);
      used += n;
      from += n;
      left -= n;
    }
    size += length;
  }

  private void nextChunk() {
    current = new byte[CHUNK];
    chunks.add(current);
    used = 0;
  }

  /** Returns the number of bytes written. @return the size */
  long size() {
    return size;
  }

  /** Returns a stream reading the bytes written so far, from the first. @return the stream */
  InputStream inputStream() {
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        if (position >= size) {
          return -1;
        }
        byte b = chunks.get((int) (position / CHUNK))[(int) (position % CHUNK)];
        position++;
        return b & 0xff;
      }

      @Override
      public int read(byte[] into, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, into.length);
        if (length == 0) {
          return 0;
        }
        if (position >= size) {
          return -1;
        }
        int inChunk = (int) (position % CHUNK);
        int n = (int) Math.min(Math.min(length, CHUNK - inChunk), size - position);
        System.arraycopy(chunks.get((int) (position / CHUNK)), inChunk, into, offset, n);
        position += n;
        return n;
      }
    };
  }

  /** An output stream that only counts: writing with no memory of the output at all. */
  static final class Counting extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
      count += length;
    }

    /** Returns the number of bytes written. @return the count */
    long count() {
      return count;
    }
  }
}
