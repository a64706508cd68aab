package org.okrkit.json;

import java.util.Objects;
import org.okrkit.core.OkrException;
import tools.jackson.core.StreamReadConstraints;

/**
 * The limits a document must keep to be read, so that a hostile or broken document is refused
 * quickly, before it costs much time or memory. They are checked by Jackson's parser as it reads
 * (its stream read constraints), and a document beyond one of them is refused with an {@link
 * OkrJsonException} naming the path where the parser stopped.
 *
 * <p>The defaults fit every valid plan: okrkit's texts have at most 4,000 characters and its
 * decimals at most 98, and a plan document nests 10 levels deep.
 *
 * <table>
 *   <caption>Default limits</caption>
 *   <tr><th>Limit</th><th>Default</th></tr>
 *   <tr><td>{@link #maxStringLength()}, characters in one string</td><td>20,000</td></tr>
 *   <tr><td>{@link #maxNumberLength()}, characters in one number</td><td>200</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}, objects and arrays inside one another</td><td>64</td></tr>
 *   <tr><td>{@link #maxNameLength()}, characters in one field name</td><td>1,000</td></tr>
 *   <tr><td>{@link #maxDocumentLength()}, characters or bytes in the document</td>
 *       <td>none (-1): plans of a million objectives run to hundreds of megabytes; but a YAML
 *       document, meant to be written by hand, is read up to 1,048,576 characters when none is
 *       set</td></tr>
 * </table>
 *
 * Immutable and thread-safe.
 */
public final class ReadLimits {

  private static final ReadLimits DEFAULTS = new ReadLimits(20_000, 200, 64, 1_000, -1);

  /**
   * The longest YAML document read when no document length is set. The YAML library scans a whole
   * scalar before the string limit can apply, in time growing with the square of its length (a
   * scalar of 8 MiB took minutes), so YAML input is cut off at this length.
   */
  static final int YAML_DEFAULT_MAX_DOCUMENT_LENGTH = 1024 * 1024;

  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNestingDepth;
  private final int maxNameLength;
  private final long maxDocumentLength;

  private ReadLimits(int maxStringLength, int maxNumberLength, int maxNestingDepth,
      int maxNameLength, long maxDocumentLength) {
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxNameLength = maxNameLength;
    this.maxDocumentLength = maxDocumentLength;
  }

  /**
   * Returns the default limits, given in the table above.
   *
   * @return the defaults, not null
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these limits with another longest document.
   *
   * @param characters  the most characters (or bytes, for a stream) a document may have, at least
   *     1, or -1 for no limit
   * @return the new limits, not null
   * @throws OkrException if the limit is 0 or below -1
   */
  public ReadLimits withMaxDocumentLength(long characters) {
    if (characters == 0 || characters < -1) {
      throw new OkrException("maxDocumentLength", Long.toString(characters),
          "must be at least 1, or -1 for no limit");
    }
    return new ReadLimits(maxStringLength, maxNumberLength, maxNestingDepth, maxNameLength,
        characters);
  }

  /**
   * Returns these limits with another longest string.
   *
   * @param characters  the most characters one string may have, at least 4,000 (okrkit's
   *     longest text)
   * @return the new limits, not null
   * @throws OkrException if the limit is below 4,000
   */
  public ReadLimits withMaxStringLength(int characters) {
    if (characters < 4_000) {
      throw new OkrException("maxStringLength", Integer.toString(characters),
          "must be at least 4000, the longest text okrkit accepts");
    }
    return new ReadLimits(characters, maxNumberLength, maxNestingDepth, maxNameLength,
        maxDocumentLength);
  }

  /**
   * Returns the most characters one string may have.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the most characters one number may have.
   *
   * @return the limit
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns how deep objects and arrays may nest.
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the most characters one field name may have.
   *
   * @return the limit
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * Returns the most characters (or bytes) a document may have, or -1 for no limit.
   *
   * @return the limit
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /** The most characters (or bytes) of a YAML document read. */
  int yamlCodePointLimit() {
    return maxDocumentLength < 0 ? YAML_DEFAULT_MAX_DOCUMENT_LENGTH
        : (int) Math.min(Integer.MAX_VALUE, maxDocumentLength);
  }

  StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxNestingDepth(maxNestingDepth)
        .maxNameLength(maxNameLength)
        .maxDocumentLength(maxDocumentLength)
        .build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadLimits
        && maxStringLength == ((ReadLimits) other).maxStringLength
        && maxNumberLength == ((ReadLimits) other).maxNumberLength
        && maxNestingDepth == ((ReadLimits) other).maxNestingDepth
        && maxNameLength == ((ReadLimits) other).maxNameLength
        && maxDocumentLength == ((ReadLimits) other).maxDocumentLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxStringLength, maxNumberLength, maxNestingDepth, maxNameLength,
        maxDocumentLength);
  }

  @Override
  public String toString() {
    return "ReadLimits{maxStringLength=" + maxStringLength + ", maxNumberLength="
        + maxNumberLength + ", maxNestingDepth=" + maxNestingDepth + ", maxNameLength="
        + maxNameLength + ", maxDocumentLength=" + maxDocumentLength + "}";
  }
}
