package dev.hearsay.prov;

import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.TimeMention;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openprovenance.prov.model.Entity;
import org.openprovenance.prov.model.QualifiedName;
import org.openprovenance.prov.model.WasAttributedTo;
import org.openprovenance.prov.model.WasDerivedFrom;
import org.openprovenance.prov.model.WasGeneratedBy;

/**
 * Assessments: the {@code hearsay:Assessment} entities, each attributed to its assessor and
 * derived from the claim it assesses, in the document's order.
 */
final class AssessmentReader {
  private final ImportContext context;

  AssessmentReader(ImportContext context) {
    this.context = context;
  }

  List<Assessment> read() {
    List<Assessment> assessments = new ArrayList<>();
    for (Entity entity : context.index.entities.values()) {
      if (context.index.role(entity.getId()) == DocumentIndex.Role.ASSESSMENT) {
        assessments.add(assessment(entity));
      }
    }
    return assessments;
  }

  private Assessment assessment(Entity entity) {
    NodeAttributes attributes = new NodeAttributes(entity);
    attributes.readType(Terms.HEARSAY + Terms.ASSESSMENT);
    QualifiedName name = entity.getId();
    Assessment.Builder assessment =
        new Assessment.Builder()
            .rating(
                attributes
                    .label()
                    .orElseThrow(
                        () ->
                            attributes.fail(
                                "has no prov:label, which holds an assessment's rating")))
            .source(
                context.source(
                    attributes
                        .ref(Terms.PUBLISHED_IN)
                        .orElseThrow(
                            () ->
                                attributes.fail(
                                    "has no hearsay:"
                                        + Terms.PUBLISHED_IN
                                        + ", the article that publishes the assessment"))))
            .assessor(context.actor(assessor(attributes, name)))
            .claim(context.claim(claim(attributes, name)));
    attributes.decimal(Terms.RATING_VALUE).ifPresent(v -> assessment.ratingValue(v));
    attributes.decimal(Terms.BEST_RATING).ifPresent(v -> assessment.bestRating(v));
    attributes.decimal(Terms.WORST_RATING).ifPresent(v -> assessment.worstRating(v));
    attributes.text(Terms.URL).ifPresent(u -> assessment.url(url(attributes, u)));
    publication(attributes, name).ifPresent(t -> assessment.time(t.value()));
    Assessment built = attributes.check(() -> assessment.build());
    context.omitAll(attributes.unread("an assessment"));
    return built;
  }

  /** The agent of the first attribution; another is left out. */
  private QualifiedName assessor(NodeAttributes attributes, QualifiedName name) {
    QualifiedName found = null;
    for (WasAttributedTo attribution : context.index.attributionsOf(name)) {
      if (found != null) {
        context.omit(attribution, "a second attribution; an assessment has one assessor");
        continue;
      }
      found = attribution.getAgent();
      context.read(attribution);
      context.omitAll(new NodeAttributes(attribution).unread("an attribution of an assessment"));
    }
    if (found == null) {
      throw attributes.fail("is attributed to no agent; an assessment needs its assessor");
    }
    return found;
  }

  /** The claim of the first derivation typed {@code hearsay:Assesses}. */
  private QualifiedName claim(NodeAttributes attributes, QualifiedName name) {
    QualifiedName found = null;
    for (WasDerivedFrom derivation : context.index.derivationsOf(name)) {
      NodeAttributes link = new NodeAttributes(derivation);
      if (!link.hasType(Terms.HEARSAY + Terms.ASSESSES)
          || context.index.role(derivation.getUsedEntity()) != DocumentIndex.Role.CLAIM) {
        continue;
      }
      if (found != null) {
        throw attributes.fail("assesses two claims; an assessment assesses one");
      }
      found = derivation.getUsedEntity();
      link.readType(Terms.HEARSAY + Terms.ASSESSES);
      context.read(derivation);
      context.omitAll(link.unread("the derivation of an assessment from its claim"));
    }
    if (found == null) {
      throw attributes.fail(
          "is derived from no claim by a derivation typed hearsay:"
              + Terms.ASSESSES
              + "; an assessment needs the claim it assesses");
    }
    return found;
  }

  /** The first generation's time, which has no words as written and is not inferred. */
  private Optional<TimeMention> publication(NodeAttributes attributes, QualifiedName name) {
    Optional<TimeMention> found = Optional.empty();
    for (WasGeneratedBy generation : context.index.generationsOf(name)) {
      if (found.isPresent()) {
        context.omit(generation, "a second generation; an assessment is published once");
        continue;
      }
      found = Generations.time(generation, context);
      if (found.isPresent() && (found.get().asWritten().isPresent() || found.get().inferred())) {
        throw attributes.fail(
            "has a time as written or inferred, which an assessment's time" + " does not have");
      }
    }
    return found;
  }

  private static URI url(NodeAttributes attributes, String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw attributes.fail("hearsay:" + Terms.URL + " is not a URI: " + e.getMessage());
    }
  }
}
