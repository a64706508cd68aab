package org.okrkit.testkit.guide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The guide in okr-testkit/README.md shows the code of a real test, so the guide keeps compiling. */
class GuideTest {

  @Test
  void guideShowsTheTestVerbatim() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int open = readme.indexOf("```java\n");
    int close = readme.indexOf("```", open + 8);
    assertTrue(open >= 0 && close > open, "okr-testkit/README.md must have a java block");
    String shown = readme.substring(open + 8, close).strip();
    String test = Files.readString(
        Path.of("src/test/java/org/okrkit/testkit/guide/TeamAlignmentRuleProperties.java"),
        StandardCharsets.UTF_8);
    assertTrue(test.contains(shown),
        "okr-testkit/README.md's example must match TeamAlignmentRuleProperties.java");
  }
}
