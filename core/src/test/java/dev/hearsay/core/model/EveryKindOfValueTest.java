package dev.hearsay.core.model;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.time.ImpreciseTime;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A dataset after the Kursk report that uses every kind of actor, source, mode, commitment,
 * likelihood, grade, event status and relation, and is valid.
 */
class EveryKindOfValueTest {
  private static Dataset dataset;

  @BeforeAll
  static void build() {
    dataset = kursk().build();
  }

  private static ActorId actor(String id) {
    return ActorId.of(id);
  }

  private static SourceId source(String id) {
    return SourceId.of(id);
  }

  private static ClaimId claim(String id) {
    return ClaimId.of(id);
  }

  private static TimeMention inferred(String edtf, String asWritten) {
    return new TimeMention.Builder()
        .value(ImpreciseTime.parse(edtf))
        .asWritten(asWritten)
        .inferred(true)
        .build();
  }

  private static Hop.Builder hop(String actor, ReportingMode mode, Commitment commitment) {
    return new Hop.Builder().actor(actor(actor)).mode(mode).commitment(commitment);
  }

  /** The report itself: its unknown outlet relays what follows. */
  private static Hop report(String cue, Commitment commitment) {
    return hop("report-outlet", ReportingMode.PARAPHRASE, commitment)
        .source(source("report"))
        .cue(cue)
        .build();
  }

  private static Hop nyt(Commitment commitment) {
    return hop("nyt", ReportingMode.PARAPHRASE, commitment)
        .source(source("nyt-report"))
        .cue("reports")
        .build();
  }

  private static Hop bild() {
    return hop("bild", ReportingMode.PARAPHRASE, Commitment.POSSIBLE)
        .source(source("bild-article"))
        .cue("cites")
        .build();
  }

