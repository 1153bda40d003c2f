package dev.hearsay.core.corpus;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.ValueCheckException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The links document of a corpus: what its curator says across datasets. Identity statements
 * (same, distinct, possibly same), relations between claims of two datasets, and events that are
 * one. The corpus checks the links against its datasets; the value checks only its parts.
 *
 * <pre>{@code
 * Links links = new Links.Builder()
 *     .addIdentities(IdentityStatement.of(Identity.SAME,
 *         EntityRef.actor("kyiv", "nyt"), EntityRef.actor("ooda", "nyt")))
 *     .addClaims(ClaimLink.of(ClaimRef.of("ooda", "c-troops"), RelationKind.DUPLICATES,
 *         ClaimRef.of("kursk", "c-troops-kursk")))
 *     .build();
 * }</pre>
 *
 * @param schemaVersion the schema version the document declares, as a dataset's: links are new in
 *     1.1, so a corpus refuses links that declare 1.0
 * @param identities the identity statements, in the document's order
 * @param claims the links between claims, in the document's order
 * @param events the links between events, in the document's order
 */
public record Links(
    String schemaVersion,
    List<IdentityStatement> identities,
    List<ClaimLink> claims,
    List<EventLink> events) {
  private static final Links NONE =
      new Links(Dataset.SCHEMA_VERSION, List.of(), List.of(), List.of());

  /**
   * Checks the version's form and copies the lists.
   *
   * @throws ValueCheckException when a part or an element is null, or the version is malformed or
   *     not one this library reads
   */
  public Links {
    IdText.present("Links.schemaVersion", schemaVersion);
    try {
      Dataset.checkSchemaVersion(schemaVersion);
    } catch (ValueCheckException e) {
      throw new ValueCheckException("Links.schemaVersion", e.rule(), e);
    }
    identities = copy("Links.identities", identities);
    claims = copy("Links.claims", claims);
    events = copy("Links.events", events);
  }

  /**
   * Links that say nothing: every entity of each dataset is its own, and no claim or event is
   * linked across datasets.
   *
   * @return the empty links, of the current schema version
   */
  public static Links none() {
    return NONE;
  }

  private static <T> List<T> copy(String field, List<T> values) {
    IdText.present(field, values);
    for (int i = 0; i < values.size(); i++) {
      IdText.present(field + "[" + i + "]", values.get(i));
    }
    return List.copyOf(values);
  }

  /**
   * Builds {@link Links}: every list empty and the schema version {@link Dataset#SCHEMA_VERSION}
   * unless set.
   */
  public static final class Builder {
    private String schemaVersion = Dataset.SCHEMA_VERSION;
    private final List<IdentityStatement> identities = new ArrayList<>();
    private final List<ClaimLink> claims = new ArrayList<>();
    private final List<EventLink> events = new ArrayList<>();

    /** Starts with no statement and no link. */
    public Builder() {}

    /**
     * Sets the schema version the document declares.
     *
     * @param version such as {@code 1.1}
     * @return this builder
     */
    public Builder schemaVersion(String version) {
      this.schemaVersion = version;
      return this;
    }

    /**
     * Adds identity statements.
     *
     * @param statements the statements
     * @return this builder
     */
    public Builder addIdentities(IdentityStatement... statements) {
      identities.addAll(Arrays.asList(statements));
      return this;
    }

    /**
     * Adds identity statements.
     *
     * @param statements the statements
     * @return this builder
     */
    public Builder addAllIdentities(Iterable<IdentityStatement> statements) {
      statements.forEach(identities::add);
      return this;
    }

    /**
     * Adds links between claims.
     *
     * @param links the links
     * @return this builder
     */
    public Builder addClaims(ClaimLink... links) {
      claims.addAll(Arrays.asList(links));
      return this;
    }

    /**
     * Adds links between claims.
     *
     * @param links the links
     * @return this builder
     */
    public Builder addAllClaims(Iterable<ClaimLink> links) {
      links.forEach(claims::add);
      return this;
    }

    /**
     * Adds links between events.
     *
     * @param links the links
     * @return this builder
     */
    public Builder addEvents(EventLink... links) {
      events.addAll(Arrays.asList(links));
      return this;
    }

    /**
     * Adds links between events.
     *
     * @param links the links
     * @return this builder
     */
    public Builder addAllEvents(Iterable<EventLink> links) {
      links.forEach(events::add);
      return this;
    }

    /**
     * Builds the links.
     *
     * @return the links
     * @throws ValueCheckException when a statement or link is null, or the version is malformed
     *     or not one this library reads
     */
    public Links build() {
      return new Links(schemaVersion, identities, claims, events);
    }
  }
}
