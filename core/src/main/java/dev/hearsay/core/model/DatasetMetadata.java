package dev.hearsay.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a dataset is, who curated it, when, under which licence, and which source it encodes.
 *
 * <pre>{@code
 * DatasetMetadata metadata = DatasetMetadata.of("North Korean troops in Kursk");
 * DatasetMetadata full = new DatasetMetadata.Builder()
 *     .title("North Korean troops in Kursk")
 *     .addCurators("The Hearsay developers")
 *     .license("CC-BY-4.0")
 *     .encodes(report)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class DatasetMetadata implements WithDatasetMetadata {
  DatasetMetadata() {}

  /**
   * The dataset's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * What the dataset holds, in a few sentences.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * Who curated the dataset.
   *
   * @return the curators' names, possibly empty
   */
  public abstract List<String> curators();

  /**
   * When the dataset was created.
   *
   * @return the date, if recorded
   */
  public abstract Optional<LocalDate> created();

  /**
   * The licence of the dataset, preferably as an SPDX identifier such as {@code CC-BY-4.0}.
   *
   * @return the licence, if stated
   */
  public abstract Optional<String> license();

  /**
   * The source the dataset encodes, when it encodes one document.
   *
   * @return the source's id, if any
   */
  public abstract Optional<SourceId> encodes();

  @Value.Check
  void check() {
    Checks.text("DatasetMetadata.title", title(), Checks.SHORT_TEXT);
    description().ifPresent(d -> Checks.text("DatasetMetadata.description", d, Checks.LONG_TEXT));
    Checks.texts("DatasetMetadata.curators", curators(), Checks.SHORT_TEXT);
    license().ifPresent(l -> Checks.text("DatasetMetadata.license", l, Checks.SHORT_TEXT));
  }

  /**
   * Metadata with a title and nothing else.
   *
   * @param title the dataset's title
   * @return the metadata
   * @throws ValueCheckException when the title is null, blank or too long
   */
  public static DatasetMetadata of(String title) {
    return new Builder().title(title).build();
  }

  /**
   * Builds a {@link DatasetMetadata}.
   *
   * <p>Required: {@code title}.
   *
   * <p>Optional: {@code description}, {@code curators}, {@code created}, {@code license}, {@code
   * encodes}.
   *
   * <p>Each field takes one value; setting it again throws {@link IllegalStateException}.
   */
  public static final class Builder extends ImmutableDatasetMetadata.Builder {
    /** Starts with every field unset. */
    public Builder() {}

    /**
     * Sets the source the dataset encodes to the given one's id.
     *
     * @param encodes the source
     * @return this builder
     * @throws ValueCheckException when the source is null
     */
    public Builder encodes(Source encodes) {
      return encodes(Checks.present("DatasetMetadata.encodes", encodes).id());
    }

    /**
     * Builds the metadata.
     *
     * @return the metadata
     * @throws ValueCheckException when a required field is unset or the metadata breaks a rule
     */
    @Override
    public DatasetMetadata build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.of("DatasetMetadata");
      }
    }
  }
}
