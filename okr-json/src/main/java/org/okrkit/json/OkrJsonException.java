package org.okrkit.json;

import org.okrkit.core.OkrException;

/**
 * Thrown when a JSON or YAML document cannot be read as an okrkit value. Its {@linkplain #field()
 * field} is the JSON path of the offending value, for example {@code
 * $.objectives[3].keyResults[1].measure.target}, so the message reads {@code
 * $.objectives[3].keyResults[1].measure.target was "abc": must be a decimal number}.
 *
 * <p>The rule is either a rule of the format (a missing field, a value of the wrong type, an unknown
 * field, a limit of {@link ReadLimits}) or a rule of the OKR model that okrkit's own factories and
 * builders enforced while reading. Nothing half-read is ever returned: a document either yields a
 * whole value or this exception.
 */
public final class OkrJsonException extends OkrException {

  private static final long serialVersionUID = 1L;

  OkrJsonException(String path, String rejectedValue, String rule) {
    super(path, rejectedValue, rule);
  }

  OkrJsonException(String path, String rejectedValue, String rule, Throwable cause) {
    super(path, rejectedValue, rule);
    initCause(cause);
  }

  /**
   * Returns the JSON path of the rejected value, starting at {@code $} for the document's root.
   *
   * @return the path, not null
   */
  public String path() {
    return field();
  }
}
