package dev.hearsay.jackson.internal.write;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.EventLink;
import dev.hearsay.core.corpus.EventRef;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.jackson.internal.EnumSpelling;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a corpus's documents: the links document and its parts, and a manifest with every
 * dataset and the links inline. Internal to the Hearsay module; this package is not exported.
 */
public final class CorpusWriters {
  private CorpusWriters() {}

  /**
   * Whether links say anything, and so are written.
   *
   * @param links the links
   * @return true when they hold a statement or a link
   */
  public static boolean saySomething(Links links) {
    return !links.identities().isEmpty() || !links.claims().isEmpty() || !links.events().isEmpty();
  }

  /**
   * Writes a manifest with every dataset and the links inline.
   *
   * @param g the generator
   * @param corpus the corpus
   */
  static void corpus(JsonGenerator g, Corpus corpus) {
    g.writeStartObject(corpus);
    g.writeStringProperty("schemaVersion", Dataset.SCHEMA_VERSION);
    g.writeName("datasets");
    g.writeStartArray();
    corpus
        .datasets()
        .forEach(
            (id, dataset) -> {
              g.writeStartObject();
              g.writeStringProperty("id", id.value());
              g.writeName("dataset");
              EntityWriters.dataset(g, dataset);
              g.writeEndObject();
            });
    g.writeEndArray();
    if (saySomething(corpus.links())) {
      g.writeName("links");
      links(g, corpus.links());
    }
    g.writeEndObject();
  }

  /**
   * Writes a links document, in the version this library writes.
   *
   * @param g the generator
   * @param links the links
   */
  static void links(JsonGenerator g, Links links) {
    g.writeStartObject(links);
    g.writeStringProperty("schemaVersion", Dataset.SCHEMA_VERSION);
    Fields.list(g, "identities", links.identities(), CorpusWriters::identity);
    Fields.list(g, "claims", links.claims(), CorpusWriters::claimLink);
    Fields.list(g, "events", links.events(), CorpusWriters::eventLink);
    g.writeEndObject();
  }

  static void identity(JsonGenerator g, IdentityStatement statement) {
    g.writeStartObject(statement);
    Fields.enumField(g, "identity", statement.identity());
    Fields.value(g, "first", statement.first(), CorpusWriters::entity);
    Fields.value(g, "second", statement.second(), CorpusWriters::entity);
    Fields.text(g, "note", statement.note());
    g.writeEndObject();
  }

  static void claimLink(JsonGenerator g, ClaimLink link) {
    g.writeStartObject(link);
    Fields.enumField(g, "kind", link.kind());
    Fields.value(g, "from", link.from(), CorpusWriters::claim);
    Fields.value(g, "to", link.to(), CorpusWriters::claim);
    Fields.text(g, "note", link.note());
    g.writeEndObject();
  }

  static void eventLink(JsonGenerator g, EventLink link) {
    g.writeStartObject(link);
    Fields.value(g, "first", link.first(), CorpusWriters::event);
    Fields.value(g, "second", link.second(), CorpusWriters::event);
    Fields.text(g, "note", link.note());
    g.writeEndObject();
  }

  static void entity(JsonGenerator g, EntityRef ref) {
    g.writeStartObject(ref);
    g.writeStringProperty("dataset", ref.dataset().value());
    g.writeStringProperty(EnumSpelling.of(ref.kind()), ref.id());
    g.writeEndObject();
  }

  static void claim(JsonGenerator g, ClaimRef ref) {
    g.writeStartObject(ref);
    g.writeStringProperty("dataset", ref.dataset().value());
    g.writeStringProperty("claim", ref.claim().value());
    g.writeEndObject();
  }

  static void event(JsonGenerator g, EventRef ref) {
    g.writeStartObject(ref);
    g.writeStringProperty("dataset", ref.dataset().value());
    g.writeStringProperty("event", ref.event().value());
    g.writeEndObject();
  }
}
