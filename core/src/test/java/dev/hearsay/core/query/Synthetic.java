package dev.hearsay.core.query;

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
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.TimeMention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small datasets from chains written as text: {@code "a<-b@s1<-c:CT-"} is a chain whose
 * outermost hop is actor {@code a}, then {@code b} in source {@code s1}, then {@code c} with
 * commitment CT-; {@code "b#2024-10-25"} gives a hop a time. Without a commitment, an origin is
 * CT+ and a relay Uu (reporting is not endorsing). Actors and sources are created as named.
 */
final class Synthetic {
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final Map<String, List<String>> sources = new LinkedHashMap<>();
  private final Map<String, String> published = new LinkedHashMap<>();
  private final List<Claim> claims = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  Synthetic claim(String id, String... chains) {
    Claim.Builder builder = new Claim.Builder().id(ClaimId.of(id)).proposition("claim " + id);
    for (String chain : chains) {
      String[] hops = chain.split("<-");
      Hop[] built = new Hop[hops.length];
      for (int h = 0; h < hops.length; h++) {
        built[h] = hop(hops[h], h == hops.length - 1);
      }
      builder.addAttribution(Chain.of(built));
    }
    claims.add(builder.build());
    return this;
  }

  Synthetic about(String claim, String actor) {
    int i = indexOf(claim);
    Claim old = claims.get(i);
    actor(actor);
    claims.set(
        i,
        new Claim.Builder()
            .id(old.id())
            .proposition(old.proposition())
            .addAllAttribution(old.attribution())
            .addActors(ActorId.of(actor))
            .build());
    return this;
  }

  /** Gives a claim the time it is about. */
  Synthetic aboutTime(String claim, String edtf) {
    int i = indexOf(claim);
    Claim old = claims.get(i);
    claims.set(
        i,
        new Claim.Builder()
            .id(old.id())
            .proposition(old.proposition())
            .addAllAttribution(old.attribution())
            .addAllActors(old.actors())
            .time(TimeMention.of(edtf))
            .build());
    return this;
  }

  Synthetic relation(String from, RelationKind kind, String to) {
    relations.add(
        new Relation.Builder().from(ClaimId.of(from)).kind(kind).to(ClaimId.of(to)).build());
    return this;
  }

  Synthetic source(String id, String... cites) {
    sources.put(id, List.of(cites));
    return this;
  }

  Synthetic published(String source, String time) {
    sources.putIfAbsent(source, List.of());
    published.put(source, time);
    return this;
  }

  Synthetic event(String id, String time, String... claimIds) {
    Event.Builder builder =
        new Event.Builder()
            .id(EventId.of(id))
            .description("event " + id)
            .status(EventStatus.UNCERTAIN);
    Arrays.stream(claimIds).map(ClaimId::of).forEach(builder::addClaim);
    if (time != null) {
      builder.time(TimeMention.of(time));
    }
    events.add(builder.build());
    return this;
  }

  Dataset build() {
    return datasetBuilder().build();
  }

  /** The dataset so far, not yet built, for tests that add to it. */
  Dataset.Builder datasetBuilder() {
    List<Source> built = new ArrayList<>();
    sources.forEach(
        (id, cites) -> {
          Source.Builder builder =
              new Source.Builder().id(SourceId.of(id)).kind(SourceKind.ARTICLE);
          cites.forEach(c -> builder.addCites(SourceId.of(c)));
          if (published.containsKey(id)) {
            builder.published(TimeMention.of(published.get(id)));
          }
          built.add(builder.build());
        });
    return new Dataset.Builder()
        .metadata(new DatasetMetadata.Builder().title("synthetic").build())
        .addAllActors(actors.values())
        .addAllSources(built)
        .addAllClaims(claims)
        .addAllEvents(events)
        .addAllRelations(relations);
  }

  ProvenanceIndex index() {
    return ProvenanceIndex.of(build());
  }

  private int indexOf(String claim) {
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).id().value().equals(claim)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no claim " + claim);
  }

  private void actor(String name) {
    actors.computeIfAbsent(
        name, n -> new Actor.Builder().id(ActorId.of(n)).name(n).kind(ActorKind.UNKNOWN).build());
  }

  private Hop hop(String text, boolean origin) {
    Commitment commitment = origin ? Commitment.CERTAIN : Commitment.UNCOMMITTED;
    int colon = text.indexOf(':');
    if (colon >= 0) {
      String code = text.substring(colon + 1);
      commitment =
          Arrays.stream(Commitment.values())
              .filter(c -> c.factBankCode().equals(code))
              .findFirst()
              .orElseThrow();
      text = text.substring(0, colon);
    }
    String time = null;
    int hash = text.indexOf('#');
    if (hash >= 0) {
      time = text.substring(hash + 1);
      text = text.substring(0, hash);
    }
    String source = null;
    int at = text.indexOf('@');
    if (at >= 0) {
      source = text.substring(at + 1);
      text = text.substring(0, at);
      sources.putIfAbsent(source, List.of());
    }
    actor(text);
    Hop.Builder builder =
        new Hop.Builder()
            .actor(ActorId.of(text))
            .mode(ReportingMode.PARAPHRASE)
            .commitment(commitment);
    if (source != null) {
      builder.source(SourceId.of(source));
    }
    if (time != null) {
      builder.time(TimeMention.of(time));
    }
    return builder.build();
  }
}
