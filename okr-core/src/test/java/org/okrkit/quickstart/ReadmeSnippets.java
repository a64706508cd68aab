package org.okrkit.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps the README's code identical to the tests that run it: the lines between "begins" and
 * "ends" markers in a test must equal the first java block under a README heading.
 */
public final class ReadmeSnippets {

  private ReadmeSnippets() {}

  /**
   * Asserts that the README shows exactly the marked code of a test source.
   *
   * @param readme  the README file
   * @param heading  the heading the java block follows
   * @param testSource  the test source holding the markers
   * @param marker  the marker text, completed by " begins" and " ends"
   */
  public static void assertReadmeShows(Path readme, String heading, Path testSource, String marker)
      throws IOException {
    List<String> source = Files.readAllLines(testSource, StandardCharsets.UTF_8);
    String inTest = stripped(source.subList(
        indexOf(source, marker + " begins", 0) + 1, indexOf(source, marker + " ends", 0)));
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    int open = indexOf(lines, "```java", indexOf(lines, heading, 0));
    int close = indexOf(lines, "```", open + 1);
    assertEquals(inTest, stripped(lines.subList(open + 1, close)),
        readme + " under '" + heading + "' must show exactly the code marked in " + testSource);
  }

  private static String stripped(List<String> lines) {
    return lines.stream().map(String::strip).collect(Collectors.joining("\n"));
  }

  private static int indexOf(List<String> lines, String text, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("not found after line " + from + ": " + text);
  }
}
