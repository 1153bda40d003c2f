package dev.hearsay.examples.render;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import java.util.Optional;

/** Entities of a corpus by name: {@code American officials (kursk/actor/american-officials)}. */
public final class EntityNames {
  private EntityNames() {}

  /** The entity's name in its dataset: an actor's or place's name, a source's title. */
  static String name(Corpus corpus, EntityRef entity) {
    Optional<Dataset> dataset = corpus.dataset(entity.dataset());
    if (dataset.isEmpty()) {
      return entity.id();
    }
    Optional<String> name =
        switch (entity.kind()) {
          case ACTOR -> dataset.get().actor(ActorId.of(entity.id())).map(Actor::name);
          case SOURCE -> dataset.get().source(SourceId.of(entity.id())).flatMap(Source::title);
          case PLACE -> dataset.get().place(PlaceId.of(entity.id())).map(Place::name);
        };
    return name.orElse(entity.id());
  }

  /** The entity's name and reference, safe for a terminal. */
  public static String named(Corpus corpus, EntityRef entity) {
    return SafeText.escape(name(corpus, entity)) + " (" + entity + ")";
  }
}