  static Dataset.Builder kursk() {
    return new Dataset.Builder()
        .schemaVersion("1.1")
        .metadata(
            new DatasetMetadata.Builder()
                .title("North Korean soldiers set to join Russian troops in Kursk region")
                .description("Claims of a short news report of late October 2024.")
                .addCurators("A. Curator")
                .created(LocalDate.of(2024, 11, 2))
                .license("CC-BY-4.0")
                .encodes(source("report"))
                .build())
        .addActors(
            new Actor.Builder()
                .id(actor("report-outlet"))
                .name("Outlet of the report")
                .kind(ActorKind.UNKNOWN)
                .description("The outlet is not named.")
                .build(),
            new Actor.Builder()
                .id(actor("nyt"))
                .name("The New York Times")
                .kind(ActorKind.MEDIA_OUTLET)
                .addAliases("NYT")
                .build(),
            new Actor.Builder()
                .id(actor("nyt-journalists"))
                .name("Journalists of the NYT")
                .kind(ActorKind.GROUP)
                .anonymous(true)
                .build(),
            new Actor.Builder().id(actor("bild")).name("BILD").kind(ActorKind.MEDIA_OUTLET).build(),
            new Actor.Builder()
                .id(actor("ukrainian-officials"))
                .name("Ukrainian officials")
                .kind(ActorKind.GROUP)
                .anonymous(true)
                .build(),
            new Actor.Builder()
                .id(actor("american-officials"))
                .name("American officials")
                .kind(ActorKind.GROUP)
                .anonymous(true)
                .build(),
            new Actor.Builder()
                .id(actor("hankuk"))
                .name("Hankuk University")
                .kind(ActorKind.ORGANIZATION)
                .build(),
            new Actor.Builder()
                .id(actor("guseinova"))
                .name("Elena Guseinova")
                .kind(ActorKind.PERSON)
                .addAffiliation(
                    new Affiliation.Builder().organization(actor("hankuk")).role("analyst").build())
                .build(),
            new Actor.Builder()
                .id(actor("north-korea"))
                .name("North Korea")
                .kind(ActorKind.STATE)
                .addAliases("DPRK")
                .build(),
            new Actor.Builder()
                .id(actor("zelensky"))
                .name("Volodymyr Zelensky")
                .kind(ActorKind.PERSON)
                .build(),
            new Actor.Builder()
                .id(actor("office-of-the-president"))
                .name("Office of the President of Ukraine")
                .kind(ActorKind.GOVERNMENT_BODY)
                .build(),
            new Actor.Builder()
                .id(actor("yermak"))
                .name("Andriy Yermak")
                .kind(ActorKind.PERSON)
                .addAffiliation(
                    new Affiliation.Builder()
                        .organization(actor("office-of-the-president"))
                        .role("head of the Office of the President")
                        .period(ImpreciseTime.parse("2024-10-27"))
                        .build())
                .build())
        .addPlaces(
            new Place.Builder()
                .id(PlaceId.of("kursk"))
                .name("Kursk region")
                .isoCode("RU-KRS")
                .coordinates(new Coordinates(51.73, 36.19))
                .build(),
            new Place.Builder().id(PlaceId.of("seoul")).name("Seoul").isoCode("KR-11").build())
        .addSources(
            new Source.Builder()
                .id(source("report"))
                .kind(SourceKind.ARTICLE)
                .title("North Korean soldiers set to join Russian troops in Kursk region")
                .publisher(actor("report-outlet"))
                .language("en")
                .published(inferred("2024-10-28", "By October 28"))
                .reliability(Reliability.CANNOT_BE_JUDGED)
                .addCites(source("nyt-report"), source("bild-article"))
                .build(),
            new Source.Builder()
                .id(source("nyt-report"))
                .kind(SourceKind.REPORT)
                .publisher(actor("nyt"))
                .language("en")
                .locator(URI.create("https://www.nytimes.com/"))
                .retrievedAt(Instant.parse("2024-11-01T09:00:00Z"))
                .reliability(Reliability.USUALLY_RELIABLE)
                .build(),
            new Source.Builder()
                .id(source("bild-article"))
                .kind(SourceKind.ARTICLE)
                .publisher(actor("bild"))
                .language("de-DE")
                .reliability(Reliability.FAIRLY_RELIABLE)
                .addCites(source("guseinova-research"))
                .addNotes("BILD's account of the research; the paper itself was not found.")
                .build(),
            new Source.Builder()
                .id(source("guseinova-research"))
                .kind(SourceKind.RESEARCH)
                .title("Research on North Korea's arms trade with Russia")
                .addAuthors(actor("guseinova"))
                .publisher(actor("hankuk"))
                .reliability(Reliability.COMPLETELY_RELIABLE)
                .build(),
            new Source.Builder()
                .id(source("zelensky-address"))
                .kind(SourceKind.STATEMENT)
                .publisher(actor("zelensky"))
                .published(inferred("2024-10-25", "on October 25"))
                .reliability(Reliability.NOT_USUALLY_RELIABLE)
                .build(),
            new Source.Builder()
                .id(source("yermak-interview"))
                .kind(SourceKind.INTERVIEW)
                .reliability(Reliability.UNRELIABLE)
                .build(),
            new Source.Builder()
                .id(source("nyt-podcast"))
                .kind(SourceKind.BROADCAST)
                .publisher(actor("nyt"))
                .build(),
            new Source.Builder()
                .id(source("yermak-post"))
                .kind(SourceKind.SOCIAL_POST)
                .addAuthors(actor("yermak"))
                .build(),
            new Source.Builder().id(source("briefing-notes")).kind(SourceKind.DOCUMENT).build(),
            new Source.Builder().id(source("casualty-data")).kind(SourceKind.DATASET).build(),
            new Source.Builder().id(source("rumour")).kind(SourceKind.UNKNOWN).build())
        .addClaims(
            new Claim.Builder()
                .id(claim("c-set-to-join"))
                .proposition(
                    "North Korean soldiers will join Russian troops in a"
                        + " counteroffensive in the Kursk region.")
                .addActors(actor("north-korea"))
                .addPlaces(PlaceId.of("kursk"))
                .credibility(Credibility.PROBABLY_TRUE)
                .addAttribution(
                    Chain.of(
                        report("reports", Commitment.PROBABLE),
                        nyt(Commitment.PROBABLE),
                        hop("ukrainian-officials", ReportingMode.PARAPHRASE, Commitment.PROBABLE)
                            .cue("citing")
                            .likelihood(Likelihood.LIKELY)
                            .build()))
                .addAttribution(
                    Chain.of(
                        report("reports", Commitment.PROBABLE),
                        nyt(Commitment.PROBABLE),
                        hop("american-officials", ReportingMode.PARAPHRASE, Commitment.PROBABLE)
                            .cue("citing")
                            .likelihood(Likelihood.VERY_LIKELY)
                            .build()))
                .build(),
            new Claim.Builder()
                .id(claim("c-thousands"))
                .proposition(
                    "Thousands of North Korean soldiers have arrived in the Kursk" + " region.")
                .quote(
                    new Quote.Builder()
                        .source(source("report"))
                        .exact(
                            "Thousands of North Korean soldiers have arrived in the Kursk region")
                        .prefix("\"")
                        .suffix(", where they")
                        .start(236)
                        .end(303)
                        .build())
                .addQuantities(
                    new Quantity.Builder()
                        .name("soldiers")
                        .lower(Bound.inclusive(new BigDecimal("1000")))
                        .approximate(true)
                        .unit(Unit.count("soldiers"))
                        .asWritten("Thousands")
                        .build())
                .addPlaces(PlaceId.of("kursk"))
                .credibility(Credibility.POSSIBLY_TRUE)
                .addAttribution(
                    Chain.of(
                        report("states", Commitment.CERTAIN),
                        hop("nyt", ReportingMode.DIRECT_QUOTE, Commitment.CERTAIN)
                            .source(source("nyt-report"))
                            .build()))
                .build(),
            new Claim.Builder()
                .id(claim("c-not-in-combat"))
                .proposition("DPRK forces have engaged in combat.")
                .credibility(Credibility.DOUBTFUL)
                .addAttribution(
                    Chain.of(
                        report("emphasize", Commitment.CERTAIN_NOT),
                        hop("nyt-journalists", ReportingMode.PARAPHRASE, Commitment.CERTAIN_NOT)
                            .likelihood(Likelihood.ALMOST_NO_CHANCE)
                            .build()))
                .build(),
            new Claim.Builder()
                .id(claim("c-role-clear"))
                .proposition("The precise role of DPRK forces is clear.")
                .addAttribution(
                    Chain.of(
                        report("remains unclear", Commitment.POSSIBLE_NOT),
                        hop("nyt-journalists", ReportingMode.PARAPHRASE, Commitment.POSSIBLE_NOT)
                            .likelihood(Likelihood.VERY_UNLIKELY)
                            .build()))
                .build(),
            new Claim.Builder()
                .id(claim("c-arms-value"))
                .proposition(
                    "Arms supplies from North Korea to Russia are worth up to five"
                        + " billion euros.")
                .addQuantities(
                    new Quantity.Builder()
                        .name("arms-supplies-value")
                        .upper(Bound.inclusive(new BigDecimal("5E+9")))
                        .unit(Unit.currency("EUR"))
                        .asWritten("up to five billion euros")
                        .build())
                .credibility(Credibility.CANNOT_BE_JUDGED)
                .addAttribution(
                    Chain.of(
                        report("cites", Commitment.POSSIBLE),
                        bild(),
                        hop("guseinova", ReportingMode.PARAPHRASE, Commitment.POSSIBLE)
                            .source(source("guseinova-research"))
                            .cue("indicating")
                            .build()))
                .build(),
            new Claim.Builder()
                .id(claim("c-income-rise"))
                .proposition(
                    "The income of North Korea's military apparatus will rise by"
                        + " hundreds of millions of dollars.")
                .addQuantities(
                    new Quantity.Builder()
                        .name("income-rise")
                        .lower(Bound.inclusive(new BigDecimal("1E+8")))
                        .upper(Bound.exclusive(new BigDecimal("1E+9")))
                        .unit(Unit.currency("USD"))
                        .asWritten("hundreds of millions of dollars")
                        .build())
                .credibility(Credibility.IMPROBABLE)
                .addNotes("Guseinova's only by implication: the text names no speaker.")
                .addAttribution(
                    Chain.of(
                        report("could rise", Commitment.POSSIBLE),
                        bild(),
                        hop("guseinova", ReportingMode.IMPLIED, Commitment.UNCOMMITTED)
                            .likelihood(Likelihood.ROUGHLY_EVEN_CHANCE)
                            .inferred(true)
                            .build()))
                .build(),
            new Claim.Builder()
                .id(claim("c-more-than-20000"))
                .proposition("North Korea will dispatch more than 20,000 troops to Russia.")
                .addQuantities(
                    new Quantity.Builder()
                        .name("troops")
                        .lower(Bound.exclusive(new BigDecimal("20000")))
                        .unit(Unit.count("soldiers"))
                        .asWritten("more than 20,000 troops")
                        .build())
                .addAttribution(
                    Chain.of(
                        report("suggests", Commitment.PROBABLE_NOT),
                        bild(),
                        hop("guseinova", ReportingMode.PARAPHRASE, Commitment.PROBABLE_NOT)
                            .cue("suggests")
                            .likelihood(Likelihood.UNLIKELY)
                            .build()))
                .build(),
            new Claim.Builder()
                .id(claim("c-deployment-discussed"))
                .proposition("Russia will deploy North Korean troops on the battlefield.")
                .addAttribution(
                    Chain.of(
                        report("discussed", Commitment.CERTAIN_UNKNOWN_POLARITY),
                        hop(
                                "zelensky",
                                ReportingMode.PARAPHRASE,
                                Commitment.CERTAIN_UNKNOWN_POLARITY)
                            .source(source("zelensky-address"))
                            .time(inferred("2024-10-25", "on October 25"))
                            .build()))
                .build(),
            new Claim.Builder()
                .id(claim("c-de-facto"))
                .proposition(
                    "North Korea is de facto participating in full-scale warfare"
                        + " against Ukraine.")
                .time(inferred("2024-10-27", "On October 27"))
                .addAttribution(
                    Chain.of(
                        report("noted", Commitment.CERTAIN),
                        hop("yermak", ReportingMode.PARTIAL_QUOTE, Commitment.CERTAIN)
                            .source(source("yermak-interview"))
                            .cue("noted")
                            .likelihood(Likelihood.ALMOST_CERTAIN)
                            .time(inferred("2024-10-27", "On October 27"))
                            .build()))
                .build(),
            new Claim.Builder()
                .id(claim("c-trucks"))
                .proposition(
                    "The first trucks with North Korean troops reached the front"
                        + " lines in the Kursk region.")
                .addPlaces(PlaceId.of("kursk"))
                .credibility(Credibility.CONFIRMED)
                .addAttribution(Chain.of(report("reportedly", Commitment.PROBABLE)))
                .build())
        .addEvents(
            new Event.Builder()
                .id(EventId.of("e-arrival"))
                .description("North Korean soldiers arrive in the Kursk region")
                .status(EventStatus.HAPPENED)
                .addPlaces(PlaceId.of("kursk"))
                .addParticipants(actor("north-korea"))
                .addClaims(claim("c-thousands"))
                .build(),
            new Event.Builder()
                .id(EventId.of("e-counteroffensive"))
                .description("North Korean soldiers join the counteroffensive")
                .status(EventStatus.EXPECTED)
                .addClaims(claim("c-set-to-join"))
                .build(),
            new Event.Builder()
                .id(EventId.of("e-combat"))
                .description("DPRK forces engage in combat")
                .status(EventStatus.DENIED)
                .addClaims(claim("c-not-in-combat"))
                .build(),
            new Event.Builder()
                .id(EventId.of("e-trucks"))
                .description("The first trucks reach the front lines")
                .time(inferred("2024-10-28", "By October 28"))
                .status(EventStatus.UNCERTAIN)
                .addClaims(claim("c-trucks"))
                .build())
        .addRelations(
            new Relation.Builder()
                .from(claim("c-not-in-combat"))
                .kind(RelationKind.CONTRADICTS)
                .to(claim("c-de-facto"))
                .note("Not yet in combat, yet de facto at war.")
                .build(),
            new Relation.Builder()
                .from(claim("c-trucks"))
                .kind(RelationKind.SUPPORTS)
                .to(claim("c-de-facto"))
                .build(),
            new Relation.Builder()
                .from(claim("c-thousands"))
                .kind(RelationKind.ELABORATES)
                .to(claim("c-set-to-join"))
                .build(),
            new Relation.Builder()
                .from(claim("c-de-facto"))
                .kind(RelationKind.UPDATES)
                .to(claim("c-not-in-combat"))
                .build(),
            new Relation.Builder()
                .from(claim("c-deployment-discussed"))
                .kind(RelationKind.DUPLICATES)
                .to(claim("c-set-to-join"))
                .build(),
            new Relation.Builder()
                .from(claim("c-income-rise"))
                .kind(RelationKind.DERIVED_FROM)
                .to(claim("c-arms-value"))
                .build(),
            new Relation.Builder()
                .from(claim("c-not-in-combat"))
                .kind(RelationKind.UNDERMINES)
                .to(claim("c-trucks"))
                .build())
        .addAssessments(
            new Assessment.Builder()
                .claim(claim("c-arms-value"))
                .assessor(actor("nyt"))
                .time(dev.hearsay.core.time.ImpreciseTime.parse("2024-11"))
                .rating("Unproven")
                .ratingValue(java.math.BigDecimal.valueOf(3))
                .worstRating(java.math.BigDecimal.ONE)
                .bestRating(java.math.BigDecimal.valueOf(5))
                .source(source("nyt-report"))
                .url(URI.create("https://www.nytimes.com/#arms"))
                .build());
  }

