package dev.hearsay.prov;

import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.openprovenance.prov.model.Attribute;
import org.openprovenance.prov.model.HasLabel;
import org.openprovenance.prov.model.HasLocation;
import org.openprovenance.prov.model.HasOther;
import org.openprovenance.prov.model.HasRole;
import org.openprovenance.prov.model.HasType;
import org.openprovenance.prov.model.HasValue;
import org.openprovenance.prov.model.LangString;
import org.openprovenance.prov.model.Other;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.StatementOrBundle;
import org.openprovenance.prov.model.Type;

/**
 * The attributes of one statement as the import reads them: Hearsay's terms strictly, each value
 * checked, and what was not read left for the list of omissions.
 */
final class NodeAttributes {
  /** The most elements a numbered list may have, so that a position cannot overflow. */
  private static final int MAX_ITEMS = 1_000_000;

  private final String statement;
  private final List<LangString> labels = new ArrayList<>();
  private final List<Type> types = new ArrayList<>();
  private final List<Other> others = new ArrayList<>();
  private final List<Attribute> unreadable = new ArrayList<>();
  private final Set<Object> read = Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean labelsRead;

  NodeAttributes(StatementOrBundle statement) {
    this.statement = StatementText.of(statement);
    if (statement instanceof HasLabel labelled) {
      labelled.getLabel().stream().filter(l -> l != null).forEach(labels::add);
    }
    if (statement instanceof HasType typed) {
      typed.getType().stream().filter(t -> t != null).forEach(types::add);
    }
    if (statement instanceof HasOther other) {
      other.getOther().stream().filter(o -> o != null).forEach(others::add);
    }
    if (statement instanceof HasLocation located) {
      located.getLocation().stream().filter(l -> l != null).forEach(unreadable::add);
    }
    if (statement instanceof HasRole roles) {
      roles.getRole().stream().filter(r -> r != null).forEach(unreadable::add);
    }
    if (statement instanceof HasValue valued && valued.getValue() != null) {
      unreadable.add(valued.getValue());
    }
  }

  String statement() {
    return statement;
  }

  /** The first label's text; a statement's other labels are left out. */
  Optional<String> label() {
    labelsRead = true;
    return labels.isEmpty() || labels.get(0).getValue() == null
        ? Optional.empty()
        : Optional.of(wellFormed("prov:label", labels.get(0).getValue()));
  }

  /** The statement's types that are qualified names, as URIs. */
  List<String> typeUris() {
    List<String> uris = new ArrayList<>();
    for (Type type : types) {
      if (type.getValue() instanceof QualifiedName name) {
        uris.add(name.getUri());
      }
    }
    return uris;
  }

  /** Marks the type with this URI as read. */
  void readType(String uri) {
    for (Type type : types) {
      if (type.getValue() instanceof QualifiedName name && uri.equals(name.getUri())) {
        read.add(type);
      }
    }
  }

  boolean hasType(String uri) {
    return typeUris().contains(uri);
  }

  Optional<String> text(String term) {
    return one(term).map(o -> textOf(term, o));
  }

  String requiredText(String term) {
    return text(term).orElseThrow(() -> fail("has no hearsay:" + term));
  }

  boolean flag(String term) {
    return one(term).map(o -> bool(term, textOf(term, o))).orElse(false);
  }

  Optional<Boolean> bool(String term) {
    return one(term).map(o -> bool(term, textOf(term, o)));
  }

  Optional<Integer> integer(String term) {
    return one(term)
        .map(
            o -> {
              String text = textOf(term, o).strip();
              try {
                return Integer.valueOf(text);
              } catch (NumberFormatException e) {
                throw fail("hearsay:" + term + " is '" + shorten(text) + "', not a whole number");
              }
            });
  }

  Optional<BigDecimal> decimal(String term) {
    return one(term)
        .map(
            o -> {
              String text = textOf(term, o).strip();
              try {
                return new BigDecimal(text);
              } catch (NumberFormatException e) {
                throw fail("hearsay:" + term + " is '" + shorten(text) + "', not a decimal number");
              }
            });
  }

