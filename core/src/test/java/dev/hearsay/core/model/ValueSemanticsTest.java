package dev.hearsay.core.model;

import static dev.hearsay.core.model.Fixtures.actor;
import static dev.hearsay.core.model.Fixtures.actorBuilder;
import static dev.hearsay.core.model.Fixtures.claim;
import static dev.hearsay.core.model.Fixtures.claimBuilder;
import static dev.hearsay.core.model.Fixtures.dataset;
import static dev.hearsay.core.model.Fixtures.eventBuilder;
import static dev.hearsay.core.model.Fixtures.hop;
import static dev.hearsay.core.model.Fixtures.place;
import static dev.hearsay.core.model.Fixtures.relation;
import static dev.hearsay.core.model.Fixtures.source;
import static dev.hearsay.core.model.Fixtures.sourceBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.hearsay.core.time.ImpreciseTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Values are immutable, compare by value, and their small behaviours keep the domain's rules. */
class ValueSemanticsTest {
  private static final String ARMS =
      "North Korean arms supplies could be worth five billion euros.";

  /** A claim with something in every field, built afresh on each call. */
  private static Claim richClaim() {
    return richClaim(ARMS, Commitment.POSSIBLE);
  }

  /** The same claim with the given proposition and origin's commitment. */
  private static Claim richClaim(String proposition, Commitment commitment) {
    return new Claim.Builder()
        .id(ClaimId.of("c-arms"))
        .proposition(proposition)
        .quote(
            new Quote.Builder()
                .source(SourceId.of("report"))
                .exact("up to five billion euros")
                .prefix("could be valued at ")
                .start(120)
                .end(144)
                .build())
        .addActors(ActorId.of("north-korea"))
        .addPlaces(PlaceId.of("kursk"))
        .addQuantities(
            new Quantity.Builder()
                .name("arms-supplies-value")
                .upper(Bound.inclusive(new BigDecimal("5E+9")))
                .unit(Unit.currency("EUR"))
                .asWritten("up to five billion euros")
                .build())
        .time(
            new TimeMention.Builder()
                .value(ImpreciseTime.parse("2024-10-25"))
                .asWritten("on October 25")
                .inferred(true)
                .build())
        .credibility(Credibility.POSSIBLY_TRUE)
        .addNotes("The year is inferred from the publication date.")
        .addAttribution(Chain.of(hop("report"), hop("bild", "bild-article"), guseinova(commitment)))
        .build();
  }

  /** Guseinova's hop, suggesting the claim with the given commitment. */
  private static Hop guseinova(Commitment commitment) {
    return new Hop.Builder()
        .actor(ActorId.of("guseinova"))
        .source(SourceId.of("research"))
        .cue("suggests")
        .mode(ReportingMode.PARAPHRASE)
        .commitment(commitment)
        .build();
  }

