package dev.hearsay.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.query.ProvenanceIndex;
import dev.hearsay.core.time.ImpreciseTime;
import org.junit.jupiter.api.Test;

/** The README's usage example, kept here so that it compiles and says what it claims. */
class ReadmeExampleTest {
  @Test
  void theReadmeExampleGivesTheAnswersItShows() {
    Actor outlet = new Actor.Builder().id(ActorId.of("outlet")).name("Unnamed outlet")
        .kind(ActorKind.MEDIA_OUTLET).build();
    Actor nyt = new Actor.Builder().id(ActorId.of("nyt")).name("The New York Times")
        .kind(ActorKind.MEDIA_OUTLET).build();
    Actor officials = new Actor.Builder().id(ActorId.of("ua-officials"))
        .name("Ukrainian officials").kind(ActorKind.GROUP).anonymous(true).build();

    Claim claim = new Claim.Builder()
        .id(ClaimId.of("c-set-to-join"))
        .proposition("North Korean soldiers will join Russian troops in the Kursk region.")
        .addAttribution(Chain.of(
            new Hop.Builder().actor(outlet.id()).mode(ReportingMode.PARAPHRASE)
                .commitment(Commitment.PROBABLE).build(),
            new Hop.Builder().actor(nyt.id()).cue("reports").mode(ReportingMode.PARAPHRASE)
                .commitment(Commitment.PROBABLE).build(),
            new Hop.Builder().actor(officials.id()).cue("citing")
                .mode(ReportingMode.PARAPHRASE).commitment(Commitment.PROBABLE)
                .time(TimeMention.of("2024-10-25")).build()))
        .build();

    Dataset dataset = new Dataset.Builder()
        .metadata(new DatasetMetadata.Builder().title("North Korean troops in Kursk").build())
        .addActors(outlet, nyt, officials)
        .addClaims(claim)
        .build();

    ProvenanceIndex index = ProvenanceIndex.of(dataset);
    assertThat(index.trace(claim.id()).lines())
        .containsExactly("Unnamed outlet <- The New York Times <- Ukrainian officials");
    assertThat(index.independence(claim.id()).count()).isEqualTo(1);
    assertThat(index.asOf(ImpreciseTime.parse("2024-10-24")).claims()).isEmpty();
    assertThat(index.asOf(ImpreciseTime.parse("2024-10-25")).claims()).containsExactly(claim);
  }
}
