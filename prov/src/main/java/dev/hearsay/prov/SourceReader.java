package dev.hearsay.prov;

import dev.hearsay.core.model.Reliability;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.TimeMention;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openprovenance.prov.model.Entity;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.WasAttributedTo;
import org.openprovenance.prov.model.WasDerivedFrom;
import org.openprovenance.prov.model.WasGeneratedBy;

/**
 * Sources: the entities that are none of Hearsay's other values, declared or only named by a
 * relation, with their publisher and authors (attribution), publication (generation) and what
 * they cite (derivation, quotation, primary source or revision between sources).
 */
final class SourceReader {
  private final ImportContext context;

  SourceReader(ImportContext context) {
    this.context = context;
  }

  List<Source> read() {
    List<Source> sources = new ArrayList<>();
    for (Entity entity : context.index.entities.values()) {
      if (context.index.role(entity.getId()) == DocumentIndex.Role.SOURCE) {
        sources.add(source(entity.getId(), new NodeAttributes(entity)));
      }
    }
    for (QualifiedName name : context.index.implicitEntities.values()) {
      sources.add(source(name, null));
    }
    return sources;
  }

  private Source source(QualifiedName name, NodeAttributes attributes) {
    SourceId id = context.source(name);
    Source.Builder source =
        new Source.Builder()
            .id(id)
            .kind(
                attributes == null
                    ? SourceKind.UNKNOWN
                    : HearsayTypes.of(attributes, SourceKind.values()).orElse(SourceKind.UNKNOWN));
    if (attributes != null) {
      Labels.title(attributes, context).ifPresent(v -> source.title(v));
      attributes.text(Terms.LOCATOR).ifPresent(l -> source.locator(locator(attributes, l)));
      attributes.text(Terms.LANGUAGE).ifPresent(v -> source.language(v));
      attributes
          .text(Terms.RETRIEVED_AT)
          .ifPresent(r -> source.retrievedAt(instant(attributes, r)));
      attributes
          .text(Terms.RELIABILITY)
          .ifPresent(r -> source.reliability(reliability(attributes, r)));
      source.addAllNotes(attributes.texts(Terms.NOTE));
      source.addAllIdentifiers(attributes.identifiers());
    }
    attributions(name, source);
    publication(name).ifPresent(v -> source.published(v));
    cites(name, id, source);
    Source built =
        attributes == null ? build(name, source) : attributes.check(() -> source.build());
    if (attributes != null) {
      context.omitAll(attributes.unread("a source"));
    }
    return built;
  }

  private static Source build(QualifiedName name, Source.Builder source) {
    try {
      return source.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ProvImportException(StatementText.name(name) + ": " + e.getMessage());
    }
  }

  private void attributions(QualifiedName name, Source.Builder source) {
    boolean published = false;
    for (WasAttributedTo attribution : context.index.attributionsOf(name)) {
      NodeAttributes attributes = new NodeAttributes(attribution);
      boolean publisher = attributes.hasType(Terms.HEARSAY + Terms.PUBLISHER);
      attributes.readType(Terms.HEARSAY + Terms.PUBLISHER);
      attributes.readType(Terms.HEARSAY + Terms.AUTHOR);
      if (publisher && published) {
        context.omit(attribution, "a second publisher; a Hearsay source has one");
        continue;
      }
      if (publisher) {
        source.publisher(context.actor(attribution.getAgent()));
        published = true;
      } else {
        source.addAuthors(context.actor(attribution.getAgent()));
      }
      context.read(attribution);
      context.omitAll(attributes.unread("an attribution of a source"));
    }
  }

  /** The first generation: its EDTF time, or else its PROV time. */
  private Optional<TimeMention> publication(QualifiedName name) {
    Optional<TimeMention> found = Optional.empty();
    for (WasGeneratedBy generation : context.index.generationsOf(name)) {
      if (found.isPresent()) {
        context.omit(generation, "a second generation; a Hearsay source has one publication");
        continue;
      }
      found = Generations.time(generation, context);
    }
    return found;
  }

  private void cites(QualifiedName name, SourceId id, Source.Builder source) {
    for (WasDerivedFrom derivation : context.index.derivationsOf(name)) {
      QualifiedName used = derivation.getUsedEntity();
      if (context.index.role(used) != DocumentIndex.Role.SOURCE) {
        continue;
      }
      SourceId cited = context.source(used);
      if (cited.equals(id)) {
        context.omit(derivation, "a source cannot cite itself");
        continue;
      }
      source.addCites(cited);
      context.read(derivation);
      NodeAttributes attributes = new NodeAttributes(derivation);
      for (String type : attributes.typeUris()) {
        attributes.readType(type);
        context.omissions.add(
            new Omission(
                attributes.statement() + " prov:type " + Terms.shortName(type),
                "kept as a citation; Hearsay's citations have no kind"));
      }
      context.omitAll(attributes.unread("a citation"));
    }
  }

  private static URI locator(NodeAttributes attributes, String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw attributes.fail("hearsay:" + Terms.LOCATOR + " is not a URI: " + e.getMessage());
    }
  }

  private static Instant instant(NodeAttributes attributes, String text) {
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw attributes.fail(
          "hearsay:"
              + Terms.RETRIEVED_AT
              + " is '"
              + NodeAttributes.shorten(text)
              + "', not an instant such as 2024-10-28T09:30:00Z");
    }
  }

  private static Reliability reliability(NodeAttributes attributes, String text) {
    if (text.length() != 1) {
      throw attributes.fail(
          "hearsay:"
              + Terms.RELIABILITY
              + " is '"
              + NodeAttributes.shorten(text)
              + "', not one of the grades A to F");
    }
    return attributes.check(() -> Reliability.ofGrade(text.charAt(0)));
  }
}
