package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a report's text back into sections, table rows and cascade rows, for the tests. */
final class ReportText {

  private ReportText() {}

  /** The section titles: lines underlined by a line of '=' as long. */
  static List<String> titles(String report) {
    String[] lines = report.split("\n", -1);
    List<String> titles = new ArrayList<>();
    for (int i = 0; i + 1 < lines.length; i++) {
      if (!lines[i].isEmpty() && lines[i + 1].equals("=".repeat(lines[i].length()))) {
        titles.add(lines[i]);
      }
    }
    return titles;
  }

  /** The text of one section, from below its underline to the next section's title. */
  static String section(String report, String title) {
    String start = "\n" + title + "\n" + "=".repeat(title.length()) + "\n";
    int from = report.indexOf(start);
    assertTrue(from >= 0, "no section " + title);
    from += start.length();
    int to = report.length();
    for (String next : titles(report)) {
      int at = report.indexOf("\n" + next + "\n" + "=".repeat(next.length()) + "\n", from);
      if (at >= 0 && at < to) {
        to = at;
      }
    }
    return report.substring(from, to);
  }

  /**
   * The rows of the first table in a text whose header starts with a column title, cells split
   * at runs of two or more blanks, up to the first blank line.
   */
  static List<List<String>> tableRows(String text, String firstColumn) {
    List<List<String>> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (!inTable) {
        inTable = trimmed.startsWith(firstColumn + "  ");
      } else if (trimmed.isEmpty()) {
        break;
      } else {
        rows.add(List.of(trimmed.split(" {2,}")));
      }
    }
    return rows;
  }

  /**
   * Reads a report's cascade: objective rows by id (title, score, grade, band, judgement,
   * findings), key result rows by objective/key result (title, score, grade, band). A key result
   * row belongs to the objective drawn one level (four characters of tree) to its left.
   */
  static void cascadeRows(String report, Map<String, List<String>> objectives,
      Map<String, List<String>> keyResults) {
    Map<Integer, String> objectiveAtDepth = new HashMap<>();
    List<List<String>> rows = new ArrayList<>();
    List<Integer> depths = new ArrayList<>();
    for (String line : section(report, Report.CASCADE).split("\n", -1)) {
      if (line.isEmpty() || line.startsWith("objective / key result")) {
        continue;
      }
      int depth = 0;
      while (depth < line.length() && "|`+- ".indexOf(line.charAt(depth)) >= 0) {
        depth++;
      }
      rows.add(List.of(line.substring(depth).split(" {2,}")));
      depths.add(depth);
    }
    for (int i = 0; i < rows.size(); i++) {
      List<String> cells = rows.get(i);
      int depth = depths.get(i);
      if (cells.get(0).startsWith("KR ")) {
        String objective = objectiveAtDepth.get(depth - 4);
        keyResults.put(objective + "/" + cells.get(0).substring(3), cells.subList(1, cells.size()));
      } else {
        objectiveAtDepth.put(depth, cells.get(0));
        List<String> row = new ArrayList<>(cells.subList(1, cells.size()));
        assertFalse(objectives.containsKey(cells.get(0)), "drawn once: " + cells.get(0));
        objectives.put(cells.get(0), row);
      }
    }
  }
}
