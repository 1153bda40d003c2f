package dev.hearsay.core.model;

import static dev.hearsay.core.model.Fixtures.actorBuilder;
import static dev.hearsay.core.model.Fixtures.claimBuilder;
import static dev.hearsay.core.model.Fixtures.hop;
import static dev.hearsay.core.model.Fixtures.hopBuilder;
import static dev.hearsay.core.model.Fixtures.sourceBuilder;
import static dev.hearsay.core.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.hearsay.core.time.ImpreciseTime;
import java.math.BigDecimal;
import java.net.URI;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each value checks itself on build(), naming the field and the rule it breaks. */
class ValueChecksTest {
  private static final String ID_RULE =
      "1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter";

  @Nested
  class Texts {
    /** Every checked text field: its name in messages, its limit, and a build that uses it. */
    static Stream<Arguments> textFields() {
      return Stream.of(
          argumentSet(
              "Actor.name",
              "Actor.name",
              1_000,
              (Consumer<String>)
                  t ->
                      new Actor.Builder()
                          .id(ActorId.of("a"))
                          .name(t)
                          .kind(ActorKind.PERSON)
                          .build()),
          argumentSet(
              "Actor.aliases",
              "Actor.aliases[1]",
              1_000,
              (Consumer<String>) t -> actorBuilder("a").addAliases("fine", t).build()),
          argumentSet(
              "Actor.description",
              "Actor.description",
              20_000,
              (Consumer<String>) t -> actorBuilder("a").description(t).build()),
          argumentSet(
              "Affiliation.role",
              "Affiliation.role",
              1_000,
              (Consumer<String>)
                  t -> new Affiliation.Builder().organization(ActorId.of("o")).role(t).build()),
          argumentSet(
              "Place.name",
              "Place.name",
              1_000,
              (Consumer<String>) t -> new Place.Builder().id(PlaceId.of("p")).name(t).build()),
          argumentSet(
              "Source.title",
              "Source.title",
              1_000,
              (Consumer<String>) t -> sourceBuilder("s").title(t).build()),
          argumentSet(
              "Source.notes",
              "Source.notes[1]",
              20_000,
              (Consumer<String>) t -> sourceBuilder("s").addNotes("fine", t).build()),
          argumentSet(
              "Claim.proposition",
              "Claim.proposition",
              20_000,
              (Consumer<String>)
                  t ->
                      new Claim.Builder()
                          .id(ClaimId.of("c"))
                          .proposition(t)
                          .addAttribution(Chain.of(hop("a")))
                          .build()),
          argumentSet(
              "Claim.notes",
              "Claim.notes[0]",
              20_000,
              (Consumer<String>)
                  t -> claimBuilder("c").addNotes(t).addAttribution(Chain.of(hop("a"))).build()),
          argumentSet(
              "Quantity.name",
              "Quantity.name",
              1_000,
              (Consumer<String>)
                  t ->
                      new Quantity.Builder()
                          .name(t)
                          .estimate(BigDecimal.ONE)
                          .unit(Unit.count("trucks"))
                          .build()),
          argumentSet(
              "Quantity.asWritten",
              "Quantity.asWritten",
              1_000,
              (Consumer<String>)
                  t ->
                      new Quantity.Builder()
                          .name("n")
                          .asWritten(t)
                          .estimate(BigDecimal.ONE)
                          .unit(Unit.count("trucks"))
                          .build()),
          argumentSet("CountUnit.thing", "CountUnit.thing", 1_000, (Consumer<String>) Unit::count),
          argumentSet(
              "Hop.cue", "Hop.cue", 1_000, (Consumer<String>) t -> hopBuilder("a").cue(t).build()),
          argumentSet(
              "TimeMention.asWritten",
              "TimeMention.asWritten",
              1_000,
              (Consumer<String>)
                  t ->
                      new TimeMention.Builder()
                          .value(ImpreciseTime.parse("2024-10-25"))
                          .asWritten(t)
                          .build()),
          argumentSet(
              "Event.description",
              "Event.description",
              20_000,
              (Consumer<String>)
                  t ->
                      new Event.Builder()
                          .id(EventId.of("e"))
                          .description(t)
                          .status(EventStatus.HAPPENED)
                          .build()),
          argumentSet(
              "Relation.note",
              "Relation.note",
              20_000,
              (Consumer<String>)
                  t ->
                      new Relation.Builder()
                          .from(ClaimId.of("a"))
                          .kind(RelationKind.SUPPORTS)
                          .to(ClaimId.of("b"))
                          .note(t)
                          .build()),
          argumentSet(
              "DatasetMetadata.title",
              "DatasetMetadata.title",
              1_000,
              (Consumer<String>) t -> new DatasetMetadata.Builder().title(t).build()),
          argumentSet(
              "DatasetMetadata.description",
              "DatasetMetadata.description",
              20_000,
              (Consumer<String>)
                  t -> new DatasetMetadata.Builder().title("t").description(t).build()),
          argumentSet(
              "DatasetMetadata.curators",
              "DatasetMetadata.curators[0]",
              1_000,
              (Consumer<String>)
                  t -> new DatasetMetadata.Builder().title("t").addCurators(t).build()),
          argumentSet(
              "DatasetMetadata.license",
              "DatasetMetadata.license",
              1_000,
              (Consumer<String>) t -> new DatasetMetadata.Builder().title("t").license(t).build()));
    }

