package dev.hearsay.prov;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Affiliation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openprovenance.prov.model.Agent;
import org.openprovenance.prov.model.Other;
import org.openprovenance.prov.model.QualifiedName;

/** Agents as actors: the document's agents in order, then those that only a relation names. */
final class ActorReader {
  private final ImportContext context;

  ActorReader(ImportContext context) {
    this.context = context;
  }

  List<Actor> read() {
    List<Actor> actors = new ArrayList<>();
    for (Agent agent : context.index.agents.values()) {
      actors.add(actor(agent));
    }
    for (QualifiedName name : context.index.implicitAgents.values()) {
      String id = context.actor(name).value();
      actors.add(
          new Actor.Builder().id(context.actor(name)).name(id).kind(ActorKind.UNKNOWN).build());
    }
    return actors;
  }

  private Actor actor(Agent agent) {
    NodeAttributes attributes = new NodeAttributes(agent);
    Actor.Builder actor =
        new Actor.Builder()
            .id(context.actor(agent.getId()))
            .name(Labels.name(attributes, context.actor(agent.getId()).value(), context))
            .kind(kind(attributes))
            .anonymous(attributes.flag(Terms.ANONYMOUS))
            .addAllAliases(attributes.texts(Terms.ALIAS))
            .addAllIdentifiers(attributes.identifiers());
    attributes.text(Terms.DESCRIPTION).ifPresent(v -> actor.description(v));
    affiliations(attributes).forEach(v -> actor.addAffiliations(v));
    Actor built = attributes.check(() -> actor.build());
    context.omitAll(attributes.unread("an actor"));
    return built;
  }

  /** Hearsay's kind when the agent has one, else PROV's person or organization, else unknown. */
  private static ActorKind kind(NodeAttributes attributes) {
    Optional<ActorKind> hearsay = HearsayTypes.of(attributes, ActorKind.values());
    boolean person = attributes.hasType(Terms.PROV + "Person");
    boolean organization = attributes.hasType(Terms.PROV + "Organization");
    ActorKind kind =
        hearsay.orElse(
            person ? ActorKind.PERSON : organization ? ActorKind.ORGANIZATION : ActorKind.UNKNOWN);
    if (person && kind == ActorKind.PERSON) {
      attributes.readType(Terms.PROV + "Person");
    }
    if (organization
        && kind != ActorKind.PERSON
        && kind != ActorKind.GROUP
        && kind != ActorKind.UNKNOWN) {
      attributes.readType(Terms.PROV + "Organization");
    }
    return kind;
  }

  /** The numbered groups {@code affiliatedWith_n}, {@code role_n}, {@code period_n}. */
  private List<Affiliation> affiliations(NodeAttributes attributes) {
    List<QualifiedName> organizations = attributes.refs(Terms.AFFILIATED_WITH);
    Map<Integer, Other> roles = attributes.numbered(Terms.ROLE);
    Map<Integer, Other> periods = attributes.numbered(Terms.PERIOD);
    for (int position : roles.keySet()) {
      within(attributes, Terms.ROLE, position, organizations.size());
    }
    for (int position : periods.keySet()) {
      within(attributes, Terms.PERIOD, position, organizations.size());
    }
    List<Affiliation> affiliations = new ArrayList<>();
    for (int i = 0; i < organizations.size(); i++) {
      Affiliation.Builder affiliation =
          new Affiliation.Builder().organization(context.actor(organizations.get(i)));
      Other role = roles.get(i + 1);
      if (role != null) {
        affiliation.role(attributes.textOf(Terms.item(Terms.ROLE, i), role));
      }
      Other period = periods.get(i + 1);
      if (period != null) {
        String term = Terms.item(Terms.PERIOD, i);
        affiliation.period(attributes.edtf(term, attributes.textOf(term, period)));
      }
      affiliations.add(attributes.check(() -> affiliation.build()));
    }
    return affiliations;
  }

  private static void within(NodeAttributes attributes, String term, int position, int size) {
    if (position > size) {
      throw attributes.fail(
          "has hearsay:"
              + term
              + "_"
              + position
              + " but no hearsay:"
              + Terms.AFFILIATED_WITH
              + "_"
              + position);
    }
  }
}
