package dev.hearsay.prov;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Affiliation;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.CountUnit;
import dev.hearsay.core.model.CurrencyUnit;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import dev.hearsay.core.time.Precision;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.Name;
import org.openprovenance.prov.model.ProvFactory;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.Statement;
import org.openprovenance.prov.model.WasDerivedFrom;

/** One dataset written as PROV statements, in the order of the dataset's own lists. */
final class DatasetExport {
  private final ProvFactory factory;
  private final DatatypeFactory datatypes;
  private final Names names;
  private final Name name;
  private final List<Statement> out = new ArrayList<>();

  DatasetExport(ProvFactory factory, DatatypeFactory datatypes) {
    this(factory, datatypes, new Names(factory));
  }

  /** An export whose names are those of {@code names}, as a dataset of a corpus has. */
  DatasetExport(ProvFactory factory, DatatypeFactory datatypes, Names names) {
    this.factory = factory;
    this.datatypes = datatypes;
    this.names = names;
    this.name = factory.getName();
  }

  Document write(Dataset dataset) {
    Document document = factory.newDocument();
    document.setNamespace(names.declarations());
    document.getStatementOrBundle().addAll(statements(dataset));
    return document;
  }

  /** The dataset's statements, in the order of the dataset's own lists. */
  List<Statement> statements(Dataset dataset) {
    metadata(dataset);
    dataset.actors().forEach(this::agent);
    dataset.places().forEach(this::place);
    dataset.sources().forEach(this::source);
    dataset.claims().forEach(this::claim);
    dataset.events().forEach(this::event);
    dataset.relations().forEach(this::relation);
    for (int i = 0; i < dataset.assessments().size(); i++) {
      assessment(i, dataset.assessments().get(i));
    }
    return out;
  }

  private AttributeList attributes() {
    return new AttributeList(factory, names);
  }

  private void metadata(Dataset dataset) {
    DatasetMetadata metadata = dataset.metadata();
    AttributeList attributes =
        attributes()
            .hearsayType(Terms.CLAIM_DATASET)
            .label(metadata.title())
            .text(Terms.SCHEMA_VERSION, dataset.schemaVersion());
    metadata.description().ifPresent(d -> attributes.text(Terms.DESCRIPTION, d));
    attributes.texts(Terms.CURATOR, metadata.curators());
    metadata.created().ifPresent(c -> attributes.date(Terms.CREATED, c.toString()));
    metadata.license().ifPresent(l -> attributes.text(Terms.LICENSE, l));
    metadata
        .encodes()
        .ifPresent(s -> attributes.ref(Terms.ENCODES, names.of(Terms.Kind.SOURCE, s.value())));
    out.add(
        factory.newEntity(names.of(Terms.Kind.DATASET, Terms.DATASET_NAME), attributes.build()));
  }

  private void agent(Actor actor) {
    AttributeList attributes = attributes().label(actor.name());
    if (actor.kind() == ActorKind.PERSON) {
      attributes.type(name.PROV_PERSON);
    } else if (actor.kind() != ActorKind.GROUP && actor.kind() != ActorKind.UNKNOWN) {
      attributes.type(name.PROV_ORGANIZATION);
    }
    attributes
        .hearsayType(Terms.typeName(actor.kind()))
        .flag(Terms.ANONYMOUS, actor.anonymous())
        .texts(Terms.ALIAS, actor.aliases())
        .texts(Terms.IDENTIFIER, texts(actor.identifiers()));
    actor.description().ifPresent(d -> attributes.text(Terms.DESCRIPTION, d));
    for (int i = 0; i < actor.affiliations().size(); i++) {
      Affiliation affiliation = actor.affiliations().get(i);
      attributes.ref(Terms.item(Terms.AFFILIATED_WITH, i), actor(affiliation.organization()));
      int position = i;
      affiliation.role().ifPresent(r -> attributes.text(Terms.item(Terms.ROLE, position), r));
      affiliation
          .period()
          .ifPresent(p -> attributes.text(Terms.item(Terms.PERIOD, position), p.toEdtf()));
    }
    out.add(factory.newAgent(actor(actor.id()), attributes.build()));
  }

  private void place(Place place) {
    AttributeList attributes =
        attributes().type(names.prov("Location")).hearsayType(Terms.PLACE).label(place.name());
    place.isoCode().ifPresent(c -> attributes.text(Terms.ISO_CODE, c));
    place
        .coordinates()
        .ifPresent(
            c ->
                attributes.real(Terms.LATITUDE, c.latitude()).real(Terms.LONGITUDE, c.longitude()));
    attributes.texts(Terms.IDENTIFIER, texts(place.identifiers()));
    out.add(factory.newEntity(names.of(Terms.Kind.PLACE, place.id().value()), attributes.build()));
  }

