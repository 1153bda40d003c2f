package dev.hearsay.prov;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Validated;
import dev.hearsay.core.model.Violation;
import java.util.List;
import java.util.Locale;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.Statement;
import org.openprovenance.prov.model.WasAttributedTo;
import org.openprovenance.prov.model.WasDerivedFrom;
import org.openprovenance.prov.model.WasGeneratedBy;

/** One PROV document read as a dataset, with what was left out. */
final class DatasetImport {
  /** How many violations an exception's message lists. */
  private static final int MAX_LISTED = 5;

  private final Document document;
  private final String base;

  DatasetImport(Document document) {
    this(document, Terms.ID);
  }

  /** An import of a document whose names of Hearsay's values are under {@code base}. */
  DatasetImport(Document document, String base) {
    this.document = document;
    this.base = base;
  }

  ProvImport read() {
    ImportContext context = new ImportContext(new DocumentIndex(document), base);
    MetadataReader metadata = new MetadataReader(context);
    Dataset.Builder dataset =
        new Dataset.Builder()
            .metadata(metadata.read())
            .addAllActors(new ActorReader(context).read())
            .addAllPlaces(new PlaceReader(context).read())
            .addAllSources(new SourceReader(context).read())
            .addAllClaims(new ClaimReader(context).read())
            .addAllEvents(new EventReader(context).read())
            .addAllRelations(new RelationReader(context).read())
            .addAllAssessments(new AssessmentReader(context).read());
    metadata.schemaVersion().ifPresent(v -> dataset.schemaVersion(v));
    for (Statement relation : context.index.relations) {
      if (!context.wasRead(relation)) {
        context.omit(relation, unmapped(context.index, relation));
      }
    }
    return new ProvImport(build(dataset), context.omissions);
  }

  private static Dataset build(Dataset.Builder dataset) {
    Validated validated;
    try {
      validated = dataset.tryBuild();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ProvImportException("the document's dataset cannot be built: " + e.getMessage());
    }
    if (validated.isValid()) {
      return validated.orElseThrow();
    }
    List<Violation> violations = validated.violations();
    StringBuilder message =
        new StringBuilder("the document describes a dataset that breaks ")
            .append(violations.size() == 1 ? "a rule" : violations.size() + " rules")
            .append(" of the model: ");
    for (int i = 0; i < Math.min(violations.size(), MAX_LISTED); i++) {
      Violation violation = violations.get(i);
      message
          .append(i == 0 ? "" : "; ")
          .append(violation.path())
          .append(": ")
          .append(violation.message());
    }
    if (violations.size() > MAX_LISTED) {
      message.append("; ...");
    }
    throw new ProvImportException(message.toString(), violations);
  }

  private static String unmapped(DocumentIndex index, Statement relation) {
    if (relation instanceof WasAttributedTo attribution) {
      return "an attribution of "
          + what(index, attribution.getEntity())
          + "; Hearsay reads the attribution of sources, utterances and assessments";
    }
    if (relation instanceof WasDerivedFrom derivation) {
      return "a derivation of "
          + what(index, derivation.getGeneratedEntity())
          + " from "
          + what(index, derivation.getUsedEntity())
          + ", which Hearsay has no relation for";
    }
    if (relation instanceof WasGeneratedBy generation) {
      return "a generation of "
          + what(index, generation.getEntity())
          + "; Hearsay keeps when sources and assessments were published and when utterances"
          + " were said";
    }
    return "an influence that is not between two claims, which Hearsay has no relation for";
  }

  private static String what(DocumentIndex index, QualifiedName name) {
    DocumentIndex.Role role = index.role(name);
    if (role == null) {
      return index.agents.containsKey(name.getUri()) ? "an agent" : "an undeclared entity";
    }
    return switch (role) {
      case DATASET -> "the dataset";
      case UTTERANCE -> "an utterance";
      case ASSESSMENT -> "an assessment";
      default -> "a " + role.name().toLowerCase(Locale.ROOT);
    };
  }
}
