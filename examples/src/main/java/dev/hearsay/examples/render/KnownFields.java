package dev.hearsay.examples.render;

import dev.hearsay.jackson.HearsayModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field names of each object of the JSON form, as the JSON Schema that ships with the library
 * lists them, and the one a misspelt field name most likely meant.
 */
public final class KnownFields {
  private static final Map<String, List<String>> BY_TYPE = load();

  private KnownFields() {}

  /**
   * The field names of an object of the given type, such as {@code Claim} or {@code CountUnit};
   * none when the schema does not describe it.
   */
  static List<String> of(String type) {
    List<String> names = BY_TYPE.get(type);
    if (names == null && type.endsWith("Unit")) {
      names = BY_TYPE.get("Unit");
    }
    return names == null ? List.of() : names;
  }

  /**
   * The known name closest to an unknown one: the same but for case, or at most two letters
   * apart (one for names of up to four letters), counting two swapped letters as one.
   */
  static Optional<String> nearest(String unknown, Collection<String> known) {
    String wanted = unknown.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int allowed = wanted.length() <= 4 ? 1 : 2;
    for (String name : known) {
      String candidate = name.toLowerCase(Locale.ROOT);
      if (Math.abs(candidate.length() - wanted.length()) > allowed) {
        continue;
      }
      int distance = distance(wanted, candidate);
      if (distance <= allowed && distance < bestDistance && !name.equals(unknown)) {
        best = name;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Edits between two texts: insertions, deletions, substitutions and swaps of neighbours. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** The properties of every definition in the schema; none when it cannot be read. */
  private static Map<String, List<String>> load() {
    try (InputStream in = HearsayModule.openJsonSchema()) {
      JsonNode definitions = JsonMapper.builder().build().readTree(in).path("$defs");
      Map<String, List<String>> byType = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> definition : definitions.properties()) {
        Set<String> names =
            new LinkedHashSet<>(definition.getValue().path("properties").propertyNames());
        for (JsonNode branch : definition.getValue().path("oneOf").values()) {
          names.addAll(branch.path("properties").propertyNames());
        }
        if (!names.isEmpty()) {
          byType.put(definition.getKey(), List.copyOf(names));
        }
      }
      return Map.copyOf(byType);
    } catch (IOException | JacksonException | IllegalStateException e) {
      return Map.of();
    }
  }
}
