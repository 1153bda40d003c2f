package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetHeader;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.model.ViolationCode;
import dev.hearsay.core.model.Violations;
import dev.hearsay.jackson.internal.DatasetField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;

/**
 * The header of a dataset document as read (its metadata, actors, places and sources, under the
 * schema version read first), where each element starts, and the elements left out because of
 * their problems. Both readers read the header through it: the whole-document reader, which goes on
 * to the claims and what follows them ({@link DatasetReader}), and the stream reader, which holds
 * the header alone ({@link DocumentParts}). A value with a problem is noted and left out, and
 * reading goes on; the rules are then checked on what was read, and every problem is reported at
 * once.
 */
class HeaderReader {
  private final String version;
  final ProblemLog log;
  private final int maxViolations;
  DatasetMetadata metadata;
  final List<Actor> actors = new ArrayList<>();
  final List<Place> places = new ArrayList<>();
  final List<Source> sources = new ArrayList<>();
  final ElementStarts starts = new ElementStarts();
  private final LeftOutElements leftOut = new LeftOutElements();

  /** The lists that unknown fields were likely meant to be, such as {@code sources}. */
  private final Set<String> misspeltLists = new HashSet<>();

  private final Set<String> listsGiven = new HashSet<>();

  /** Where the element of a list with the given index starts. */
  @FunctionalInterface
  interface ElementStart {
    TokenStreamLocation of(int index);
  }

  HeaderReader(String version, JsonCursor in) {
    this.version = version;
    this.log = in.log();
    this.maxViolations = in.maxProblems();
  }

  /**
   * Reads the value of one of the header's fields, the parser on its first token.
   *
   * @param start where each element of a list starts
   * @return false when the field is not one of the header's
   */
  boolean read(JsonCursor in, DatasetField field, DatasetPath at, ElementStart start) {
    switch (field) {
      case METADATA -> {
        starts.metadata(in.parser().currentTokenLocation());
        metadata = EntityReaders.metadata(in, at);
      }
      case ACTORS -> elements(in, at, start, e -> actors.add(EntityReaders.actor(in, e)));
      case PLACES -> elements(in, at, start, e -> places.add(EntityReaders.place(in, e)));
      case SOURCES -> elements(in, at, start, e -> sources.add(EntityReaders.source(in, e)));
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * Notes an unknown top-level field, or skips it, as the caller's configuration says. When it
   * looks like a misspelt name of one of the dataset's lists, the references to that list are not
   * reported as unknown unless the list is given after all: they follow from the one misspelling.
   */
  final void unknown(JsonCursor in, String name, DatasetPath at) {
    if (log.keepsMore()
        && in.context().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      String meant = FieldSuggestion.of(name, DatasetField.names());
      DatasetField field = meant == null ? null : DatasetField.named(meant);
      if (field != null && field != DatasetField.METADATA && field != DatasetField.SCHEMA_VERSION) {
        misspeltLists.add(meant);
      }
    }
    in.unknown(Dataset.class, name, at);
  }

  /**
   * Reads a list of elements, noting where each starts and its id, and those left out; a value
   * that is not a list is left out whole.
   */
  final void elements(
      JsonCursor in, DatasetPath at, ElementStart start, JsonCursor.ElementReader element) {
    String list = at.lastField();
    listsGiven.add(list);
    try {
      in.elements(
          at,
          e -> {
            TokenStreamLocation location = start.of(e.lastIndex());
            element.read(e);
            starts.element(list, location, in.elementId());
          },
          (index, e) -> leftOut.add(list, index, in.elementId()));
    } catch (Refusal e) {
      leftOut.addList(list);
      throw e;
    }
  }

  /** The header, when every value of it was read and it keeps the rules. */
  final DatasetHeader header(JsonParser p) {
    if (!log.isEmpty()) {
      throw problems(p);
    }
    try {
      return header(metadata);
    } catch (DatasetValidationException e) {
      log.addViolations(e.found(), starts::of, ProblemLog.InDocument.SAME);
      throw log.exception(p);
    }
  }

  private DatasetHeader header(DatasetMetadata metadata) {
    return new DatasetHeader.Builder()
        .schemaVersion(version)
        .maxViolations(maxViolations)
        .metadata(metadata)
        .addAllActors(actors)
        .addAllPlaces(places)
        .addAllSources(sources)
        .build();
  }

  /**
   * Checks the rules on what was read, with the given metadata.
   *
   * @throws DatasetValidationException when what was read breaks them
   */
  void checkRules(DatasetMetadata metadata) {
    header(metadata);
  }

  /** Finds what the references among the values read name. */
  ReferenceAt references() {
    return new ReferenceAt(metadata, actors, sources, List.of(), List.of(), List.of(), List.of());
  }

  /** The dataset's builder, with the header as read and the given metadata. */
  final Dataset.Builder datasetBuilder(DatasetMetadata metadata) {
    return new Dataset.Builder()
        .schemaVersion(version)
        .maxViolations(maxViolations)
        .metadata(metadata)
        .addAllActors(actors)
        .addAllPlaces(places)
        .addAllSources(sources);
  }

  /**
   * The exception for a document with problems of reading: those, and the violations of the
   * rules by what could be read, save those that only come from what was left out. Metadata that
   * could not be read is replaced by a title alone for the rules, which ask of it only the source
   * it encodes.
   */
  final JacksonException problems(JsonParser p) {
    for (String list : misspeltLists) {
      if (!listsGiven.contains(list)) {
        leftOut.addList(list);
      }
    }
    DatasetMetadata read =
        metadata != null
            ? metadata
            : new DatasetMetadata.Builder().title("metadata left out").build();
    try {
      checkRules(read);
    } catch (DatasetValidationException e) {
      log.addViolations(withoutLeftOut(e.found()), starts::of, leftOut);
    }
    return log.exception(p);
  }

  /**
   * The violations, less those of references to elements that were left out, which would be found
   * again as soon as their own problems are corrected.
   */
  private Violations withoutLeftOut(Violations found) {
    if (leftOut.isEmpty()) {
      return found;
    }
    ReferenceAt references = references();
    List<Violation> kept = new ArrayList<>();
    long dropped = 0;
    for (Violation v : found.kept()) {
      ReferenceAt.Named named =
          v.code() == ViolationCode.UNKNOWN_REFERENCE ? references.at(v.path()) : null;
      if (named != null && leftOut.mayHaveHadId(named.list(), named.id())) {
        dropped++;
      } else {
        kept.add(v);
      }
    }
    return Violations.of(kept, found.total() - dropped);
  }
}
