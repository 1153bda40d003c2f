package dev.hearsay.core.corpus;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.SourceId;

/**
 * An actor, a source or a place of one dataset in a corpus: the pair (dataset, id) that is an
 * entity. Two refs are equal when dataset, kind and id are; whether two entities are the same is
 * for {@link Identities} to say.
 *
 * <pre>{@code
 * EntityRef nyt = EntityRef.actor("kyiv", "nyt");
 * EntityRef article = EntityRef.of(DatasetId.of("ooda"), EntityKind.SOURCE, "nyt-article");
 * }</pre>
 *
 * @param dataset the dataset
 * @param kind what kind of value the id names
 * @param id the value's id in the dataset, as its {@code ActorId}, {@code SourceId} or {@code
 *     PlaceId} text
 */
public record EntityRef(DatasetId dataset, EntityKind kind, String id) {
  /** Checks that every part is present and the id is a valid id. */
  public EntityRef {
    IdText.present("EntityRef.dataset", dataset);
    IdText.present("EntityRef.kind", kind);
    IdText.check("EntityRef.id", id);
  }

  /**
   * The entity of the given kind and id in a dataset.
   *
   * @param dataset the dataset
   * @param kind the kind
   * @param id the id text
   * @return the ref
   * @throws dev.hearsay.core.model.ValueCheckException when a part is null or the id is not valid
   */
  public static EntityRef of(DatasetId dataset, EntityKind kind, String id) {
    return new EntityRef(dataset, kind, id);
  }

  /**
   * An actor of a dataset.
   *
   * @param dataset the dataset's id text
   * @param actor the actor's id text
   * @return the ref
   * @throws dev.hearsay.core.model.ValueCheckException when a part is null or not a valid id
   */
  public static EntityRef actor(String dataset, String actor) {
    return new EntityRef(DatasetId.of(dataset), EntityKind.ACTOR, actor);
  }

  /**
   * A source of a dataset.
   *
   * @param dataset the dataset's id text
   * @param source the source's id text
   * @return the ref
   * @throws dev.hearsay.core.model.ValueCheckException when a part is null or not a valid id
   */
  public static EntityRef source(String dataset, String source) {
    return new EntityRef(DatasetId.of(dataset), EntityKind.SOURCE, source);
  }

  /**
   * A place of a dataset.
   *
   * @param dataset the dataset's id text
   * @param place the place's id text
   * @return the ref
   * @throws dev.hearsay.core.model.ValueCheckException when a part is null or not a valid id
   */
  public static EntityRef place(String dataset, String place) {
    return new EntityRef(DatasetId.of(dataset), EntityKind.PLACE, place);
  }

  /**
   * An actor of a dataset.
   *
   * @param dataset the dataset
   * @param actor the actor's id
   * @return the ref
   */
  public static EntityRef of(DatasetId dataset, ActorId actor) {
    return new EntityRef(dataset, EntityKind.ACTOR, IdText.present("EntityRef.id", actor).value());
  }

  /**
   * A source of a dataset.
   *
   * @param dataset the dataset
   * @param source the source's id
   * @return the ref
   */
  public static EntityRef of(DatasetId dataset, SourceId source) {
    return new EntityRef(
        dataset, EntityKind.SOURCE, IdText.present("EntityRef.id", source).value());
  }

  /**
   * A place of a dataset.
   *
   * @param dataset the dataset
   * @param place the place's id
   * @return the ref
   */
  public static EntityRef of(DatasetId dataset, PlaceId place) {
    return new EntityRef(dataset, EntityKind.PLACE, IdText.present("EntityRef.id", place).value());
  }

  /** Formats the ref as {@code dataset/kind/id}, such as {@code kyiv/actor/nyt}. */
  @Override
  public String toString() {
    return dataset + "/" + kind.word() + "/" + id;
  }
}
