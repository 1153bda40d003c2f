package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.CountUnit;
import dev.hearsay.core.model.CurrencyUnit;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.EventStatus;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Likelihood;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.query.Evidence;
import dev.hearsay.core.query.ProvenanceIndex;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The encoding keeps what the report says: chains, hedges, quantities, dates and inferences. */
class KurskReportTest {
  private final Dataset dataset = KurskReport.dataset();

  private Claim claim(ClaimId id) {
    return dataset.claim(id).orElseThrow();
  }

  private Actor actor(ActorId id) {
    return dataset.actor(id).orElseThrow();
  }

  private static List<String> actors(Chain chain) {
    return chain.hops().stream().map(h -> h.actor().value()).collect(Collectors.toList());
  }

  @Test
  void theReportIsPublishedByAnOutletOfUnknownKind() {
    Source report = dataset.source(KurskReport.REPORT).orElseThrow();
    assertThat(dataset.metadata().encodes()).contains(KurskReport.REPORT);
    assertThat(dataset.metadata().license()).contains("CC-BY-4.0");
    assertThat(actor(report.publisher().orElseThrow()).kind()).isEqualTo(ActorKind.UNKNOWN);
    assertThat(report.published().orElseThrow().inferred()).isTrue();
  }

  @Test
  void everyChainStartsWithTheReport() {
    for (Claim claim : dataset.claims()) {
      for (Chain chain : claim.attribution()) {
        assertThat(chain.reporter().source()).as(claim.id().value()).contains(KurskReport.REPORT);
      }
    }
  }

  @Test
  void theNytCitesTwoAnonymousGroupsOnTwoChainsSharingTheirFirstHops() {
    Claim claim = claim(KurskReport.SET_TO_JOIN);
    assertThat(claim.attribution())
        .extracting(KurskReportTest::actors)
        .containsExactly(
            List.of("unnamed-outlet", "nyt", "ukrainian-officials"),
            List.of("unnamed-outlet", "nyt", "american-officials"));
    Chain first = claim.attribution().get(0);
    Chain second = claim.attribution().get(1);
    assertThat(first.hops().subList(0, 2)).isEqualTo(second.hops().subList(0, 2));
    for (Chain chain : claim.attribution()) {
      Actor origin = actor(chain.origin().actor());
      assertThat(origin.kind()).isEqualTo(ActorKind.GROUP);
      assertThat(origin.anonymous()).isTrue();
      assertThat(chain.origin().cue()).contains("citing");
      assertThat(chain.hops()).extracting(Hop::commitment).containsOnly(Commitment.PROBABLE);
    }
    assertThat(first.hops().get(1).cue()).contains("reports");
  }

  @Test
  void thousandsIsAtLeastTwoThousandAndFewerThanTenThousand() {
    Claim claim = claim(KurskReport.ARRIVED);
    Quantity soldiers = claim.quantities().get(0);
    assertThat(soldiers.lower()).contains(Bound.inclusive(new BigDecimal("2000")));
    assertThat(soldiers.upper()).contains(Bound.exclusive(new BigDecimal("10000")));
    assertThat(soldiers.approximate()).isTrue();
    assertThat(soldiers.unit()).isEqualTo(new CountUnit("soldiers"));
    assertThat(claim.attribution().get(0).origin().mode()).isEqualTo(ReportingMode.DIRECT_QUOTE);
  }

  @Test
  void sinceAugustIsAnOpenIntervalWithAnInferredYear() {
    TimeMention since = claim(KurskReport.OCCUPATION).time().orElseThrow();
    assertThat(since.value().toEdtf()).isEqualTo("2024-08/..");
    assertThat(since.asWritten()).contains("since August");
    assertThat(since.inferred()).isTrue();
  }

  @Test
  void theJournalistsDenyCombatAndYermakAndTheTrucksAreLaterNewsNotContradictions() {
    Chain chain = claim(KurskReport.NOT_IN_COMBAT).attribution().get(0);
    assertThat(chain.origin().actor()).isEqualTo(ActorId.of("nyt-journalists"));
    assertThat(chain.origin().commitment()).isEqualTo(Commitment.CERTAIN_NOT);
    assertThat(dataset.relations()).noneMatch(r -> r.kind() == RelationKind.CONTRADICTS);
    assertThat(dataset.relations())
        .filteredOn(
            r -> r.to().equals(KurskReport.NOT_IN_COMBAT) && r.kind() == RelationKind.UPDATES)
        .allSatisfy(r -> assertThat(r.note()).isPresent())
        .extracting(Relation::from)
        .containsExactlyInAnyOrder(KurskReport.DE_FACTO, KurskReport.TRUCKS);
    assertThat(ProvenanceIndex.of(dataset).conflicts()).isEmpty();
  }

