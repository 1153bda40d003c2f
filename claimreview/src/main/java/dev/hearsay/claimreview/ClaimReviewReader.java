package dev.hearsay.claimreview;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.model.ValueCheckException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads schema.org ClaimReview markup as fact-checkers publish it into a dataset.
 *
 * <p>The document is one ClaimReview object, an array of nodes, or an object whose {@code @graph}
 * holds them; nodes of other types (the page, the publisher, breadcrumbs) are left out, and a node
 * that only refers to another by {@code @id} reads as that node. {@code @type} may be a text or
 * an array ({@code ["Review", "ClaimReview"]}), with or without the schema.org prefix.
 *
 * <p>Each ClaimReview gives a claim, in the words of {@code claimReviewed}, held by its claimant
 * ({@code itemReviewed.author}) on a chain of one hop for each work it appeared in: {@code
 * firstAppearance} and each {@code appearance} of a {@code Claim}, or the reviewed {@code
 * CreativeWork} itself in older markup. A claim that two reviews share, with the same words and
 * the same claimant, is one claim. The review gives an {@link Assessment}: its {@code author} is
 * the assessor, {@code reviewRating} the rating ({@code alternateName}, or failing that {@code
 * name} or {@code ratingValue}, and the numbers where given), {@code datePublished} its time, and
 * the review's page a source. Dates are read as published, ISO 8601 or EDTF. What the dataset has
 * no place for is listed in the import's omissions; {@code docs/claimreview.md} gives the mapping
 * in full.
 *
 * <pre>{@code
 * ClaimReviewImport read = new ClaimReviewReader().read(Files.readAllBytes(page));
 * for (Assessment verdict : read.dataset().assessments()) { ... }
 * }</pre>
 */
public final class ClaimReviewReader {
  /** The title of a dataset read without metadata of its own. */
  public static final String DEFAULT_TITLE = "Fact-checks read from ClaimReview";

  private static final String CLAIM_REVIEW = "ClaimReview";
  private static final String ONE_CLAIMANT =
      "a claim has one claimant here; the others are left out";

  private final DatasetMetadata metadata;

  /** A reader whose datasets have the title {@value #DEFAULT_TITLE}. */
  public ClaimReviewReader() {
    this(DatasetMetadata.of(DEFAULT_TITLE));
  }

  /**
   * A reader whose datasets have the given metadata.
   *
   * @param metadata the metadata of every dataset read
   */
  public ClaimReviewReader(DatasetMetadata metadata) {
    this.metadata = Objects.requireNonNull(metadata, "metadata");
  }

  /**
   * Reads a document.
   *
   * @param document the JSON-LD, as UTF-8, UTF-16 or UTF-32
   * @return the dataset and what was left out
   * @throws ClaimReviewException when the document is not JSON, holds no ClaimReview, or a value
   *     the dataset needs is missing, of the wrong type or refused by the model
   */
  public ClaimReviewImport read(byte[] document) {
    Node root = JsonText.parse(Objects.requireNonNull(document, "document"));
    List<Node> nodes = new ArrayList<>();
    List<Omission> outside = new ArrayList<>();
    topNodes(root, nodes, outside);
    Map<String, Node> named = new HashMap<>();
    for (Node node : nodes) {
      node.get("@id")
          .filter(Node::isText)
          .ifPresent(id -> named.putIfAbsent(id.json().asString(), node));
    }
    Reading reading = new Reading(named);
    reading.omissions.addAll(outside);
    int reviews = 0;
    for (Node node : nodes) {
      node.object("an object: a ClaimReview or another node of the page");
      List<String> types = Vocabulary.types(node);
      if (types.contains(CLAIM_REVIEW)) {
        review(reading, node);
        reviews++;
      } else {
        reading.omit(
            node.path(),
            types.isEmpty()
                ? "a node without a type, not a ClaimReview"
                : (types.get(0).matches("(?i)[aeiou].*") ? "an " : "a ")
                    + String.join(" and ", types)
                    + ", not a ClaimReview");
      }
    }
    if (reviews == 0) {
      throw root.refused(
          "holds no ClaimReview: give a ClaimReview object, an array of nodes or"
              + " an @graph with at least one node of @type ClaimReview");
    }
    return new ClaimReviewImport(reading.assembly.build(metadata), reading.omissions);
  }

