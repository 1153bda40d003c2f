package dev.hearsay.jackson.internal.write;

import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.DatasetHeader;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Relation;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a dataset document part by part, for the stream writer, in exactly the form the dataset
 * serializer writes. Internal to the Hearsay module; this package is not exported.
 */
public final class PartWriter {
  private PartWriter() {}

  /**
   * Writes the fields that come before the claims: the schema version, the metadata, and the
   * actors, places and sources that are not empty.
   *
   * @param g the generator, inside the dataset object
   * @param header the dataset whose header to write
   */
  public static void header(JsonGenerator g, DatasetHeader header) {
    EntityWriters.header(g, header);
  }

  /**
   * Writes a claim.
   *
   * @param g the generator, inside the claims array
   * @param claim the claim
   */
  public static void claim(JsonGenerator g, Claim claim) {
    EntityWriters.claim(g, claim);
  }

  /**
   * Writes an event.
   *
   * @param g the generator, inside the events array
   * @param event the event
   */
  public static void event(JsonGenerator g, Event event) {
    EntityWriters.event(g, event);
  }

  /**
   * Writes a relation.
   *
   * @param g the generator, inside the relations array
   * @param relation the relation
   */
  public static void relation(JsonGenerator g, Relation relation) {
    EntityWriters.relation(g, relation);
  }

  /**
   * Writes an assessment.
   *
   * @param g the generator, inside the assessments array
   * @param assessment the assessment
   */
  public static void assessment(JsonGenerator g, Assessment assessment) {
    EntityWriters.assessment(g, assessment);
  }
}
