package dev.hearsay.jackson;

import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetHeader;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Violations;
import dev.hearsay.jackson.internal.DatasetField;
import dev.hearsay.jackson.internal.write.PartWriter;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Locale;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes a dataset document one claim at a time, in memory that does not grow with the claims:
 * the ids it keeps to refuse a duplicate and to check references go to temporary files past about
 * a million, as {@link DatasetStreamReader} keeps them. The document is the same, byte for byte,
 * as the one {@link HearsayModule} writes for the whole dataset with the same mapper.
 *
 * <p>The header (metadata, actors, places and sources) is given when the writer opens; then come
 * the claims, then the events, then the relations, then the assessments, in that order. Each
 * claim and event is checked before it is written, as {@link DatasetStreamReader} checks it when
 * reading, and refused with a {@link DatasetValidationException} that leaves the document as it
 * was, so that the caller may skip it and go on. An exception keeps the first {@value
 * Dataset#DEFAULT_MAX_VIOLATIONS} violations and counts the rest ({@link
 * DatasetValidationException#total()}).
 *
 * <p>One check cannot be made at once: a claim (or event) whose id repeats one already written to
 * disk is written, and found when the claims (or events) end, by the first call that writes past
 * them or by {@link #finish()}; that call throws a {@link DatasetValidationException} with the
 * same path and message ({@code claims[i].id}, "already used by claims[j]") and leaves the
 * document unended. {@link #close()} deletes the temporary files, whether writing completed or
 * failed.
 *
 * <p>Relations and assessments are checked together by {@link #finish()}, which ends the
 * document only when they keep the rules; when they break one it throws and leaves the document unended, so that no
 * reader takes it for a complete dataset. {@link #close()} finishes a document that was not
 * finished, unless writing failed earlier: then it only closes, so that try-with-resources
 * reports the first failure, not a second one caused by it.
 *
 * <pre>{@code
 * try (DatasetStreamWriter writer = DatasetStreamWriter.open(mapper, out, header)) {
 *   for (Claim claim : claims) {
 *     writer.writeClaim(claim);
 *   }
 *   writer.writeRelation(relation);
 *   writer.finish();
 * }
 * }</pre>
 */
public final class DatasetStreamWriter implements AutoCloseable {
  private enum Part {
    HEADER,
    CLAIMS,
    EVENTS,
    RELATIONS,
    ASSESSMENTS,
    FINISHED,
    FAILED
  }

  private final JsonGenerator generator;
  private final StreamRules rules;
  private Part part = Part.HEADER;
  private boolean closed;

  private DatasetStreamWriter(JsonGenerator generator, DatasetHeader header, IdSpill spill) {
    this.generator = generator;
    this.rules = new StreamRules(header, Dataset.DEFAULT_MAX_VIOLATIONS, spill);
    generator.writeStartObject();
    PartWriter.header(generator, header);
  }

  /** Opens a writer whose ids go to disk as {@code spill} says; for tests. */
  static DatasetStreamWriter open(
      ObjectMapper mapper, OutputStream out, DatasetHeader header, IdSpill spill) {
    return new DatasetStreamWriter(writer(mapper).createGenerator(out), header, spill);
  }

  /**
   * Opens a dataset document and writes its header.
   *
   * @param mapper the mapper whose configuration applies, such as indentation; it need not have
   *     {@link HearsayModule} registered
   * @param out where to write UTF-8 JSON; closed by {@link #close()} as the mapper's
   *     configuration says (by default it is)
   * @param header the metadata, actors, places and sources; the version written is always
   *     {@link Dataset#SCHEMA_VERSION}
   * @return the writer, ready for the first claim
   * @throws JacksonException when writing fails
   */
  public static DatasetStreamWriter open(
      ObjectMapper mapper, OutputStream out, DatasetHeader header) {
    return open(mapper, out, header, IdSpill.defaults());
  }

  /**
   * Opens a dataset document and writes the header of a dataset that holds nothing else.
   *
   * @param mapper the mapper whose configuration applies
   * @param out where to write UTF-8 JSON; closed by {@link #close()} as the mapper's
   *     configuration says (by default it is)
   * @param header a dataset of the metadata, actors, places and sources alone
   * @return the writer, ready for the first claim
   * @throws IllegalArgumentException when the dataset holds claims, events or relations
   * @throws JacksonException when writing fails
   */
  public static DatasetStreamWriter open(ObjectMapper mapper, OutputStream out, Dataset header) {
    return open(mapper, out, checkHeader(header));
  }

  /**
   * Opens a dataset document and writes its header.
   *
   * @param mapper the mapper whose configuration applies
   * @param out where to write; closed by {@link #close()} as the mapper's configuration says
   * @param header the metadata, actors, places and sources; the version written is always
   *     {@link Dataset#SCHEMA_VERSION}
   * @return the writer, ready for the first claim
   * @throws JacksonException when writing fails
   */
  public static DatasetStreamWriter open(ObjectMapper mapper, Writer out, DatasetHeader header) {
    return new DatasetStreamWriter(writer(mapper).createGenerator(out), header, IdSpill.defaults());
  }

  /**
   * Opens a dataset document and writes the header of a dataset that holds nothing else.
   *
   * @param mapper the mapper whose configuration applies
   * @param out where to write; closed by {@link #close()} as the mapper's configuration says
   * @param header a dataset of the metadata, actors, places and sources alone
   * @return the writer, ready for the first claim
   * @throws IllegalArgumentException when the dataset holds claims, events or relations
   * @throws JacksonException when writing fails
   */
  public static DatasetStreamWriter open(ObjectMapper mapper, Writer out, Dataset header) {
    return open(mapper, out, checkHeader(header));
  }

  /** The mapper's writer, except that closing does not end a document left unfinished. */
  private static ObjectWriter writer(ObjectMapper mapper) {
    return mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_CONTENT);
  }

  private static DatasetHeader checkHeader(Dataset header) {
    if (!header.claims().isEmpty()
        || !header.events().isEmpty()
        || !header.relations().isEmpty()
        || !header.assessments().isEmpty()) {
      throw new IllegalArgumentException(
          "the header must hold no claims, events, relations or"
              + " assessments; write them one by one");
    }
    return header.header();
  }

  /**
   * Checks and writes a claim.
   *
   * @param claim the claim
   * @throws DatasetValidationException when the claim breaks a rule; nothing is written
   * @throws IllegalStateException after an event or relation, or after closing
   * @throws JacksonException when writing fails
   * @throws java.io.UncheckedIOException when the ids cannot be written to temporary files
   */
  public void writeClaim(Claim claim) {
    if (part.compareTo(Part.CLAIMS) > 0) {
      throw outOfOrder("claims");
    }
    Violations violations = checked(() -> rules.claim(claim));
    if (!violations.isEmpty()) {
      throw new DatasetValidationException(violations);
    }
    write(
        () -> {
          moveTo(Part.CLAIMS, DatasetField.CLAIMS.jsonName());
          PartWriter.claim(generator, claim);
        });
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
    endLists(Part.EVENTS);
    Violations violations = checked(() -> rules.event(event));
    if (!violations.isEmpty()) {
      throw new DatasetValidationException(violations);
    }
    write(
        () -> {
          moveTo(Part.EVENTS, DatasetField.EVENTS.jsonName());
          PartWriter.event(generator, event);
        });
  }

  /**
   * Writes a relation, to be checked with the others by {@link #finish()}.
   *
   * @param relation the relation
   * @throws IllegalStateException after finishing or closing
   * @throws JacksonException when writing fails
   */
  public void writeRelation(Relation relation) {
    if (part.compareTo(Part.RELATIONS) > 0) {
      throw outOfOrder("relations");
    }
    endLists(Part.RELATIONS);
    write(
        () -> {
          moveTo(Part.RELATIONS, DatasetField.RELATIONS.jsonName());
          rules.relation(relation);
          PartWriter.relation(generator, relation);
        });
  }

  /**
   * Writes an assessment, to be checked with the others by {@link #finish()}.
   *
   * @param assessment the assessment
   * @throws IllegalStateException after finishing or closing
   * @throws JacksonException when writing fails
   */
  public void writeAssessment(Assessment assessment) {
    if (part.compareTo(Part.ASSESSMENTS) > 0) {
      throw outOfOrder("assessments");
    }
    endLists(Part.ASSESSMENTS);
    write(
        () -> {
          moveTo(Part.ASSESSMENTS, DatasetField.ASSESSMENTS.jsonName());
          rules.assessment(assessment);
          PartWriter.assessment(generator, assessment);
        });
  }

  /**
   * Checks the relations and assessments together and, when they keep the rules, ends the
   * document and flushes it. Does nothing when the document is finished already.
   *
   * @throws DatasetValidationException when the relations break a rule; the document is left
   *     unended, and should be discarded
   * @throws IllegalStateException after a failure or after closing
   * @throws JacksonException when writing fails
   */
  public void finish() {
    if (part == Part.FINISHED) {
      return;
    }
    if (part == Part.FAILED || closed) {
      throw new IllegalStateException(
          closed
              ? "the writer is closed"
              : "the document cannot be finished after a failure; discard it");
    }
    endLists(Part.FINISHED);
    Violations violations = rules.finish();
    if (!violations.isEmpty()) {
      part = Part.FAILED;
      throw new DatasetValidationException(violations);
    }
    write(
        () -> {
          if (part != Part.HEADER) {
            generator.writeEndArray();
          }
          generator.writeEndObject();
          generator.flush();
          part = Part.FINISHED;
        });
  }

  /**
   * Finishes the document, as {@link #finish()} does, unless it is finished already or writing
   * failed earlier; then closes the generator, in every case.
   *
   * @throws DatasetValidationException when the relations break a rule; the document is left
   *     unended, and should be discarded
   * @throws JacksonException when writing fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    try {
      if (part != Part.FINISHED && part != Part.FAILED) {
        finish();
      }
    } finally {
      closed = true;
      try {
        generator.close();
      } finally {
        rules.close();
      }
    }
  }

  /**
   * Ends the claims, and the events too when {@code next} comes after them: a claim or event
   * whose id repeats one written to disk fails the document here.
   */
  private void endLists(Part next) {
    Violations found = checked(rules::endClaims);
    if (found.isEmpty() && next.compareTo(Part.EVENTS) > 0) {
      found = checked(rules::endEvents);
    }
    if (!found.isEmpty()) {
      part = Part.FAILED;
      throw new DatasetValidationException(found);
    }
  }

  /** Checks, and marks the writer failed when checking throws (the ids could not go to disk). */
  private Violations checked(Supplier<Violations> check) {
    try {
      return check.get();
    } catch (RuntimeException e) {
      part = Part.FAILED;
      throw e;
    }
  }

  /** Writes, and marks the writer failed when writing throws. */
  private void write(Runnable writing) {
    try {
      writing.run();
    } catch (RuntimeException e) {
      part = Part.FAILED;
      throw e;
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
    String problem =
        switch (part) {
          case FINISHED -> "the document is finished";
          case FAILED -> "writing failed earlier; discard the document";
          default ->
              "cannot write "
                  + name
                  + " after "
                  + part.name().toLowerCase(Locale.ROOT)
                  + "; write claims, then events, then relations, then assessments";
        };
    return new IllegalStateException(closed ? "the writer is closed" : problem);
  }
}
