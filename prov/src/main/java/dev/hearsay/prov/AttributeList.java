package dev.hearsay.prov;

import dev.hearsay.core.model.TimeMention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.openprovenance.prov.model.Attribute;
import org.openprovenance.prov.model.Name;
import org.openprovenance.prov.model.ProvFactory;
import org.openprovenance.prov.model.QualifiedName;

/** The attributes of one PROV statement, as the export writes them. */
final class AttributeList {
  private final ProvFactory factory;
  private final Names names;
  private final Name name;
  private final List<Attribute> attributes = new ArrayList<>();

  AttributeList(ProvFactory factory, Names names) {
    this.factory = factory;
    this.names = names;
    this.name = factory.getName();
  }

  AttributeList label(String text) {
    attributes.add(factory.newLabel(wellFormed("prov:label", text), name.XSD_STRING));
    return this;
  }

  AttributeList type(QualifiedName type) {
    attributes.add(factory.newType(type, name.PROV_QUALIFIED_NAME));
    return this;
  }

  AttributeList hearsayType(String type) {
    return type(names.hearsay(type));
  }

  AttributeList text(String term, String value) {
    return add(term, wellFormed("hearsay:" + term, value), name.XSD_STRING);
  }

  /** Each text as the numbered element of the list {@code term}. */
  AttributeList texts(String term, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      text(Terms.item(term, i), values.get(i));
    }
    return this;
  }

  /** The flag when it is set; an unset flag is left out. */
  AttributeList flag(String term, boolean value) {
    return value ? add(term, "true", name.XSD_BOOLEAN) : this;
  }

  AttributeList bool(String term, boolean value) {
    return add(term, Boolean.toString(value), name.XSD_BOOLEAN);
  }

  AttributeList integer(String term, int value) {
    return add(term, Integer.toString(value), name.XSD_INT);
  }

  /** An exact decimal, written out plainly: XML Schema's decimals have no exponent. */
  AttributeList decimal(String term, BigDecimal value) {
    return add(term, value.toPlainString(), name.XSD_DECIMAL);
  }

  AttributeList real(String term, double value) {
    return add(term, Double.toString(value), name.XSD_DOUBLE);
  }

  AttributeList uri(String term, String value) {
    return add(term, wellFormed("hearsay:" + term, value), name.XSD_ANY_URI);
  }

  AttributeList dateTime(String term, String value) {
    return add(term, value, name.XSD_DATETIME);
  }

  AttributeList date(String term, String value) {
    return add(term, value, name.XSD_DATE);
  }

  AttributeList ref(String term, QualifiedName value) {
    return add(term, value, name.PROV_QUALIFIED_NAME);
  }

  /** Each name as the numbered element of the list {@code term}. */
  AttributeList refs(String term, List<QualifiedName> values) {
    for (int i = 0; i < values.size(); i++) {
      ref(Terms.item(term, i), values.get(i));
    }
    return this;
  }

  /**
   * A time: its EDTF text as {@code term}, the words as written as {@code termAsWritten}, and
   * {@code termInferred} when the curator inferred it.
   */
  AttributeList time(String term, TimeMention time) {
    text(term, time.value().toEdtf());
    time.asWritten().ifPresent(w -> text(term + Terms.AS_WRITTEN, w));
    return flag(term + Terms.INFERRED_SUFFIX, time.inferred());
  }

  private static String wellFormed(String attribute, String text) {
    String problem = WellFormedText.problem(text);
    if (problem != null) {
      throw new IllegalArgumentException("the text of " + attribute + " " + problem);
    }
    return text;
  }

  List<Attribute> build() {
    return attributes;
  }

  private AttributeList add(String term, Object value, QualifiedName type) {
    attributes.add(factory.newAttribute(names.hearsay(term), value, type));
    return this;
  }
}