  private static Stream<Hop> hops() {
    return dataset.claims().stream()
        .flatMap(c -> c.attribution().stream())
        .flatMap(c -> c.hops().stream());
  }

  @Test
  void theDatasetIsValidAndBuildsTheSameEachTime() {
    Validated result = kursk().tryBuild();

    assertThat(result.violations()).isEmpty();
    assertThat(result.orElseThrow()).isEqualTo(dataset).hasSameHashCodeAs(dataset);
  }

  @Test
  void everyEnumConstantIsUsed() {
    assertThat(dataset.actors().stream().map(Actor::kind).collect(toSet()))
        .containsExactlyInAnyOrder(ActorKind.values());
    assertThat(dataset.sources().stream().map(Source::kind).collect(toSet()))
        .containsExactlyInAnyOrder(SourceKind.values());
    assertThat(
            dataset.sources().stream()
                .map(Source::reliability)
                .flatMap(Optional::stream)
                .collect(toSet()))
        .containsExactlyInAnyOrder(Reliability.values());
    assertThat(
            dataset.claims().stream()
                .map(Claim::credibility)
                .flatMap(Optional::stream)
                .collect(toSet()))
        .containsExactlyInAnyOrder(Credibility.values());
    assertThat(hops().map(Hop::mode).collect(toSet()))
        .containsExactlyInAnyOrder(ReportingMode.values());
    assertThat(hops().map(Hop::commitment).collect(toSet()))
        .containsExactlyInAnyOrder(Commitment.values());
    assertThat(hops().map(Hop::likelihood).flatMap(Optional::stream).collect(toSet()))
        .containsExactlyInAnyOrder(Likelihood.values());
    assertThat(dataset.events().stream().map(Event::status).collect(toSet()))
        .containsExactlyInAnyOrder(EventStatus.values());
    assertThat(dataset.relations().stream().map(Relation::kind).collect(toSet()))
        .containsExactlyInAnyOrder(RelationKind.values());
  }

