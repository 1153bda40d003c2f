package dev.hearsay.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What a dataset is, who curated it, when, under which licence, and which source it encodes. */
@Value.Immutable
public abstract class DatasetMetadata {
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

  /** Builds a {@link DatasetMetadata}. */
  public static final class Builder extends ImmutableDatasetMetadata.Builder {
    /** Starts with every field unset. */
    public Builder() {}
  }
}