  @Nested
  class Equality {
    static Stream<Arguments> pairs() {
      return Stream.of(
          argumentSet(
              "Claim, by proposition",
              (Supplier<?>) ValueSemanticsTest::richClaim,
              (Supplier<?>) () -> richClaim("Other.", Commitment.POSSIBLE)),
          argumentSet(
              "Claim, by a commitment deep in a chain",
              (Supplier<?>) ValueSemanticsTest::richClaim,
              (Supplier<?>) () -> richClaim(ARMS, Commitment.PROBABLE)),
          argumentSet(
              "Actor, by anonymity",
              (Supplier<?>) () -> actor("officials"),
              (Supplier<?>) () -> actorBuilder("officials").anonymous(true).build()),
          argumentSet(
              "Quantity, by bound inclusiveness",
              (Supplier<?>) () -> quantity(Bound.inclusive(new BigDecimal("20000"))),
              (Supplier<?>) () -> quantity(Bound.exclusive(new BigDecimal("20000")))),
          argumentSet(
              "Source, by a cited source",
              (Supplier<?>) () -> source("s"),
              (Supplier<?>) () -> sourceBuilder("s").addCites(SourceId.of("t")).build()),
          argumentSet(
              "Event, by status",
              (Supplier<?>) () -> eventBuilder("e").build(),
              (Supplier<?>)
                  () ->
                      new Event.Builder()
                          .id(EventId.of("e"))
                          .description("Event e")
                          .status(EventStatus.EXPECTED)
                          .build()),
          argumentSet(
              "Relation, by kind",
              (Supplier<?>) () -> relation("a", RelationKind.SUPPORTS, "b"),
              (Supplier<?>) () -> relation("a", RelationKind.ELABORATES, "b")),
          argumentSet(
              "Place, by coordinates",
              (Supplier<?>) () -> place("kursk"),
              (Supplier<?>)
                  () ->
                      new Place.Builder()
                          .id(PlaceId.of("kursk"))
                          .name("Place kursk")
                          .coordinates(new Coordinates(51.7, 36.2))
                          .build()),
          argumentSet(
              "Dataset, by schema version",
              (Supplier<?>) () -> dataset().addActors(actor("a")).build(),
              (Supplier<?>) () -> dataset().addActors(actor("a")).schemaVersion("1.0").build()),
          argumentSet(
              "Dataset, by the order of its actors",
              (Supplier<?>) () -> dataset().addActors(actor("a"), actor("b")).build(),
              (Supplier<?>) () -> dataset().addActors(actor("b"), actor("a")).build()));
    }

    private static Quantity quantity(Bound upper) {
      return new Quantity.Builder()
          .name("troops")
          .upper(upper)
          .unit(Unit.count("soldiers"))
          .build();
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void independentlyBuiltEqualValuesAreEqual(Supplier<?> make, Supplier<?> makeOther) {
      Object one = make.get();
      Object two = make.get();

      // Times and quantities built again may be the very value built before (the builders share
      // them), which they find by this same equality.
      assertThat(one).isEqualTo(two);
      assertThat(one.hashCode()).isEqualTo(two.hashCode());
      assertThat(one.toString()).isEqualTo(two.toString());
    }

    @Test
    void equalTimesAndQuantitiesBuiltAgainAreHeldOnce() {
      Bound upper = Bound.inclusive(new BigDecimal("20000"));
      Quantity troops = quantity(upper);
      TimeMention since = TimeMention.of("2024-08/..");

      assertThat(quantity(Bound.inclusive(new BigDecimal("20000")))).isSameAs(troops);
      assertThat(TimeMention.of("2024-08/..")).isSameAs(since);
      assertThat(TimeMention.of("2024-09/..")).isNotEqualTo(since);
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void aOneFieldDifferenceMakesValuesUnequal(Supplier<?> make, Supplier<?> makeOther) {
      Object one = make.get();
      Object other = makeOther.get();

      assertThat(one).isNotEqualTo(other);
      assertThat(other).isNotEqualTo(one);
      assertThat(one.toString()).isNotEqualTo(other.toString());
    }

    @Test
    void idsCompareByTheirText() {
      assertThat(ActorId.of("nyt"))
          .isEqualTo(new ActorId("nyt"))
          .hasToString("nyt")
          .isNotEqualTo(ActorId.of("NYT"));
      assertThat(ClaimId.of("c-2").compareTo(ClaimId.of("c-10"))).isPositive();
      assertThat(List.of(EventId.of("b"), EventId.of("a")).stream().sorted().toList())
          .containsExactly(EventId.of("a"), EventId.of("b"));
      assertThat(SourceId.of("s").compareTo(SourceId.of("s"))).isZero();
      assertThat(PlaceId.of("a").compareTo(PlaceId.of("b"))).isNegative();
    }

    @Test
    void aViolationPrintsItsPathMessageAndCode() {
      Violation violation = new Violation("relations[0]", ViolationCode.SELF_RELATION, "bad");

      assertThat(violation)
          .hasToString("relations[0]: bad [SELF_RELATION]")
          .isEqualTo(new Violation("relations[0]", ViolationCode.SELF_RELATION, "bad"));
      assertThatThrownBy(() -> new Violation((DatasetPath) null, ViolationCode.SELF_RELATION, "m"))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("Violation.path: must not be null");
    }
  }

  @Nested
  class Decimals {
    @ParameterizedTest
    @CsvSource({"5E+9, 5000000000", "1000.00, 1E+3", "0.000, 0", "0.50, 0.5", "-20.0, -2E+1"})
    void aBoundIsTheSameWhateverTheScaleOfItsNumber(String one, String two) {
      Bound a = Bound.inclusive(new BigDecimal(one));
      Bound b = Bound.inclusive(new BigDecimal(two));

      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).hasToString(b.toString());
      assertThat(a.value()).isEqualTo(b.value());
      assertThat(a.value().compareTo(new BigDecimal(one))).isZero();
      assertThat(a).isNotEqualTo(Bound.exclusive(new BigDecimal(two)));
    }

    @ParameterizedTest
    @CsvSource({"5E+9, 5000000000", "1000.00, 1E+3", "0.000, 0", "2.50, 2.5"})
    void aQuantityEstimateIsTheSameWhateverTheScaleOfItsNumber(String one, String two) {
      Quantity a = estimate(new BigDecimal(one));
      Quantity b = estimate(new BigDecimal(two));

      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).hasToString(b.toString());
      assertThat(a.estimate().get()).isEqualTo(b.estimate().get());
      assertThat(a.estimate().get().compareTo(new BigDecimal(one))).isZero();
    }

