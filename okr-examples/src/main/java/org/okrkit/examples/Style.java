package org.okrkit.examples;

/** Terminal colour, on or off: ANSI escape codes, or the plain text. */
final class Style {

  static final String BOLD = "\u001b[1m";
  static final String RED = "\u001b[31m";
  static final String YELLOW = "\u001b[33m";
  static final String GREEN = "\u001b[32m";
  static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";

  static final Style PLAIN = new Style(false);
  static final Style COLOUR = new Style(true);

  private final boolean on;

  private Style(boolean on) {
    this.on = on;
  }

  static Style of(boolean colour) {
    return colour ? COLOUR : PLAIN;
  }

  /** Wraps text in a code and a reset when colour is on; empty codes and texts stay as they are. */
  String apply(String code, String text) {
    if (!on || code.isEmpty() || text.isEmpty()) {
      return text;
    }
    return code + text + RESET;
  }
}