  Optional<Double> real(String term) {
    return one(term)
        .map(
            o -> {
              String text = textOf(term, o).strip();
              try {
                return Double.valueOf(text);
              } catch (NumberFormatException e) {
                throw fail("hearsay:" + term + " is '" + shorten(text) + "', not a number");
              }
            });
  }

  Optional<QualifiedName> ref(String term) {
    return one(term).map(o -> nameOf(term, o));
  }

  /** An EDTF time in {@code term}, with {@code termAsWritten} and {@code termInferred}. */
  Optional<TimeMention> time(String term) {
    Optional<String> edtf = text(term);
    Optional<String> asWritten = text(term + Terms.AS_WRITTEN);
    boolean inferred = flag(term + Terms.INFERRED_SUFFIX);
    if (edtf.isEmpty()) {
      if (asWritten.isPresent() || inferred) {
        throw fail(
            "has hearsay:"
                + term
                + Terms.AS_WRITTEN
                + " or hearsay:"
                + term
                + Terms.INFERRED_SUFFIX
                + " but no hearsay:"
                + term);
      }
      return Optional.empty();
    }
    TimeMention.Builder time =
        new TimeMention.Builder().value(edtf(term, edtf.get())).inferred(inferred);
    asWritten.ifPresent(v -> time.asWritten(v));
    return Optional.of(check(() -> time.build()));
  }

  ImpreciseTime edtf(String term, String text) {
    try {
      return ImpreciseTime.parse(text);
    } catch (IllegalArgumentException e) {
      throw fail("hearsay:" + term + " is not an EDTF time: " + e.getMessage());
    }
  }

  List<String> texts(String list) {
    return items(list, this::textOf);
  }

  /** The identifiers {@code hearsay:identifier_1}, ..., each {@code scheme:value}. */
  List<Identifier> identifiers() {
    List<Identifier> identifiers = new ArrayList<>();
    for (String text : texts(Terms.IDENTIFIER)) {
      int colon = text.indexOf(':');
      if (colon < 0) {
        throw fail(
            "hearsay:"
                + Terms.IDENTIFIER
                + " '"
                + text
                + "' is not a scheme and a value"
                + " such as 'wikidata:Q9684'");
      }
      identifiers.add(
          check(() -> Identifier.of(text.substring(0, colon), text.substring(colon + 1))));
    }
    return identifiers;
  }

  List<QualifiedName> refs(String list) {
    return items(list, this::nameOf);
  }

  /** The elements {@code list_1}, {@code list_2}, ... of a numbered list, which may have gaps. */
  Map<Integer, Other> numbered(String list) {
    Map<Integer, Other> items = new TreeMap<>();
    String prefix = Terms.HEARSAY + list + "_";
    for (Other other : others) {
      String uri = uri(other);
      if (uri == null || !uri.startsWith(prefix)) {
        continue;
      }
      int position = position(uri.substring(prefix.length()));
      if (position < 1) {
        continue;
      }
      if (items.put(position, other) != null) {
        throw fail("has hearsay:" + list + "_" + position + " twice");
      }
      read.add(other);
    }
    return items;
  }

  String textOf(String term, Attribute attribute) {
    Object value = attribute.getValue();
    if (value instanceof LangString text && text.getValue() != null) {
      return wellFormed("hearsay:" + term, text.getValue());
    }
    if (value instanceof String text) {
      return wellFormed("hearsay:" + term, text);
    }
    throw fail("hearsay:" + term + " is " + describe(value) + ", not a text");
  }

  QualifiedName nameOf(String term, Attribute attribute) {
    if (attribute.getValue() instanceof QualifiedName name) {
      return name;
    }
    throw fail(
        "hearsay:"
            + term
            + " is "
            + describe(attribute.getValue())
            + ", not a qualified name such as 'actor:nyt'");
  }

