package dev.hearsay.benchmarks.prov;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Affiliation;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import dev.hearsay.core.time.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.openprovenance.prov.model.Attribute;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.Name;
import org.openprovenance.prov.model.Namespace;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.Statement;
import org.openprovenance.prov.model.WasDerivedFrom;
import org.openprovenance.prov.vanilla.ProvFactory;

/**
 * A Hearsay dataset as W3C PROV, in ProvToolbox's model: the provenance that PROV can say, with
 * PROV-O's own terms wherever one fits and a {@code hearsay:} attribute where none does.
 *
 * <ul>
 *   <li>An actor is a {@code prov:Agent}, typed {@code prov:Person} or {@code prov:Organization}
 *       when it is one. An affiliation is an attribute {@code hearsay:affiliatedWith}, <em>not</em>
 *       {@code prov:actedOnBehalfOf}: an analyst at a university does not speak for it, and
 *       delegation is what actedOnBehalfOf means.
 *   <li>A source is a {@code prov:Entity}, {@code prov:wasAttributedTo} its publisher and its
 *       authors, generated ({@code prov:generatedAtTime}) when it was published if that time is
 *       a day or finer, {@code prov:wasDerivedFrom} the sources it cites.
 *   <li>A claim is a {@code prov:Entity} labelled with its proposition. Each hop of each chain is
 *       an entity of its own, the utterance, {@code prov:wasAttributedTo} the hop's actor and
 *       generated at the hop's time; the claim is derived from its reporter's utterance, and each
 *       utterance from the next one in (the relayed words), by {@code prov:wasQuotedFrom} when
 *       the relaying hop quotes them and by {@code prov:wasDerivedFrom} otherwise. The claim
 *       {@code prov:hadPrimarySource} the source of each chain's origin, and {@code
 *       prov:wasQuotedFrom} the source of its quote.
 *   <li>A "derived from" relation is {@code prov:wasDerivedFrom}, an "updates" relation {@code
 *       prov:wasRevisionOf}; the others (supports, contradicts, elaborates, duplicates) are
 *       {@code prov:wasInfluencedBy} typed with the relation's kind, as PROV has no such terms.
 *   <li>What PROV has no place for stays in {@code hearsay:} attributes: cues, reporting modes,
 *       commitments, likelihoods, EDTF times, quantities, credibility and reliability. Events are
 *       left out: they are what claims speak of, not provenance.
 * </ul>
 *
 * <p>A mapping holds no state between calls, but ProvToolbox's factory is not documented as safe
 * for concurrent use: use one mapping per thread.
 */
public final class ProvMapping {
  /** The namespace of the attributes PROV has no term for. */
  public static final String HEARSAY = "https://hearsay.dev/ns/prov#";

  private static final String ACTOR = "https://hearsay.dev/id/actor/";
  private static final String SOURCE = "https://hearsay.dev/id/source/";
  private static final String CLAIM = "https://hearsay.dev/id/claim/";
  private static final String UTTERANCE = "https://hearsay.dev/id/utterance/";

  private final ProvFactory factory = ProvFactory.getFactory();
  private final Name name = factory.getName();
  private final DatatypeFactory datatypes;

  /** A mapping with ProvToolbox's default factory. */
  public ProvMapping() {
    try {
      datatypes = DatatypeFactory.newInstance();
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException("no javax.xml.datatype implementation", e);
    }
  }

  /**
   * The namespace declarations a mapped document uses.
   *
   * @return the namespace, with PROV's own prefixes
   */
  public Namespace namespace() {
    Namespace namespace = new Namespace();
    namespace.addKnownNamespaces();
    namespace.register("hearsay", HEARSAY);
    namespace.register("actor", ACTOR);
    namespace.register("source", SOURCE);
    namespace.register("claim", CLAIM);
    namespace.register("utterance", UTTERANCE);
    return namespace;
  }

  /**
   * Maps a dataset to a PROV document.
   *
   * @param dataset the dataset
   * @return the document, one statement list without bundles
   */
  public Document toProv(Dataset dataset) {
    List<Statement> statements = new ArrayList<>();
    dataset.actors().forEach(a -> agent(a, statements));
    dataset.sources().forEach(s -> source(s, statements));
    dataset.claims().forEach(c -> claim(c, statements));
    dataset.relations().forEach(r -> relation(r, statements));
    Document document = factory.newDocument();
    document.setNamespace(namespace());
    document.getStatementOrBundle().addAll(statements);
    return document;
  }