    @Test
    void aQuantityWithBoundsAndEstimateIsNormalizedThroughout() {
      Quantity a =
          new Quantity.Builder()
              .name("value")
              .unit(Unit.currency("USD"))
              .lower(Bound.inclusive(new BigDecimal("1.0E+8")))
              .estimate(new BigDecimal("500000000.00"))
              .upper(Bound.exclusive(new BigDecimal("1000000000")))
              .approximate(true)
              .build();
      Quantity b =
          new Quantity.Builder()
              .name("value")
              .unit(Unit.currency("USD"))
              .lower(Bound.inclusive(new BigDecimal("100000000")))
              .estimate(new BigDecimal("5E+8"))
              .upper(Bound.exclusive(new BigDecimal("1E+9")))
              .approximate(true)
              .build();

      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a.approximate()).isTrue();
      assertThat(a.estimate().get().scale()).isEqualTo(-8);
    }

    private Quantity estimate(BigDecimal value) {
      return new Quantity.Builder().name("n").estimate(value).unit(Unit.count("trucks")).build();
    }
  }

  @Nested
  class Immutability {
    /** A list attribute: how to build a value from a caller's list, and how to read it back. */
    record ListField<T>(
        Function<List<T>, Object> build, Function<Object, List<?>> read, Supplier<T> element) {}

    @SuppressWarnings("unchecked")
    private static <V, T> Arguments field(
        String name, Function<List<T>, V> build, Function<V, List<?>> read, Supplier<T> element) {
      return argumentSet(
          name,
          new ListField<>((Function<List<T>, Object>) build, o -> read.apply((V) o), element));
    }

    static Stream<Arguments> listFields() {
      return Stream.of(
          field(
              "Actor.aliases",
              (List<String> l) -> actorBuilder("a").addAllAliases(l).build(),
              Actor::aliases,
              () -> "DPRK"),
          field(
              "Actor.affiliations",
              (List<Affiliation> l) -> actorBuilder("a").addAllAffiliations(l).build(),
              Actor::affiliations,
              () -> new Affiliation.Builder().organization(ActorId.of("o")).build()),
          field(
              "Source.authors",
              (List<ActorId> l) -> sourceBuilder("s").addAllAuthors(l).build(),
              Source::authors,
              () -> ActorId.of("guseinova")),
          field(
              "Source.cites",
              (List<SourceId> l) -> sourceBuilder("s").addAllCites(l).build(),
              Source::cites,
              () -> SourceId.of("research")),
          field(
              "Source.notes",
              (List<String> l) -> sourceBuilder("s").addAllNotes(l).build(),
              Source::notes,
              () -> "outlet unnamed"),
          field(
              "Claim.actors",
              (List<ActorId> l) ->
                  claimBuilder("c").addAllActors(l).addAttribution(Chain.of(hop("a"))).build(),
              Claim::actors,
              () -> ActorId.of("dprk")),
          field(
              "Claim.places",
              (List<PlaceId> l) ->
                  claimBuilder("c").addAllPlaces(l).addAttribution(Chain.of(hop("a"))).build(),
              Claim::places,
              () -> PlaceId.of("kursk")),
          field(
              "Claim.quantities",
              (List<Quantity> l) ->
                  claimBuilder("c").addAllQuantities(l).addAttribution(Chain.of(hop("a"))).build(),
              Claim::quantities,
              () ->
                  new Quantity.Builder()
                      .name("n" + System.nanoTime())
                      .estimate(BigDecimal.ONE)
                      .unit(Unit.count("trucks"))
                      .build()),
          field(
              "Claim.notes",
              (List<String> l) ->
                  claimBuilder("c").addAllNotes(l).addAttribution(Chain.of(hop("a"))).build(),
              Claim::notes,
              () -> "inferred"),
          field(
              "Claim.attribution",
              (List<Chain> l) -> claimBuilder("c").addAllAttribution(l).build(),
              Claim::attribution,
              () -> Chain.of(hop("a"))),
          field(
              "Chain.hops",
              (List<Hop> l) -> new Chain.Builder().addAllHops(l).build(),
              Chain::hops,
              () -> hop("a")),
          field(
              "Event.places",
              (List<PlaceId> l) -> eventBuilder("e").addAllPlaces(l).build(),
              Event::places,
              () -> PlaceId.of("kursk")),
          field(
              "Event.participants",
              (List<ActorId> l) -> eventBuilder("e").addAllParticipants(l).build(),
              Event::participants,
              () -> ActorId.of("dprk")),
          field(
              "Event.claims",
              (List<ClaimId> l) -> eventBuilder("e").addAllClaims(l).build(),
              Event::claims,
              () -> ClaimId.of("c")),
          field(
              "DatasetMetadata.curators",
              (List<String> l) ->
                  new DatasetMetadata.Builder().title("t").addAllCurators(l).build(),
              DatasetMetadata::curators,
              () -> "A. Curator"),
          field(
              "Dataset.actors",
              (List<Actor> l) -> dataset().addAllActors(l).build(),
              Dataset::actors,
              () -> actor("a" + System.nanoTime())),
          field(
              "Dataset.places",
              (List<Place> l) -> dataset().addAllPlaces(l).build(),
              Dataset::places,
              () -> place("p" + System.nanoTime())),
          field(
              "Dataset.sources",
              (List<Source> l) -> dataset().addAllSources(l).build(),
              Dataset::sources,
              () -> source("s" + System.nanoTime())),
          field(
              "Dataset.claims",
              (List<Claim> l) -> dataset().addActors(actor("a")).addAllClaims(l).build(),
              Dataset::claims,
              () -> claim("c" + System.nanoTime(), hop("a"))),
          field(
              "Dataset.events",
              (List<Event> l) -> dataset().addAllEvents(l).build(),
              Dataset::events,
              () -> eventBuilder("e" + System.nanoTime()).build()),
          field(
              "Dataset.relations",
              (List<Relation> l) ->
                  dataset()
                      .addActors(actor("a"))
                      .addClaims(claim("c-1", hop("a")), claim("c-2", hop("a")))
                      .addAllRelations(l)
                      .build(),
              Dataset::relations,
              () -> relation("c-1", RelationKind.SUPPORTS, "c-2")));
    }

    @ParameterizedTest
    @MethodSource("listFields")
    <T> void changingTheCallersListAfterBuildChangesNothing(ListField<T> field) {
      List<T> callers = new ArrayList<>(List.of(field.element().get()));
      Object value = field.build().apply(callers);
      List<Object> before = List.copyOf(field.read().apply(value));
      String printed = value.toString();

      callers.add(field.element().get());
      callers.remove(0);

      assertThat(List.<Object>copyOf(field.read().apply(value))).isEqualTo(before).hasSize(1);
      assertThat(value).hasToString(printed);
    }

    @ParameterizedTest
    @MethodSource("listFields")
    <T> void theReturnedListCannotBeChanged(ListField<T> field) {
      List<T> callers = new ArrayList<>(List.of(field.element().get()));
      @SuppressWarnings("unchecked")
      List<T> returned = (List<T>) field.read().apply(field.build().apply(callers));
      T another = field.element().get();

      assertThatThrownBy(() -> returned.add(another))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> returned.set(0, another))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> returned.remove(0))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(returned::clear).isInstanceOf(UnsupportedOperationException.class);
      assertThat(returned).hasSize(1);
    }

    @Test
    void aDatasetIsImmutableAllTheWayDown() {
      Dataset built =
          dataset()
              .addActors(actor("report"), actor("bild"), actor("guseinova"), actor("north-korea"))
              .addPlaces(place("kursk"))
              .addSources(source("report"), source("bild-article"), source("research"))
              .addClaims(richClaim())
              .build();
      Chain chain = built.claims().get(0).attribution().get(0);

      assertThatThrownBy(() -> chain.hops().add(hop("x")))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> built.claims().get(0).quantities().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(built)
          .isEqualTo(
              dataset()
                  .addActors(
                      actor("report"), actor("bild"), actor("guseinova"), actor("north-korea"))
                  .addPlaces(place("kursk"))
                  .addSources(source("report"), source("bild-article"), source("research"))
                  .addClaims(richClaim())
                  .build());
    }

    @Test
    void aVarargsArrayChangedAfterwardsChangesNothing() {
      Hop[] hops = {hop("report"), hop("nyt")};
      Chain chain = Chain.of(hops);

      hops[1] = hop("officials");
      Arrays.fill(hops, null);

      assertThat(chain.hops())
          .extracting(Hop::actor)
          .containsExactly(ActorId.of("report"), ActorId.of("nyt"));
    }
  }

  @Nested
  class Commitments {
    @ParameterizedTest
    @CsvSource({
      "CERTAIN, CT+, 1", "PROBABLE, PR+, 1", "POSSIBLE, PS+, 1",
      "CERTAIN_NOT, CT-, -1", "PROBABLE_NOT, PR-, -1", "POSSIBLE_NOT, PS-, -1",
      "CERTAIN_UNKNOWN_POLARITY, CTu, 0", "UNCOMMITTED, Uu, 0"
    })
    void eachCommitmentHasItsFactBankCodeAndPolarity(Commitment c, String code, int polarity) {
      assertThat(c.factBankCode()).isEqualTo(code);
      assertThat(c.polarity()).isEqualTo(polarity);
    }

    @Test
    void commitmentsOpposeExactlyWhenTheirPolaritiesDo() {
      for (Commitment a : Commitment.values()) {
        for (Commitment b : Commitment.values()) {
          boolean expected = a.polarity() * b.polarity() == -1;
          assertThat(a.opposes(b))
              .as("%s opposes %s", a, b)
              .isEqualTo(expected)
              .isEqualTo(b.opposes(a));
        }
      }
    }

    @Test
    void oppositionInTheDomainsWords() {
      assertThat(Commitment.CERTAIN.opposes(Commitment.CERTAIN_NOT)).isTrue();
      assertThat(Commitment.POSSIBLE.opposes(Commitment.PROBABLE_NOT)).isTrue();
      assertThat(Commitment.CERTAIN.opposes(Commitment.POSSIBLE)).isFalse();
      assertThat(Commitment.CERTAIN_NOT.opposes(Commitment.POSSIBLE_NOT)).isFalse();
      assertThat(Commitment.CERTAIN.opposes(Commitment.UNCOMMITTED)).isFalse();
      assertThat(Commitment.CERTAIN_NOT.opposes(Commitment.CERTAIN_UNKNOWN_POLARITY)).isFalse();
    }
  }

  @Nested
  class Grades {
    @ParameterizedTest
    @CsvSource({
      "A, COMPLETELY_RELIABLE", "B, USUALLY_RELIABLE", "C, FAIRLY_RELIABLE",
      "D, NOT_USUALLY_RELIABLE", "E, UNRELIABLE", "F, CANNOT_BE_JUDGED"
    })
    void reliabilityLettersRoundTrip(char letter, Reliability reliability) {
      assertThat(Reliability.ofGrade(letter)).isEqualTo(reliability);
      assertThat(reliability.grade()).isEqualTo(letter);
    }

    @ParameterizedTest
    @ValueSource(chars = {'G', 'a', 'f', '1', ' '})
    void otherLettersAreNoReliabilityGrade(char letter) {
      assertThatThrownBy(() -> Reliability.ofGrade(letter))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Reliability: '" + letter + "' is not an Admiralty reliability grade (A to F)");
    }

    @ParameterizedTest
    @CsvSource({
      "1, CONFIRMED",
      "2, PROBABLY_TRUE",
      "3, POSSIBLY_TRUE",
      "4, DOUBTFUL",
      "5, IMPROBABLE",
      "6, CANNOT_BE_JUDGED"
    })
    void credibilityNumbersRoundTrip(int grade, Credibility credibility) {
      assertThat(Credibility.ofGrade(grade)).isEqualTo(credibility);
      assertThat(credibility.grade()).isEqualTo(grade);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, -1, 10})
    void otherNumbersAreNoCredibilityGrade(int grade) {
      assertThatThrownBy(() -> Credibility.ofGrade(grade))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Credibility: " + grade + " is not an Admiralty credibility grade (1 to 6)");
    }
  }

  @Nested
  class Likelihoods {
    @ParameterizedTest
    @CsvSource({
      "ALMOST_NO_CHANCE, 0.01, 0.05", "VERY_UNLIKELY, 0.05, 0.20", "UNLIKELY, 0.20, 0.45",
      "ROUGHLY_EVEN_CHANCE, 0.45, 0.55", "LIKELY, 0.55, 0.80", "VERY_LIKELY, 0.80, 0.95",
      "ALMOST_CERTAIN, 0.95, 0.99"
    })
    void eachWordStandsForItsIcd203Range(Likelihood word, BigDecimal lowest, BigDecimal highest) {
      assertThat(word.lowest()).isEqualByComparingTo(lowest);
      assertThat(word.highest()).isEqualByComparingTo(highest);
    }

    @Test
    void theRangesClimbWithoutGapsOrOverlaps() {
      Likelihood[] words = Likelihood.values();
      for (int i = 0; i < words.length; i++) {
        assertThat(words[i].lowest()).isLessThan(words[i].highest());
        if (i > 0) {
          assertThat(words[i].lowest()).isEqualByComparingTo(words[i - 1].highest());
        }
      }
      assertThat(words[0].lowest()).isPositive();
      assertThat(words[words.length - 1].highest()).isLessThan(BigDecimal.ONE);
    }
  }

  @Nested
  class Chains {
    @Test
    void theReporterIsTheFirstHopAndTheOriginTheLast() {
      Chain chain = Chain.of(hop("report"), hop("nyt"), hop("officials"));

      assertThat(chain.reporter().actor()).isEqualTo(ActorId.of("report"));
      assertThat(chain.origin().actor()).isEqualTo(ActorId.of("officials"));
    }

    @Test
    void aOneHopChainIsItsOwnReporterAndOrigin() {
      Chain chain = Chain.of(hop("zelensky"));

      assertThat(chain.reporter()).isSameAs(chain.origin()).isEqualTo(hop("zelensky"));
    }

    @ParameterizedTest
    @EnumSource(ReportingMode.class)
    void aHopKeepsWhatItWasGiven(ReportingMode mode) {
      Hop h =
          new Hop.Builder()
              .actor(ActorId.of("guseinova"))
              .mode(mode)
              .commitment(Commitment.POSSIBLE)
              .likelihood(Likelihood.UNLIKELY)
              .inferred(true)
              .build();

      assertThat(h.mode()).isEqualTo(mode);
      assertThat(h.likelihood()).contains(Likelihood.UNLIKELY);
      assertThat(h.inferred()).isTrue();
      assertThat(h.cue()).isEmpty();
      assertThat(hop("a").inferred()).isFalse();
    }
  }
}
