package dev.hearsay.claimreview;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The properties an import leaves out, each reported with why. */
final class Unmapped {
  /** Properties of JSON-LD itself, which say how to read a node, not what it says. */
  private static final Set<String> KEYWORDS = Set.of("@context", "@type", "@id");

  private static final Map<String, String> REASONS =
      Map.ofEntries(
          Map.entry("image", "Hearsay keeps no images"),
          Map.entry("logo", "Hearsay keeps no images"),
          Map.entry("claimReviewSiteLogo", "Hearsay keeps no images"),
          Map.entry("sameAs", "Hearsay's actors have no addresses"),
          Map.entry("url", "Hearsay's actors have no addresses"),
          Map.entry("site", "Hearsay's actors have no addresses"),
          Map.entry(
              "jobTitle",
              "a role is an affiliation with an organization, which this names" + " none of"),
          Map.entry(
              "title", "a role is an affiliation with an organization, which this names none of"),
          Map.entry("reviewBody", "Hearsay keeps the verdict, not the text of the review"),
          Map.entry("description", "Hearsay keeps the verdict, not the text of the review"),
          Map.entry("ratingExplanation", "Hearsay keeps the verdict, not the text of the review"),
          Map.entry(
              "publisher",
              "the review's author is its assessor; a separate publisher has no" + " place"),
          Map.entry(
              "isPartOf",
              "Hearsay keeps the work the claim appeared in, not what that is" + " part of"),
          Map.entry("startOffset", "Hearsay keeps no positions within a recording"),
          Map.entry("endOffset", "Hearsay keeps no positions within a recording"),
          Map.entry("nextPageToken", "paging through search results is the caller's"));

  private Unmapped() {}

  /**
   * Adds an omission for each property of the object that is not one of {@code used} and not a
   * JSON-LD keyword.
   */
  static void rest(Node object, List<String> used, List<Omission> omissions) {
    for (String name : object.names()) {
      if (!used.contains(name) && !KEYWORDS.contains(name) && object.get(name).isPresent()) {
        omissions.add(
            new Omission(
                object.pathOf(name),
                REASONS.getOrDefault(name, "not a property that Hearsay maps")));
      }
    }
  }
}