  @Test
  void aRiskToTheRegimeUnderminesTheLargerDispatch() {
    assertThat(dataset.relations())
        .filteredOn(r -> r.from().equals(KurskReport.REGIME_STABILITY))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo(RelationKind.UNDERMINES);
              assertThat(r.to()).isEqualTo(KurskReport.TROOP_CEILING);
            });
    Evidence ceiling = ProvenanceIndex.of(dataset).evidence(KurskReport.TROOP_CEILING);
    assertThat(ceiling.partiesFor()).isEmpty();
    assertThat(ceiling.undermining()).hasSize(1);
  }

  @Test
  void laterReportsBackTheHeadlineAndTheArrival() {
    ProvenanceIndex index = ProvenanceIndex.of(dataset);

    assertThat(index.evidence(KurskReport.SET_TO_JOIN).counted())
        .extracting(Relation::from)
        .containsExactlyInAnyOrder(KurskReport.DEPLOYMENT_EXPECTED, KurskReport.IN_COMBAT_ZONES);
    assertThat(index.evidence(KurskReport.SET_TO_JOIN).summary())
        .isEqualTo(
            "parties: 3 for"
                + " (Ukrainian officials, American officials, Volodymyr Zelensky), 0 against;"
                + " channels: 2 (one through The New York Times)");
    assertThat(index.evidence(KurskReport.ARRIVED).counted())
        .extracting(Relation::from)
        .containsExactly(KurskReport.TRUCKS);
  }

  @Test
  void propositionsKeepNoHedgeAndNoInferredYear() {
    // FactBank's rule: the modal lives in the commitment, not in the proposition.
    Pattern hedge =
        Pattern.compile(
            "\\b(may|might|could|possibly|perhaps|likely|unlikely)\\b", Pattern.CASE_INSENSITIVE);
    assertThat(dataset.claims())
        .allSatisfy(
            c -> {
              assertThat(c.proposition()).doesNotContainPattern(hedge).doesNotContain("2024");
            });
    assertThat(claim(KurskReport.ARMS_VALUE).attribution().get(0).origin().commitment())
        .isEqualTo(Commitment.POSSIBLE);
    assertThat(claim(KurskReport.REGIME_STABILITY).attribution().get(0).origin().commitment())
        .isEqualTo(Commitment.POSSIBLE);
    assertThat(claim(KurskReport.ALTERED_DYNAMICS).attribution().get(0).origin().commitment())
        .isEqualTo(Commitment.POSSIBLE);
  }

  @Test
  void everyPlaceIsOneAClaimOrAnEventIsAbout() {
    Set<PlaceId> used = new HashSet<>();
    dataset.claims().forEach(c -> used.addAll(c.places()));
    dataset.events().forEach(e -> used.addAll(e.places()));

    assertThat(dataset.places()).extracting(Place::id).containsExactlyInAnyOrderElementsOf(used);
  }

  @Test
  void whatIsOnlyReportedlySoIsAnUncertainEvent() {
    assertThat(dataset.events())
        .filteredOn(e -> e.claims().contains(KurskReport.TRUCKS))
        .singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.UNCERTAIN));
  }

  @Test
  void bildCitesGuseinovasResearchInThreeHops() {
    Chain chain = claim(KurskReport.ARMS_VALUE).attribution().get(0);
    assertThat(actors(chain)).containsExactly("unnamed-outlet", "bild", "elena-guseinova");
    Source research = dataset.source(chain.origin().source().orElseThrow()).orElseThrow();
    assertThat(research.kind()).isEqualTo(SourceKind.RESEARCH);
    Actor guseinova = actor(chain.origin().actor());
    assertThat(guseinova.affiliations())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.role()).contains("analyst");
              assertThat(actor(a.organization()).name()).isEqualTo("Hankuk University");
            });
  }

  @Test
  void upToFiveBillionEurosIsAPossibleUpperBound() {
    Claim claim = claim(KurskReport.ARMS_VALUE);
    Quantity value = claim.quantities().get(0);
    assertThat(value.upper()).contains(Bound.inclusive(new BigDecimal("5000000000")));
    assertThat(value.lower()).isEmpty();
    assertThat(value.unit()).isEqualTo(new CurrencyUnit("EUR"));
    assertThat(claim.attribution().get(0).origin().commitment()).isEqualTo(Commitment.POSSIBLE);
  }

  @Test
  void theTwoSentencesAfterTheEstimateAreGuseinovasByImplicationOnly() {
    for (ClaimId id : List.of(KurskReport.REVENUES, KurskReport.MILITARY_INCOME)) {
      Chain chain = claim(id).attribution().get(0);
      assertThat(actors(chain))
          .as(id.value())
          .containsExactly("unnamed-outlet", "bild", "elena-guseinova");
      assertThat(chain.hops().subList(1, 3))
          .as(id.value())
          .allSatisfy(
              hop -> {
                assertThat(hop.inferred()).isTrue();
                assertThat(hop.cue()).isEmpty();
              });
      assertThat(chain.hops().get(1).mode()).isEqualTo(ReportingMode.IMPLIED);
    }
    assertThat(claim(KurskReport.REVENUES).attribution().get(0).origin().mode())
        .isEqualTo(ReportingMode.PARTIAL_QUOTE);
    assertThat(claim(KurskReport.MILITARY_INCOME).attribution().get(0).origin().mode())
        .isEqualTo(ReportingMode.IMPLIED);
  }

  @Test
  void hundredsOfMillionsOfDollarsIsARange() {
    Quantity income = claim(KurskReport.MILITARY_INCOME).quantities().get(0);
    assertThat(income.lower()).contains(Bound.inclusive(new BigDecimal("200000000")));
    assertThat(income.upper()).contains(Bound.exclusive(new BigDecimal("1000000000")));
    assertThat(income.unit()).isEqualTo(new CurrencyUnit("USD"));
  }

  @Test
  void unlikelyToSendMoreThan20000IsACalibratedEstimate() {
    Claim claim = claim(KurskReport.TROOP_CEILING);
    Hop guseinova = claim.attribution().get(0).origin();
    assertThat(guseinova.likelihood()).contains(Likelihood.UNLIKELY);
    assertThat(guseinova.cue()).contains("suggests");
    assertThat(guseinova.commitment().polarity()).isNegative();
    assertThat(claim.quantities().get(0).lower())
        .contains(Bound.exclusive(new BigDecimal("20000")));
  }

  @Test
  void herQuoteIsDirectWithTheCueAdded() {
    for (ClaimId id : List.of(KurskReport.AMMUNITION, KurskReport.CLOSE_ALLY)) {
      Hop origin = claim(id).attribution().get(0).origin();
      assertThat(origin.mode()).isEqualTo(ReportingMode.DIRECT_QUOTE);
      assertThat(origin.cue()).contains("added");
      assertThat(claim(id).quote()).isPresent();
    }
  }

  @Test
  void datesKeepTheirWordsAndMarkTheYearInferred() {
    assertThat(claim(KurskReport.DEPLOYMENT_EXPECTED).attribution().get(0).origin().time())
        .hasValueSatisfying(t -> assertThat(t.value().toEdtf()).isEqualTo("2024-10-25"));
    // "By October 27-28" is on or before those days, as "by October 28" is.
    assertThat(claim(KurskReport.IN_COMBAT_ZONES).time().orElseThrow().value().toEdtf())
        .isEqualTo("../2024-10-28");
    assertThat(claim(KurskReport.DE_FACTO).attribution().get(0).origin().time())
        .hasValueSatisfying(t -> assertThat(t.value().toEdtf()).isEqualTo("2024-10-27"));
    assertThat(claim(KurskReport.TRUCKS).time().orElseThrow().value().toEdtf())
        .isEqualTo("../2024-10-28");
    // The report has no year: every time it mentions is partly the curator's.
    assertThat(times())
        .isNotEmpty()
        .allSatisfy(
            t -> {
              assertThat(t.inferred()).isTrue();
              assertThat(t.asWritten()).isPresent();
            });
  }

  @Test
  void yermaksRoleIsAsWritten() {
    assertThat(actor(ActorId.of("andriy-yermak")).affiliations().get(0).role())
        .contains("head of the Office of the President");
  }

  @Test
  void theTrucksComeFromAnUnnamedOriginByAnInferredHop() {
    Hop origin = claim(KurskReport.TRUCKS).attribution().get(0).origin();
    assertThat(origin.inferred()).isTrue();
    assertThat(origin.cue()).contains("reportedly");
    assertThat(actor(origin.actor()).anonymous()).isTrue();
  }

  @Test
  void expectationsAreExpectedEvents() {
    assertThat(dataset.events())
        .filteredOn(e -> e.claims().contains(KurskReport.SET_TO_JOIN))
        .singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.EXPECTED));
    assertThat(dataset.events()).hasSizeGreaterThanOrEqualTo(7);
  }

  @Test
  void beforeTheHarshWinterIsBoundedByTheWinterAndNamesNoMonth() {
    Claim push = claim(KurskReport.WINTER_PUSH);
    TimeMention deadline = push.time().orElseThrow();
    TimeMention winter =
        dataset.events().stream()
            .filter(e -> e.claims().contains(KurskReport.WINTER_PUSH))
            .findFirst()
            .orElseThrow()
            .time()
            .orElseThrow();

    assertThat(push.proposition()).contains("harsh winter");
    assertThat(deadline.value().toEdtf()).isEqualTo("../2024-24");
    assertThat(deadline.inferred()).isTrue();
    assertThat(winter.value().toEdtf()).isEqualTo("2024-24");
    assertThat(deadline.value().earliest()).isEmpty();
    assertThat(deadline.value().latest()).isEqualTo(winter.value().latest());
  }

  @Test
  void theJournalistsAndTheReportTheyQuoteAreTheNytsByInference() {
    for (ClaimId id :
        List.of(
            KurskReport.NOT_IN_COMBAT,
            KurskReport.ROLE_UNCLEAR,
            KurskReport.ARRIVED,
            KurskReport.EXPECTED_IN_COUNTEROFFENSIVE,
            KurskReport.OCCUPATION)) {
      Hop origin = claim(id).attribution().get(0).origin();
      assertThat(origin.source()).as(id.value()).contains(SourceId.of("nyt-article"));
      assertThat(origin.inferred()).as(id.value()).isTrue();
    }
    // "The New York Times reports" names the outlet: read, not inferred.
    assertThat(claim(KurskReport.SET_TO_JOIN).attribution().get(0).hops().get(1).inferred())
        .isFalse();
  }

  @Test
  void everyHopTheCuratorDidNotReadIsInferred() {
    for (Claim claim : dataset.claims()) {
      for (Chain chain : claim.attribution()) {
        for (Hop hop : chain.hops().subList(1, chain.hops().size())) {
          String where = claim.id().value() + " " + hop.actor().value();
          if (hop.mode() == ReportingMode.IMPLIED) {
            assertThat(hop.inferred()).as("%s: implied, so inferred", where).isTrue();
          }
          if (!hop.inferred()) {
            // A hop read in the text has its cue as written.
            assertThat(hop.cue()).as("%s: read, so with a cue", where).isPresent();
          }
        }
      }
    }
  }

  @Test
  void guseinovaNamedWithoutBildGivesNoSourceForHerWords() {
    for (ClaimId id :
        List.of(
            KurskReport.TROOP_CEILING,
            KurskReport.REGIME_STABILITY,
            KurskReport.AMMUNITION,
            KurskReport.CLOSE_ALLY)) {
      Chain chain = claim(id).attribution().get(0);
      assertThat(chain.hops().get(1).inferred()).as(id.value()).isTrue();
      assertThat(chain.origin().inferred()).as(id.value()).isFalse();
      assertThat(chain.origin().source()).as(id.value()).isEmpty();
    }
  }

  @Test
  void sourcesKnownByDescriptionHaveSuppliedTitlesAndNoGuessedLanguage() {
    assertThat(dataset.sources())
        .filteredOn(s -> !s.id().equals(KurskReport.REPORT))
        .hasSize(3)
        .allSatisfy(
            s -> {
              assertThat(s.title())
                  .hasValueSatisfying(t -> assertThat(t).startsWith("[").endsWith("]"));
              assertThat(s.language()).isEmpty();
            });
    assertThat(dataset.source(KurskReport.REPORT).orElseThrow().language()).contains("en");
  }

  @Test
  void everyIdStartsWithALetter() {
    Pattern id = Pattern.compile("[A-Za-z][A-Za-z0-9._:-]{0,127}");
    List<String> ids =
        Stream.of(
                dataset.actors().stream().map(a -> a.id().value()),
                dataset.places().stream().map(p -> p.id().value()),
                dataset.sources().stream().map(s -> s.id().value()),
                dataset.claims().stream().map(c -> c.id().value()),
                dataset.events().stream().map(e -> e.id().value()))
            .flatMap(s -> s)
            .collect(Collectors.toList());
    assertThat(ids).hasSize(21 + 4 + 4 + 20 + 8).allSatisfy(value -> assertThat(value).matches(id));
  }

  private Stream<TimeMention> allTimes() {
    Stream<TimeMention> claimTimes =
        dataset.claims().stream()
            .flatMap(
                c ->
                    Stream.concat(
                        c.time().stream(),
                        c.attribution().stream()
                            .flatMap(ch -> ch.hops().stream())
                            .flatMap(h -> h.time().stream())));
    Stream<TimeMention> eventTimes = dataset.events().stream().flatMap(e -> e.time().stream());
    return Stream.concat(claimTimes, eventTimes);
  }

  private List<TimeMention> times() {
    return allTimes().collect(Collectors.toList());
  }
}
