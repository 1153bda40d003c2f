package dev.hearsay.jackson.internal.write;

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
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The serializers of every public type of {@code dev.hearsay.core}. Internal to the Hearsay
 * module, which registers them; this package is not exported.
 */
public final class HearsaySerializers extends SimpleSerializers {
  private static final long serialVersionUID = 1L;

  /** Creates the serializers. */
  public HearsaySerializers() {
    add(Dataset.class, EntityWriters::dataset);
    add(Corpus.class, CorpusWriters::corpus);
    add(Links.class, CorpusWriters::links);
    add(IdentityStatement.class, CorpusWriters::identity);
    add(ClaimLink.class, CorpusWriters::claimLink);
    add(EventLink.class, CorpusWriters::eventLink);
    add(EntityRef.class, CorpusWriters::entity);
    add(ClaimRef.class, CorpusWriters::claim);
    add(EventRef.class, CorpusWriters::event);
    add(DatasetId.class, (g, id) -> g.writeString(id.value()));
    add(Identity.class, Fields::enumValue);
    add(DatasetMetadata.class, EntityWriters::metadata);
    add(Actor.class, EntityWriters::actor);
    add(Place.class, EntityWriters::place);
    add(Source.class, EntityWriters::source);
    add(Claim.class, EntityWriters::claim);
    add(Event.class, EntityWriters::event);
    add(Relation.class, EntityWriters::relation);
    add(Assessment.class, EntityWriters::assessment);
    add(Affiliation.class, ValueWriters::affiliation);
    add(Coordinates.class, ValueWriters::coordinates);
    add(Identifier.class, ValueWriters::identifier);
    add(Quote.class, ValueWriters::quote);
    add(Quantity.class, ValueWriters::quantity);
    add(Bound.class, ValueWriters::bound);
    add(Unit.class, ValueWriters::unit);
    add(CurrencyUnit.class, ValueWriters::unit);
    add(CountUnit.class, ValueWriters::unit);
    add(Chain.class, ValueWriters::chain);
    add(Hop.class, ValueWriters::hop);
    add(TimeMention.class, ValueWriters::timeMention);
    add(ImpreciseTime.class, ValueWriters::edtf);
    add(Violation.class, ValueWriters::violation);
    add(ActorId.class, (g, id) -> g.writeString(id.value()));
    add(SourceId.class, (g, id) -> g.writeString(id.value()));
    add(PlaceId.class, (g, id) -> g.writeString(id.value()));
    add(ClaimId.class, (g, id) -> g.writeString(id.value()));
    add(EventId.class, (g, id) -> g.writeString(id.value()));
    add(Reliability.class, (g, grade) -> g.writeString(String.valueOf(grade.grade())));
    add(Credibility.class, (g, grade) -> g.writeNumber(grade.grade()));
    add(ActorKind.class, Fields::enumValue);
    add(SourceKind.class, Fields::enumValue);
    add(Commitment.class, Fields::enumValue);
    add(Likelihood.class, Fields::enumValue);
    add(ReportingMode.class, Fields::enumValue);
    add(EventStatus.class, Fields::enumValue);
    add(RelationKind.class, Fields::enumValue);
    add(ViolationCode.class, Fields::enumValue);
  }

  private <T> void add(Class<T> type, BiConsumer<JsonGenerator, T> writer) {
    addSerializer(type, new ModelSerializer<>(type, writer));
  }
}
