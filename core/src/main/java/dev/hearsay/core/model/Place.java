package dev.hearsay.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A place that claims and events are about, such as "the Kursk region".
 *
 * <pre>{@code
 * Place kursk = new Place.Builder()
 *     .id("kursk-region")
 *     .name("Kursk region")
 *     .isoCode("RU-KRS")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Place implements WithPlace {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Pattern ISO_3166 = Pattern.compile("([A-Z]{2})(-[A-Z0-9]{1,3})?");

  Place() {}

  /**
   * The place's id, unique among the dataset's places.
   *
   * @return the id
   */
  public abstract PlaceId id();

  /**
   * The place's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The ISO 3166 code: a country ({@code UA}, ISO 3166-1 alpha-2) or a subdivision ({@code RU-KRS},
   * ISO 3166-2). The country part must be one the JDK knows.
   *
   * @return the code, if any
   */
  public abstract Optional<String> isoCode();

  /**
   * Where the place lies, if known.
   *
   * @return the coordinates
   */
  public abstract Optional<Coordinates> coordinates();

  /**
   * Identifiers of the place outside the dataset, such as its Wikidata item, each listed once. A
   * corpus merges values of different datasets that share one. New in schema version 1.1.
   *
   * @return the identifiers, possibly empty
   */
  public abstract List<Identifier> identifiers();

  @Value.Check
  void check() {
    Checks.text("Place.name", name(), Checks.SHORT_TEXT);
    isoCode().ifPresent(Place::checkIsoCode);
    Identifier.checkDistinct("Place.identifiers", identifiers());
  }

  private static void checkIsoCode(String code) {
    var matcher = ISO_3166.matcher(code);
    if (!matcher.matches()) {
      throw new ValueCheckException(
          "Place.isoCode", "'" + code + "' is not an ISO 3166 code such as 'UA' or 'RU-KRS'");
    }
    if (!COUNTRIES.contains(matcher.group(1))) {
      throw new ValueCheckException(
          "Place.isoCode", "'" + matcher.group(1) + "' is not an ISO 3166-1 country code");
    }
  }

  /**
   * Builds a {@link Place}.
   *
   * <p>Required: {@code id}, {@code name}.
   *
   * <p>Optional: {@code isoCode}, {@code coordinates}, {@code identifiers}.
   *
   * <p>Each field takes one value; setting it again throws {@link IllegalStateException}.
   */
  public static final class Builder extends ImmutablePlace.Builder {
    /** Starts with every field unset. */
    public Builder() {}

    /**
     * Sets the id from its text.
     *
     * @param id the id text, as {@link PlaceId#of} takes it
     * @return this builder
     * @throws ValueCheckException when the text is null or not a valid id
     */
    public Builder id(String id) {
      return id(PlaceId.of(Checks.present("Place.id", id)));
    }

    /**
     * Builds the place.
     *
     * @return the place
     * @throws ValueCheckException when a required field is unset or the place breaks a rule
     */
    @Override
    public Place build() {
      try {
        return super.build();
      } catch (MissingFields e) {
        throw e.of("Place");
      }
    }
  }
}
