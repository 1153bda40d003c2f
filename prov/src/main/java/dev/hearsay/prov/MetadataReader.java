package dev.hearsay.prov;

import dev.hearsay.core.model.DatasetMetadata;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.openprovenance.prov.model.Entity;

/**
 * The dataset's own description: the first {@code hearsay:ClaimDataset} entity, or for PROV from
 * elsewhere, a title that says where the dataset came from.
 */
final class MetadataReader {
  private final ImportContext context;
  private String schemaVersion;

  MetadataReader(ImportContext context) {
    this.context = context;
  }

  DatasetMetadata read() {
    Entity found = null;
    for (Entity entity : context.index.entities.values()) {
      if (context.index.role(entity.getId()) != DocumentIndex.Role.DATASET) {
        continue;
      }
      if (found == null) {
        found = entity;
      } else {
        context.omissions.add(
            new Omission(
                StatementText.of(entity),
                "a second description of the dataset; Hearsay reads the first"));
      }
    }
    if (found == null) {
      return new DatasetMetadata.Builder().title(ProvMapping.IMPORTED_TITLE).build();
    }
    return metadata(found);
  }

  /** The schema version that the description declares, if it declares one. */
  Optional<String> schemaVersion() {
    return Optional.ofNullable(schemaVersion);
  }

  private DatasetMetadata metadata(Entity entity) {
    NodeAttributes attributes = new NodeAttributes(entity);
    attributes.readType(Terms.HEARSAY + Terms.CLAIM_DATASET);
    schemaVersion = attributes.text(Terms.SCHEMA_VERSION).orElse(null);
    DatasetMetadata.Builder metadata =
        new DatasetMetadata.Builder()
            .title(
                attributes
                    .label()
                    .orElseThrow(
                        () ->
                            attributes.fail("has no prov:label, which holds the dataset's title")))
            .addAllCurators(attributes.texts(Terms.CURATOR));
    attributes.text(Terms.DESCRIPTION).ifPresent(v -> metadata.description(v));
    attributes.text(Terms.CREATED).ifPresent(c -> metadata.created(date(attributes, c)));
    attributes.text(Terms.LICENSE).ifPresent(v -> metadata.license(v));
    attributes.ref(Terms.ENCODES).ifPresent(s -> metadata.encodes(context.source(s)));
    DatasetMetadata built = attributes.check(() -> metadata.build());
    context.omitAll(attributes.unread("the dataset"));
    return built;
  }

  private static LocalDate date(NodeAttributes attributes, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw attributes.fail(
          "hearsay:"
              + Terms.CREATED
              + " is '"
              + NodeAttributes.shorten(text)
              + "', not a date such as 2026-11-26");
    }
  }
}
