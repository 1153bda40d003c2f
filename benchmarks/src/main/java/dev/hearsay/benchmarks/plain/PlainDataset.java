package dev.hearsay.benchmarks.plain;

import java.util.List;

/**
 * A dataset as plain Java records that plain Jackson databind reads and writes: the same fields
 * under the same names as Hearsay's JSON form, so that databind reads the very bytes Hearsay
 * writes, but no checks, no EDTF parsing, enums as text and decimals as text. It is what a program
 * gets from databind alone, and the baseline for what Hearsay's checks and values cost.
 *
 * @param schemaVersion the schema version
 * @param metadata the metadata
 * @param actors the actors
 * @param places the places
 * @param sources the sources
 * @param claims the claims
 * @param events the events
 * @param relations the relations
 */
public record PlainDataset(
    String schemaVersion,
    Metadata metadata,
    List<Actor> actors,
    List<Place> places,
    List<Source> sources,
    List<Claim> claims,
    List<Event> events,
    List<Relation> relations) {

  /**
   * What the dataset is.
   *
   * @param title the title
   * @param description the description
   * @param curators the curators
   * @param created the creation date
   * @param license the licence
   * @param encodes the source the dataset encodes
   */
  public record Metadata(
      String title,
      String description,
      List<String> curators,
      String created,
      String license,
      String encodes) {}

  /**
   * An actor.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   * @param anonymous whether anonymous
   * @param aliases the aliases
   * @param description the description
   * @param affiliations the affiliations
   */
  public record Actor(
      String id,
      String name,
      String kind,
      Boolean anonymous,
      List<String> aliases,
      String description,
      List<Affiliation> affiliations) {}

  /**
   * An affiliation.
   *
   * @param organization the organization's id
   * @param role the role
   * @param period the period, as EDTF
   */
  public record Affiliation(String organization, String role, String period) {}

  /**
   * A place.
   *
   * @param id the id
   * @param name the name
   * @param isoCode the ISO 3166 code
   * @param coordinates the coordinates
   */
  public record Place(String id, String name, String isoCode, Coordinates coordinates) {}

  /**
   * A point on Earth.
   *
   * @param latitude the latitude
   * @param longitude the longitude
   */
  public record Coordinates(double latitude, double longitude) {}

  /**
   * A source.
   *
   * @param id the id
   * @param kind the kind
   * @param title the title
   * @param publisher the publisher's id
   * @param authors the authors' ids
   * @param published the publication time
   * @param locator the URL
   * @param language the language tag
   * @param retrievedAt the retrieval instant
   * @param reliability the reliability grade
   * @param cites the cited sources' ids
   */
  public record Source(
      String id,
      String kind,
      String title,
      String publisher,
      List<String> authors,
      Time published,
      String locator,
      String language,
      String retrievedAt,
      String reliability,
      List<String> cites) {}

  /**
   * A time mention.
   *
   * @param edtf the time, as EDTF
   * @param asWritten the words
   * @param inferred whether inferred
   */
  public record Time(String edtf, String asWritten, Boolean inferred) {}

  /**
   * A claim.
   *
   * @param id the id
   * @param proposition the proposition
   * @param quote the quote
   * @param actors the actors it is about
   * @param places the places it is about
   * @param quantities the quantities
   * @param time the time it is about
   * @param credibility the credibility grade
   * @param notes the notes
   * @param attribution the chains of hops
   */
  public record Claim(
      String id,
      String proposition,
      Quote quote,
      List<String> actors,
      List<String> places,
      List<Quantity> quantities,
      Time time,
      Integer credibility,
      List<String> notes,
      List<List<Hop>> attribution) {}

  /**
   * A quote.
   *
   * @param source the source's id
   * @param exact the words
   * @param prefix the text before
   * @param suffix the text after
   * @param start the start offset
   * @param end the end offset
   */
  public record Quote(
      String source, String exact, String prefix, String suffix, Integer start, Integer end) {}

  /**
   * A quantity.
   *
   * @param name the name
   * @param estimate the estimate
   * @param lower the lower bound
   * @param upper the upper bound
   * @param approximate whether approximate
   * @param unit the unit
   * @param asWritten the words
   */
  public record Quantity(
      String name,
      String estimate,
      Bound lower,
      Bound upper,
      Boolean approximate,
      Unit unit,
      String asWritten) {}

  /**
   * A bound.
   *
   * @param value the number, as text
   * @param inclusive whether inclusive
   */
  public record Bound(String value, boolean inclusive) {}

  /**
   * A unit: a currency or a counted thing.
   *
   * @param currency the ISO 4217 code
   * @param count the counted thing
   */
  public record Unit(String currency, String count) {}

  /**
   * A hop.
   *
   * @param actor the actor's id
   * @param source the source's id
   * @param cue the cue
   * @param mode the reporting mode
   * @param commitment the commitment
   * @param likelihood the likelihood
   * @param time the time of the utterance
   * @param inferred whether inferred
   */
  public record Hop(
      String actor,
      String source,
      String cue,
      String mode,
      String commitment,
      String likelihood,
      Time time,
      Boolean inferred) {}

  /**
   * An event.
   *
   * @param id the id
   * @param description the description
   * @param time the time
   * @param places the places' ids
   * @param participants the participants' ids
   * @param status the status
   * @param claims the claims' ids
   */
  public record Event(
      String id,
      String description,
      Time time,
      List<String> places,
      List<String> participants,
      String status,
      List<String> claims) {}

  /**
   * A relation.
   *
   * @param from the claim that bears on the other
   * @param kind the kind
   * @param to the claim borne upon
   * @param note the note
   */
  public record Relation(String from, String kind, String to, String note) {}
}