  @Test
  void everyValueIsFoundByItsId() {
    dataset.actors().forEach(a -> assertThat(dataset.actor(a.id())).containsSame(a));
    dataset.places().forEach(p -> assertThat(dataset.place(p.id())).containsSame(p));
    dataset.sources().forEach(s -> assertThat(dataset.source(s.id())).containsSame(s));
    dataset.claims().forEach(c -> assertThat(dataset.claim(c.id())).containsSame(c));
    dataset.events().forEach(e -> assertThat(dataset.event(e.id())).containsSame(e));
  }

  @Test
  void anUnknownIdFindsNothing() {
    assertThat(dataset.actor(ActorId.of("kim-jong-un"))).isEmpty();
    assertThat(dataset.place(PlaceId.of("pokrovsk"))).isEmpty();
    assertThat(dataset.source(SourceId.of("nyt"))).isEmpty();
    assertThat(dataset.claim(ClaimId.of("kursk"))).isEmpty();
    assertThat(dataset.event(EventId.of("c-trucks"))).isEmpty();
  }

  @Test
  void lookupsReturnWhatWasBuilt() {
    Actor yermak = dataset.actor(ActorId.of("yermak")).orElseThrow();
    assertThat(yermak.affiliations())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.organization()).isEqualTo(ActorId.of("office-of-the-president"));
              assertThat(a.role()).contains("head of the Office of the President");
              assertThat(a.period()).contains(ImpreciseTime.parse("2024-10-27"));
            });
    assertThat(dataset.actor(ActorId.of("ukrainian-officials")).orElseThrow().anonymous()).isTrue();
    assertThat(dataset.place(PlaceId.of("kursk")).orElseThrow().coordinates())
        .contains(new Coordinates(51.73, 36.19));
    assertThat(dataset.source(SourceId.of("bild-article")).orElseThrow().language())
        .contains("de-DE");
    Claim arms = dataset.claim(ClaimId.of("c-arms-value")).orElseThrow();
    assertThat(arms.quantities())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.upper()).contains(Bound.inclusive(new BigDecimal("5000000000")));
              assertThat(q.unit()).isEqualTo(Unit.currency("EUR"));
            });
    assertThat(arms.attribution().get(0).reporter().actor()).isEqualTo(ActorId.of("report-outlet"));
    assertThat(arms.attribution().get(0).origin().actor()).isEqualTo(ActorId.of("guseinova"));
    Claim thousands = dataset.claim(ClaimId.of("c-thousands")).orElseThrow();
    assertThat(thousands.quote())
        .hasValueSatisfying(
            q -> assertThat(q.end().get() - q.start().get()).isEqualTo(q.exact().length()));
    assertThat(dataset.event(EventId.of("e-trucks")).orElseThrow().time())
        .hasValueSatisfying(t -> assertThat(t.inferred()).isTrue());
    assertThat(dataset.metadata().encodes()).contains(SourceId.of("report"));
    assertThat(dataset.metadata().created()).contains(LocalDate.of(2024, 11, 2));
  }
}