  private void agent(Actor actor, List<Statement> out) {
    List<Attribute> attributes = new ArrayList<>();
    attributes.add(factory.newLabel(actor.name(), name.XSD_STRING));
    if (actor.kind() == ActorKind.PERSON) {
      attributes.add(factory.newType(name.PROV_PERSON, name.PROV_QUALIFIED_NAME));
    } else if (actor.kind() != ActorKind.GROUP && actor.kind() != ActorKind.UNKNOWN) {
      attributes.add(factory.newType(name.PROV_ORGANIZATION, name.PROV_QUALIFIED_NAME));
    }
    attributes.add(factory.newType(hearsay(kindName(actor.kind())), name.PROV_QUALIFIED_NAME));
    if (actor.anonymous()) {
      attributes.add(other("anonymous", true, name.XSD_BOOLEAN));
    }
    for (Affiliation affiliation : actor.affiliations()) {
      attributes.add(other("affiliatedWith", actorName(affiliation.organization().value()),
          name.PROV_QUALIFIED_NAME));
      affiliation.role().ifPresent(r -> attributes.add(other("role", r, name.XSD_STRING)));
    }
    out.add(factory.newAgent(actorName(actor.id().value()), attributes));
  }

  private void source(Source source, List<Statement> out) {
    QualifiedName id = sourceName(source.id());
    List<Attribute> attributes = new ArrayList<>();
    attributes.add(factory.newType(hearsay(kindName(source.kind())), name.PROV_QUALIFIED_NAME));
    source.title().ifPresent(t -> attributes.add(factory.newLabel(t, name.XSD_STRING)));
    source.locator().ifPresent(
        l -> attributes.add(other("locator", l.toString(), name.XSD_ANY_URI)));
    source.language().ifPresent(l -> attributes.add(other("language", l, name.XSD_STRING)));
    source.reliability().ifPresent(
        r -> attributes.add(other("reliability", r.name(), name.XSD_STRING)));
    source.published().ifPresent(
        p -> attributes.add(other("published", p.value().toEdtf(), name.XSD_STRING)));
    out.add(factory.newEntity(id, attributes));
    source.publisher().ifPresent(
        p -> out.add(factory.newWasAttributedTo(null, id, actorName(p.value()))));
    source.authors().forEach(
        a -> out.add(factory.newWasAttributedTo(null, id, actorName(a.value()))));
    source.published().ifPresent(p -> generated(id, p, out));
    source.cites().forEach(c -> out.add(factory.newWasDerivedFrom(null, id, sourceName(c))));
  }

  private void claim(Claim claim, List<Statement> out) {
    QualifiedName id = qualified(CLAIM, "claim", claim.id().value());
    List<Attribute> attributes = new ArrayList<>();
    attributes.add(factory.newType(hearsay("Claim"), name.PROV_QUALIFIED_NAME));
    attributes.add(factory.newLabel(claim.proposition(), name.XSD_STRING));
    claim.time().ifPresent(
        t -> attributes.add(other("about", t.value().toEdtf(), name.XSD_STRING)));
    claim.credibility().ifPresent(
        c -> attributes.add(other("credibility", c.grade(), name.XSD_INT)));
    claim.actors().forEach(a -> attributes.add(
        other("aboutActor", actorName(a.value()), name.PROV_QUALIFIED_NAME)));
    for (Quantity q : claim.quantities()) {
      attributes.add(other("quantity", quantity(q), name.XSD_STRING));
    }
    claim.notes().forEach(n -> attributes.add(other("note", n, name.XSD_STRING)));
    out.add(factory.newEntity(id, attributes));
    for (int c = 0; c < claim.attribution().size(); c++) {
      chain(claim, id, c, claim.attribution().get(c), out);
    }
    claim.quote().ifPresent(q -> quote(id, q, out));
  }

  private void chain(Claim claim, QualifiedName claimName, int index, Chain chain,
      List<Statement> out) {
    QualifiedName derived = claimName;
    List<Hop> hops = chain.hops();
    for (int h = 0; h < hops.size(); h++) {
      Hop hop = hops.get(h);
      QualifiedName utterance =
          qualified(UTTERANCE, "utterance", claim.id().value() + "." + index + "." + h);
      List<Attribute> attributes = new ArrayList<>();
      attributes.add(factory.newType(hearsay("Utterance"), name.PROV_QUALIFIED_NAME));
      hop.cue().ifPresent(cue -> attributes.add(other("cue", cue, name.XSD_STRING)));
      attributes.add(other("mode", hop.mode().name(), name.XSD_STRING));
      attributes.add(other("commitment", hop.commitment().factBankCode(), name.XSD_STRING));
      hop.likelihood().ifPresent(
          l -> attributes.add(other("likelihood", l.name(), name.XSD_STRING)));
      hop.source().ifPresent(
          s -> attributes.add(other("saidIn", sourceName(s), name.PROV_QUALIFIED_NAME)));
      if (hop.inferred()) {
        attributes.add(other("inferred", true, name.XSD_BOOLEAN));
      }
      out.add(factory.newEntity(utterance, attributes));
      out.add(factory.newWasAttributedTo(null, utterance, actorName(hop.actor().value())));
      hop.time().ifPresent(t -> generated(utterance, t, out));
      WasDerivedFrom link = factory.newWasDerivedFrom(null, derived, utterance);
      if (hop.mode() == ReportingMode.DIRECT_QUOTE || hop.mode() == ReportingMode.PARTIAL_QUOTE) {
        factory.addQuotationType(link);
      }
      out.add(link);
      derived = utterance;
    }
    chain.origin().source().ifPresent(s -> {
      WasDerivedFrom primary = factory.newWasDerivedFrom(null, claimName, sourceName(s));
      factory.addPrimarySourceType(primary);
      out.add(primary);
    });
  }