  /** Every attribute not read, each with why it was left out. */
  List<Omission> unread(String what) {
    List<Omission> left = new ArrayList<>();
    if (!labelsRead) {
      labels.forEach(l -> left.add(omission("prov:label", what + " has no label in Hearsay")));
    } else {
      labels.stream()
          .skip(1)
          .forEach(l -> left.add(omission("prov:label", "Hearsay keeps one label, the first")));
    }
    for (Type type : types) {
      if (!read.contains(type)) {
        left.add(
            omission(
                "prov:type " + value(type.getValue()), "not a type that Hearsay maps for " + what));
      }
    }
    for (Other other : others) {
      if (!read.contains(other)) {
        String uri = uri(other);
        boolean hearsay = uri != null && uri.startsWith(Terms.HEARSAY);
        left.add(
            omission(
                StatementText.name(other.getElementName()),
                hearsay
                    ? "not a Hearsay term of " + what
                    : "Hearsay has no such field for " + what));
      }
    }
    for (Attribute attribute : unreadable) {
      left.add(
          omission(
              StatementText.name(attribute.getElementName()),
              "Hearsay has no such field for " + what));
    }
    return left;
  }

  private String wellFormed(String attribute, String text) {
    String problem = WellFormedText.problem(text);
    if (problem != null) {
      throw fail(attribute + " " + problem);
    }
    return text;
  }

  ProvImportException fail(String problem) {
    return new ProvImportException(statement + ": " + problem);
  }

  /** Builds a value, turning the model's refusal into an exception that names the statement. */
  <T> T check(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw fail(e.getMessage());
    }
  }

  /** The elements of a numbered list, each read by {@code value} with its own name. */
  private <T> List<T> items(String list, BiFunction<String, Other, T> value) {
    Map<Integer, Other> items = numbered(list);
    List<T> values = new ArrayList<>(items.size());
    int expected = 1;
    for (Map.Entry<Integer, Other> item : items.entrySet()) {
      if (item.getKey() != expected) {
        throw fail(
            "has hearsay:"
                + list
                + "_"
                + item.getKey()
                + " but no hearsay:"
                + list
                + "_"
                + expected);
      }
      values.add(value.apply(list + "_" + item.getKey(), item.getValue()));
      expected++;
    }
    return values;
  }

  private Optional<Other> one(String term) {
    String uri = Terms.HEARSAY + term;
    Other found = null;
    for (Other other : others) {
      if (uri.equals(uri(other))) {
        if (found != null) {
          throw fail("has hearsay:" + term + " twice");
        }
        found = other;
      }
    }
    if (found != null) {
      read.add(found);
    }
    return Optional.ofNullable(found);
  }

  private boolean bool(String term, String text) {
    return switch (text.strip()) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw fail("hearsay:" + term + " is '" + shorten(text) + "', not true or false");
    };
  }

  /** The position of a numbered element, or 0 when the text is not a number from 1. */
  private static int position(String digits) {
    if (digits.isEmpty() || digits.length() > 7 || digits.charAt(0) == '0') {
      return 0;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return 0;
      }
    }
    int position = Integer.parseInt(digits);
    return position <= MAX_ITEMS ? position : 0;
  }

  private Omission omission(String attribute, String reason) {
    return new Omission(statement + " " + attribute, reason);
  }

  private static String uri(Attribute attribute) {
    QualifiedName name = attribute.getElementName();
    return name == null ? null : name.getUri();
  }

  private static String describe(Object value) {
    if (value == null) {
      return "empty";
    }
    if (value instanceof QualifiedName name) {
      return "the qualified name '" + StatementText.name(name) + "'";
    }
    return "'" + shorten(value(value)) + "'";
  }

  private static String value(Object value) {
    if (value instanceof QualifiedName name) {
      return StatementText.name(name);
    }
    if (value instanceof LangString text) {
      return String.valueOf(text.getValue());
    }
    return String.valueOf(value);
  }

  static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }
}
