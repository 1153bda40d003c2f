package dev.hearsay.jackson.internal.write;

import dev.hearsay.core.model.Affiliation;
import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Coordinates;
import dev.hearsay.core.model.CountUnit;
import dev.hearsay.core.model.CurrencyUnit;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.model.Unit;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.time.ImpreciseTime;
import tools.jackson.core.JsonGenerator;

/** Writes the values that live inside others: times, quotes, quantities, hops and chains. */
final class ValueWriters {
  private ValueWriters() {}

  static void edtf(JsonGenerator g, ImpreciseTime time) {
    g.writeString(time.toEdtf());
  }

  static void timeMention(JsonGenerator g, TimeMention time) {
    g.writeStartObject(time);
    g.writeStringProperty("edtf", time.value().toEdtf());
    Fields.text(g, "asWritten", time.asWritten());
    Fields.flag(g, "inferred", time.inferred());
    g.writeEndObject();
  }

  static void identifier(JsonGenerator g, Identifier identifier) {
    g.writeStartObject(identifier);
    g.writeStringProperty("scheme", identifier.scheme());
    g.writeStringProperty("value", identifier.value());
    g.writeEndObject();
  }

  static void coordinates(JsonGenerator g, Coordinates coordinates) {
    g.writeStartObject(coordinates);
    g.writeName("latitude");
    g.writeNumber(coordinates.latitude());
    g.writeName("longitude");
    g.writeNumber(coordinates.longitude());
    g.writeEndObject();
  }

  static void bound(JsonGenerator g, Bound bound) {
    g.writeStartObject(bound);
    Fields.value(g, "value", bound.value(), Fields::decimal);
    g.writeBooleanProperty("inclusive", bound.inclusive());
    g.writeEndObject();
  }

  static void unit(JsonGenerator g, Unit unit) {
    g.writeStartObject(unit);
    if (unit instanceof CurrencyUnit currency) {
      g.writeStringProperty("currency", currency.code());
    } else if (unit instanceof CountUnit count) {
      g.writeStringProperty("count", count.thing());
    }
    g.writeEndObject();
  }

  static void quote(JsonGenerator g, Quote quote) {
    g.writeStartObject(quote);
    g.writeStringProperty("source", quote.source().value());
    g.writeStringProperty("exact", quote.exact());
    Fields.text(g, "prefix", quote.prefix());
    Fields.text(g, "suffix", quote.suffix());
    Fields.optional(g, "start", quote.start(), JsonGenerator::writeNumber);
    Fields.optional(g, "end", quote.end(), JsonGenerator::writeNumber);
    g.writeEndObject();
  }

  static void quantity(JsonGenerator g, Quantity quantity) {
    g.writeStartObject(quantity);
    g.writeStringProperty("name", quantity.name());
    Fields.optional(g, "estimate", quantity.estimate(), Fields::decimal);
    Fields.optional(g, "lower", quantity.lower(), ValueWriters::bound);
    Fields.optional(g, "upper", quantity.upper(), ValueWriters::bound);
    Fields.flag(g, "approximate", quantity.approximate());
    Fields.value(g, "unit", quantity.unit(), ValueWriters::unit);
    Fields.text(g, "asWritten", quantity.asWritten());
    g.writeEndObject();
  }

  static void hop(JsonGenerator g, Hop hop) {
    g.writeStartObject(hop);
    g.writeStringProperty("actor", hop.actor().value());
    Fields.optional(g, "source", hop.source(), (gen, id) -> gen.writeString(id.value()));
    Fields.text(g, "cue", hop.cue());
    Fields.enumField(g, "mode", hop.mode());
    Fields.enumField(g, "commitment", hop.commitment());
    Fields.optional(g, "likelihood", hop.likelihood(), Fields::enumValue);
    Fields.optional(g, "time", hop.time(), ValueWriters::timeMention);
    Fields.flag(g, "inferred", hop.inferred());
    g.writeEndObject();
  }

  static void chain(JsonGenerator g, Chain chain) {
    g.writeStartArray(chain);
    for (Hop hop : chain.hops()) {
      hop(g, hop);
    }
    g.writeEndArray();
  }

  static void affiliation(JsonGenerator g, Affiliation affiliation) {
    g.writeStartObject(affiliation);
    g.writeStringProperty("organization", affiliation.organization().value());
    Fields.text(g, "role", affiliation.role());
    Fields.optional(g, "period", affiliation.period(), ValueWriters::edtf);
    g.writeEndObject();
  }

  static void violation(JsonGenerator g, Violation violation) {
    g.writeStartObject(violation);
    g.writeStringProperty("path", violation.path().toString());
    Fields.enumField(g, "code", violation.code());
    g.writeStringProperty("message", violation.message());
    g.writeEndObject();
  }
}
