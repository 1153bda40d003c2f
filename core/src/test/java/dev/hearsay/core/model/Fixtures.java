package dev.hearsay.core.model;

import java.util.Arrays;
import java.util.List;

/** Small, valid building blocks for tests: hops, chains, claims and the values they refer to. */
final class Fixtures {
  private Fixtures() {}

  /** A hop by the given actor, paraphrased and certain, with no source or time. */
  static Hop hop(String actor) {
    return hopBuilder(actor).build();
  }

  /** A hop by the given actor in the given source. */
  static Hop hop(String actor, String source) {
    return hopBuilder(actor).source(SourceId.of(source)).build();
  }

  /** A hop by the given actor, said at the given EDTF time. */
  static Hop hopAt(String actor, String edtf) {
    return hopBuilder(actor).time(TimeMention.of(edtf)).build();
  }

  /** A hop by the given actor in the given source, said at the given EDTF time. */
  static Hop hopAt(String actor, String source, String edtf) {
    return hopBuilder(actor).source(SourceId.of(source)).time(TimeMention.of(edtf)).build();
  }

  /** A builder for a hop by the given actor, paraphrased and certain, ready to build. */
  static Hop.Builder hopBuilder(String actor) {
    return new Hop.Builder()
        .actor(ActorId.of(actor))
        .mode(ReportingMode.PARAPHRASE)
        .commitment(Commitment.CERTAIN);
  }

  /** A claim held by one chain of the given hops. */
  static Claim claim(String id, Hop... hops) {
    return claimBuilder(id).addAttribution(Chain.of(hops)).build();
  }

  /** A builder for a claim with an id and a proposition, and no attribution yet. */
  static Claim.Builder claimBuilder(String id) {
    return new Claim.Builder().id(ClaimId.of(id)).proposition("Proposition of " + id + ".");
  }

  /** A person with the given id. */
  static Actor actor(String id) {
    return actorBuilder(id).build();
  }

  /** A builder for a person with the given id, ready to build. */
  static Actor.Builder actorBuilder(String id) {
    return new Actor.Builder().id(ActorId.of(id)).name("Actor " + id).kind(ActorKind.PERSON);
  }

  /** Actors with the given ids. */
  static Actor[] actors(String... ids) {
    return Arrays.stream(ids).map(Fixtures::actor).toArray(Actor[]::new);
  }

  /** An article with the given id. */
  static Source source(String id) {
    return sourceBuilder(id).build();
  }

  /** An article with the given id, published at the given EDTF time. */
  static Source published(String id, String edtf) {
    return sourceBuilder(id).published(TimeMention.of(edtf)).build();
  }

  /** A builder for an article with the given id, ready to build. */
  static Source.Builder sourceBuilder(String id) {
    return new Source.Builder().id(SourceId.of(id)).kind(SourceKind.ARTICLE);
  }

  /** A place with the given id. */
  static Place place(String id) {
    return new Place.Builder().id(PlaceId.of(id)).name("Place " + id).build();
  }

  /** An event with the given id that happened. */
  static Event.Builder eventBuilder(String id) {
    return new Event.Builder()
        .id(EventId.of(id))
        .description("Event " + id)
        .status(EventStatus.HAPPENED);
  }

  /** A relation between two claims. */
  static Relation relation(String from, RelationKind kind, String to) {
    return new Relation.Builder().from(ClaimId.of(from)).kind(kind).to(ClaimId.of(to)).build();
  }

  /** Metadata with a title only. */
  static DatasetMetadata metadata() {
    return new DatasetMetadata.Builder().title("Test dataset").build();
  }

  /** A dataset builder with its metadata set and nothing else. */
  static Dataset.Builder dataset() {
    return new Dataset.Builder().metadata(metadata());
  }

  /** The violations of the dataset the builder would build, none when it is valid. */
  static List<Violation> violations(Dataset.Builder builder) {
    return builder.tryBuild().violations();
  }

  /** A text of the given length. */
  static String text(int length) {
    return "x".repeat(length);
  }
}
