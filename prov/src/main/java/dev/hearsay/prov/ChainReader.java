package dev.hearsay.prov;

import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Likelihood;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.TimeMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openprovenance.prov.model.Entity;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.WasAttributedTo;
import org.openprovenance.prov.model.WasDerivedFrom;
import org.openprovenance.prov.model.WasGeneratedBy;

/**
 * Attribution chains: from the utterance that a claim derives from, each utterance to the one it
 * derives from, to the origin; each utterance a hop, attributed to its actor.
 */
final class ChainReader {
  private final ImportContext context;
  private final Map<String, Hop> hops = new HashMap<>();

  ChainReader(ImportContext context) {
    this.context = context;
  }

  /** The chain that starts where the claim derives from an utterance. */
  Chain chain(WasDerivedFrom start) {
    Chain.Builder chain = new Chain.Builder();
    Set<String> seen = new HashSet<>();
    WasDerivedFrom link = start;
    while (link != null) {
      QualifiedName utterance = link.getUsedEntity();
      context.read(link);
      if (!seen.add(utterance.getUri())) {
        throw new ProvImportException(
            StatementText.of(link)
                + ": the chain comes back to an utterance it has passed, "
                + StatementText.name(utterance));
      }
      chain.addHops(hop(utterance));
      link = next(utterance);
    }
    return chain.build();
  }

  /** The one derivation of an utterance from another utterance, or null at the origin. */
  private WasDerivedFrom next(QualifiedName utterance) {
    WasDerivedFrom next = null;
    for (WasDerivedFrom derivation : context.index.derivationsOf(utterance)) {
      if (context.index.role(derivation.getUsedEntity()) != DocumentIndex.Role.UTTERANCE) {
        continue;
      }
      if (next != null) {
        throw new ProvImportException(
            StatementText.of(derivation)
                + ": the utterance "
                + StatementText.name(utterance)
                + " derives from two utterances; a hop relays one");
      }
      next = derivation;
    }
    return next;
  }

  private Hop hop(QualifiedName utterance) {
    Hop known = hops.get(utterance.getUri());
    if (known != null) {
      return known;
    }
    Entity entity = context.index.entities.get(utterance.getUri());
    NodeAttributes attributes = new NodeAttributes(entity);
    attributes.readType(Terms.HEARSAY + Terms.UTTERANCE);
    Hop.Builder hop =
        new Hop.Builder()
            .actor(context.actor(speaker(attributes, utterance)))
            .mode(
                HearsayTypes.word(
                    attributes,
                    Terms.MODE,
                    attributes.requiredText(Terms.MODE),
                    ReportingMode.values()))
            .commitment(commitment(attributes))
            .inferred(attributes.flag(Terms.INFERRED));
    attributes.text(Terms.CUE).ifPresent(v -> hop.cue(v));
    attributes
        .text(Terms.LIKELIHOOD)
        .ifPresent(
            l ->
                hop.likelihood(
                    HearsayTypes.word(attributes, Terms.LIKELIHOOD, l, Likelihood.values())));
    attributes.ref(Terms.SAID_IN).ifPresent(s -> hop.source(context.source(s)));
    time(attributes, utterance).ifPresent(v -> hop.time(v));
    Hop built = attributes.check(() -> hop.build());
    context.omitAll(attributes.unread("an utterance"));
    hops.put(utterance.getUri(), built);
    return built;
  }

  private QualifiedName speaker(NodeAttributes attributes, QualifiedName utterance) {
    List<WasAttributedTo> attributions = context.index.attributionsOf(utterance);
    if (attributions.isEmpty()) {
      throw attributes.fail("is attributed to no agent; a hop needs the actor who said it");
    }
    if (attributions.size() > 1) {
      throw attributes.fail(
          "is attributed to " + attributions.size() + " agents; a hop has one actor");
    }
    WasAttributedTo attribution = attributions.get(0);
    context.read(attribution);
    context.omitAll(new NodeAttributes(attribution).unread("the attribution of an utterance"));
    return attribution.getAgent();
  }

  private Commitment commitment(NodeAttributes attributes) {
    String code = attributes.requiredText(Terms.COMMITMENT);
    for (Commitment commitment : Commitment.values()) {
      if (commitment.factBankCode().equals(code)) {
        return commitment;
      }
    }
    throw attributes.fail(
        "hearsay:"
            + Terms.COMMITMENT
            + " is '"
            + NodeAttributes.shorten(code)
            + "', not a FactBank code (CT+, PR+, PS+, CT-, PR-, PS-, CTu, Uu)");
  }

  private Optional<TimeMention> time(NodeAttributes attributes, QualifiedName utterance) {
    List<WasGeneratedBy> generations = context.index.generationsOf(utterance);
    if (generations.size() > 1) {
      throw attributes.fail("is generated " + generations.size() + " times; a hop is said once");
    }
    if (generations.isEmpty()) {
      return Optional.empty();
    }
    return Generations.time(generations.get(0), context);
  }

  /** The utterances that no chain reached. */
  List<Entity> unreached() {
    List<Entity> left = new ArrayList<>();
    for (Entity entity : context.index.entities.values()) {
      if (context.index.role(entity.getId()) == DocumentIndex.Role.UTTERANCE
          && !hops.containsKey(entity.getId().getUri())) {
        left.add(entity);
      }
    }
    return left;
  }
}
