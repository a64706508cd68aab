package org.okrkit.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's Maven coordinates name real artifacts at the project's version. */
class ReadmeCoordinatesTest {

  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");
  private static final Pattern VERSION = Pattern.compile("<version>([^<]+)</version>");

  private static String xmlBlockUnder(String readme, String heading) {
    int start = readme.indexOf("```xml", readme.indexOf(heading));
    return readme.substring(start, readme.indexOf("```", start + 6));
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  @Test
  void everyArtifactIsInTheBomAtTheProjectVersion() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String bom = Files.readString(Path.of("../okr-bom/pom.xml"), StandardCharsets.UTF_8);
    String parent = Files.readString(Path.of("../pom.xml"), StandardCharsets.UTF_8);
    String block = xmlBlockUnder(readme, "## Use it");
    // the parent's own version is its first <version> after its artifactId
    String projectVersion = all(VERSION, parent.substring(parent.indexOf("<artifactId>okr-parent")))
        .get(0);
    assertEquals(List.of(projectVersion), all(VERSION, block));
    List<String> artifacts = all(ARTIFACT, block);
    assertEquals("okr-bom", artifacts.get(0));
    for (String artifact : artifacts.subList(1, artifacts.size())) {
      assertTrue(bom.contains("<artifactId>" + artifact + "</artifactId>"),
          artifact + " is not in the BOM");
    }
  }

  @Test
  void theReadmesTwoCommandsAreTheOnesTheProjectRuns() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String ci = Files.readString(Path.of("../.ci/run"), StandardCharsets.UTF_8);
    String examples = Files.readString(Path.of("../okr-examples/pom.xml"), StandardCharsets.UTF_8);
    String test = firstLineOfBlockUnder(readme, "## Build and test");
    String run = firstLineOfBlockUnder(readme, "## Run the example");
    assertEquals("mvn -B verify", test);
    assertTrue(ci.lines().anyMatch(line -> line.strip().equals(test)),
        ".ci/run must call exactly the README's test command");
    assertEquals("mvn -q -pl okr-examples -am -Prun compile", run);
    assertTrue(examples.contains("<id>run</id>"), "okr-examples has no profile run");
  }

  private static String firstLineOfBlockUnder(String readme, String heading) {
    int start = readme.indexOf("```", readme.indexOf(heading));
    return readme.substring(readme.indexOf('\n', start) + 1).lines().findFirst().orElseThrow()
        .strip();
  }
}
