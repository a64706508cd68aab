package org.okrkit.review;

/**
 * Writes text literally in Markdown: every character Markdown would read as markup is escaped,
 * and a line break becomes a space, so ids such as {@code a*1} or {@code q|2} render as written,
 * also in a table cell. The one rule both renderings use.
 */
final class MarkdownText {

  private static final String SPECIAL = "\\`*_[]<>#|";

  private MarkdownText() {}

  static String literal(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        escaped.append(' ');
        continue;
      }
      if (SPECIAL.indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
