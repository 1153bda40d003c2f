package dev.hearsay.claimreview;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.TimeMention;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a response of the Google Fact Check Tools API's {@code claims:search} into a dataset.
 *
 * <p>Each element of {@code claims} gives a claim in the words of its {@code text}, held by its
 * {@code claimant} (free text, kept as one actor of unknown kind however many people it names)
 * on a chain of one hop said at {@code claimDate}; a claim with no claimant is held by an actor
 * that stands for the unknown claimant. Each element of its {@code claimReview} gives an
 * {@link Assessment}: the {@code publisher}'s {@code name} (or, when it has none, its {@code
 * site}) is the assessor, an organization; {@code textualRating} is the rating, as published,
 * with no number, since the API gives none; {@code reviewDate} its time; the review's page a
 * source with its {@code url}, {@code title} and {@code languageCode}. Nothing is invented where
 * a field is absent. What the dataset has no place for is listed in the omissions.
 *
 * <pre>{@code
 * ClaimReviewImport read = new FactCheckApiReader().read(responseBody);
 * }</pre>
 */
public final class FactCheckApiReader {
  /** The title of a dataset read without metadata of its own. */
  public static final String DEFAULT_TITLE = "Fact-checks read from the Fact Check Tools API";

  private final DatasetMetadata metadata;

  /** A reader whose datasets have the title {@value #DEFAULT_TITLE}. */
  public FactCheckApiReader() {
    this(DatasetMetadata.of(DEFAULT_TITLE));
  }

  /**
   * A reader whose datasets have the given metadata.
   *
   * @param metadata the metadata of every dataset read
   */
  public FactCheckApiReader(DatasetMetadata metadata) {
    this.metadata = Objects.requireNonNull(metadata, "metadata");
  }

  /**
   * Reads a response.
   *
   * @param response the response's JSON body, as UTF-8, UTF-16 or UTF-32
   * @return the dataset and what was left out
   * @throws ClaimReviewException when the response is not JSON, or a field the dataset needs is
   *     missing, of the wrong type or refused by the model
   */
  public ClaimReviewImport read(byte[] response) {
    Node root =
        JsonText.parse(Objects.requireNonNull(response, "response"))
            .object("the response object of claims:search, with its claims");
    Reading reading = new Reading(Map.of());
    Optional<Node> claims = root.get("claims");
    if (claims.isEmpty()) {
      notAResponse(root);
    }
    if (claims.isPresent()) {
      if (!claims.get().isArray()) {
        throw claims.get().refused("must be an array of claims, not " + claims.get().kind());
      }
      for (Node claim : claims.get().oneOrMany()) {
        claim(reading, claim.object("a claim object"));
      }
    }
    Unmapped.rest(root, List.of("claims"), reading.omissions);
    return new ClaimReviewImport(reading.assembly.build(metadata), reading.omissions);
  }

