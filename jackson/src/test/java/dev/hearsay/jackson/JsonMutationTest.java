package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.testing.random.RandomDatasets;
import dev.hearsay.testing.random.Tries;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A valid dataset's JSON with one random mutation (a token deleted, duplicated or replaced by
 * another, a value of another JSON type, a field dropped) either still reads as a valid dataset,
 * which then round-trips, or is refused with a Jackson exception whose message starts with the
 * path in the dataset where the problem is.
 */
class JsonMutationTest {
  /**
   * The start of a message with a path: a field of the dataset document, then an element or a
   * field ({@code claims[c-trucks].attribution[0][1].actor: }), the type's name for the document
   * itself, or the list of a dataset's problems or violations, each with its path.
   */
  static final Pattern PATH =
      Pattern.compile(
          "^(Dataset: |The dataset has \\d+ (violation|problem)s?"
              + "(, of which the first \\d+ are listed)?:\\n  [a-zA-Z]"
              + "|(schemaVersion|metadata|actors|places|sources|claims|events|relations|assessments)[.\\[:])");

  /** Whether a refusal's message starts with the path of the problem. */
  static boolean hasPath(JacksonException e) {
    String message = e.getOriginalMessage();
    if (e instanceof InvalidDatasetException invalid) {
      // An unknown field's path is its name, which may be anything.
      return invalid.problems().stream().noneMatch(p -> p.where().isEmpty())
          && (message.startsWith(invalid.problems().get(0).where() + ": ")
              || message.startsWith("The dataset has "));
    }
    return PATH.matcher(message).lookingAt()
        || e instanceof UnrecognizedPropertyException unknown
            && message.startsWith(unknown.getPropertyName() + ": ");
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  record Mutant(String mutation, String json) {
    @Override
    public String toString() {
      return mutation + " in " + json;
    }
  }

  @Test
  void aMutatedDatasetReadsWholeOrIsRefusedWithAPath() {
    Tries.forAll(
        1500,
        JsonMutationTest::mutant,
        mutant -> {
          Dataset read;
          try {
            read = Json.STRICT.readValue(mutant.json(), Dataset.class);
          } catch (JacksonException e) {
            if (!hasPath(e) && isTopLevelSyntaxError(e, mutant.json())) {
              return; // a known gap, PathGapsTest: syntax errors at the top level have no path
            }
            assertThat(hasPath(e))
                .as("%s has a path: %s", e.getClass().getName(), e.getOriginalMessage())
                .isTrue();
            assertThat(e.getLocation()).isNotNull();
            return;
          }
          String json = Json.MAPPER.writeValueAsString(read);
          assertThat(Json.STRICT.readValue(json, Dataset.class)).isEqualTo(read);
        });
  }

  /**
   * Whether Jackson refused the JSON itself as broken where no field is open (between the
   * document's top-level fields, or after its end).
   */
  private static boolean isTopLevelSyntaxError(JacksonException e, String json) {
    if (e.getOriginalMessage().startsWith("Trailing token")) {
      return true;
    }
    if (!(e instanceof StreamReadException) || e instanceof MismatchedInputException) {
      return false;
    }
    JsonParser parser = Json.PLAIN.createParser(json);
    try (parser) {
      while (parser.nextToken() != null) {
        // read to the error
      }
      return false;
    } catch (StreamReadException broken) {
      return parser.streamReadContext().getNestingDepth() <= 1;
    }
  }

  static Mutant mutant(Random random) {
    String json = Json.MAPPER.writeValueAsString(RandomDatasets.of(random.nextLong()));
    switch (random.nextInt(5)) {
      case 0:
        return tokenEdit(json, random, "delete");
      case 1:
        return tokenEdit(json, random, "duplicate");
      case 2:
        return tokenEdit(json, random, "replace");
      case 3:
        return treeEdit(json, random, true);
      default:
        return treeEdit(json, random, false);
    }
  }

  private static Mutant tokenEdit(String json, Random random, String edit) {
    List<int[]> tokens = tokens(json);
    int[] token = tokens.get(random.nextInt(tokens.size()));
    String text = json.substring(token[0], token[1]);
    String before = json.substring(0, token[0]);
    String after = json.substring(token[1]);
    switch (edit) {
      case "delete":
        return new Mutant("deleted " + text + " at " + token[0], before + after);
      case "duplicate":
        return new Mutant("duplicated " + text + " at " + token[0], before + text + text + after);
      default:
        int[] other = tokens.get(random.nextInt(tokens.size()));
        String replacement = json.substring(other[0], other[1]);
        return new Mutant(
            "replaced " + text + " at " + token[0] + " by " + replacement,
            before + replacement + after);
    }
  }

  /** Changes the type of a value, or drops a field. */
  private static Mutant treeEdit(String json, Random random, boolean changeType) {
    JsonNode root = Json.PLAIN.readTree(json);
    List<Object[]> slots = new ArrayList<>(); // {parent, key or index}
    collect(root, slots);
    if (!changeType) {
      slots.removeIf(slot -> !(slot[0] instanceof ObjectNode));
    }
    Object[] slot = slots.get(random.nextInt(slots.size()));
    String where = slot[1].toString();
    if (!changeType) {
      ((ObjectNode) slot[0]).remove((String) slot[1]);
      return new Mutant("dropped field " + where, Json.PLAIN.writeValueAsString(root));
    }
    JsonNode old =
        slot[0] instanceof ObjectNode o
            ? o.get((String) slot[1])
            : ((ArrayNode) slot[0]).get((Integer) slot[1]);
    JsonNode replacement = otherType(old, random);
    if (slot[0] instanceof ObjectNode o) {
      o.set((String) slot[1], replacement);
    } else {
      ((ArrayNode) slot[0]).set((Integer) slot[1], replacement);
    }
    return new Mutant(
        "changed " + where + " from " + old + " to " + replacement,
        Json.PLAIN.writeValueAsString(root));
  }

  private static JsonNode otherType(JsonNode old, Random random) {
    List<JsonNode> choices =
        new ArrayList<>(
            List.of(
                NODES.stringNode(old.isString() ? "1" : old.toString()),
                NODES.numberNode(1),
                NODES.numberNode(-0.5),
                NODES.booleanNode(true),
                NODES.nullNode(),
                NODES.arrayNode(),
                NODES.objectNode()));
    if (old.isString() && old.asString().matches("-?[0-9]+(\\.[0-9]+)?")) {
      choices.add(NODES.numberNode(new java.math.BigDecimal(old.asString())));
    }
    choices.removeIf(c -> c.getNodeType() == old.getNodeType() && !c.isString());
    return choices.get(random.nextInt(choices.size()));
  }

  private static void collect(JsonNode node, List<Object[]> slots) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        slots.add(new Object[] {object, field.getKey()});
        collect(field.getValue(), slots);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        slots.add(new Object[] {array, i});
        collect(array.get(i), slots);
      }
    }
  }

  /** The tokens of compact JSON, as {start, end} offsets. */
  static List<int[]> tokens(String json) {
    List<int[]> tokens = new ArrayList<>();
    int i = 0;
    while (i < json.length()) {
      char c = json.charAt(i);
      int start = i;
      if (c == '"') {
        i++;
        while (json.charAt(i) != '"') {
          i += json.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else if (c == '-' || Character.isDigit(c)) {
        while (i < json.length() && "+-.eE0123456789".indexOf(json.charAt(i)) >= 0) {
          i++;
        }
      } else if (Character.isLetter(c)) {
        while (i < json.length() && Character.isLetter(json.charAt(i))) {
          i++;
        }
      } else if (Character.isWhitespace(c)) {
        i++;
        continue;
      } else {
        i++;
      }
      tokens.add(new int[] {start, i});
    }
    return tokens;
  }
}
