package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.json.ReadErrorPathTest.Documents;

/**
 * A valid document broken at random (a character deleted or inserted, two tokens swapped, the
 * input cut short, a few times over) is either read as a plan or refused with an {@link
 * OkrJsonException} naming a JSON path: never a raw Jackson or JDK exception.
 */
class ReadMutationProperties {

  private static final String JSON = Documents.validJson();
  private static final String YAML = Documents.yaml(Documents.edited(root -> { }));
  /** A string, a punctuation mark or a run of other characters: what swapping moves. */
  private static final Pattern TOKEN =
      Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|[{}\\[\\],:\\-]|[^\\s{}\\[\\],:\"]+");
  private static final String INSERTED = "{}[]\",:-0a\\ \n.e&*!|>#'";

  /** One edit of a document, placed by fractions of its length so it fits any document. */
  private record Mutation(int kind, double at, double other, char inserted) {

    String applyTo(String document) {
      int position = (int) (at * document.length());
      switch (kind) {
        case 0:
          return document.substring(0, position) + document.substring(
              Math.min(document.length(), position + 1));
        case 1:
          return document.substring(0, position) + inserted + document.substring(position);
        case 2:
          return swapTokens(document);
        default:
          return document.substring(0, position);
      }
    }

    private String swapTokens(String document) {
      List<int[]> tokens = new ArrayList<>();
      Matcher matcher = TOKEN.matcher(document);
      while (matcher.find()) {
        tokens.add(new int[] {matcher.start(), matcher.end()});
      }
      if (tokens.size() < 2) {
        return document;
      }
      int[] first = tokens.get((int) (at * tokens.size()));
      int[] second = tokens.get((int) (other * tokens.size()));
      if (first[0] > second[0]) {
        int[] swap = first;
        first = second;
        second = swap;
      }
      if (first[0] == second[0]) {
        return document;
      }
      return document.substring(0, first[0]) + document.substring(second[0], second[1])
          + document.substring(first[1], second[0]) + document.substring(first[0], first[1])
          + document.substring(second[1]);
    }
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Double> fraction = Arbitraries.doubles().between(0, 1).ofScale(6)
        .filter(value -> value < 1);
    Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 3),
        fraction, fraction, Arbitraries.of(INSERTED.toCharArray())).as(Mutation::new);
    return mutation.list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 400)
  void aBrokenJsonDocumentIsReadOrRefusedWithAPath(@ForAll("mutations") List<Mutation> edits) {
    String document = JSON;
    for (Mutation edit : edits) {
      document = edit.applyTo(document);
    }
    readOrRefuse(OkrJson.json(), document);
    readOrRefuse(OkrJson.json().toleratingUnknownFields(), document);
  }

  @Property(tries = 400)
  void aBrokenYamlDocumentIsReadOrRefusedWithAPath(@ForAll("mutations") List<Mutation> edits) {
    String document = YAML;
    for (Mutation edit : edits) {
      document = edit.applyTo(document);
    }
    readOrRefuse(OkrJson.yaml(), document);
    readOrRefuse(OkrJson.yaml().toleratingUnknownFields(), document);
  }

  /** Any other exception escapes and fails the property, with the document jqwik shrank to. */
  private static void readOrRefuse(OkrJson format, String document) {
    try {
      format.readPlan(document);
    } catch (OkrJsonException refused) {
      assertTrue(refused.path().startsWith("$"), refused::getMessage);
    }
  }
}
