package dev.hearsay.prov;

import java.util.List;
import java.util.ListIterator;
import org.openprovenance.prov.model.Attribute;
import org.openprovenance.prov.model.Bundle;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.HasLabel;
import org.openprovenance.prov.model.HasOther;
import org.openprovenance.prov.model.HasType;
import org.openprovenance.prov.model.LangString;
import org.openprovenance.prov.model.Other;
import org.openprovenance.prov.model.ProvFactory;
import org.openprovenance.prov.model.StatementOrBundle;
import org.openprovenance.prov.model.Type;

/**
 * Decodes the escapes that ProvToolbox 2.2.1's PROV-N parser leaves in the strings it reads: it
 * turns {@code \"} into {@code "} but keeps {@code \\}, {@code \n} and the other escapes of PROV-N
 * as they are written.
 */
final class NotationStrings {
  private final ProvFactory factory;

  NotationStrings(ProvFactory factory) {
    this.factory = factory;
  }

  /** Decodes every string of the document's statements, and of its bundles', in place. */
  void decode(Document document) {
    decode(document.getStatementOrBundle());
  }

  private void decode(List<? extends StatementOrBundle> statements) {
    if (statements == null) {
      return;
    }
    for (StatementOrBundle statement : statements) {
      if (statement instanceof Bundle bundle) {
        decode(bundle.getStatement());
      }
      if (statement instanceof HasLabel labelled) {
        decodeLabels(labelled.getLabel());
      }
      if (statement instanceof HasType typed) {
        decodeTypes(typed.getType());
      }
      if (statement instanceof HasOther other) {
        decodeOthers(other.getOther());
      }
    }
  }

  private void decodeLabels(List<LangString> labels) {
    for (ListIterator<LangString> i = labels.listIterator(); i.hasNext(); ) {
      LangString label = i.next();
      if (label != null && label.getValue() != null) {
        i.set(factory.newInternationalizedString(unescape(label.getValue()), label.getLang()));
      }
    }
  }

  private void decodeTypes(List<Type> types) {
    for (ListIterator<Type> i = types.listIterator(); i.hasNext(); ) {
      Type type = i.next();
      Object decoded = decoded(type);
      if (decoded != null) {
        i.set(factory.newType(decoded, type.getType()));
      }
    }
  }

  private void decodeOthers(List<Other> others) {
    for (ListIterator<Other> i = others.listIterator(); i.hasNext(); ) {
      Other other = i.next();
      Object decoded = decoded(other);
      if (decoded != null) {
        i.set(factory.newOther(other.getElementName(), decoded, other.getType()));
      }
    }
  }

  /** The attribute's value decoded, or null when it is not a string that holds an escape. */
  private Object decoded(Attribute attribute) {
    if (attribute == null) {
      return null;
    }
    Object value = attribute.getValue();
    if (value instanceof String text && text.indexOf('\\') >= 0) {
      return unescape(text);
    }
    if (value instanceof LangString text
        && text.getValue() != null
        && text.getValue().indexOf('\\') >= 0) {
      return factory.newInternationalizedString(unescape(text.getValue()), text.getLang());
    }
    return null;
  }

  /**
   * The text with PROV-N's escapes ({@code \t \b \n \r \f \\ \" \'}) decoded, left to right; a
   * backslash before any other character stays.
   */
  static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(i + 1);
      char decoded =
          switch (next) {
            case 't' -> '\t';
            case 'b' -> '\b';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'f' -> '\f';
            case '\\', '"', '\'' -> next;
            default -> 0;
          };
      if (decoded == 0) {
        out.append(c);
      } else {
        out.append(decoded);
        i++;
      }
    }
    return out.toString();
  }
}
