package org.okrkit.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import tools.jackson.core.TokenStreamContext;

/** JSON paths as okrkit's errors write them: {@code $.objectives[3].keyResults[1]['a b']}. */
final class JsonPaths {

  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JsonPaths() {}

  /** The step to a field: a plain name after a dot, any other quoted in brackets. */
  static String field(String name) {
    if (SIMPLE_NAME.matcher(name).matches()) {
      return "." + name;
    }
    return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  static String element(int index) {
    return "[" + index + "]";
  }

  /** The path of the value a parser's context is at, from the document's root. */
  static String of(TokenStreamContext context) {
    Deque<String> steps = new ArrayDeque<>();
    for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inObject() && at.currentName() != null) {
        steps.addFirst(field(at.currentName()));
      } else if (at.inArray()) {
        steps.addFirst(element(Math.max(0, at.getCurrentIndex())));
      }
    }
    return "$" + String.join("", steps);
  }
}