  private void source(Source source) {
    QualifiedName id = source(source.id().value());
    AttributeList attributes = attributes().hearsayType(Terms.typeName(source.kind()));
    source.title().ifPresent(attributes::label);
    source.locator().ifPresent(l -> attributes.uri(Terms.LOCATOR, l.toString()));
    source.language().ifPresent(l -> attributes.text(Terms.LANGUAGE, l));
    source.retrievedAt().ifPresent(r -> attributes.dateTime(Terms.RETRIEVED_AT, r.toString()));
    source
        .reliability()
        .ifPresent(r -> attributes.text(Terms.RELIABILITY, String.valueOf(r.grade())));
    attributes.texts(Terms.NOTE, source.notes());
    attributes.texts(Terms.IDENTIFIER, texts(source.identifiers()));
    out.add(factory.newEntity(id, attributes.build()));
    source.publisher().ifPresent(p -> attributed(id, p, Terms.PUBLISHER));
    source.authors().forEach(a -> attributed(id, a, Terms.AUTHOR));
    source.published().ifPresent(p -> generated(id, p));
    source.cites().forEach(c -> out.add(factory.newWasDerivedFrom(null, id, source(c.value()))));
  }

  /** Identifiers as {@code scheme:value}, which their schemes' rule keeps unambiguous. */
  private static List<String> texts(List<Identifier> identifiers) {
    return identifiers.stream().map(Identifier::toString).toList();
  }

  private void attributed(QualifiedName source, ActorId actor, String role) {
    out.add(
        factory.newWasAttributedTo(
            null, source, actor(actor), attributes().hearsayType(role).build()));
  }

  private void claim(Claim claim) {
    QualifiedName id = claim(claim.id().value());
    AttributeList attributes =
        attributes()
            .hearsayType(Terms.CLAIM)
            .label(claim.proposition())
            .refs(Terms.ABOUT_ACTOR, claim.actors().stream().map(this::actor).toList())
            .refs(
                Terms.ABOUT_PLACE,
                claim.places().stream().map(p -> names.of(Terms.Kind.PLACE, p.value())).toList());
    List<QualifiedName> quantities = new ArrayList<>();
    for (int i = 0; i < claim.quantities().size(); i++) {
      quantities.add(names.of(Terms.Kind.QUANTITY, claim.id().value() + "." + (i + 1)));
    }
    attributes.refs(Terms.QUANTITY_REF, quantities);
    claim.time().ifPresent(t -> attributes.time(Terms.ABOUT, t));
    claim.credibility().ifPresent(c -> attributes.integer(Terms.CREDIBILITY, c.grade()));
    attributes.texts(Terms.NOTE, claim.notes());
    out.add(factory.newEntity(id, attributes.build()));
    for (int i = 0; i < claim.quantities().size(); i++) {
      quantity(quantities.get(i), claim.quantities().get(i));
    }
    claim.quote().ifPresent(q -> quote(id, q));
    for (int c = 0; c < claim.attribution().size(); c++) {
      chain(claim, id, c, claim.attribution().get(c));
    }
  }

  private void quantity(QualifiedName id, Quantity quantity) {
    AttributeList attributes =
        attributes().hearsayType(Terms.QUANTITY).text(Terms.NAME, quantity.name());
    quantity.estimate().ifPresent(e -> attributes.decimal(Terms.ESTIMATE, e));
    quantity
        .lower()
        .ifPresent(
            l ->
                attributes
                    .decimal(Terms.LOWER, l.value())
                    .bool(Terms.LOWER_INCLUSIVE, l.inclusive()));
    quantity
        .upper()
        .ifPresent(
            u ->
                attributes
                    .decimal(Terms.UPPER, u.value())
                    .bool(Terms.UPPER_INCLUSIVE, u.inclusive()));
    attributes.flag(Terms.APPROXIMATE, quantity.approximate());
    if (quantity.unit() instanceof CurrencyUnit currency) {
      attributes.text(Terms.CURRENCY, currency.code());
    } else if (quantity.unit() instanceof CountUnit count) {
      attributes.text(Terms.COUNT_OF, count.thing());
    }
    quantity.asWritten().ifPresent(w -> attributes.text(Terms.QUANTITY_AS_WRITTEN, w));
    out.add(factory.newEntity(id, attributes.build()));
  }

  private void quote(QualifiedName claim, Quote quote) {
    AttributeList attributes = attributes().text(Terms.EXACT, quote.exact());
    quote.prefix().ifPresent(p -> attributes.text(Terms.PREFIX, p));
    quote.suffix().ifPresent(s -> attributes.text(Terms.SUFFIX, s));
    quote.start().ifPresent(s -> attributes.integer(Terms.START, s));
    quote.end().ifPresent(e -> attributes.integer(Terms.END, e));
    WasDerivedFrom quoted =
        factory.newWasDerivedFrom(
            null, claim, source(quote.source().value()), null, null, null, attributes.build());
    factory.addQuotationType(quoted);
    out.add(quoted);
  }