  private void quote(QualifiedName claim, Quote quote, List<Statement> out) {
    List<Attribute> attributes = new ArrayList<>();
    attributes.add(other("exact", quote.exact(), name.XSD_STRING));
    quote.prefix().ifPresent(p -> attributes.add(other("prefix", p, name.XSD_STRING)));
    quote.suffix().ifPresent(s -> attributes.add(other("suffix", s, name.XSD_STRING)));
    quote.start().ifPresent(s -> attributes.add(other("start", s, name.XSD_INT)));
    quote.end().ifPresent(e -> attributes.add(other("end", e, name.XSD_INT)));
    WasDerivedFrom quoted = factory.newWasDerivedFrom(
        null, claim, sourceName(quote.source()), null, null, null, attributes);
    factory.addQuotationType(quoted);
    out.add(quoted);
  }

  private void relation(Relation relation, List<Statement> out) {
    QualifiedName from = qualified(CLAIM, "claim", relation.from().value());
    QualifiedName to = qualified(CLAIM, "claim", relation.to().value());
    switch (relation.kind()) {
      case DERIVED_FROM -> out.add(factory.newWasDerivedFrom(null, from, to));
      case UPDATES -> {
        WasDerivedFrom revision = factory.newWasDerivedFrom(null, from, to);
        factory.addRevisionType(revision);
        out.add(revision);
      }
      default -> out.add(factory.newWasInfluencedBy(null, from, to, List.of(
          factory.newType(hearsay(kindName(relation.kind())), name.PROV_QUALIFIED_NAME))));
    }
  }

  /** {@code prov:generatedAtTime} when the time is a day or finer, else only its EDTF text. */
  private void generated(QualifiedName entity, TimeMention time, List<Statement> out) {
    ImpreciseTime value = time.value();
    List<Attribute> attributes = List.of(other("time", value.toEdtf(), name.XSD_STRING));
    XMLGregorianCalendar at = null;
    boolean precise = value.kind() == ImpreciseTime.Kind.DATE
        && value.precision().compareTo(Precision.DAY) >= 0;
    if (precise && value.earliest().isPresent()) {
      at = datatypes.newXMLGregorianCalendar(value.earliest().get().toString());
    }
    out.add(factory.newWasGeneratedBy(null, entity, null, at, attributes));
  }

  private static String quantity(Quantity q) {
    StringBuilder text = new StringBuilder(q.name());
    q.estimate().ifPresent(e -> text.append(" ~").append(e.toPlainString()));
    q.lower().ifPresent(l -> text.append(l.inclusive() ? " >=" : " >").append(
        l.value().toPlainString()));
    q.upper().ifPresent(u -> text.append(u.inclusive() ? " <=" : " <").append(
        u.value().toPlainString()));
    return text.append(' ').append(q.unit()).toString();
  }

  private Attribute other(String local, Object value, QualifiedName type) {
    return factory.newAttribute(hearsay(local), value, type);
  }

  private QualifiedName hearsay(String local) {
    return factory.newQualifiedName(HEARSAY, local, "hearsay");
  }

  private QualifiedName actorName(String id) {
    return qualified(ACTOR, "actor", id);
  }

  private QualifiedName sourceName(SourceId id) {
    return qualified(SOURCE, "source", id.value());
  }

  private QualifiedName qualified(String namespace, String prefix, String local) {
    return factory.newQualifiedName(namespace, local, prefix);
  }

  /** PROV-style type names: {@code MEDIA_OUTLET} becomes {@code MediaOutlet}. */
  private static String kindName(Enum<?> kind) {
    StringBuilder out = new StringBuilder();
    for (String word : kind.name().split("_")) {
      out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
