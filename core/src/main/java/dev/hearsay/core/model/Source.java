package dev.hearsay.core.model;

import java.net.URI;
import java.time.Instant;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where something was said or published: an article, a report, a research paper, a statement, an
 * interview, a post.
 *
 * <p>A field left empty means the curator did not record it. A source whose publisher is known to
 * be unknown ("the report we are reading", outlet not named) names an {@link Actor} of kind {@link
 * ActorKind#UNKNOWN} as its publisher, so that the unknown is stated rather than missing.
 *
 * <pre>{@code
 * Source nyt = new Source.Builder()
 *     .id("nyt-report")
 *     .kind(SourceKind.ARTICLE)
 *     .publisher("nyt")
 *     .language("en")
 *     .addNotes("The report names the NYT but no article; this stands for the one it relays.")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Source implements WithSource {
  Source() {}

  /**
   * The source's id, unique among the dataset's sources.
   *
   * @return the id
   */
  public abstract SourceId id();

  /**
   * What kind of source it is.
   *
   * @return the kind
   */
  public abstract SourceKind kind();

  /**
   * The title, or a description when the source has none ("research on North Korea's arms trade").
   *
   * @return the title, if recorded
   */
  public abstract Optional<String> title();

  /**
   * Who published the source.
   *
   * @return the publisher's id, if recorded
   */
  public abstract Optional<ActorId> publisher();

  /**
   * Who wrote the source.
   *
   * @return the authors' ids, possibly empty
   */
  public abstract List<ActorId> authors();

  /**
   * When the source was published.
   *
   * @return the publication time, if recorded
   */
  public abstract Optional<TimeMention> published();

  /**
   * Where the source can be found.
   *
   * @return the locator, an absolute URI, if recorded
   */
  public abstract Optional<URI> locator();

  /**
   * The language of the source as a BCP 47 tag, such as {@code en} or {@code de-DE}.
   *
   * @return the tag, if recorded
   */
  public abstract Optional<String> language();

  /**
   * When the curator retrieved the source.
   *
   * @return the instant, if recorded
   */
  public abstract Optional<Instant> retrievedAt();

  /**
   * The curator's Admiralty grade of the source's reliability.
   *
   * @return the grade, if given
   */
  public abstract Optional<Reliability> reliability();

  /**
   * Other sources this one cites, such as an article citing a research paper.
   *
   * @return the cited sources' ids, possibly empty
   */
  public abstract List<SourceId> cites();

  /**
   * What the curator knows about the source beyond its fields: who is behind an outlet, how a
   * paper was found, doubts about an attribution. New in schema version 1.1.
   *
   * @return the notes, possibly empty
   */
  public abstract List<String> notes();

  /**
   * Identifiers of the source outside the dataset, such as its Wikidata item, each listed once. A
   * corpus merges values of different datasets that share one. New in schema version 1.1.
   *
   * @return the identifiers, possibly empty
   */
  public abstract List<Identifier> identifiers();

  @Value.Check
  void check() {
    title().ifPresent(t -> Checks.text("Source.title", t, Checks.SHORT_TEXT));
    Checks.texts("Source.notes", notes(), Checks.LONG_TEXT);
    locator().ifPresent(Source::checkLocator);
    language().ifPresent(Source::checkLanguage);
    Identifier.checkDistinct("Source.identifiers", identifiers());
  }

  private static void checkLocator(URI locator) {
    if (!locator.isAbsolute()) {
      throw new ValueCheckException(
          "Source.locator", "'" + locator + "' is not an absolute URI (it has no scheme)");
    }
  }

  private static void checkLanguage(String tag) {
    try {
      new Locale.Builder().setLanguageTag(tag);
    } catch (IllformedLocaleException e) {
      throw new ValueCheckException(
          "Source.language",
          "'" + tag + "' is not a BCP 47 language tag (" + e.getMessage() + ")",
          e);
    }
  }

  /**
   * Builds a {@link Source}.
   *
   * <p>Required: {@code id}, {@code kind}.
   *
   * <p>Optional: {@code title}, {@code publisher}, {@code authors}, {@code published}, {@code
   * locator}, {@code language}, {@code retrievedAt}, {@code reliability}, {@code cites}, {@code
   * notes}, {@code identifiers}.
   *
   * <p>Each field takes one value; setting it again throws {@link IllegalStateException}. Lists
   * are added to with {@code addX} and {@code addAllX}.
   */
  public static final class Builder extends ImmutableSource.Builder {
    /** Starts with every field unset. */
    public Builder() {}

    /**
     * Sets the id from its text.
     *
     * @param id the id text, as {@link SourceId#of} takes it
     * @return this builder
     * @throws ValueCheckException when the text is null or not a valid id
     */
    public Builder id(String id) {
      return id(SourceId.of(Checks.present("Source.id", id)));
    }

    /**
     * Sets the publisher to the given actor's id.
     *
     * @param publisher the actor who published the source
     * @return this builder
     * @throws ValueCheckException when the actor is null
     */
    public Builder publisher(Actor publisher) {
      return publisher(Checks.present("Source.publisher", publisher).id());
    }

    /**
     * Sets the publisher from its id's text.
     *
     * @param publisher the publisher's id text, as {@link ActorId#of} takes it
     * @return this builder
     * @throws ValueCheckException when the text is null or not a valid id
     */
    public Builder publisher(String publisher) {
      return publisher(ActorId.of(Checks.present("Source.publisher", publisher)));
    }

    /**
     * Builds the source.
     *
     * @return the source
     * @throws ValueCheckException when a required field is unset or the source breaks a rule
     */
    @Override
    public Source build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.of("Source");
      }
    }
  }
}
