package dev.hearsay.core.corpus;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventStatus;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.TimeMention;
import java.util.Arrays;

/** Small reports for corpus tests: actors, hops, claims and datasets in one line each. */
final class Reports {
  static final Commitment FOR = Commitment.PROBABLE;
  static final Commitment AGAINST = Commitment.CERTAIN_NOT;
  static final Commitment RELAY = Commitment.UNCOMMITTED;

  private Reports() {}

  static Actor outlet(String id, Identifier... identifiers) {
    return new Actor.Builder()
        .id(id)
        .name("Outlet " + id)
        .kind(ActorKind.MEDIA_OUTLET)
        .addIdentifiers(identifiers)
        .build();
  }

  static Actor person(String id, String name) {
    return new Actor.Builder().id(id).name(name).kind(ActorKind.PERSON).build();
  }

  static Actor anonymous(String id, String name) {
    return new Actor.Builder().id(id).name(name).kind(ActorKind.GROUP).anonymous(true).build();
  }

  static Source article(String id, Identifier... identifiers) {
    return new Source.Builder().id(id).kind(SourceKind.ARTICLE).addIdentifiers(identifiers).build();
  }

  static Place place(String id, Identifier... identifiers) {
    return new Place.Builder().id(id).name("Place " + id).addIdentifiers(identifiers).build();
  }

  static Hop hop(String actor, Commitment commitment) {
    return new Hop.Builder()
        .actor(actor)
        .mode(ReportingMode.PARAPHRASE)
        .commitment(commitment)
        .build();
  }

  static Hop hop(String actor, String source, Commitment commitment) {
    return new Hop.Builder()
        .actor(actor)
        .source(source)
        .mode(ReportingMode.PARAPHRASE)
        .commitment(commitment)
        .build();
  }

  static Claim claim(String id, Hop... hops) {
    return new Claim.Builder()
        .id(id)
        .proposition("Proposition " + id + ".")
        .addAttribution(Chain.of(hops))
        .build();
  }

  static Claim claim(String id, Chain... chains) {
    return new Claim.Builder()
        .id(id)
        .proposition("Proposition " + id + ".")
        .addAttribution(chains)
        .build();
  }

  static Chain chain(Hop... hops) {
    return Chain.of(hops);
  }

  static Event event(String id, String edtf, String... claims) {
    Event.Builder b =
        new Event.Builder().id(id).description("Event " + id).status(EventStatus.HAPPENED);
    if (edtf != null) {
      b.time(TimeMention.of(edtf));
    }
    Arrays.stream(claims).forEach(c -> b.addClaims(ClaimId.of(c)));
    return b.build();
  }

  static Dataset.Builder dataset(String title) {
    return new Dataset.Builder().metadata(DatasetMetadata.of(title));
  }

  static Corpus.Builder corpus() {
    return new Corpus.Builder();
  }
}
