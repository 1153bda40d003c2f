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
    Actor ukrainians = new Actor.Builder().id(ActorId.of("ua-officials"))
        .name("Ukrainian officials").kind(ActorKind.GROUP).anonymous(true).build();
    Actor americans = new Actor.Builder().id(ActorId.of("us-officials"))
        .name("American officials").kind(ActorKind.GROUP).anonymous(true).build();

    Hop report = new Hop.Builder().actor(outlet.id()).mode(ReportingMode.PARAPHRASE)
        .commitment(Commitment.UNCOMMITTED).build();
    Hop times = new Hop.Builder().actor(nyt.id()).cue("reports").mode(ReportingMode.PARAPHRASE)
        .commitment(Commitment.PROBABLE).build();
    Claim claim = new Claim.Builder()
        .id(ClaimId.of("c-set-to-join"))
        .proposition("North Korean soldiers will join Russian troops in the Kursk region.")
        .addAttribution(
            Chain.of(report, times, new Hop.Builder().actor(ukrainians.id()).cue("citing")
                .mode(ReportingMode.PARAPHRASE).commitment(Commitment.PROBABLE)
                .time(TimeMention.of("2024-10-25")).build()),
            Chain.of(report, times, new Hop.Builder().actor(americans.id()).cue("citing")
                .mode(ReportingMode.PARAPHRASE).commitment(Commitment.PROBABLE).build()))
        .build();

    Dataset dataset = new Dataset.Builder()
        .metadata(new DatasetMetadata.Builder().title("North Korean troops in Kursk").build())
        .addActors(outlet, nyt, ukrainians, americans)
        .addClaims(claim)
        .build();

    ProvenanceIndex index = ProvenanceIndex.of(dataset);
    assertThat(index.trace(claim.id()).lines()).containsExactly(
        "Unnamed outlet <- The New York Times <- Ukrainian officials",
        "Unnamed outlet <- The New York Times <- American officials");
    assertThat(index.evidence(claim.id()).summary()).isEqualTo("parties: 2 for (Ukrainian"
        + " officials, American officials), 0 against; channels: 1 (through The New York Times)");
    assertThat(index.asOf(ImpreciseTime.parse("2024-10-24")).claims()).isEmpty();
    assertThat(index.asOf(ImpreciseTime.parse("2024-10-25")).claims()).containsExactly(claim);
  }
}
