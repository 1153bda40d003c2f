package dev.hearsay.prov;

import java.io.Writer;
import java.util.Collection;
import org.openprovenance.prov.model.Attribute;
import org.openprovenance.prov.model.DOMProcessing;
import org.openprovenance.prov.model.LangString;
import org.openprovenance.prov.model.Namespace;
import org.openprovenance.prov.model.ProvUtilities;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.notation.NotationConstructor;

/**
 * ProvToolbox's PROV-N writer, with strings escaped as PROV-N asks: ProvToolbox 2.2.1 escapes only
 * {@code \} and {@code "}, and writes a line break in a string as it is, which PROV-N (and
 * ProvToolbox's own parser) refuses. Everything else is ProvToolbox's.
 */
final class NotationWriter extends NotationConstructor {
  NotationWriter(Writer writer) {
    super(writer);
  }

  @Override
  public String optionalAttributes(Collection<Attribute> attributes) {
    if (attributes == null || attributes.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (Attribute attribute : attributes) {
      out.append(out.length() == 0 ? ",[" : ", ").append(attribute(attribute));
    }
    return out.append(']').toString();
  }

  @Override
  public void writeOptionalAttributes(Collection<Attribute> attributes) {
    write(optionalAttributes(attributes));
    write(")");
  }

  private static String attribute(Attribute attribute) {
    Object value = attribute.getValue();
    QualifiedName type = attribute.getType();
    String name = DOMProcessing.qualifiedNameToString(attribute.getElementName()) + " = ";
    if (value instanceof LangString text) {
      boolean plain =
          type == null || type.getUri().equals(ProvUtilities.internationalizedStringUri);
      return name
          + quoted(text.getValue())
          + (text.getLang() == null ? "" : "@" + text.getLang())
          + (plain ? "" : " %% " + Namespace.qualifiedNameToStringWithNamespace(type));
    }
    if (value instanceof String text) {
      return name
          + quoted(text)
          + (type == null ? "" : " %% " + Namespace.qualifiedNameToStringWithNamespace(type));
    }
    return attribute.toNotationString();
  }

  /** A PROV-N string literal: {@code \}, {@code "}, line feed and carriage return escaped. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
