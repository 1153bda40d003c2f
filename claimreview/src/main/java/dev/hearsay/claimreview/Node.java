package dev.hearsay.claimreview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** A value of the document and where it is, as a JSON path such as {@code $.@graph[1].author}. */
final class Node {
  private static final Pattern PLAIN_NAME = Pattern.compile("[@A-Za-z_$][@A-Za-z0-9_$:-]*");
  private static final Pattern DECIMAL =
      Pattern.compile("\\s*-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?\\s*");

  /** The longest number text read, as the JSON reader's own limit on numbers. */
  private static final int MAX_NUMBER_LENGTH = 1_000;

  private final JsonNode json;
  private final String path;

  Node(JsonNode json, String path) {
    this.json = json;
    this.path = path;
  }

  static Node root(JsonNode json) {
    return new Node(json, "$");
  }

  JsonNode json() {
    return json;
  }

  String path() {
    return path;
  }

  /** The path of a property of this object, given or not. */
  String pathOf(String name) {
    return PLAIN_NAME.matcher(name).matches()
        ? path + "." + name
        : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  boolean isObject() {
    return json.isObject();
  }

  boolean isArray() {
    return json.isArray();
  }

  boolean isText() {
    return json.isString();
  }

  /** A property of this object, when it is given and not null. */
  Optional<Node> get(String name) {
    JsonNode value = json.isObject() ? json.get(name) : null;
    return value == null || value.isNull()
        ? Optional.empty()
        : Optional.of(new Node(value, pathOf(name)));
  }

  /** The property names of this object, in the document's order. */
  List<String> names() {
    return json.isObject() ? List.copyOf(json.propertyNames()) : List.of();
  }

  /** The elements of this array, or this value alone when it is not an array. */
  List<Node> oneOrMany() {
    if (!json.isArray()) {
      return List.of(this);
    }
    List<Node> elements = new ArrayList<>(json.size());
    for (int i = 0; i < json.size(); i++) {
      JsonNode element = json.get(i);
      if (!element.isNull()) {
        elements.add(new Node(element, path + "[" + i + "]"));
      }
    }
    return elements;
  }

  /** This value as a text that is not blank. */
  String text() {
    if (!json.isString()) {
      throw refused("must be a text, not " + kind());
    }
    String text = json.asString().strip();
    if (text.isEmpty()) {
      throw refused("must not be blank");
    }
    int unpaired = unpairedSurrogate(text);
    if (unpaired >= 0) {
      throw refused(
          String.format(
              "has an unpaired surrogate (\\u%04X at index %d), which is not" + " Unicode text",
              (int) text.charAt(unpaired), unpaired));
    }
    return text;
  }

  /** The index of the first surrogate that is not half of a pair, or -1 when there is none. */
  private static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** This value as an object. */
  Node object(String what) {
    if (!json.isObject()) {
      throw refused("must be " + what + ", not " + kind());
    }
    return this;
  }

  /** This value as an exact decimal, from a JSON number or a text that is one. */
  BigDecimal decimal() {
    if (json.isNumber()) {
      return json.decimalValue();
    }
    if (json.isString()) {
      String text = json.asString();
      if (text.length() <= MAX_NUMBER_LENGTH && DECIMAL.matcher(text).matches()) {
        return new BigDecimal(text.strip());
      }
      throw refused("'" + Texts.shorten(text) + "' is not a number such as 4 or \"2.5\"");
    }
    throw refused("must be a number, not " + kind());
  }

  /** What kind of JSON value this is, in words. */
  String kind() {
    if (json.isObject()) {
      return "an object";
    }
    if (json.isArray()) {
      return "an array";
    }
    if (json.isString()) {
      return "a text";
    }
    if (json.isNumber()) {
      return "a number";
    }
    if (json.isBoolean()) {
      return json.asBoolean() ? "true" : "false";
    }
    return "null";
  }

  ClaimReviewException refused(String problem) {
    return new ClaimReviewException(path, problem);
  }

  ClaimReviewException refused(String problem, Throwable cause) {
    return new ClaimReviewException(path, problem, cause);
  }
}
