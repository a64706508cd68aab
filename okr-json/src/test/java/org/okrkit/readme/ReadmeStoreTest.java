package org.okrkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.json.OkrJson;
import org.okrkit.json.OkrJsonException;
import org.okrkit.json.OkrJsonModule;
import org.okrkit.quickstart.QuickstartTest;
import org.okrkit.quickstart.ReadmeSnippets;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringProfile;
import tools.jackson.databind.json.JsonMapper;

/** The README's storage example, verbatim between the markers, with its answers worked by hand. */
class ReadmeStoreTest {

  @Test
  void readmeStore() {
    Plan plan = Plan.of(List.of(QuickstartTest.closedQuickstartObjective()));
    // README store begins
    OkrJson json = OkrJson.json();
    String document = json.write(plan);   // format version 1; equal plans give equal bytes
    Plan read = json.readPlan(document);  // equal to plan, rebuilt through okrkit's builders

    ObjectiveScore score = Scorer.of(ScoringProfile.google())
        .score(read.objectives().get(0), LocalDate.of(2026, 3, 31));
    String forThePage = json.write(score); // "value": "0.5833", exact 7/12, the explanation

    JsonMapper mapper = JsonMapper.builder().addModule(new OkrJsonModule()).build();
    Plan same = mapper.readValue(document, Plan.class); // your own mapper, the same format

    OkrJsonException broken = assertThrows(OkrJsonException.class,
        () -> json.readPlan(document.replace("\"owner\": \"ada\"", "\"owner\": \" \"")));
    // broken.path(): $.objectives[0].owner; broken.rule(): must not be empty or blank
    // README store ends

    assertEquals(plan, read);
    assertEquals(plan, same);
    assertTrue(document.startsWith("{\n  \"formatVersion\": 1,\n"), document);
    // (4/15 + 2 x 8/15 + 1) / 4 = 7/12 = 0.58333... -> 0.5833 (see the README's review example)
    assertTrue(forThePage.contains("\"value\": \"0.5833\""), forThePage);
    assertTrue(forThePage.contains("\"numerator\": \"7\",\n      \"denominator\": \"12\""),
        forThePage);
    assertTrue(forThePage.contains("\"explanation\": {"), forThePage);
    assertEquals("$.objectives[0].owner", broken.path());
    assertEquals("\" \"", broken.rejectedValue());
    assertEquals("must not be empty or blank", broken.rule());
  }

  @Test
  void readmeShowsExactlyThisExample() throws IOException {
    ReadmeSnippets.assertReadmeShows(Path.of("../README.md"), "## Store it",
        Path.of("src/test/java/org/okrkit/readme/ReadmeStoreTest.java"), "README store");
  }
}
