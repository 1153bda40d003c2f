package dev.hearsay.claimreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue of documents: every good one reads, and writes back to ClaimReview that reads to
 * the same dataset; every malformed one is refused at its place with its message, as its {@code
 * .expected} file says ({@code location: } and a part of the {@code message: }).
 */
class CatalogueTest {
  private static final String SCHEMA_ORG = "claimreview/schemaorg";
  private static final String GOOD = "claimreview/good";
  private static final String BAD = "claimreview/bad";
  private static final String API_GOOD = "factcheck-api/good";
  private static final String API_BAD = "factcheck-api/bad";
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  static Stream<Arguments> goodClaimReviews() {
    return Stream.concat(
        Resources.documents(SCHEMA_ORG).stream().map(n -> Arguments.of(SCHEMA_ORG, n)),
        Resources.documents(GOOD).stream().map(n -> Arguments.of(GOOD, n)));
  }

  static Stream<Arguments> goodApiResponses() {
    return Resources.documents(API_GOOD).stream().map(n -> Arguments.of(API_GOOD, n));
  }

  static Stream<Arguments> malformed() {
    return Stream.concat(
        Resources.documents(BAD).stream().map(n -> Arguments.of(BAD, n)),
        Resources.documents(API_BAD).stream().map(n -> Arguments.of(API_BAD, n)));
  }

  @Test
  void theCatalogueHoldsAtLeastTwentyGoodDocumentsAndFifteenMalformedOnes() {
    assertThat(goodClaimReviews().count() + goodApiResponses().count()).isGreaterThanOrEqualTo(20);
    assertThat(malformed().count()).isGreaterThanOrEqualTo(15);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("goodClaimReviews")
  void aGoodClaimReviewGivesAClaimAndAnAssessmentForEachReviewWithARating(
      String directory, String name) {
    byte[] document = Resources.bytes(directory, name + ".json");

    ClaimReviewImport read = new ClaimReviewReader().read(document);

    List<JsonNode> reviews = claimReviews(PLAIN.readTree(document));
    long rated = reviews.stream().filter(r -> r.has("reviewRating")).count();
    assertThat(read.dataset().assessments()).hasSize((int) rated);
    assertThat(read.dataset().claims()).isNotEmpty().hasSizeLessThanOrEqualTo(reviews.size());
    for (JsonNode review : reviews) {
      assertThat(read.dataset().claims())
          .extracting(Claim::proposition)
          .contains(review.get("claimReviewed").asString().strip());
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("goodClaimReviews")
  void aGoodClaimReviewWritesBackToTheSameDataset(String directory, String name) {
    Dataset read =
        new ClaimReviewReader().read(Resources.bytes(directory, name + ".json")).dataset();
    Dataset assessed = onlyAssessed(read);
    assumeTrue(!assessed.assessments().isEmpty(), "no review with a rating to write");

    String written = new ClaimReviewWriter().write(assessed);
    ClaimReviewImport again = new ClaimReviewReader().read(written);

    assertThat(again.dataset()).isEqualTo(assessed);
    assertThat(again.omissions()).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("goodApiResponses")
  void aGoodApiResponseReadsAndItsAssessmentsWriteAsClaimReview(String directory, String name) {
    byte[] document = Resources.bytes(directory, name + ".json");

    ClaimReviewImport read = new FactCheckApiReader().read(document);

    JsonNode claims = PLAIN.readTree(document).path("claims");
    assertThat(read.dataset().claims()).hasSize(claims.size());
    int reviews = 0;
    for (JsonNode claim : claims) {
      reviews += claim.path("claimReview").size();
    }
    assertThat(read.dataset().assessments()).hasSize(reviews);
    Dataset assessed = onlyAssessed(read.dataset());
    if (!assessed.assessments().isEmpty()) {
      Dataset back =
          new ClaimReviewReader().read(new ClaimReviewWriter().write(assessed)).dataset();
      assertThat(back.assessments()).hasSameSizeAs(assessed.assessments());
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("malformed")
  void aMalformedDocumentIsRefusedAtItsPlaceWithItsReason(String directory, String name) {
    Map<String, String> expected = expected(directory, name);
    byte[] document = Resources.bytes(directory, name + ".json");

    ClaimReviewException e =
        catchThrowableOfType(
            ClaimReviewException.class,
            () ->
                (directory.equals(BAD)
                        ? (Runnable) () -> new ClaimReviewReader().read(document)
                        : (Runnable) () -> new FactCheckApiReader().read(document))
                    .run());

    assertThat(e).as(name).isNotNull();
    assertThat(e.location()).as(name).isEqualTo(expected.get("location"));
    assertThat(e.getMessage())
        .as(name)
        .startsWith(expected.get("location") + ": ")
        .contains(expected.get("message"));
  }

  /**
   * The dataset without the claims that no one assessed, which ClaimReview cannot carry, and
   * without the actors and sources that only those claims named.
   */
  static Dataset onlyAssessed(Dataset dataset) {
    List<Claim> assessed = new ArrayList<>();
    for (Claim claim : dataset.claims()) {
      if (dataset.assessments().stream().anyMatch(a -> a.claim().equals(claim.id()))) {
        assessed.add(claim);
      }
    }
    java.util.Set<Object> named = new java.util.HashSet<>();
    for (Claim claim : assessed) {
      claim
          .attribution()
          .forEach(
              chain ->
                  chain
                      .hops()
                      .forEach(
                          hop -> {
                            named.add(hop.actor());
                            hop.source().ifPresent(named::add);
                          }));
    }
    dataset
        .assessments()
        .forEach(
            a -> {
              named.add(a.assessor());
              named.add(a.source());
            });
    List<dev.hearsay.core.model.Source> sources =
        dataset.sources().stream().filter(s -> named.contains(s.id())).toList();
    sources.forEach(s -> s.publisher().ifPresent(named::add));
    return dataset
        .withClaims(assessed)
        .withSources(sources)
        .withActors(dataset.actors().stream().filter(a -> named.contains(a.id())).toList());
  }

  private static List<JsonNode> claimReviews(JsonNode root) {
    List<JsonNode> nodes = new ArrayList<>();
    List<JsonNode> top = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(top::add);
    } else {
      top.add(root);
    }
    for (JsonNode node : top) {
      if (node.has("@graph")) {
        node.get("@graph").forEach(nodes::add);
      } else {
        nodes.add(node);
      }
    }
    return nodes.stream().filter(n -> n.path("@type").toString().contains("ClaimReview")).toList();
  }

  private static Map<String, String> expected(String directory, String name) {
    Map<String, String> expected = new LinkedHashMap<>();
    for (String line : Resources.text(directory, name + ".expected").split("\n")) {
      int colon = line.indexOf(": ");
      if (colon > 0) {
        expected.put(line.substring(0, colon), line.substring(colon + 2));
      }
    }
    return expected;
  }
}