  /**
   * Reads a response.
   *
   * @param response the response's JSON body
   * @return the dataset and what was left out
   * @throws ClaimReviewException as {@link #read(byte[])} does
   */
  public ClaimReviewImport read(String response) {
    return read(Objects.requireNonNull(response, "response").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a response to its end; the stream is not closed.
   *
   * @param in the response's JSON body
   * @return the dataset and what was left out
   * @throws IOException when the stream cannot be read
   * @throws ClaimReviewException as {@link #read(byte[])} does
   */
  public ClaimReviewImport read(InputStream in) throws IOException {
    return read(in.readAllBytes());
  }

  /**
   * Refuses an object with no {@code claims} that is not an empty response either (one with
   * nothing but a {@code nextPageToken}), saying what it looks like instead, so that a ClaimReview
   * page given here is not read as a response that found nothing.
   */
  private static void notAResponse(Node root) {
    List<String> others = root.names().stream().filter(n -> !n.equals("nextPageToken")).toList();
    if (others.isEmpty()) {
      return;
    }
    String looks;
    if (root.get("@type").filter(Node::isText).isPresent()
        || root.get("@type").filter(Node::isArray).isPresent()) {
      List<String> types = Vocabulary.types(root);
      looks =
          types.contains("ClaimReview")
              ? "it is a schema.org ClaimReview; read it as ClaimReview (ClaimReviewReader)"
              : "it is JSON-LD of @type " + String.join(", ", types);
    } else if (others.contains("@graph") || others.contains("@context")) {
      looks = "it is JSON-LD (it has " + (others.contains("@graph") ? "@graph" : "@context") + ")";
    } else {
      looks =
          "it has "
              + (others.size() == 1 ? "the field " : "the fields ")
              + String.join(", ", others.subList(0, Math.min(5, others.size())))
              + (others.size() > 5 ? " and " + (others.size() - 5) + " more" : "");
    }
    throw root.refused(
        "is not a Fact Check Tools API claims:search response, which holds its results in"
            + " \"claims\" (and nothing but \"nextPageToken\" when none matched): "
            + looks);
  }

  private static void claim(Reading reading, Node claim) {
    String text =
        claim
            .get("text")
            .orElseThrow(
                () ->
                    new ClaimReviewException(
                        claim.pathOf("text"), "is required: the claim, in words"))
            .text();
    ActorId claimant =
        claim
            .get("claimant")
            .map(c -> Reading.built(c, () -> reading.assembly.actor(c.text(), ActorKind.UNKNOWN)))
            .orElseGet(reading.assembly::unknownClaimant);
    Optional<TimeMention> said = claim.get("claimDate").map(Dates::mention);
    ClaimId id =
        Reading.built(
            claim, () -> reading.assembly.claim(text, claimant, List.of(), said, claim.path()));
    Optional<Node> reviews = claim.get("claimReview");
    if (reviews.isPresent()) {
      if (!reviews.get().isArray()) {
        throw reviews.get().refused("must be an array of reviews, not " + reviews.get().kind());
      }
      for (Node review : reviews.get().oneOrMany()) {
        review(reading, review.object("a review object"), id);
      }
    }
    Unmapped.rest(
        claim, List.of("text", "claimant", "claimDate", "claimReview"), reading.omissions);
  }

  private static void review(Reading reading, Node review, ClaimId claim) {
    Node publisher =
        review
            .get("publisher")
            .orElseThrow(
                () ->
                    new ClaimReviewException(
                        review.pathOf("publisher"), "is required: who published the review"))
            .object("an object with the publisher's name and site");
    Node named =
        publisher
            .get("name")
            .or(() -> publisher.get("site"))
            .orElseThrow(
                () -> publisher.refused("has neither name nor site to name the publisher" + " by"));
    String name = named.text();
    ActorId assessor =
        Reading.built(named, () -> reading.assembly.actor(name, ActorKind.ORGANIZATION));
    Unmapped.rest(
        publisher, List.of(publisher.get("name").isPresent() ? "name" : "site"), reading.omissions);
    Node rating =
        review
            .get("textualRating")
            .orElseThrow(
                () ->
                    new ClaimReviewException(
                        review.pathOf("textualRating"), "is required: the verdict, in words"));
    String words = rating.text();
    Assessment.Builder verdict = new Assessment.Builder().claim(claim).assessor(assessor);
    Reading.built(rating, () -> verdict.rating(words));
    Source.Builder page = new Source.Builder().kind(SourceKind.ARTICLE).publisher(assessor);
    review.get("title").ifPresent(t -> Reading.built(t, () -> page.title(t.text())));
    Optional<TimeMention> date = review.get("reviewDate").map(Dates::mention);
    date.ifPresent(page::published);
    date.ifPresent(d -> verdict.time(d.value()));
    Optional<URI> url = review.get("url").map(reading::url);
    Optional<URI> locator = url.map(Reading::page);
    locator.ifPresent(page::locator);
    url.filter(u -> !u.equals(Reading.page(u))).ifPresent(verdict::url);
    review.get("languageCode").ifPresent(l -> reading.language(l, page));
    SourceId source = Reading.built(review, () -> reading.assembly.source("review", page, locator));
    Assessment assessment = Reading.built(review, () -> verdict.source(source).build());
    reading.assembly.assess(assessment, review.path());
    Unmapped.rest(
        review,
        List.of("publisher", "url", "title", "reviewDate", "textualRating", "languageCode"),
        reading.omissions);
  }
}
