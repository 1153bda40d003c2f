package dev.hearsay.testing;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.TimeMention;

/**
 * A small dataset in the shape of the Kursk report: a newspaper that relays officials, and a
 * denial, for the tests of the assertions and the diff.
 */
final class Reports {
  static final Actor OUTLET = Actor.of("report-outlet", "The outlet", ActorKind.MEDIA_OUTLET);
  static final Actor NYT = Actor.of("nyt", "The New York Times", ActorKind.MEDIA_OUTLET);
  static final Actor WSJ = Actor.of("wsj", "The Wall Street Journal", ActorKind.MEDIA_OUTLET);
  static final Actor OFFICIALS =
      Actor.of("ukrainian-officials", "Ukrainian officials", ActorKind.GROUP);
  static final Actor KREMLIN = Actor.of("kremlin", "The Kremlin", ActorKind.GOVERNMENT_BODY);

  static final Hop REPORT = Hop.of(OUTLET, ReportingMode.PARAPHRASE, Commitment.UNCOMMITTED);
  static final Hop NYT_RELAYS =
      Hop.of(NYT, ReportingMode.PARAPHRASE, Commitment.PROBABLE)
          .withCue("reports")
          .withSource(SourceId.of("nyt-report"));
  static final Hop OFFICIALS_SAY =
      Hop.of(OFFICIALS, ReportingMode.PARAPHRASE, Commitment.PROBABLE).withCue("citing");
  static final Hop KREMLIN_DENIES =
      Hop.of(KREMLIN, ReportingMode.DIRECT_QUOTE, Commitment.CERTAIN_NOT).withCue("called it");

  static final Claim SET_TO_JOIN =
      Claim.of(
          "c-set-to-join",
          "North Korean soldiers will join Russian troops.",
          Chain.of(REPORT, NYT_RELAYS, OFFICIALS_SAY),
          Chain.of(REPORT, KREMLIN_DENIES));

  static final Claim TRUCKS =
      new Claim.Builder()
          .id("c-trucks")
          .proposition("The first trucks reached the front lines.")
          .time(TimeMention.of("../2024-10-28"))
          .addAttribution(Chain.of(REPORT, NYT_RELAYS, OFFICIALS_SAY))
          .build();

  private Reports() {}

  static Dataset.Builder builder() {
    return new Dataset.Builder()
        .metadata(DatasetMetadata.of("North Korean soldiers in the Kursk region"))
        .addActors(OUTLET, NYT, WSJ, OFFICIALS, KREMLIN)
        .addSources(
            new Source.Builder()
                .id(SourceId.of("nyt-report"))
                .kind(SourceKind.ARTICLE)
                .publisher(NYT)
                .build())
        .addClaims(SET_TO_JOIN, TRUCKS)
        .addRelations(Relation.of(TRUCKS, RelationKind.ELABORATES, SET_TO_JOIN));
  }

  static Dataset dataset() {
    return builder().build();
  }

  /** The dataset with other claims, and no relation. */
  static Dataset withClaims(Claim... claims) {
    return new Dataset.Builder()
        .metadata(DatasetMetadata.of("North Korean soldiers in the Kursk region"))
        .addActors(OUTLET, NYT, WSJ, OFFICIALS, KREMLIN)
        .addSources(
            new Source.Builder()
                .id(SourceId.of("nyt-report"))
                .kind(SourceKind.ARTICLE)
                .publisher(NYT)
                .build())
        .addClaims(claims)
        .build();
  }
}
