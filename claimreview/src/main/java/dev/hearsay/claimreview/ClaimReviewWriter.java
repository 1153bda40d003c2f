package dev.hearsay.claimreview;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.TimeMention;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a dataset's assessments as schema.org ClaimReview JSON-LD: one object with an {@code
 * @graph} of one ClaimReview for each assessment, in the dataset's order.
 *
 * <p>Each ClaimReview has {@code claimReviewed} (the claim's proposition), {@code reviewRating}
 * (a {@code Rating} with {@code alternateName}, and {@code ratingValue}, {@code bestRating} and
 * {@code worstRating} when known), {@code url} (the assessment's, or its source's locator),
 * {@code headline} and {@code inLanguage} (its source's title and language), {@code author} (the
 * assessor: a Person or an Organization with its {@code name}, or a name alone for an actor of a
 * kind that schema.org has no type for), {@code datePublished}, and {@code itemReviewed}: a
 * {@code Claim} whose {@code author} is the origin of the claim's first chain, with the time that
 * origin said it as {@code datePublished}, the source of that hop as {@code firstAppearance} and
 * the sources of the same claimant's other chains as {@code appearance}. Dates are written as
 * they were read where the dataset keeps that text. What ClaimReview has no place for (relays,
 * other claimants, commitment, quotes, relations, the dataset's claims that no one assessed) is
 * not written; {@code docs/claimreview.md} lists it.
 *
 * <pre>{@code
 * Files.writeString(out, new ClaimReviewWriter().write(dataset));
 * }</pre>
 */
public final class ClaimReviewWriter {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  /** A writer. */
  public ClaimReviewWriter() {}

  /**
   * Writes the dataset's assessments.
   *
   * @param dataset the dataset
   * @return the JSON-LD, indented
   */
  public String write(Dataset dataset) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document(dataset));
  }

  /**
   * Writes the dataset's assessments as UTF-8.
   *
   * @param dataset the dataset
   * @return the JSON-LD, indented, as UTF-8
   */
  public byte[] toBytes(Dataset dataset) {
    return write(dataset).getBytes(StandardCharsets.UTF_8);
  }

  private static ObjectNode document(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    ObjectNode document = MAPPER.createObjectNode();
    document.put("@context", "https://schema.org");
    ArrayNode graph = document.putArray("@graph");
    for (Assessment assessment : dataset.assessments()) {
      graph.add(review(dataset, assessment));
    }
    return document;
  }

  private static ObjectNode review(Dataset dataset, Assessment assessment) {
    Claim claim = dataset.claim(assessment.claim()).orElseThrow();
    Source page = dataset.source(assessment.source()).orElseThrow();
    ObjectNode review = MAPPER.createObjectNode();
    review.put("@type", "ClaimReview");
    Optional<String> url = assessment.url().or(page::locator).map(Object::toString);
    url.ifPresent(u -> review.put("url", u));
    page.title().ifPresent(t -> review.put("headline", t));
    review.put("claimReviewed", claim.proposition());
    review.set("itemReviewed", item(dataset, claim));
    author(dataset, assessment.assessor()).ifPresent(a -> review.set("author", a));
    assessment
        .time()
        .ifPresent(
            t ->
                review.put(
                    "datePublished",
                    page.published()
                        .filter(p -> p.value().equals(t))
                        .map(ClaimReviewWriter::date)
                        .orElse(t.toEdtf())));
    page.language().ifPresent(l -> review.put("inLanguage", l));
    ObjectNode rating = review.putObject("reviewRating");
    rating.put("@type", "Rating");
    rating.put("alternateName", assessment.rating());
    assessment.ratingValue().ifPresent(v -> rating.put("ratingValue", v));
    assessment.bestRating().ifPresent(v -> rating.put("bestRating", v));
    assessment.worstRating().ifPresent(v -> rating.put("worstRating", v));
    return review;
  }

  private static ObjectNode item(Dataset dataset, Claim claim) {
    ObjectNode item = MAPPER.createObjectNode();
    item.put("@type", "Claim");
    Chain first = claim.attribution().get(0);
    Hop origin = first.hops().get(first.hops().size() - 1);
    author(dataset, origin.actor()).ifPresent(a -> item.set("author", a));
    origin.time().ifPresent(t -> item.put("datePublished", date(t)));
    List<SourceId> appearances = new ArrayList<>();
    for (Chain chain : claim.attribution()) {
      Hop hop = chain.hops().get(chain.hops().size() - 1);
      if (hop.actor().equals(origin.actor())
          && hop.source().isPresent()
          && !appearances.contains(hop.source().get())) {
        appearances.add(hop.source().get());
      }
    }
    if (!appearances.isEmpty()) {
      item.set("firstAppearance", work(dataset.source(appearances.get(0)).orElseThrow()));
      if (appearances.size() > 1) {
        ArrayNode others = item.putArray("appearance");
        for (SourceId other : appearances.subList(1, appearances.size())) {
          others.add(work(dataset.source(other).orElseThrow()));
        }
      }
    }
    return item;
  }

  private static ObjectNode work(Source source) {
    ObjectNode work = MAPPER.createObjectNode();
    work.put("@type", Vocabulary.sourceType(source.kind()));
    source.locator().ifPresent(l -> work.put("url", l.toString()));
    source.title().ifPresent(t -> work.put("name", t));
    source.published().ifPresent(p -> work.put("datePublished", date(p)));
    return work;
  }

  /**
   * The actor as a ClaimReview author: a Person or an Organization with its name, or its name
   * alone; none for the actor that stands for an unknown claimant.
   */
  private static Optional<JsonNode> author(Dataset dataset, ActorId id) {
    Actor actor = dataset.actor(id).orElseThrow();
    if (actor.anonymous()
        && actor.kind() == ActorKind.UNKNOWN
        && actor.name().equals(Assembly.UNKNOWN_CLAIMANT)) {
      return Optional.empty();
    }
    String type = Vocabulary.actorType(actor.kind());
    if (type == null) {
      return Optional.of(MAPPER.getNodeFactory().stringNode(actor.name()));
    }
    ObjectNode author = MAPPER.createObjectNode();
    author.put("@type", type);
    author.put("name", actor.name());
    return Optional.of(author);
  }

  private static String date(TimeMention time) {
    return time.asWritten().orElse(time.value().toEdtf());
  }
}
