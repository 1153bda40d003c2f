package dev.hearsay.core.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A claims dataset: its metadata, and the actors, places, sources, claims, events, relations and
 * assessments that refer to one another by id.
 *
 * <p>Building a dataset checks every rule at once: ids are unique per kind, every reference
 * resolves to a value of the expected kind, no relation links a claim to itself, no actor relays
 * itself, "derived from" and "updates" relations form no cycle, no hop is said after the hop
 * that relays it, no assessor's verdict on a claim is given twice in one source, and no rating
 * value lies off its scale. {@link Builder#build()} throws a {@link DatasetValidationException} that carries
 * every {@link Violation}; {@link Builder#tryBuild()} returns them instead. Of a dataset that
 * breaks its rules many times over, the first {@value #DEFAULT_MAX_VIOLATIONS} violations are kept
 * and the rest only counted ({@link Builder#maxViolations(int)} sets another limit), so that
 * reporting them takes little memory however many there are.
 *
 * <pre>{@code
 * Dataset dataset = new Dataset.Builder()
 *     .metadata(DatasetMetadata.of("North Korean troops in Kursk"))
 *     .addActors(nyt, officials)
 *     .addSources(article)
 *     .addClaims(claim)
 *     .build();
 * Optional<Actor> actor = dataset.actor(ActorId.of("nyt"));
 * Dataset more = dataset.toBuilder().addClaims(another).build();   // every other field kept
 * }</pre>
 */
@Value.Immutable
public abstract class Dataset implements WithDataset {
  /** The version of the dataset schema that this library writes: {@value}. */
  public static final String SCHEMA_VERSION = "1.1";

  /**
   * How many violations building a dataset keeps unless told otherwise: {@value}. The rest are
   * counted, not kept.
   */
  public static final int DEFAULT_MAX_VIOLATIONS = 1_000;

  /** Every version of the schema there has been, oldest first; this library reads them all. */
  public static final List<String> SCHEMA_VERSIONS = List.of("1.0", "1.1");

  private static final Pattern VERSION =
      Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

  Dataset() {}

  /**
   * The version of the schema the dataset follows, as {@code major.minor}: one of {@link
   * #SCHEMA_VERSIONS}. A dataset read from a document keeps the document's version; writers write
   * {@link #SCHEMA_VERSION} whatever version a dataset holds, since each version reads every
   * document of the versions before it.
   *
   * @return the version; {@link #SCHEMA_VERSION} by default
   */
  @Value.Default
  public String schemaVersion() {
    return SCHEMA_VERSION;
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
   * The claims, in the dataset's order.
   *
   * @return the claims
   */
  public abstract List<Claim> claims();

  /**
   * The events, in the dataset's order.
   *
   * @return the events
   */
  public abstract List<Event> events();

  /**
   * The relations between claims, in the dataset's order.
   *
   * @return the relations
   */
  public abstract List<Relation> relations();

  /**
   * The assessments of claims, such as fact-checkers' verdicts, in the dataset's order. New in
   * schema version 1.1.
   *
   * @return the assessments
   */
  public abstract List<Assessment> assessments();

  /**
   * The actor with the given id.
   *
   * @param id the id
   * @return the actor, or empty when the dataset has none with that id
   */
  public Optional<Actor> actor(ActorId id) {
    return Optional.ofNullable(actorsById().get(id));
  }

  /**
   * The place with the given id.
   *
   * @param id the id
   * @return the place, or empty when the dataset has none with that id
   */
  public Optional<Place> place(PlaceId id) {
    return Optional.ofNullable(placesById().get(id));
  }

  /**
   * The source with the given id.
   *
   * @param id the id
   * @return the source, or empty when the dataset has none with that id
   */
  public Optional<Source> source(SourceId id) {
    return Optional.ofNullable(sourcesById().get(id));
  }

  /**
   * The claim with the given id.
   *
   * @param id the id
   * @return the claim, or empty when the dataset has none with that id
   */
  public Optional<Claim> claim(ClaimId id) {
    return Optional.ofNullable(claimsById().get(id));
  }

  /**
   * The event with the given id.
   *
   * @param id the id
   * @return the event, or empty when the dataset has none with that id
   */
  public Optional<Event> event(EventId id) {
    return Optional.ofNullable(eventsById().get(id));
  }

  /**
   * The dataset's header: its schema version, metadata, actors, places and sources, which its
   * claims and events refer to.
   *
   * @return the header
   */
  @Value.Lazy
  public DatasetHeader header() {
    return new DatasetHeader.Builder()
        .schemaVersion(schemaVersion())
        .metadata(metadata())
        .addAllActors(actors())
        .addAllPlaces(places())
        .addAllSources(sources())
        .build();
  }

  /**
   * A builder that holds every field of this dataset, to add actors, claims or other values to it
   * and build a new dataset, checked as a whole once.
   *
   * <pre>{@code
   * Dataset more = dataset.toBuilder().addActors(kremlin).addClaims(denial).build();
   * }</pre>
   *
   * <p>The builder is strict: its schema version and metadata are set already, so a second value
   * for either throws {@link IllegalStateException}. To replace one, copy the dataset with {@code
   * withMetadata} or {@code withSchemaVersion}; to replace a whole list, with {@code withClaims}
   * and the like.
   *
   * @return a new builder with this dataset's fields
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder
        .schemaVersion(schemaVersion())
        .metadata(metadata())
        .addAllActors(actors())
        .addAllPlaces(places())
        .addAllSources(sources())
        .addAllClaims(claims())
        .addAllEvents(events())
        .addAllRelations(relations())
        .addAllAssessments(assessments());
    return builder;
  }

  @Value.Lazy
  Map<ActorId, Actor> actorsById() {
    return index(actors(), Actor::id);
  }

  @Value.Lazy
  Map<PlaceId, Place> placesById() {
    return index(places(), Place::id);
  }

  @Value.Lazy
  Map<SourceId, Source> sourcesById() {
    return index(sources(), Source::id);
  }

  @Value.Lazy
  Map<ClaimId, Claim> claimsById() {
    return index(claims(), Claim::id);
  }

  @Value.Lazy
  Map<EventId, Event> eventsById() {
    return index(events(), Event::id);
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> id) {
    Map<K, V> map = new HashMap<>(values.size() * 4 / 3 + 1);
    for (V value : values) {
      map.putIfAbsent(id.apply(value), value);
    }
    return map;
  }

  /**
   * The limit on the violations kept that the builder building a dataset on this thread set, while
   * it builds; a copy made with a {@code with} method keeps {@link #DEFAULT_MAX_VIOLATIONS}.
   */
  private static final ThreadLocal<Integer> BUILDING_LIMIT = new ThreadLocal<>();

  /**
   * Runs a build with a limit on the violations kept, for the checks it runs on this thread.
   *
   * @param max the most violations kept
   * @param build the build
   * @return what the build returns
   */
  static <T> T withLimit(int max, Supplier<T> build) {
    Integer outer = BUILDING_LIMIT.get();
    BUILDING_LIMIT.set(max);
    try {
      return build.get();
    } finally {
      if (outer == null) {
        BUILDING_LIMIT.remove();
      } else {
        BUILDING_LIMIT.set(outer);
      }
    }
  }

  /** The limit on the violations kept that the build running on this thread set. */
  static int limit() {
    Integer limit = BUILDING_LIMIT.get();
    return limit == null ? DEFAULT_MAX_VIOLATIONS : limit;
  }

  /**
   * Checks the schema version, then every rule of the whole dataset, however the dataset is made:
   * by a builder, with its limit on the violations kept, or as a copy with one change.
   */
  @Value.Check
  void check() {
    checkSchemaVersion(schemaVersion());
    Violations violations = new DatasetRules(this, limit()).violations();
    if (!violations.isEmpty()) {
      throw new DatasetValidationException(violations);
    }
  }

  /**
   * Checks that a schema version is well formed and is one this library reads: a version of
   * {@link #SCHEMA_VERSIONS}.
   *
   * @param version the version, as {@code major.minor}
   * @throws IllegalArgumentException when the version is malformed, newer than this library, or
   *     one that never existed
   */
  public static void checkSchemaVersion(String version) {
    Matcher matcher = VERSION.matcher(version);
    if (!matcher.matches()) {
      throw new ValueCheckException(
          "Dataset.schemaVersion",
          "'" + version + "' is not a version such as '" + SCHEMA_VERSION + "'");
    }
    if (SCHEMA_VERSIONS.contains(version)) {
      return;
    }
    int major = Integer.parseInt(matcher.group(1));
    int minor = Integer.parseInt(matcher.group(2));
    int[] current = parts(SCHEMA_VERSION);
    String known = String.join(" and ", SCHEMA_VERSIONS);
    if (major > current[0]) {
      throw new ValueCheckException(
          "Dataset.schemaVersion",
          ""
              + version
              + " is a newer major version than this library"
              + " reads ("
              + current[0]
              + ".x); use a newer Hearsay to read it");
    }
    if (major == current[0] && minor > current[1]) {
      throw new ValueCheckException(
          "Dataset.schemaVersion",
          ""
              + version
              + " is newer than this library, which reads "
              + known
              + "; use a newer Hearsay to read it");
    }
    throw new ValueCheckException(
        "Dataset.schemaVersion",
        "there has never been a schema version " + version + "; the versions are " + known);
  }

  private static int[] parts(String version) {
    int dot = version.indexOf('.');
    return new int[] {
      Integer.parseInt(version.substring(0, dot)), Integer.parseInt(version.substring(dot + 1))
    };
  }

  /**
   * Builds a {@link Dataset}; {@link Dataset#toBuilder()} starts one from a dataset.
   *
   * <p>Required: {@code metadata}.
   *
   * <p>Optional: {@code schemaVersion} ({@link Dataset#SCHEMA_VERSION} unless set), {@code
   * actors}, {@code places}, {@code sources}, {@code claims}, {@code events}, {@code relations},
   * {@code assessments}.
   *
   * <p>Each field takes one value; setting it again throws {@link IllegalStateException}. Lists
   * are added to with {@code addX} and {@code addAllX}. Each value added is whole and valid
   * already; {@link #build()} and {@link #tryBuild()} check the rules between them.
   */
  public static final class Builder extends ImmutableDataset.Builder {
    private int maxViolations = DEFAULT_MAX_VIOLATIONS;

    /** Starts with every field unset. */
    public Builder() {}

    /**
     * Sets the header's fields: the schema version, the metadata, and adds the actors, places and
     * sources.
     *
     * @param header the header
     * @return this builder
     * @throws ValueCheckException when the header is null
     */
    public Builder header(DatasetHeader header) {
      Checks.present("Dataset.header", header);
      schemaVersion(header.schemaVersion())
          .metadata(header.metadata())
          .addAllActors(header.actors())
          .addAllPlaces(header.places())
          .addAllSources(header.sources());
      return this;
    }

    /**
     * Sets how many violations {@link #build()} and {@link #tryBuild()} keep when the dataset
     * breaks its rules; the rest are counted ({@link DatasetValidationException#total()}).
     *
     * @param max the most violations kept, at least 1; {@link #DEFAULT_MAX_VIOLATIONS} unless set
     * @return this builder
     * @throws IllegalArgumentException when {@code max} is below 1
     */
    public Builder maxViolations(int max) {
      this.maxViolations = Tally.checkMax(max);
      return this;
    }

    /**
     * Builds the dataset, checking every rule at once.
     *
     * @return the dataset
     * @throws DatasetValidationException when the dataset breaks one or more rules: the first
     *     violations, up to the limit, and how many there are in all
     * @throws ValueCheckException when the metadata is unset, or the schema version is malformed
     *     or not one this library reads
     */
    @Override
    public Dataset build() {
      return withLimit(
          maxViolations,
          () -> {
            try {
              return super.build();
            } catch (MissingFields e) {
              throw e.of("Dataset");
            }
          });
    }

    /**
     * Builds the dataset, or returns its violations without throwing.
     *
     * <p>A violation is a rule between the values broken; the builder's own fields are checked as
     * every value's are, with an exception.
     *
     * @return the dataset, or the first violations up to the limit and how many there are
     * @throws ValueCheckException when the metadata is unset, or the schema version is malformed
     *     or not one this library reads
     */
    public Validated tryBuild() {
      try {
        return Validated.valid(build());
      } catch (DatasetValidationException e) {
        return Validated.invalid(e.found());
      }
    }
  }
}
