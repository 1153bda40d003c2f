package dev.hearsay.core.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * What a dataset's claims and events refer to: the schema version, the metadata, and the actors,
 * places and sources. A stream reader reads it before the claims and a stream writer writes it
 * first; a {@link Dataset} has one ({@link Dataset#header()}), and a builder starts from one
 * ({@link Dataset.Builder#header(DatasetHeader)}).
 *
 * <p>Building a header checks the schema version and every rule among its own values (unique ids,
 * affiliations, publishers, authors and cited sources that resolve, no source that cites itself),
 * as a dataset of these values alone would, and throws a {@link DatasetValidationException} with
 * every violation.
 *
 * <pre>{@code
 * DatasetHeader header = new DatasetHeader.Builder()
 *     .metadata(DatasetMetadata.of("North Korean troops in Kursk"))
 *     .addActors(nyt, officials)
 *     .addSources(article)
 *     .build();
 * Dataset dataset = new Dataset.Builder().header(header).addClaims(claim).build();
 * }</pre>
 */
@Value.Immutable
public abstract class DatasetHeader implements WithDatasetHeader {
  /** The dataset of this header alone, built once by the check and kept. */
  @SuppressWarnings("immutables:incompat")
  private Dataset alone;

  DatasetHeader() {}

  /**
   * The version of the schema the dataset follows, as {@code major.minor}: one of {@link
   * Dataset#SCHEMA_VERSIONS}.
   *
   * @return the version; {@link Dataset#SCHEMA_VERSION} by default
   */
  @Value.Default
  public String schemaVersion() {
    return Dataset.SCHEMA_VERSION;
  }

  /**
   * What the dataset is and who made it.
   *
   * @return the metadata
   */
  public abstract DatasetMetadata metadata();

  /**
   * The actors, in the dataset's order.
   *
   * @return the actors
   */
  public abstract List<Actor> actors();

  /**
   * The places, in the dataset's order.
   *
   * @return the places
   */
  public abstract List<Place> places();

  /**
   * The sources, in the dataset's order.
   *
   * @return the sources
   */
  public abstract List<Source> sources();

  /**
   * A dataset of this header alone, with no claims, events or relations.
   *
   * @return the dataset
   */
  public Dataset toDataset() {
    return alone;
  }

  /**
   * Checks the schema version and the rules among the header's values, as a dataset of them
   * alone checks them.
   */
  @Value.Check
  void check() {
    alone = new Dataset.Builder().maxViolations(Dataset.limit()).header(this).build();
  }

  /**
   * Builds a {@link DatasetHeader}; {@code with} methods copy one with a change.
   *
   * <p>Required: {@code metadata}.
   *
   * <p>Optional: {@code schemaVersion} ({@link Dataset#SCHEMA_VERSION} unless set), {@code
   * actors}, {@code places}, {@code sources}.
   *
   * <p>Each field takes one value; setting it again throws {@link IllegalStateException}. Lists
   * are added to with {@code addX} and {@code addAllX}.
   */
  public static final class Builder extends ImmutableDatasetHeader.Builder {
    private int maxViolations = Dataset.DEFAULT_MAX_VIOLATIONS;

    /** Starts with every field unset. */
    public Builder() {}

    /**
     * Sets how many violations {@link #build()} keeps when the header's values break the rules;
     * the rest are counted ({@link DatasetValidationException#total()}).
     *
     * @param max the most violations kept, at least 1; {@link Dataset#DEFAULT_MAX_VIOLATIONS}
     *     unless set
     * @return this builder
     * @throws IllegalArgumentException when {@code max} is below 1
     */
    public Builder maxViolations(int max) {
      this.maxViolations = Tally.checkMax(max);
      return this;
    }

    /**
     * Builds the header, checking the rules among its values at once.
     *
     * @return the header
     * @throws DatasetValidationException when the header's values break one or more rules
     * @throws ValueCheckException when the metadata is unset, or the schema version is malformed
     *     or not one this library reads
     */
    @Override
    public DatasetHeader build() {
      return Dataset.withLimit(
          maxViolations,
          () -> {
            try {
              return super.build();
            } catch (MissingFields e) {
              throw e.of("DatasetHeader");
            }
          });
    }
  }
}