  /**
   * Reads a document.
   *
   * @param document the JSON-LD
   * @return the dataset and what was left out
   * @throws ClaimReviewException as {@link #read(byte[])} does
   */
  public ClaimReviewImport read(String document) {
    return read(Objects.requireNonNull(document, "document").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a document to its end; the stream is not closed.
   *
   * @param in the JSON-LD, as UTF-8, UTF-16 or UTF-32
   * @return the dataset and what was left out
   * @throws IOException when the stream cannot be read
   * @throws ClaimReviewException as {@link #read(byte[])} does
   */
  public ClaimReviewImport read(InputStream in) throws IOException {
    return read(in.readAllBytes());
  }

  private static void topNodes(Node root, List<Node> nodes, List<Omission> outside) {
    if (root.isArray()) {
      for (Node element : root.oneOrMany()) {
        if (element.isObject() && element.get("@graph").isPresent()) {
          graph(element, nodes, outside);
        } else {
          nodes.add(element);
        }
      }
    } else if (root.isObject()) {
      if (root.get("@graph").isPresent()) {
        graph(root, nodes, outside);
      } else {
        nodes.add(root);
      }
    } else {
      throw root.refused(
          "must be a ClaimReview object, an array of nodes or an object with an"
              + " @graph, not "
              + root.kind());
    }
  }

  private static void graph(Node holder, List<Node> nodes, List<Omission> outside) {
    Node graph = holder.get("@graph").get();
    if (!graph.isArray() && !graph.isObject()) {
      throw graph.refused("must be an array of nodes, not " + graph.kind());
    }
    nodes.addAll(graph.oneOrMany());
    for (String name : holder.names()) {
      if (!name.equals("@graph") && !name.equals("@context") && !name.equals("@id")) {
        outside.add(new Omission(holder.pathOf(name), "beside an @graph, not part of a node"));
      }
    }
  }

  private static void review(Reading reading, Node review) {
    String proposition =
        review
            .get("claimReviewed")
            .orElseThrow(
                () ->
                    new ClaimReviewException(
                        review.pathOf("claimReviewed"),
                        "is required: the claim reviewed, in words"))
            .text();
    Claimed claimed = item(reading, review);
    ClaimId claim =
        Reading.built(
            review,
            () ->
                reading.assembly.claim(
                    proposition,
                    claimed.claimant(),
                    claimed.appearances(),
                    claimed.time(),
                    review.path()));
    Node authorNode =
        reading
            .first(
                review, "author", "an assessment has one assessor; the other authors are left out")
            .orElseThrow(
                () ->
                    new ClaimReviewException(
                        review.pathOf("author"),
                        "is required: who reviewed the claim, a name, a Person or an Organization"));
    ActorId assessor = reading.actor(authorNode);
    Optional<TimeMention> published = review.get("datePublished").map(Dates::mention);
    Optional<Node> ratingNode =
        reading.first(
            review, "reviewRating", "an assessment has one rating; the others are left out");
    List<String> used =
        new ArrayList<>(
            List.of(
                "claimReviewed",
                "itemReviewed",
                "author",
                "datePublished",
                "reviewRating",
                "url",
                "headline",
                "inLanguage"));
    if (ratingNode.isEmpty()) {
      reading.omit(
          review.pathOf("reviewRating"),
          "not given: the claim is kept, without an" + " assessment");
      review.get("url").ifPresent(reading::url);
      Unmapped.rest(review, used, reading.omissions);
      return;
    }
    Assessment.Builder verdict = new Assessment.Builder().claim(claim).assessor(assessor);
    rating(reading, ratingNode.get().object("a Rating"), verdict);
    published.ifPresent(p -> verdict.time(p.value()));
    Source.Builder page = new Source.Builder().kind(SourceKind.ARTICLE).publisher(assessor);
    Optional<Node> title = review.get("headline").or(() -> review.get("name"));
    if (review.get("headline").isPresent()) {
      review.get("name").ifPresent(n -> reading.omit(n.path(), "the headline is the title"));
    } else {
      used.add("name");
    }
    title.ifPresent(t -> Reading.built(t, () -> page.title(t.text())));
    published.ifPresent(page::published);
    Optional<URI> url = review.get("url").map(reading::url);
    Optional<URI> locator = url.map(Reading::page);
    locator.ifPresent(page::locator);
    url.filter(u -> !u.equals(Reading.page(u))).ifPresent(verdict::url);
    review.get("inLanguage").ifPresent(l -> reading.language(l, page));
    SourceId source = Reading.built(review, () -> reading.assembly.source("review", page, locator));
    Assessment assessment;
    try {
      assessment = verdict.source(source).build();
    } catch (ValueCheckException e) {
      // The scale's ends, or the rating's words: at the property of the rating they come from.
      String field = e.field().substring(e.field().indexOf('.') + 1);
      Node rating = ratingNode.get();
      throw new ClaimReviewException(
          rating.get(field).map(Node::path).orElse(rating.path()), e.rule(), e);
    }
    if (!assessment.onScale()) {
      throw new ClaimReviewException(
          ratingNode.get().pathOf("ratingValue"),
          assessment.ratingValue().get().toPlainString()
              + " lies outside the scale from "
              + assessment.worstRating().get().toPlainString()
              + " (worstRating) to "
              + assessment.bestRating().get().toPlainString()
              + " (bestRating)");
    }
    reading.assembly.assess(assessment, review.path());
    Unmapped.rest(review, used, reading.omissions);
  }

  /** Who made the claim, when, and where it appeared. */
  private record Claimed(
      ActorId claimant, Optional<TimeMention> time, List<SourceId> appearances) {}

  private static Claimed item(Reading reading, Node review) {
    Optional<Node> itemNode =
        reading.first(
            review,
            "itemReviewed",
            "a ClaimReview reviews one claim; the other items are left out");
    if (itemNode.isEmpty()) {
      return new Claimed(reading.assembly.unknownClaimant(), Optional.empty(), List.of());
    }
    Node item = itemNode.get().object("an object: the Claim, or the work in which it was made");
    List<String> types = Vocabulary.types(item);
    ActorId claimant =
        reading
            .first(item, "author", ONE_CLAIMANT)
            .map(reading::actor)
            .orElseGet(reading.assembly::unknownClaimant);
    if (types.contains("Claim")) {
      Optional<TimeMention> time = item.get("datePublished").map(Dates::mention);
      List<SourceId> appearances = new ArrayList<>();
      List<URI> seen = new ArrayList<>();
      for (String property : List.of("firstAppearance", "appearance")) {
        Optional<Node> given = item.get(property);
        if (given.isEmpty()) {
          continue;
        }
        for (Node one : given.get().oneOrMany()) {
          Node work = reading.resolve(one);
          Optional<URI> url =
              work.isText()
                  ? Optional.of(reading.url(work))
                  : work.object("a URL or a CreativeWork").get("url").map(reading::url);
          if (url.isPresent() && seen.contains(url.get())) {
            if (work.isObject()) {
              Unmapped.rest(
                  work, List.of("url", "name", "headline", "datePublished"), reading.omissions);
            }
            continue;
          }
          url.ifPresent(seen::add);
          SourceId source =
              work.isText()
                  ? Reading.built(
                      work,
                      () ->
                          reading.assembly.source(
                              "appearance",
                              new Source.Builder().kind(SourceKind.UNKNOWN).locator(url.get()),
                              url))
                  : work(reading, work, false);
          if (!appearances.contains(source)) {
            appearances.add(source);
          }
        }
      }
      item.get("name")
          .ifPresent(n -> reading.omit(n.path(), "the claim's words are those of claimReviewed"));
      Unmapped.rest(
          item,
          List.of("author", "datePublished", "firstAppearance", "appearance", "name"),
          reading.omissions);
      return new Claimed(claimant, time, appearances);
    }
    boolean describesWork =
        item.get("url").isPresent()
            || item.get("name").isPresent()
            || item.get("headline").isPresent()
            || item.get("datePublished").isPresent();
    if (!describesWork) {
      Unmapped.rest(item, List.of("author"), reading.omissions);
      return new Claimed(claimant, Optional.empty(), List.of());
    }
    return new Claimed(claimant, Optional.empty(), List.of(work(reading, item, true)));
  }

  /**
   * A creative work in which a claim appeared, as a source; its other properties left out, and
   * its author too unless the caller took it for the claimant.
   */
  private static SourceId work(Reading reading, Node work, boolean authorRead) {
    Source.Builder source =
        new Source.Builder().kind(Vocabulary.sourceKind(Vocabulary.types(work)));
    Optional<Node> title = work.get("name").or(() -> work.get("headline"));
    title.ifPresent(t -> Reading.built(t, () -> source.title(t.text())));
    work.get("datePublished").ifPresent(d -> source.published(Dates.mention(d)));
    Optional<URI> url = work.get("url").map(reading::url);
    url.ifPresent(source::locator);
    if (work.get("name").isPresent()) {
      work.get("headline").ifPresent(h -> reading.omit(h.path(), "the name is the title"));
    }
    if (!authorRead) {
      work.get("author")
          .ifPresent(
              a -> reading.omit(a.path(), "the claimant is the author of the item reviewed"));
    }
    Unmapped.rest(
        work, List.of("name", "headline", "datePublished", "url", "author"), reading.omissions);
    return Reading.built(work, () -> reading.assembly.source("appearance", source, url));
  }

  private static void rating(Reading reading, Node rating, Assessment.Builder verdict) {
    Optional<BigDecimal> value = rating.get("ratingValue").map(Node::decimal);
    Optional<BigDecimal> best = rating.get("bestRating").map(Node::decimal);
    Optional<BigDecimal> worst = rating.get("worstRating").map(Node::decimal);
    Optional<Node> words = rating.get("alternateName").or(() -> rating.get("name"));
    String text;
    if (words.isPresent()) {
      text = words.get().text();
    } else if (value.isPresent()) {
      text =
          rating.get("ratingValue").get().isText()
              ? rating.get("ratingValue").get().text()
              : value.get().toPlainString();
    } else {
      throw rating.refused(
          "gives neither alternateName nor ratingValue; a rating needs the"
              + " verdict in words or its place on the scale");
    }
    if (rating.get("alternateName").isPresent()) {
      rating
          .get("name")
          .ifPresent(n -> reading.omit(n.path(), "the alternateName is the" + " rating"));
    }
    Reading.built(rating, () -> verdict.rating(text));
    value.ifPresent(verdict::ratingValue);
    best.ifPresent(verdict::bestRating);
    worst.ifPresent(verdict::worstRating);
    Unmapped.rest(
        rating,
        List.of("ratingValue", "bestRating", "worstRating", "alternateName", "name"),
        reading.omissions);
  }
}
