package dev.hearsay.prov;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openprovenance.prov.model.Identifiable;
import org.openprovenance.prov.model.ProvUtilities;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.Relation;
import org.openprovenance.prov.model.StatementOrBundle;
import org.openprovenance.prov.model.StatementOrBundle.Kind;

/** A statement in short PROV-N, such as {@code used(ex:compose, ex:dataSet1)}, to name it. */
final class StatementText {
  private static final int MAX_NAME = 120;

  private static final Map<Kind, String> KEYWORDS =
      Map.ofEntries(
          Map.entry(Kind.PROV_ENTITY, "entity"),
          Map.entry(Kind.PROV_ACTIVITY, "activity"),
          Map.entry(Kind.PROV_AGENT, "agent"),
          Map.entry(Kind.PROV_USAGE, "used"),
          Map.entry(Kind.PROV_GENERATION, "wasGeneratedBy"),
          Map.entry(Kind.PROV_INVALIDATION, "wasInvalidatedBy"),
          Map.entry(Kind.PROV_START, "wasStartedBy"),
          Map.entry(Kind.PROV_END, "wasEndedBy"),
          Map.entry(Kind.PROV_COMMUNICATION, "wasInformedBy"),
          Map.entry(Kind.PROV_DERIVATION, "wasDerivedFrom"),
          Map.entry(Kind.PROV_ASSOCIATION, "wasAssociatedWith"),
          Map.entry(Kind.PROV_ATTRIBUTION, "wasAttributedTo"),
          Map.entry(Kind.PROV_DELEGATION, "actedOnBehalfOf"),
          Map.entry(Kind.PROV_INFLUENCE, "wasInfluencedBy"),
          Map.entry(Kind.PROV_ALTERNATE, "alternateOf"),
          Map.entry(Kind.PROV_SPECIALIZATION, "specializationOf"),
          Map.entry(Kind.PROV_MENTION, "mentionOf"),
          Map.entry(Kind.PROV_MEMBERSHIP, "hadMember"),
          Map.entry(Kind.PROV_BUNDLE, "bundle"),
          Map.entry(Kind.PROV_DICTIONARY_INSERTION, "derivedByInsertionFrom"),
          Map.entry(Kind.PROV_DICTIONARY_REMOVAL, "derivedByRemovalFrom"),
          Map.entry(Kind.PROV_DICTIONARY_MEMBERSHIP, "hadDictionaryMember"));

  private StatementText() {}

  static String of(StatementOrBundle statement) {
    Kind kind = statement.getKind();
    String keyword = kind == null ? "statement" : KEYWORDS.getOrDefault(kind, "statement");
    List<String> names = new ArrayList<>();
    if (statement instanceof Relation relation) {
      ProvUtilities utilities = new ProvUtilities();
      try {
        names.add(name(utilities.getEffect(relation)));
        names.add(name(utilities.getCause(relation)));
      } catch (UnsupportedOperationException | IndexOutOfBoundsException e) {
        // ProvToolbox has no effect and cause for some relations, and indexes an empty list of
        // causes (a hadMember without members) out of bounds.
        names.clear();
      }
    } else if (statement instanceof Identifiable identified) {
      names.add(name(Identifiers.of(identified)));
    }
    return keyword + "(" + String.join(", ", names) + ")";
  }

  /** A qualified name as {@code prefix:local}, {@code <uri>} without a prefix, {@code -} if none. */
  static String name(QualifiedName name) {
    if (name == null) {
      return "-";
    }
    String text =
        name.getPrefix() == null || name.getPrefix().isEmpty()
            ? "<" + name.getUri() + ">"
            : name.getPrefix() + ":" + name.getLocalPart();
    return text.length() > MAX_NAME ? text.substring(0, MAX_NAME) + "..." : text;
  }
}
