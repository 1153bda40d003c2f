package dev.hearsay.core.model;

import static dev.hearsay.core.model.Fixtures.hop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.time.ImpreciseTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each short form builds the value that its long form builds. */
class ShortFormsTest {
  private static final Actor NYT = Actor.of("nyt", "The New York Times", ActorKind.MEDIA_OUTLET);
  private static final Source ARTICLE =
      new Source.Builder().id("nyt-report").kind(SourceKind.ARTICLE).build();

  @Test
  void anActorOfAnIdANameAndAKind() {
    assertThat(NYT)
        .isEqualTo(
            new Actor.Builder()
                .id(ActorId.of("nyt"))
                .name("The New York Times")
                .kind(ActorKind.MEDIA_OUTLET)
                .build());
  }

  @Test
  void aHopOfAnActorAModeAndACommitment() {
    Hop longForm =
        new Hop.Builder()
            .actor(ActorId.of("nyt"))
            .mode(ReportingMode.PARAPHRASE)
            .commitment(Commitment.PROBABLE)
            .build();

    assertThat(Hop.of(NYT, ReportingMode.PARAPHRASE, Commitment.PROBABLE)).isEqualTo(longForm);
    assertThat(Hop.of(NYT.id(), ReportingMode.PARAPHRASE, Commitment.PROBABLE)).isEqualTo(longForm);
  }

  @Test
  void aHopsActorAndSourceAsValuesOrIdTexts() {
    Hop longForm =
        new Hop.Builder()
            .actor(ActorId.of("nyt"))
            .source(SourceId.of("nyt-report"))
            .mode(ReportingMode.IMPLIED)
            .commitment(Commitment.CERTAIN)
            .build();

    assertThat(
            new Hop.Builder()
                .actor(NYT)
                .source(ARTICLE)
                .mode(ReportingMode.IMPLIED)
                .commitment(Commitment.CERTAIN)
                .build())
        .isEqualTo(longForm);
    assertThat(
            new Hop.Builder()
                .actor("nyt")
                .source("nyt-report")
                .mode(ReportingMode.IMPLIED)
                .commitment(Commitment.CERTAIN)
                .build())
        .isEqualTo(longForm);
    assertThat(hop("other").withActor(NYT)).isEqualTo(hop("nyt"));
  }

  @Test
  void aClaimOfAnIdAPropositionAndItsChains() {
    Chain first = Chain.of(hop("a"));
    Chain second = Chain.of(hop("b"));

    assertThat(Claim.of("c-1", "It happened.", first, second))
        .isEqualTo(
            new Claim.Builder()
                .id(ClaimId.of("c-1"))
                .proposition("It happened.")
                .addAttribution(first, second)
                .build());
    assertThatThrownBy(() -> Claim.of("c-1", "It happened."))
        .isInstanceOf(ValueCheckException.class)
        .hasMessage("Claim.attribution: must have at least one element");
  }

  @Test
  void aRelationOfTwoClaimsOrTheirIds() {
    Claim a = Claim.of("c-a", "A.", Chain.of(hop("x")));
    Claim b = Claim.of("c-b", "B.", Chain.of(hop("x")));
    Relation longForm =
        new Relation.Builder()
            .from(ClaimId.of("c-a"))
            .kind(RelationKind.SUPPORTS)
            .to(ClaimId.of("c-b"))
            .build();

    assertThat(Relation.of(a, RelationKind.SUPPORTS, b)).isEqualTo(longForm);
    assertThat(Relation.of(a.id(), RelationKind.SUPPORTS, b.id())).isEqualTo(longForm);
    assertThat(new Relation.Builder().from("c-a").kind(RelationKind.SUPPORTS).to("c-b").build())
        .isEqualTo(longForm);
    assertThat(new Relation.Builder().from(a).kind(RelationKind.SUPPORTS).to(b).build())
        .isEqualTo(longForm);
  }

  @Test
  void idsAsTheirTextInEveryBuilderThatTakesOne() {
    assertThat(new Place.Builder().id("kursk").name("Kursk").build().id())
        .isEqualTo(PlaceId.of("kursk"));
    assertThat(
            new Event.Builder()
                .id("e-1")
                .description("D")
                .status(EventStatus.HAPPENED)
                .build()
                .id())
        .isEqualTo(EventId.of("e-1"));
    assertThat(new Source.Builder().id("s").kind(SourceKind.REPORT).publisher("nyt").build())
        .isEqualTo(
            new Source.Builder()
                .id(SourceId.of("s"))
                .kind(SourceKind.REPORT)
                .publisher(NYT)
                .build());
    assertThat(new Quote.Builder().source("nyt-report").exact("words").build())
        .isEqualTo(new Quote.Builder().source(ARTICLE).exact("words").build());
    assertThat(new Affiliation.Builder().organization("nyt").build())
        .isEqualTo(new Affiliation.Builder().organization(NYT).build());
    assertThat(new DatasetMetadata.Builder().title("T").encodes(ARTICLE).build().encodes())
        .contains(ARTICLE.id());
  }

  @Test
  void anIdTextThatIsNotAnIdIsRefusedAsTheIdIs() {
    assertThatThrownBy(() -> new Hop.Builder().actor("not an id"))
        .isInstanceOf(ValueCheckException.class)
        .hasMessageStartingWith("ActorId: 'not an id' is not a valid id");
  }

  @Test
  void metadataOfATitle() {
    assertThat(DatasetMetadata.of("T")).isEqualTo(new DatasetMetadata.Builder().title("T").build());
  }

  @Test
  void aTimeOfADay() {
    assertThat(TimeMention.of(LocalDate.of(2024, 10, 25)))
        .isEqualTo(TimeMention.of("2024-10-25"))
        .isEqualTo(new TimeMention.Builder().value(ImpreciseTime.parse("2024-10-25")).build());
  }
}
