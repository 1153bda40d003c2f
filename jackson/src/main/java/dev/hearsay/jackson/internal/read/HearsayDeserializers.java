package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.EventLink;
import dev.hearsay.core.corpus.EventRef;
import dev.hearsay.core.corpus.Identity;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Affiliation;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Coordinates;
import dev.hearsay.core.model.CountUnit;
import dev.hearsay.core.model.Credibility;
import dev.hearsay.core.model.CurrencyUnit;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.model.EventStatus;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.Likelihood;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Reliability;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.model.Unit;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.model.ViolationCode;
import dev.hearsay.core.time.ImpreciseTime;
import java.util.function.BiFunction;
import tools.jackson.databind.module.SimpleDeserializers;

/**
 * The deserializers of every public type of {@code dev.hearsay.core}. Internal to the Hearsay
 * module, which registers them; this package is not exported.
 */
public final class HearsayDeserializers extends SimpleDeserializers {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializers. */
  public HearsayDeserializers() {
    add(Dataset.class, (in, path) -> DatasetReader.read(in), "a dataset object");
    add(Links.class, (in, path) -> LinksReader.read(in), "a links object");
    add(Corpus.class, (in, path) -> InlineCorpus.read(in), "a corpus manifest object");
    add(IdentityStatement.class, LinksReader::identity);
    add(ClaimLink.class, LinksReader::claimLink);
    add(EventLink.class, LinksReader::eventLink);
    add(EntityRef.class, LinksReader::entity);
    add(ClaimRef.class, LinksReader::claim);
    add(EventRef.class, LinksReader::event);
    add(DatasetId.class, LinksReader::datasetId);
    addEnum(Identity.class);
    add(DatasetMetadata.class, EntityReaders::metadata);
    add(Actor.class, EntityReaders::actor);
    add(Place.class, EntityReaders::place);
    add(Source.class, EntityReaders::source);
    add(Claim.class, EntityReaders::claim);
    add(Event.class, EntityReaders::event);
    add(Relation.class, EntityReaders::relation);
    add(Assessment.class, EntityReaders::assessment);
    add(Affiliation.class, ValueReaders::affiliation);
    add(Coordinates.class, ValueReaders::coordinates);
    add(Identifier.class, ValueReaders::identifier);
    add(Quote.class, ValueReaders::quote);
    add(Quantity.class, ValueReaders::quantity);
    add(Bound.class, ValueReaders::bound);
    add(Unit.class, ValueReaders::unit);
    add(CurrencyUnit.class, StandaloneReaders::currencyUnit);
    add(CountUnit.class, StandaloneReaders::countUnit);
    add(Chain.class, ValueReaders::chain);
    add(Hop.class, ValueReaders::hop);
    add(TimeMention.class, ValueReaders::timeMention);
    add(ImpreciseTime.class, Scalars::edtf);
    add(Violation.class, StandaloneReaders::violation);
    add(ActorId.class, (in, at) -> in.text(at, ActorId.class, ActorId::of));
    add(SourceId.class, (in, at) -> in.text(at, SourceId.class, SourceId::of));
    add(PlaceId.class, (in, at) -> in.text(at, PlaceId.class, PlaceId::of));
    add(ClaimId.class, (in, at) -> in.text(at, ClaimId.class, ClaimId::of));
    add(EventId.class, (in, at) -> in.text(at, EventId.class, EventId::of));
    add(Reliability.class, Scalars::reliability);
    add(Credibility.class, Scalars::credibility);
    addEnum(ActorKind.class);
    addEnum(SourceKind.class);
    addEnum(Commitment.class);
    addEnum(Likelihood.class);
    addEnum(ReportingMode.class);
    addEnum(EventStatus.class);
    addEnum(RelationKind.class);
    addEnum(ViolationCode.class);
  }

  private <T> void add(Class<T> type, BiFunction<JsonCursor, DatasetPath, T> reader) {
    add(type, reader, "a value of type " + type.getSimpleName());
  }

  private <T> void add(
      Class<T> type, BiFunction<JsonCursor, DatasetPath, T> reader, String expected) {
    addDeserializer(type, new ModelDeserializer<>(type, reader, expected));
  }

  private <E extends Enum<E>> void addEnum(Class<E> type) {
    add(type, (in, at) -> Scalars.enumValue(in, at, type));
  }
}