  private void chain(Claim claim, QualifiedName claimName, int index, Chain chain) {
    QualifiedName outer = claimName;
    List<Hop> hops = chain.hops();
    for (int h = 0; h < hops.size(); h++) {
      Hop hop = hops.get(h);
      QualifiedName utterance =
          names.of(Terms.Kind.UTTERANCE, claim.id().value() + "." + (index + 1) + "." + (h + 1));
      AttributeList attributes = attributes().hearsayType(Terms.UTTERANCE);
      hop.cue().ifPresent(cue -> attributes.text(Terms.CUE, cue));
      attributes
          .text(Terms.MODE, Terms.word(hop.mode()))
          .text(Terms.COMMITMENT, hop.commitment().factBankCode());
      hop.likelihood().ifPresent(l -> attributes.text(Terms.LIKELIHOOD, Terms.word(l)));
      hop.source().ifPresent(s -> attributes.ref(Terms.SAID_IN, source(s.value())));
      attributes.flag(Terms.INFERRED, hop.inferred());
      out.add(factory.newEntity(utterance, attributes.build()));
      out.add(factory.newWasAttributedTo(null, utterance, actor(hop.actor())));
      hop.time().ifPresent(t -> generated(utterance, t));
      WasDerivedFrom link = factory.newWasDerivedFrom(null, outer, utterance);
      if (hop.mode() == ReportingMode.DIRECT_QUOTE || hop.mode() == ReportingMode.PARTIAL_QUOTE) {
        factory.addQuotationType(link);
      }
      out.add(link);
      outer = utterance;
    }
    chain
        .origin()
        .source()
        .ifPresent(
            s -> {
              WasDerivedFrom primary =
                  factory.newWasDerivedFrom(null, claimName, source(s.value()));
              factory.addPrimarySourceType(primary);
              out.add(primary);
            });
  }

  private void event(Event event) {
    AttributeList attributes =
        attributes()
            .hearsayType(Terms.EVENT)
            .label(event.description())
            .text(Terms.STATUS, Terms.word(event.status()));
    event.time().ifPresent(t -> attributes.time(Terms.TIME, t));
    attributes
        .refs(
            Terms.EVENT_PLACE,
            event.places().stream().map(p -> names.of(Terms.Kind.PLACE, p.value())).toList())
        .refs(Terms.PARTICIPANT, event.participants().stream().map(this::actor).toList())
        .refs(Terms.EVENT_CLAIM, event.claims().stream().map(c -> claim(c.value())).toList());
    out.add(factory.newEntity(names.of(Terms.Kind.EVENT, event.id().value()), attributes.build()));
  }

  private void relation(Relation relation) {
    QualifiedName from = claim(relation.from().value());
    QualifiedName to = claim(relation.to().value());
    out.add(
        RelationStatements.of(factory, from, relation.kind(), to, relation.note(), attributes()));
  }

  /**
   * An assessment: an entity of its own, attributed to its assessor, generated when it was
   * published, derived from the claim it assesses, and published in its article.
   */
  private void assessment(int index, Assessment assessment) {
    QualifiedName id = names.of(Terms.Kind.ASSESSMENT, String.valueOf(index + 1));
    AttributeList attributes =
        attributes().hearsayType(Terms.ASSESSMENT).label(assessment.rating());
    assessment.ratingValue().ifPresent(v -> attributes.decimal(Terms.RATING_VALUE, v));
    assessment.bestRating().ifPresent(v -> attributes.decimal(Terms.BEST_RATING, v));
    assessment.worstRating().ifPresent(v -> attributes.decimal(Terms.WORST_RATING, v));
    attributes.ref(Terms.PUBLISHED_IN, source(assessment.source().value()));
    assessment.url().ifPresent(u -> attributes.uri(Terms.URL, u.toString()));
    out.add(factory.newEntity(id, attributes.build()));
    out.add(factory.newWasAttributedTo(null, id, actor(assessment.assessor())));
    assessment.time().ifPresent(t -> generated(id, new TimeMention.Builder().value(t).build()));
    out.add(
        factory.newWasDerivedFrom(
            null,
            id,
            claim(assessment.claim().value()),
            null,
            null,
            null,
            attributes().hearsayType(Terms.ASSESSES).build()));
  }

  /**
   * The generation of a source (its publication) or an utterance (when it was said): the EDTF time
   * in {@code hearsay:time}, and {@code prov:time} as well when the time is one day or finer,
   * at its first instant.
   */
  private void generated(QualifiedName entity, TimeMention time) {
    ImpreciseTime value = time.value();
    XMLGregorianCalendar at = null;
    boolean precise =
        value.kind() == ImpreciseTime.Kind.DATE && value.precision().compareTo(Precision.DAY) >= 0;
    if (precise && value.earliest().isPresent()) {
      at = datatypes.newXMLGregorianCalendar(value.earliest().get().toString());
    }
    out.add(
        factory.newWasGeneratedBy(
            null, entity, null, at, attributes().time(Terms.TIME, time).build()));
  }

  private QualifiedName actor(ActorId id) {
    return names.of(Terms.Kind.ACTOR, id.value());
  }

  private QualifiedName source(String id) {
    return names.of(Terms.Kind.SOURCE, id);
  }

  private QualifiedName claim(String id) {
    return names.of(Terms.Kind.CLAIM, id);
  }
}
