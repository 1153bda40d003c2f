package dev.hearsay.jackson;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Violation;
import dev.hearsay.jackson.ser.PartWriter;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a dataset document one claim at a time, in memory that does not grow with the claims.
 * The document is the same, byte for byte, as the one {@link HearsayModule} writes for the whole
 * dataset with the same mapper.
 *
 * <p>The header (metadata, actors, places and sources) is given when the writer opens; then come
 * the claims, then the events, then the relations, in that order. Each claim and event is checked
 * before it is written, as {@link DatasetStreamReader} checks it when reading, and refused with a
 * {@link DatasetValidationException} that leaves the document as it was, so that the caller may
 * skip it and go on. Relations are checked together by {@link #close()}, which then throws when
 * they break a rule: the document is complete but invalid, and should be discarded.
 *
 * <pre>{@code
 * try (DatasetStreamWriter writer = DatasetStreamWriter.open(mapper, out, header)) {
 *   for (Claim claim : claims) {
 *     writer.writeClaim(claim);
 *   }
 *   writer.writeRelation(relation);
 * }
 * }</pre>
 */
public final class DatasetStreamWriter implements AutoCloseable {
  private enum Part {
    HEADER,
    CLAIMS,
    EVENTS,
    RELATIONS,
    CLOSED
  }

  private final JsonGenerator generator;
  private final StreamRules rules;
  private Part part = Part.HEADER;

  private DatasetStreamWriter(JsonGenerator generator, Dataset header) {
    this.generator = generator;
    this.rules = new StreamRules(header);
    generator.writeStartObject();
    PartWriter.header(generator, header);
  }

  /**
   * Opens a dataset document and writes its header.
   *
   * @param mapper the mapper whose configuration applies, such as indentation; it need not have
   *     {@link HearsayModule} registered
   * @param out where to write UTF-8 JSON; closed by {@link #close()} as the mapper's
   *     configuration says (by default it is)
   * @param header the schema version, metadata, actors, places and sources
   * @return the writer, ready for the first claim
   * @throws IllegalArgumentException when the header holds claims, events or relations
   * @throws JacksonException when writing fails
   */
  public static DatasetStreamWriter open(ObjectMapper mapper, OutputStream out, Dataset header) {
    checkHeader(header);
    return new DatasetStreamWriter(mapper.createGenerator(out), header);
  }

  /**
   * Opens a dataset document and writes its header.
   *
   * @param mapper the mapper whose configuration applies
   * @param out where to write; closed by {@link #close()} as the mapper's configuration says
   * @param header the schema version, metadata, actors, places and sources
   * @return the writer, ready for the first claim
   * @throws IllegalArgumentException when the header holds claims, events or relations
   * @throws JacksonException when writing fails
   */
  public static DatasetStreamWriter open(ObjectMapper mapper, Writer out, Dataset header) {
    checkHeader(header);
    return new DatasetStreamWriter(mapper.createGenerator(out), header);
  }

  private static void checkHeader(Dataset header) {
    if (!header.claims().isEmpty() || !header.events().isEmpty()
        || !header.relations().isEmpty()) {
      throw new IllegalArgumentException(
          "the header must hold no claims, events or relations; write them one by one");
    }
  }

  /**
   * Checks and writes a claim.
   *
   * @param claim the claim
   * @throws DatasetValidationException when the claim breaks a rule; nothing is written
   * @throws IllegalStateException after an event or relation, or after closing
   * @throws JacksonException when writing fails
   */
  public void writeClaim(Claim claim) {
    if (part.compareTo(Part.CLAIMS) > 0) {
      throw outOfOrder("claims");
    }
    List<Violation> violations = rules.claim(claim);
    if (!violations.isEmpty()) {
      throw new DatasetValidationException(violations);
    }
    moveTo(Part.CLAIMS, "claims");
    PartWriter.claim(generator, claim);
  }

  /**
   * Checks and writes an event.
   *
   * @param event the event
   * @throws DatasetValidationException when the event breaks a rule; nothing is written
   * @throws IllegalStateException after a relation, or after closing
   * @throws JacksonException when writing fails
   */
  public void writeEvent(Event event) {
    if (part.compareTo(Part.EVENTS) > 0) {
      throw outOfOrder("events");
    }
    List<Violation> violations = rules.event(event);
    if (!violations.isEmpty()) {
      throw new DatasetValidationException(violations);
    }
    moveTo(Part.EVENTS, "events");
    PartWriter.event(generator, event);
  }

  /**
   * Writes a relation, to be checked with the others by {@link #close()}.
   *
   * @param relation the relation
   * @throws IllegalStateException after closing
   * @throws JacksonException when writing fails
   */
  public void writeRelation(Relation relation) {
    moveTo(Part.RELATIONS, "relations");
    rules.relation(relation);
    PartWriter.relation(generator, relation);
  }

  /**
   * Ends the document, checks the relations, and closes the generator.
   *
   * @throws DatasetValidationException when the relations break a rule; the document is written
   *     in full all the same, and should be discarded
   * @throws JacksonException when writing fails
   */
  @Override
  public void close() {
    if (part == Part.CLOSED) {
      return;
    }
    try {
      if (part != Part.HEADER) {
        generator.writeEndArray();
      }
      part = Part.CLOSED;
      generator.writeEndObject();
    } finally {
      part = Part.CLOSED;
      generator.close();
    }
    List<Violation> violations = rules.finish();
    if (!violations.isEmpty()) {
      throw new DatasetValidationException(violations);
    }
  }

  private void moveTo(Part next, String name) {
    if (part.compareTo(next) > 0) {
      throw outOfOrder(name);
    }
    if (part != next) {
      if (part != Part.HEADER) {
        generator.writeEndArray();
      }
      generator.writeName(name);
      generator.writeStartArray();
      part = next;
    }
  }

  private IllegalStateException outOfOrder(String name) {
    return new IllegalStateException(part == Part.CLOSED
        ? "the writer is closed"
        : "cannot write " + name + " after " + part.name().toLowerCase(java.util.Locale.ROOT)
            + "; write claims, then events, then relations");
  }
}
