package dev.hearsay.prov;

import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Credibility;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.SourceId;
import java.util.ArrayList;
import java.util.List;
import org.openprovenance.prov.model.Entity;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.WasDerivedFrom;

/**
 * Claims: the {@code hearsay:Claim} entities, with their quantities, their quote (a quotation from
 * a source) and their attribution chains (derivations from utterances).
 */
final class ClaimReader {
  private final ImportContext context;
  private final ChainReader chains;
  private final QuantityReader quantities;

  ClaimReader(ImportContext context) {
    this.context = context;
    this.chains = new ChainReader(context);
    this.quantities = new QuantityReader(context);
  }

  List<Claim> read() {
    List<Claim> claims = new ArrayList<>();
    for (Entity entity : context.index.entities.values()) {
      if (context.index.role(entity.getId()) == DocumentIndex.Role.CLAIM) {
        claims.add(claim(entity));
      }
    }
    for (Entity utterance : chains.unreached()) {
      context.omissions.add(
          new Omission(
              StatementText.of(utterance), "no claim's attribution chain reaches this utterance"));
    }
    for (Entity entity : context.index.entities.values()) {
      if (context.index.role(entity.getId()) == DocumentIndex.Role.QUANTITY
          && !quantities.wasRead(entity)) {
        context.omissions.add(
            new Omission(StatementText.of(entity), "no claim lists this quantity as its own"));
      }
    }
    return claims;
  }

  private Claim claim(Entity entity) {
    NodeAttributes attributes = new NodeAttributes(entity);
    attributes.readType(Terms.HEARSAY + Terms.CLAIM);
    Claim.Builder claim =
        new Claim.Builder()
            .id(context.claim(entity.getId()))
            .proposition(
                attributes
                    .label()
                    .orElseThrow(
                        () ->
                            attributes.fail(
                                "has no prov:label, which holds a claim's proposition")));
    attributes.refs(Terms.ABOUT_ACTOR).forEach(a -> claim.addActors(context.actor(a)));
    attributes.refs(Terms.ABOUT_PLACE).forEach(p -> claim.addPlaces(context.place(p)));
    for (QualifiedName quantity : attributes.refs(Terms.QUANTITY_REF)) {
      claim.addQuantities(quantities.quantity(attributes, quantity));
    }
    attributes.time(Terms.ABOUT).ifPresent(v -> claim.time(v));
    attributes
        .integer(Terms.CREDIBILITY)
        .ifPresent(c -> claim.credibility(attributes.check(() -> Credibility.ofGrade(c))));
    claim.addAllNotes(attributes.texts(Terms.NOTE));
    List<Chain> attribution = new ArrayList<>();
    List<WasDerivedFrom> primarySources = new ArrayList<>();
    boolean quoted = false;
    for (WasDerivedFrom derivation : context.index.derivationsOf(entity.getId())) {
      DocumentIndex.Role used = context.index.role(derivation.getUsedEntity());
      if (used == DocumentIndex.Role.UTTERANCE) {
        attribution.add(chains.chain(derivation));
      } else if (used == DocumentIndex.Role.SOURCE && isQuote(derivation)) {
        if (quoted) {
          throw attributes.fail("is quoted from two sources; a claim has one quote");
        }
        claim.quote(quote(derivation));
        quoted = true;
      } else if (used == DocumentIndex.Role.SOURCE && hasType(derivation, "PrimarySource")) {
        primarySources.add(derivation);
      }
    }
    if (attribution.isEmpty()) {
      throw attributes.fail(
          "derives from no utterance; a claim needs at least one attribution" + " chain");
    }
    claim.addAllAttribution(attribution);
    for (WasDerivedFrom primary : primarySources) {
      primarySource(primary, attribution);
    }
    Claim built = attributes.check(() -> claim.build());
    context.omitAll(attributes.unread("a claim"));
    return built;
  }

  private static boolean isQuote(WasDerivedFrom derivation) {
    return hasType(derivation, "Quotation")
        && new NodeAttributes(derivation).text(Terms.EXACT).isPresent();
  }

  private static boolean hasType(WasDerivedFrom derivation, String provType) {
    return new NodeAttributes(derivation).hasType(Terms.PROV + provType);
  }

  private Quote quote(WasDerivedFrom derivation) {
    NodeAttributes attributes = new NodeAttributes(derivation);
    attributes.readType(Terms.PROV + "Quotation");
    Quote.Builder quote =
        new Quote.Builder()
            .source(context.source(derivation.getUsedEntity()))
            .exact(attributes.requiredText(Terms.EXACT));
    attributes.text(Terms.PREFIX).ifPresent(v -> quote.prefix(v));
    attributes.text(Terms.SUFFIX).ifPresent(v -> quote.suffix(v));
    attributes.integer(Terms.START).ifPresent(v -> quote.start(v));
    attributes.integer(Terms.END).ifPresent(v -> quote.end(v));
    Quote built = attributes.check(() -> quote.build());
    context.read(derivation);
    context.omitAll(attributes.unread("a quote"));
    return built;
  }

  /** A primary source is what a chain's origin was said in: kept there, or left out. */
  private void primarySource(WasDerivedFrom derivation, List<Chain> attribution) {
    SourceId source = context.source(derivation.getUsedEntity());
    boolean implied =
        attribution.stream().anyMatch(c -> c.origin().source().map(source::equals).orElse(false));
    if (implied) {
      context.read(derivation);
    } else {
      context.omit(
          derivation,
          "no chain of the claim has its origin said in this source, and"
              + " Hearsay keeps a primary source only as the source of a chain's origin");
    }
  }
}
