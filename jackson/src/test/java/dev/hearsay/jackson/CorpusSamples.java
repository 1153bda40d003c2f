package dev.hearsay.jackson;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.EventLink;
import dev.hearsay.core.corpus.EventRef;
import dev.hearsay.core.corpus.Identity;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.model.EventStatus;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.ReportingMode;

/**
 * A small corpus of two reports on one event, built through the public builders: an outlet in
 * each, known to be one by a shared identifier and a statement, anonymous officials in each who
 * may be the same people, a claim of one duplicating a claim of the other, and one event.
 */
final class CorpusSamples {
  static final IdentityStatement SAME_OUTLET =
      IdentityStatement.of(
              Identity.SAME, EntityRef.actor("kyiv", "nyt"), EntityRef.actor("ooda", "nyt"))
          .withNote("The New York Times");
  static final IdentityStatement OFFICIALS =
      IdentityStatement.of(
          Identity.POSSIBLY_SAME,
          EntityRef.actor("kyiv", "us-official"),
          EntityRef.actor("ooda", "us-officials"));
  static final ClaimLink SAME_CLAIM =
      ClaimLink.of(
          ClaimRef.of("ooda", "c-troops"),
          RelationKind.DUPLICATES,
          ClaimRef.of("kyiv", "c-troops-kursk"));
  static final EventLink SAME_EVENT =
      EventLink.of(EventRef.of("ooda", "e-arrival"), EventRef.of("kyiv", "e-arrival"));
  static final EntityRef ARTICLE = EntityRef.source("kyiv", "nyt-article");

  static final Links LINKS =
      new Links.Builder()
          .addIdentities(SAME_OUTLET, OFFICIALS)
          .addClaims(SAME_CLAIM)
          .addEvents(SAME_EVENT)
          .build();

  private CorpusSamples() {}

  static Corpus corpus() {
    return new Corpus.Builder()
        .add("kyiv", report("Kyiv Independent", "us-official", "a U.S. official", "c-troops-kursk"))
        .add("ooda", report("OODA Loop", "us-officials", "two U.S. officials", "c-troops"))
        .links(LINKS)
        .build();
  }

  /** A report in which the outlet says that officials say that troops are in Kursk. */
  static Dataset report(String title, String officials, String officialsName, String claim) {
    Actor outlet =
        new Actor.Builder()
            .id(ActorId.of("nyt"))
            .name("The New York Times")
            .kind(ActorKind.MEDIA_OUTLET)
            .addIdentifiers(Identifier.wikidata("Q9684"))
            .build();
    Actor anonymous =
        new Actor.Builder()
            .id(ActorId.of(officials))
            .name(officialsName)
            .kind(ActorKind.GROUP)
            .anonymous(true)
            .build();
    Hop said =
        new Hop.Builder()
            .actor(ActorId.of(officials))
            .mode(ReportingMode.PARAPHRASE)
            .commitment(Commitment.CERTAIN)
            .build();
    Hop relayed =
        new Hop.Builder()
            .actor(ActorId.of("nyt"))
            .mode(ReportingMode.PARAPHRASE)
            .commitment(Commitment.CERTAIN)
            .build();
    Claim troops =
        new Claim.Builder()
            .id(ClaimId.of(claim))
            .proposition("North Korean troops are in the Kursk region.")
            .addAttribution(Chain.of(relayed, said))
            .build();
    Event arrival =
        new Event.Builder()
            .id(EventId.of("e-arrival"))
            .description("North Korean troops arrive in the Kursk region")
            .status(EventStatus.HAPPENED)
            .addClaims(ClaimId.of(claim))
            .build();
    return new Dataset.Builder()
        .metadata(new DatasetMetadata.Builder().title(title).build())
        .addActors(outlet, anonymous)
        .addClaims(troops)
        .addEvents(arrival)
        .build();
  }
}