    @ParameterizedTest
    @MethodSource("textFields")
    void blankTextIsRefused(String field, int limit, Consumer<String> build) {
      for (String blank : new String[] {"", " ", "\t\n "}) {
        assertThatThrownBy(() -> build.accept(blank))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(field + ": must not be blank");
      }
    }

    @ParameterizedTest
    @MethodSource("textFields")
    void textOverTheLimitIsRefused(String field, int limit, Consumer<String> build) {
      assertThatThrownBy(() -> build.accept(text(limit + 1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              field + ": has " + (limit + 1) + " characters, more than the limit of " + limit);
    }

    @ParameterizedTest
    @MethodSource("textFields")
    void textAtTheLimitIsAccepted(String field, int limit, Consumer<String> build) {
      assertThatNoException().isThrownBy(() -> build.accept(text(limit)));
    }
  }

  @Nested
  class Ids {
    static Stream<Arguments> idKinds() {
      return Stream.of(
          argumentSet("ActorId", "ActorId", (Function<String, Object>) ActorId::of),
          argumentSet("SourceId", "SourceId", (Function<String, Object>) SourceId::of),
          argumentSet("PlaceId", "PlaceId", (Function<String, Object>) PlaceId::of),
          argumentSet("ClaimId", "ClaimId", (Function<String, Object>) ClaimId::of),
          argumentSet("EventId", "EventId", (Function<String, Object>) EventId::of));
    }

    @ParameterizedTest
    @MethodSource("idKinds")
    void idsOutsideThePatternAreRefused(String kind, Function<String, Object> of) {
      for (String bad :
          new String[] {
            "",
            "7",
            "1st",
            "-trucks",
            ".trucks",
            "c trucks",
            " c",
            "c ",
            "c/trucks",
            "c#1",
            "café",
            text(129)
          }) {
        assertThatThrownBy(() -> of.apply(bad))
            .as("id '%s'", bad)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(kind + ": '" + bad + "' is not a valid id (" + ID_RULE + ")");
      }
    }

    @ParameterizedTest
    @MethodSource("idKinds")
    void idsInsideThePatternAreAccepted(String kind, Function<String, Object> of) {
      for (String good : new String[] {"a", "Q7", "c-trucks", "wd:Q42", "v1.2_x-y", text(128)}) {
        assertThat(of.apply(good)).hasToString(good);
      }
    }

    @ParameterizedTest
    @MethodSource("idKinds")
    void aNullIdIsRefusedByName(String kind, Function<String, Object> of) {
      assertThatThrownBy(() -> of.apply(null))
          .isInstanceOf(ValueCheckException.class)
          .hasMessage(kind + ": must not be null");
    }
  }

  @Nested
  class Quantities {
    private Quantity.Builder troops() {
      return new Quantity.Builder().name("troops").unit(Unit.count("soldiers"));
    }

    private BigDecimal n(String value) {
      return new BigDecimal(value);
    }

    @Test
    void aQuantityNeedsAnEstimateOrABound() {
      assertThatThrownBy(() -> troops().build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Quantity.estimate: give an estimate, a lower bound or an upper bound");
    }

    @Test
    void aLowerBoundAboveTheUpperBoundIsRefused() {
      assertThatThrownBy(
              () ->
                  troops()
                      .lower(Bound.inclusive(n("2E+4")))
                      .upper(Bound.inclusive(n("1000")))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Quantity.upper: 1000 is below the lower bound 20000, so no number fits");
    }

    @Test
    void anEstimateBelowTheLowerBoundIsRefused() {
      assertThatThrownBy(
              () -> troops().lower(Bound.inclusive(n("1000"))).estimate(n("500")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Quantity.estimate: 500 is below the lower bound 1000");
    }

    @Test
    void anEstimateAboveTheUpperBoundIsRefused() {
      assertThatThrownBy(
              () -> troops().upper(Bound.inclusive(n("20000"))).estimate(n("30000")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Quantity.estimate: 30000 is above the upper bound 20000");
    }

    @Test
    void equalBoundsThatExcludeTheirValueAreRefused() {
      assertThatThrownBy(
              () ->
                  troops().lower(Bound.exclusive(n("10"))).upper(Bound.exclusive(n("10"))).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Quantity.upper: ");
      assertThatThrownBy(
              () ->
                  troops().lower(Bound.inclusive(n("10"))).upper(Bound.exclusive(n("10"))).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Quantity.upper: ");
      assertThatThrownBy(
              () ->
                  troops().lower(Bound.exclusive(n("10"))).upper(Bound.inclusive(n("10"))).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Quantity.upper: ");
    }

    @Test
    void anEstimateOnABoundThatExcludesItIsRefused() {
      assertThatThrownBy(() -> troops().lower(Bound.exclusive(n("10"))).estimate(n("10")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Quantity.estimate: ");
      assertThatThrownBy(() -> troops().upper(Bound.exclusive(n("10"))).estimate(n("10")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Quantity.estimate: ");
    }

    @Test
    void orderMessagesSayWhatIsWrong() {
      assertThatThrownBy(
              () ->
                  troops().lower(Bound.exclusive(n("10"))).upper(Bound.exclusive(n("10"))).build())
          .hasMessageStartingWith("Quantity.upper: ")
          .hasMessageContaining("exclusive")
          .hasMessageNotContaining("10 is below 10");
      assertThatThrownBy(() -> troops().lower(Bound.exclusive(n("10"))).estimate(n("10")).build())
          .hasMessageStartingWith("Quantity.estimate: ")
          .hasMessageContaining("exclusive")
          .hasMessageNotContaining("10 is below 10")
          .hasMessageNotContaining("no number fits");
      assertThatThrownBy(
              () -> troops().upper(Bound.inclusive(n("20000"))).estimate(n("30000")).build())
          .hasMessageStartingWith("Quantity.estimate: 30000 ")
          .hasMessageNotContaining("no number fits");
      assertThatThrownBy(
              () -> troops().lower(Bound.inclusive(n("1000"))).estimate(n("500")).build())
          .hasMessageStartingWith("Quantity.estimate: 500 ")
          .hasMessageNotContaining("no number fits");
    }

    @Test
    void numbersTooLongToWriteOutAreRefusedAndTheLimitItselfIsAccepted() {
      String longest = "-0." + "0".repeat(996) + "1";
      assertThat(longest).hasSize(1000);
      assertThat(Bound.inclusive(n(longest)).value().toPlainString()).isEqualTo(longest);
      assertThat(troops().estimate(n("1E+999")).build().estimate().orElseThrow().toPlainString())
          .hasSize(1000);

      assertThatThrownBy(() -> Bound.inclusive(n("1E+1000")))
          .isInstanceOf(ValueCheckException.class)
          .hasMessage(
              "Bound.value: has 1001 characters written out plainly, more than the limit"
                  + " of 1000");
      assertThatThrownBy(() -> troops().estimate(n("-0." + "0".repeat(997) + "1")).build())
          .isInstanceOf(ValueCheckException.class)
          .hasMessageStartingWith("Quantity.estimate: ")
          .hasMessage(
              "Quantity.estimate: has 1001 characters written out plainly, more than the"
                  + " limit of 1000");
    }

    @Test
    void wholeNumbersWhoseExponentOverflowsWhenStrippedAreRefusedForTheirLength() {
      assertThatThrownBy(() -> Bound.inclusive(n("100E+2147483647")))
          .isInstanceOf(ValueCheckException.class)
          .hasMessage(
              "Bound.value: has 2147483650 characters written out plainly, more than the"
                  + " limit of 1000");
      assertThatThrownBy(() -> troops().estimate(n("-10E+2147483647")).build())
          .isInstanceOf(ValueCheckException.class)
          .hasMessage(
              "Quantity.estimate: has 2147483650 characters written out plainly, more"
                  + " than the limit of 1000");
    }

    @Test
    void anEstimateTooLongToWriteIsRefusedForItsLengthBeforeItIsComparedWithItsBounds() {
      assertThatThrownBy(
              () -> troops().upper(Bound.inclusive(n("1"))).estimate(n("1E+999999999")).build())
          .isInstanceOf(ValueCheckException.class)
          .hasMessage(
              "Quantity.estimate: has 1000000000 characters written out plainly, more"
                  + " than the limit of 1000");
    }

    @Test
    void boundsAndEstimatesThatLeaveRoomAreAccepted() {
      Quantity exactly =
          troops()
              .lower(Bound.inclusive(n("10")))
              .upper(Bound.inclusive(n("10.0")))
              .estimate(n("10"))
              .build();
      Quantity range =
          troops()
              .lower(Bound.exclusive(n("1E+8")))
              .upper(Bound.exclusive(n("1E+9")))
              .estimate(n("5E+8"))
              .build();

      assertThat(exactly.lower()).contains(Bound.inclusive(n("10")));
      assertThat(exactly.upper()).contains(Bound.inclusive(n("10")));
      assertThat(range.estimate()).contains(n("5E+8"));
    }

    @Test
    void twoQuantitiesOfOneClaimCannotShareAName() {
      Quantity first = troops().estimate(n("10000")).build();
      Quantity second = troops().upper(Bound.inclusive(n("20000"))).build();

      assertThatThrownBy(
              () ->
                  claimBuilder("c")
                      .addQuantities(first, second)
                      .addAttribution(Chain.of(hop("a")))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Claim.quantities[1].name: 'troops' is used twice in the claim");
    }
  }

  @Nested
  class Currencies {
    @ParameterizedTest
    @ValueSource(strings = {"eur", "Eur", "XYZ", "EURO", "EU", "", " EUR"})
    void unknownOrMisspelledCurrencyCodesAreRefused(String code) {
      assertThatThrownBy(() -> Unit.currency(code))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("CurrencyUnit.code: '" + code + "' is not an ISO 4217 currency code");
    }

    @Test
    void aNullCurrencyCodeIsRefusedByName() {
      assertThatThrownBy(() -> Unit.currency(null))
          .isInstanceOf(ValueCheckException.class)
          .hasMessage("CurrencyUnit.code: must not be null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "USD", "KRW", "RUB", "UAH"})
    void knownCurrencyCodesAreAccepted(String code) {
      assertThat(Unit.currency(code)).isEqualTo(new CurrencyUnit(code));
    }
  }

  @Nested
  class Quotes {
    private Quote.Builder quote(String exact) {
      return new Quote.Builder().source(SourceId.of("report")).exact(exact);
    }

    @Test
    void aQuoteWithoutExactTextIsRefused() {
      assertThatThrownBy(() -> quote("").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Quote.exact: must not be blank");
      assertThatThrownBy(() -> new Quote.Builder().source(SourceId.of("report")).build())
          .isInstanceOf(ValueCheckException.class)
          .hasMessage("Quote.exact: is required; set it with exact(...)");
    }

    @Test
    void quoteTextsOverTheirLimitsAreRefused() {
      assertThatThrownBy(() -> quote(text(20_001)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Quote.exact: has 20001 characters, more than the limit of 20000");
      assertThatThrownBy(() -> quote("a").prefix(text(1_001)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Quote.prefix: has 1001 characters, more than the limit of 1000");
      assertThatThrownBy(() -> quote("a").suffix(text(1_001)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Quote.suffix: has 1001 characters, more than the limit of 1000");
    }

    @Test
    void onlyOneOffsetIsRefused() {
      assertThatThrownBy(() -> quote("abc").start(4).build())
          .isInstanceOf(ValueCheckException.class)
          .hasMessage("Quote.end: is missing; give both offsets or neither");
      assertThatThrownBy(() -> quote("abc").end(7).build())
          .isInstanceOf(ValueCheckException.class)
          .hasMessage("Quote.start: is missing; give both offsets or neither");
    }

    @Test
    void negativeOffsetsAreRefused() {
      assertThatThrownBy(() -> quote("abc").start(-3).end(0).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Quote.start: -3 is negative");
      assertThatThrownBy(() -> quote("abc").start(0).end(-1).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Quote.end: -1 is negative");
    }

    @Test
    void offsetsOutOfOrderAreRefused() {
      assertThatThrownBy(() -> quote("abc").start(10).end(7).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Quote.end: end - start is -3 but the exact text has 3 code points");
    }

    @Test
    void offsetsThatDisagreeWithTheExactTextAreRefused() {
      assertThatThrownBy(() -> quote("abc").start(10).end(12).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Quote.end: end - start is 2 but the exact text has 3 code points");
      assertThatThrownBy(() -> quote("abc").start(10).end(10).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Quote.end: end - start is 0 but the exact text has 3 code points");
    }

    @Test
    void offsetsCountCodePointsNotChars() {
      String exact = "\uD83D\uDE42 ok"; // a smiling face (two chars, one code point), then " ok"

      Quote quote = quote(exact).start(3).end(7).build();

      assertThat(quote.end()).contains(7);
      assertThatThrownBy(() -> quote(exact).start(3).end(8).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Quote.end: end - start is 5 but the exact text has 4 code points");
    }
  }

  @Nested
  class Places {
    private Place.Builder place() {
      return new Place.Builder().id(PlaceId.of("p")).name("Somewhere");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ua", "UKR", "U", "RU-", "RU-KRSX", "RU_KRS", "ru-KRS", "RU-krs", ""})
    void malformedIsoCodesAreRefused(String code) {
      assertThatThrownBy(() -> place().isoCode(code).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Place.isoCode: '" + code + "' is not an ISO 3166 code such as 'UA' or 'RU-KRS'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ", "ZZ-KRS", "QQ"})
    void isoCodesOfNoCountryAreRefused(String code) {
      assertThatThrownBy(() -> place().isoCode(code).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Place.isoCode: '" + code.substring(0, 2) + "' is not an ISO 3166-1 country code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UA", "RU", "KP", "RU-KRS", "UA-30", "KR-11"})
    void countryAndSubdivisionCodesAreAccepted(String code) {
      assertThat(place().isoCode(code).build().isoCode()).contains(code);
    }

    @Test
    void coordinatesOutOfRangeOrNotANumberAreRefused() {
      for (double latitude :
          new double[] {90.000001, -90.5, Double.NaN, Double.POSITIVE_INFINITY}) {
        assertThatThrownBy(() -> new Coordinates(latitude, 30))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Coordinates.latitude: " + latitude + " is not between -90 and 90");
      }
      for (double longitude : new double[] {180.5, -181, Double.NaN, Double.NEGATIVE_INFINITY}) {
        assertThatThrownBy(() -> new Coordinates(50, longitude))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Coordinates.longitude: " + longitude + " is not between -180 and 180");
      }
    }

    @Test
    void coordinatesOnTheEdgesAreAccepted() {
      assertThat(new Coordinates(90, 180).latitude()).isEqualTo(90);
      assertThat(new Coordinates(-90, -180).longitude()).isEqualTo(-180);
    }
  }

  @Nested
  class Sources {
    @ParameterizedTest
    @ValueSource(strings = {"en_US", "", " ", "e", "123", "en--US", "toolonglanguage"})
    void malformedLanguageTagsAreRefused(String tag) {
      assertThatThrownBy(() -> sourceBuilder("s").language(tag).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Source.language: '" + tag + "' is not a BCP 47 language tag (");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de-DE", "uk", "zh-Hant-TW", "ko-KR"})
    void languageTagsAreAccepted(String tag) {
      assertThat(sourceBuilder("s").language(tag).build().language()).contains(tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.nytimes.com/2024/10/28", "/news/1", "report.html", "//host/a"})
    void relativeLocatorsAreRefused(String locator) {
      assertThatThrownBy(() -> sourceBuilder("s").locator(URI.create(locator)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Source.locator: '" + locator + "' is not an absolute URI (it has no scheme)");
    }

    @Test
    void absoluteLocatorsAreAccepted() {
      URI locator = URI.create("https://www.bild.de/politik/ausland/a-1.html");

      assertThat(sourceBuilder("s").locator(locator).build().locator()).contains(locator);
    }
  }

  @Nested
  class Chains {
    @Test
    void aChainNeedsAHop() {
      assertThatThrownBy(Chain::of)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Chain.hops: must have at least one element");
    }

    @Test
    void aClaimNeedsAChain() {
      assertThatThrownBy(() -> claimBuilder("c").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Claim.attribution: must have at least one element");
    }
  }

  @Nested
  class Builders {
    static Stream<Arguments> emptyBuilders() {
      return Stream.of(
          argumentSet(
              "Actor",
              (Supplier<?>) () -> new Actor.Builder().build(),
              "Actor.id",
              "is required; set it with id(...) (also missing: name, kind)"),
          argumentSet(
              "Affiliation",
              (Supplier<?>) () -> new Affiliation.Builder().build(),
              "Affiliation.organization",
              "is required; set it with organization(...)"),
          argumentSet(
              "Place",
              (Supplier<?>) () -> new Place.Builder().build(),
              "Place.id",
              "is required; set it with id(...) (also missing: name)"),
          argumentSet(
              "Source",
              (Supplier<?>) () -> new Source.Builder().build(),
              "Source.id",
              "is required; set it with id(...) (also missing: kind)"),
          argumentSet(
              "Claim",
              (Supplier<?>) () -> new Claim.Builder().build(),
              "Claim.id",
              "is required; set it with id(...) (also missing: proposition)"),
          argumentSet(
              "Quote",
              (Supplier<?>) () -> new Quote.Builder().build(),
              "Quote.source",
              "is required; set it with source(...) (also missing: exact)"),
          argumentSet(
              "Quantity",
              (Supplier<?>) () -> new Quantity.Builder().build(),
              "Quantity.name",
              "is required; set it with name(...) (also missing: unit)"),
          argumentSet(
              "Hop",
              (Supplier<?>) () -> new Hop.Builder().build(),
              "Hop.actor",
              "is required; set it with actor(...) (also missing: mode, commitment)"),
          argumentSet(
              "TimeMention",
              (Supplier<?>) () -> new TimeMention.Builder().build(),
              "TimeMention.value",
              "is required; set it with value(...)"),
          argumentSet(
              "Event",
              (Supplier<?>) () -> new Event.Builder().build(),
              "Event.id",
              "is required; set it with id(...) (also missing: description, status)"),
          argumentSet(
              "Relation",
              (Supplier<?>) () -> new Relation.Builder().build(),
              "Relation.from",
              "is required; set it with from(...) (also missing: kind, to)"),
          argumentSet(
              "DatasetMetadata",
              (Supplier<?>) () -> new DatasetMetadata.Builder().build(),
              "DatasetMetadata.title",
              "is required; set it with title(...)"),
          argumentSet(
              "Dataset",
              (Supplier<?>) () -> new Dataset.Builder().build(),
              "Dataset.metadata",
              "is required; set it with metadata(...)"));
    }

    @ParameterizedTest
    @MethodSource("emptyBuilders")
    void aMissingRequiredFieldIsAValueCheckThatSaysHowToSetIt(
        Supplier<?> build, String field, String rule) {
      assertThatThrownBy(build::get)
          .isInstanceOfSatisfying(
              ValueCheckException.class,
              e -> {
                assertThat(e.field()).isEqualTo(field);
                assertThat(e.rule()).isEqualTo(rule);
              })
          .hasMessage(field + ": " + rule);
    }

    @Test
    void aMissingFieldIsNamedAlone() {
      assertThatThrownBy(
              () -> new Hop.Builder().actor(ActorId.of("a")).mode(ReportingMode.IMPLIED).build())
          .isInstanceOf(ValueCheckException.class)
          .hasMessage("Hop.commitment: is required; set it with commitment(...)");
    }

    @Test
    void aFieldCannotBeSetTwice() {
      assertThatThrownBy(() -> actorBuilder("a").name("Again"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Builder of Actor is strict, attribute is already set: name");
      assertThatThrownBy(() -> Fixtures.dataset().metadata(Fixtures.metadata()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Builder of Dataset is strict, attribute is already set: metadata");
    }
  }

  @Nested
  class SchemaVersions {
    @ParameterizedTest
    @ValueSource(
        strings = {"1", "1.0.0", "v1.0", "01.0", "1.01", "", " 1.0", "1.x", "1,0", "10000.0"})
    void malformedVersionsAreRefused(String version) {
      String message = "Dataset.schemaVersion: '" + version + "' is not a version such as '1.1'";
      assertThatThrownBy(() -> Fixtures.dataset().schemaVersion(version).build())
          .isInstanceOf(IllegalArgumentException.class)
          .isNotInstanceOf(DatasetValidationException.class)
          .hasMessage(message);
      assertThatThrownBy(() -> Fixtures.dataset().schemaVersion(version).tryBuild())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
      assertThatThrownBy(() -> Dataset.checkSchemaVersion(version))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0", "3.7", "9999.0"})
    void newerMajorVersionsAreRefused(String version) {
      assertThatThrownBy(() -> Fixtures.dataset().schemaVersion(version).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Dataset.schemaVersion: "
                  + version
                  + " is a newer major version than"
                  + " this library reads (1.x); use a newer Hearsay to read it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "1.10", "1.9999"})
    void newerMinorVersionsAreRefused(String version) {
      assertThatThrownBy(() -> Fixtures.dataset().schemaVersion(version).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Dataset.schemaVersion: "
                  + version
                  + " is newer than this library, which"
                  + " reads 1.0 and 1.1; use a newer Hearsay to read it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0", "0.9", "0.10"})
    void versionsThatNeverExistedAreRefused(String version) {
      assertThatThrownBy(() -> Dataset.checkSchemaVersion(version))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Dataset.schemaVersion: there has never been a schema version "
                  + version
                  + "; the versions are 1.0 and 1.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.1"})
    void everyVersionThereHasBeenIsAccepted(String version) {
      assertThat(Fixtures.dataset().schemaVersion(version).build().schemaVersion())
          .isEqualTo(version);
    }

    @Test
    void theDefaultVersionIsTheLibrarys() {
      assertThat(Fixtures.dataset().build().schemaVersion())
          .isEqualTo(Dataset.SCHEMA_VERSION)
          .isEqualTo("1.1");
    }
  }
}
